//! Who is acting on requests, resolved when they act: the token's groups
//! and roles joined with the directory's groups, and the on-call rosters
//! the requests name that the caller is on now, read from the org's
//! directory as the cache holds it (the write that follows checks that the
//! directory did not change since).

use std::collections::BTreeSet;

use super::snapshot::RequesterInfo;
use crate::{
    auth::Role,
    domain::{
        access_request::{AccessRequest, Person, lifecycle::Actor},
        evaluation::{ApproverKind, DirectoryView},
    },
    services::Caller,
};

pub fn resolve(caller: &Caller, directory: &DirectoryView, requests: &[&AccessRequest]) -> Actor {
    let principal = &caller.principal;
    let me = RequesterInfo::caller(principal);
    let groups = directory.groups_of(&me.id, &me.token_groups);
    let display_name = directory.display_name(&me.id);
    let on_call: BTreeSet<String> = requests
        .iter()
        .flat_map(|r| r.paths.iter().flat_map(|p| &p.steps))
        .flat_map(|s| &s.approvers)
        .filter(|a| a.kind == ApproverKind::OnCall)
        .filter(|a| {
            a.id.split_once('/')
                .is_some_and(|(integration, service)| directory.on_call_for(integration, service).contains(&me.id))
        })
        .map(|a| a.id.clone())
        .collect();
    Actor {
        person: Person {
            id: me.id,
            display_name,
        },
        groups,
        roles: me.roles.into_iter().collect(),
        on_call,
        is_admin: principal.has_role(Role::OrgAdmin),
    }
}

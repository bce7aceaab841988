//! Who is acting on requests, resolved when they act: the token's groups
//! and roles joined with the directory's groups, and the on-call rosters
//! the requests name that the caller is on now. Reads only what the given
//! requests reference, so deciding never loads a whole directory.

use std::collections::BTreeSet;

use super::snapshot::RequesterInfo;
use crate::{
    auth::Role,
    domain::{
        access_request::{AccessRequest, Person, lifecycle::Actor},
        directory::ids::user_key,
        evaluation::ApproverKind,
    },
    error::Result,
    services::{AppState, Caller},
};

pub async fn resolve(state: &AppState, caller: &Caller, org: &str, requests: &[&AccessRequest]) -> Result<Actor> {
    let principal = &caller.principal;
    let me = RequesterInfo::caller(principal);
    let id = me.id;
    let found = state.store.user(org, &id).await?;
    let mut groups: BTreeSet<String> = me.token_groups.into_iter().collect();
    let mut display_name = String::new();
    if let Some(found) = found {
        groups.extend(found.group_ids);
        display_name = found.user.display_name;
    }
    let rosters: BTreeSet<&str> = requests
        .iter()
        .flat_map(|r| r.paths.iter().flat_map(|p| &p.steps))
        .flat_map(|s| &s.approvers)
        .filter(|a| a.kind == ApproverKind::OnCall)
        .map(|a| a.id.as_str())
        .collect();
    let mut on_call = BTreeSet::new();
    for roster in rosters {
        let Some((integration, service)) = roster.split_once('/') else {
            continue;
        };
        let on = match state.store.on_call_roster(org, integration, service).await? {
            Some(r) => r.user_ids.iter().any(|u| user_key(u) == id),
            None => false,
        };
        if on {
            on_call.insert(roster.to_string());
        }
    }
    Ok(Actor {
        person: Person { id, display_name },
        groups,
        roles: me.roles.into_iter().collect(),
        on_call,
        is_admin: principal.has_role(Role::OrgAdmin),
    })
}

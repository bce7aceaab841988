//! CheckAccess and BatchCheckAccess: answered from the org's active grants
//! in memory ([`OrgCache::check_access`](crate::cache::OrgCache::check_access)).

use chrono::{DateTime, Utc};

use crate::{
    api::{directory::decode as directory_decode, timestamp::wire_timestamp},
    auth::Role,
    domain::{
        access_request::check::{AccessQuery, ActiveGrant},
        directory::ids::UserId,
        violations::Violations,
    },
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
};

/// The most resources one BatchCheckAccess asks about.
pub const MAX_BATCH: usize = 100;

pub async fn check(state: &AppState, caller: &Caller, req: pb::CheckAccessRequest) -> Result<pb::CheckAccessResponse> {
    let user = subject(caller, &req.user_id)?;
    let mut v = Violations::new();
    let query = query(req.resource.as_ref(), "resource", &mut v);
    v.into_result(())?;
    let now = state.clock.now();
    let mut found = state
        .cache
        .check_access(&caller.principal.org, &user, std::slice::from_ref(&query), now)
        .await?;
    Ok(answer(found.pop().unwrap_or_default(), now))
}

pub async fn batch(
    state: &AppState,
    caller: &Caller,
    req: pb::BatchCheckAccessRequest,
) -> Result<pb::BatchCheckAccessResponse> {
    let user = subject(caller, &req.user_id)?;
    let mut v = Violations::new();
    if req.resources.is_empty() || req.resources.len() > MAX_BATCH {
        v.add("resources", format!("must list 1 to {MAX_BATCH} resources"));
    }
    let queries: Vec<AccessQuery> = req
        .resources
        .iter()
        .take(MAX_BATCH)
        .enumerate()
        .map(|(i, r)| query(Some(r), &format!("resources[{i}]"), &mut v))
        .collect();
    v.into_result(())?;
    let now = state.clock.now();
    let found = state
        .cache
        .check_access(&caller.principal.org, &user, &queries, now)
        .await?;
    Ok(pb::BatchCheckAccessResponse {
        results: found.into_iter().map(|grants| answer(grants, now)).collect(),
        checked_at: Some(wire_timestamp(now)),
    })
}

/// Whose access is checked: the caller, or (ORG_ADMIN or ACCESS_CHECKER)
/// anyone in the org. Checked before the body, so a caller without the
/// role learns nothing from validation errors.
fn subject(caller: &Caller, user_id: &str) -> Result<UserId> {
    let principal = &caller.principal;
    if user_id.is_empty() || UserId::new(user_id) == principal.subject {
        return Ok(principal.subject.clone());
    }
    if !(principal.has_role(Role::OrgAdmin) || principal.has_role(Role::AccessChecker)) {
        return Err(Error::denied(
            "checking another user's access requires the ORG_ADMIN or ACCESS_CHECKER role",
        ));
    }
    directory_decode::user_id(user_id, "user_id")
}

/// The query of one resource; violations are named under `path`.
fn query(resource: Option<&pb::RequestedResource>, path: &str, v: &mut Violations) -> AccessQuery {
    let Some(r) = resource else {
        v.add(path, "is required");
        return AccessQuery::default();
    };
    for (field, value, max) in [
        ("service", &r.service, 255),
        ("resource_type", &r.resource_type, 255),
        ("resource_id", &r.resource_id, 1024),
        ("access_type", &r.access_type, 255),
    ] {
        if value.chars().count() > max {
            v.add(format!("{path}.{field}"), format!("must be at most {max} characters"));
        }
    }
    for (field, value) in [("service", &r.service), ("resource_id", &r.resource_id)] {
        if value.is_empty() {
            v.add(format!("{path}.{field}"), "is required");
        }
    }
    if r.permissions.len() > 100 {
        v.add(format!("{path}.permissions"), "must list at most 100 permissions");
    }
    AccessQuery {
        service: r.service.clone(),
        resource_type: r.resource_type.clone(),
        resource_id: r.resource_id.clone(),
        access_type: r.access_type.clone(),
        permissions: r.permissions.clone(),
    }
}

fn answer(mut grants: Vec<ActiveGrant>, now: DateTime<Utc>) -> pb::CheckAccessResponse {
    // Earliest ending first; open-ended last.
    grants.sort_by_key(|g| (g.end.is_none(), g.end, g.request_id.clone()));
    pb::CheckAccessResponse {
        allowed: !grants.is_empty(),
        grants: grants
            .into_iter()
            .map(|g| pb::ActiveGrant {
                access_request_id: g.request_id,
                grant_start: g.start.map(wire_timestamp),
                grant_end: g.end.map(wire_timestamp),
            })
            .collect(),
        checked_at: Some(wire_timestamp(now)),
    }
}

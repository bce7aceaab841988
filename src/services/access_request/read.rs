//! GetAccessRequest and ListAccessRequests.

use super::actor;
use crate::{
    api::access_request::{access_request, state_of},
    domain::{
        access_request::{
            AccessRequest, State,
            lifecycle::{self, Actor},
        },
        evaluation::DirectoryView,
        ids::OrgId,
        pagination::Page,
    },
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
    store::{Listed, RequestQuery},
};

/// A request the caller may see, with the caller resolved as its actor
/// against `directory`; NOT_FOUND for one of another org or one they may
/// not see, so existence never leaks.
pub async fn visible(
    state: &AppState,
    caller: &Caller,
    directory: &DirectoryView,
    id: &str,
) -> Result<(AccessRequest, Actor)> {
    let org = caller.principal.org_scope("")?;
    let not_found = || Error::NotFound(format!("access request {id:?}"));
    let Some(request) = state.store.access_request(org, id).await? else {
        return Err(not_found());
    };
    let actor = actor::resolve(caller, directory, &[&request]);
    if !lifecycle::visible_to(&request, &actor) {
        return Err(not_found());
    }
    Ok((request, actor))
}

pub async fn get(
    state: &AppState,
    caller: &Caller,
    req: pb::GetAccessRequestRequest,
) -> Result<pb::GetAccessRequestResponse> {
    let org = caller.principal.org_scope("")?;
    let compiled = state.cache.compiled(org).await?;
    let (request, _) = visible(state, caller, &compiled.directory, &req.id).await?;
    Ok(pb::GetAccessRequestResponse {
        access_request: Some(access_request(&request)),
    })
}

pub async fn list(
    state: &AppState,
    caller: &Caller,
    req: pb::ListAccessRequestsRequest,
) -> Result<pb::ListAccessRequestsResponse> {
    let org = caller.principal.org_scope("")?;
    let page = Page::parse(req.limit, req.offset)?;
    let states = states(&req.states)?;
    let me = &caller.principal.subject;
    let filter = pb::AccessRequestFilter::try_from(req.filter)
        .map_err(|_| Error::invalid("filter", format!("unknown filter {}", req.filter)))?;
    let mut query = RequestQuery {
        involving: Some(me.clone()),
        states,
        offset: u64::from(page.offset),
        limit: u64::from(page.limit),
        ..RequestQuery::default()
    };
    let Listed { items, total: count } = match filter {
        pb::AccessRequestFilter::Unspecified | pb::AccessRequestFilter::Mine => {
            state.store.list_access_requests(org, &query).await?
        }
        pb::AccessRequestFilter::Active => {
            // ACTIVE is "mine, in force"; a `states` filter narrows it further.
            if query.states.is_empty() || query.states.contains(&State::Active) {
                query.states = vec![State::Active];
                state.store.list_access_requests(org, &query).await?
            } else {
                Listed {
                    items: vec![],
                    total: 0,
                }
            }
        }
        pb::AccessRequestFilter::All => {
            caller.admin_org("")?;
            query.involving = None;
            state.store.list_access_requests(org, &query).await?
        }
        pb::AccessRequestFilter::ToApprove => to_approve(state, caller, org, &query).await?,
    };
    Ok(pb::ListAccessRequestsResponse {
        count: i32::try_from(count).unwrap_or(i32::MAX),
        items: items.iter().map(access_request).collect(),
    })
}

/// Pending requests awaiting the caller's decision. Eligibility depends on
/// groups, roles and rosters resolved now, so it is decided by the same
/// domain rule DecideAccessRequest applies, over the org's pending requests
/// (decision 0016), then paged.
async fn to_approve(
    state: &AppState,
    caller: &Caller,
    org: &OrgId,
    query: &RequestQuery,
) -> Result<Listed<AccessRequest>> {
    if !query.states.is_empty() && !query.states.contains(&State::PendingApproval) {
        return Ok(Listed {
            items: vec![],
            total: 0,
        });
    }
    let pending = state
        .store
        .access_requests_in_state(org, State::PendingApproval)
        .await?;
    let refs: Vec<&AccessRequest> = pending.iter().collect();
    let compiled = state.cache.compiled(org).await?;
    let actor = actor::resolve(caller, &compiled.directory, &refs);
    let waiting: Vec<AccessRequest> = pending.into_iter().filter(|r| lifecycle::awaits(r, &actor)).collect();
    let total = waiting.len() as u64;
    let page = waiting
        .into_iter()
        .skip(usize::try_from(query.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(query.limit).unwrap_or(usize::MAX))
        .collect();
    Ok(Listed { items: page, total })
}

fn states(values: &[i32]) -> Result<Vec<State>> {
    crate::domain::pagination::check_filter_len("states", values.len())?;
    let mut out = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match state_of(*v) {
            Some(s) => out.push(s),
            None => {
                return Err(Error::invalid(
                    format!("states[{i}]"),
                    format!("{v} is not a request state"),
                ));
            }
        }
    }
    out.sort_unstable_by_key(|s| *s as u8);
    out.dedup();
    Ok(out)
}

//! CreateAccessRequest: evaluate exactly as the dry run does (explaining
//! only the policies that apply: that is what the plan keeps), copy the
//! plan into the request, and store it with its events, checked in the
//! write's transaction against the configuration it was evaluated with;
//! idempotent on the client's `request_id`.

use super::{
    evaluate::evaluate_filing,
    record::{self, request_events},
    snapshot::RequesterInfo,
};
use crate::{
    api::access_request::{access_request, decode::decode},
    clock::new_id,
    domain::{
        access_request::{
            FollowUp, LifecycleOptions, Person,
            filing::Filing,
            lifecycle::{self, NewRequest},
        },
        directory::ids::UserId,
        evaluation::{DirectoryView, Grant, View},
        ids::OrgId,
        request_config::RequestConfig,
    },
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
    store::{Filed, read_modify_write},
};

/// Seconds in a SailPoint "day".
const DAY: i64 = 86_400;

pub async fn create(
    state: &AppState,
    caller: &Caller,
    req: pb::CreateAccessRequestRequest,
) -> Result<pb::CreateAccessRequestResponse> {
    let org = caller.principal.org_scope("")?;
    let body = req
        .access_request
        .ok_or_else(|| Error::invalid("access_request", "is required"))?;
    let filing = decode(&body, "access_request")?;
    let requester = RequesterInfo::caller(&caller.principal);
    // A configuration or directory change that commits between the
    // evaluation and the write makes the write refuse (the store's conflict
    // error): the request is evaluated again against the new state.
    read_modify_write("the org's configuration", |_| async {
        let now = state.clock.now();
        let compiled = state.cache.compiled(org).await?;
        let basis = compiled.versions;
        let evaluated = evaluate_filing(state, org, compiled, &requester, &filing, now, View::Basic).await?;
        let (policy, directory) = (&evaluated.compiled.policy, &evaluated.compiled.directory);
        // An open-ended TIME_RESTRICTED ask means "the maximum": record the
        // window it was settled to as what was asked.
        let requested = if filing.grant.is_open_ended_window() {
            evaluated.evaluation.grant
        } else {
            filing.grant.to_grant(now)
        };
        let new = new_request(
            org,
            &requester,
            filing.clone(),
            requested,
            directory,
            &policy.request_config,
            state.lifecycle,
        );
        let (request, changes) = match lifecycle::file(new, evaluated.evaluation, now) {
            Ok(filed) => filed,
            // A retry answers with the first request whatever a new
            // evaluation says: the configuration (or the first request's
            // own grant, for cooldowns) may refuse what it once accepted.
            // (A retry that evaluates as filable meets the first request in
            // the store's unique index instead: Filed::Existing.)
            Err(refused) => {
                return match first_with_key(state, org, &requester.id, &filing.client_request_id).await? {
                    Some(first) => Ok(answer(&first)),
                    None => Err(refused),
                };
            }
        };
        let events = request_events(None, &request, &changes, &requester.id, &caller.request_id)?;
        let kinds = record::kinds(&events);
        Ok(match state.store.file_access_request(&request, events, basis).await? {
            Filed::New(r) => {
                state.metrics.transitions(kinds);
                answer(&r)
            }
            Filed::Existing(r) => answer(&r),
        })
    })
    .await
}

/// The request `requester` filed with the idempotency key `key`, if any.
async fn first_with_key(
    state: &AppState,
    org: &OrgId,
    requester: &str,
    key: &str,
) -> Result<Option<crate::domain::access_request::AccessRequest>> {
    if key.is_empty() {
        return Ok(None);
    }
    state.store.access_request_by_client_key(org, requester, key).await
}

fn answer(request: &crate::domain::access_request::AccessRequest) -> pb::CreateAccessRequestResponse {
    pb::CreateAccessRequestResponse {
        access_request: Some(access_request(request)),
    }
}

fn new_request(
    org: &OrgId,
    requester: &RequesterInfo,
    filing: Filing,
    requested: Grant,
    directory: &DirectoryView,
    config: &RequestConfig,
    lifecycle: LifecycleOptions,
) -> NewRequest {
    let person = |id: &UserId| Person {
        id: id.clone(),
        display_name: directory.display_name(id),
    };
    let target = person(filing.target_or(&requester.id));
    NewRequest {
        id: new_id(),
        org_id: org.clone(),
        requester: person(&requester.id),
        target_user: target,
        filing,
        requested,
        self_approval_enabled: config.auto_approval_enabled,
        approvals_external: config.approvals_must_be_external,
        follow_up: follow_up(config),
        lifecycle,
    }
}

/// SailPoint's reminders and escalation as the request keeps them:
/// `daysUntilEscalation` 0 turns both off.
fn follow_up(config: &RequestConfig) -> FollowUp {
    let r = &config.reminders;
    if r.days_until_escalation == 0 {
        return FollowUp::default();
    }
    FollowUp {
        reminder_every: (r.max_reminders > 0).then(|| i64::from(r.days_between_reminders.max(1)) * DAY),
        max_reminders: r.max_reminders,
        escalate_after: Some(i64::from(r.days_until_escalation) * DAY),
        fallback_approver: r.fallback_approver_id.clone(),
    }
}

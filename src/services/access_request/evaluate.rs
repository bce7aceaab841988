//! EvaluateAccessRequest: the dry run. Decodes the request, takes the org's
//! compiled state from the cache, evaluates, and stores nothing.
//!
//! [`evaluate_filing`] is the one evaluation both this dry run and
//! CreateAccessRequest use, so a dry run answers exactly what filing the
//! same body at the same instant would be evaluated to.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::snapshot::RequesterInfo;
use crate::{
    api::{access_request::decode, directory::decode as directory_decode, evaluation as encode},
    auth::Role,
    cache::policy::Compiled,
    domain::{
        access_request::filing::{self, Filing},
        directory::ids::UserId,
        evaluation::{self, Evaluation, Request, View},
        ids::OrgId,
    },
    error::{Error, FieldViolation, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
};

/// An evaluation and the compiled org state it read. CreateAccessRequest
/// needs both: the plan to copy, the directory (display names) and request
/// configuration (reminders, escalation) to file with it, and the position
/// the state was built at, which its write checks.
#[derive(Debug, Clone)]
pub struct Evaluated {
    pub evaluation: Evaluation,
    pub compiled: Arc<Compiled>,
}

/// Evaluates `filing` by `requester` in `org` at `now` against the org's
/// compiled state `compiled`: reads the target's earlier grants only when a
/// rule has a cooldown, runs the pure evaluator, and finishes an open-ended
/// TIME_RESTRICTED window ([`filing::settle`]). Reads only; the answer's
/// violations are the refusals CreateAccessRequest turns into errors.
pub async fn evaluate_filing(
    state: &AppState,
    org: &OrgId,
    compiled: Arc<Compiled>,
    requester: &RequesterInfo,
    filing: &Filing,
    now: DateTime<Utc>,
    view: View,
) -> Result<Evaluated> {
    let target = filing.target_or(&requester.id).clone();
    let prior_grants = if compiled.policy.has_cooldowns {
        state.store.prior_grants(org, &target, &filing.resource.key()).await?
    } else {
        Vec::new()
    };
    let request = Request {
        requester_id: requester.id.clone(),
        requester_groups: requester.token_groups.clone(),
        requester_roles: requester.roles.clone(),
        target_user_id: target,
        resource: filing.resource.clone(),
        grant: filing.grant.to_grant(now),
        justification: filing.justification.clone(),
        now,
    };
    let started = std::time::Instant::now();
    let rules = compiled.policy.routing.as_ref().map_or(0, |r| r.rules.len());
    let mut evaluation = tracing::info_span!("evaluate", jitgate.rules = rules)
        .in_scope(|| evaluation::decide(&request, &compiled.policy, &compiled.directory, &prior_grants, view));
    state
        .metrics
        .evaluation(outcome_label(evaluation.outcome), started.elapsed().as_secs_f64());
    filing::settle(&filing.grant, &mut evaluation);
    Ok(Evaluated { evaluation, compiled })
}

/// The metrics label of an outcome.
fn outcome_label(outcome: evaluation::Outcome) -> &'static str {
    match outcome {
        evaluation::Outcome::Approved => "approved",
        evaluation::Outcome::Pending => "pending",
        evaluation::Outcome::Denied => "denied",
        evaluation::Outcome::Refused => "refused",
    }
}

pub async fn evaluate(
    state: &AppState,
    caller: &Caller,
    req: pb::EvaluateAccessRequestRequest,
) -> Result<pb::EvaluateAccessRequestResponse> {
    let principal = &caller.principal;
    // Whom for: the caller, or (ORG_ADMIN only) anyone else. Checked before
    // the body, so a non-admin learns nothing from validation errors.
    let for_other = !req.requester_id.is_empty() && UserId::new(&req.requester_id) != principal.subject;
    if for_other {
        principal
            .require(Role::OrgAdmin)
            .map_err(|_| Error::denied("evaluating for another requester requires the ORG_ADMIN role"))?;
    }

    let mut bad: Vec<FieldViolation> = Vec::new();
    let filing = match &req.access_request {
        None => {
            bad.push(FieldViolation::new("access_request", "is required"));
            None
        }
        Some(body) => match decode::decode(body, "access_request") {
            Ok(filing) => Some(filing),
            Err(Error::InvalidArgument(found)) => {
                bad.extend(found);
                None
            }
            Err(other) => return Err(other),
        },
    };
    let requester = if for_other {
        match directory_decode::user_id(&req.requester_id, "requester_id") {
            Ok(id) => Some(RequesterInfo::other(id)),
            Err(Error::InvalidArgument(found)) => {
                bad.extend(found);
                None
            }
            Err(other) => return Err(other),
        }
    } else {
        Some(RequesterInfo::caller(principal))
    };
    let now = match &req.evaluation_time {
        None => Some(state.clock.now()),
        Some(t) => {
            let at = crate::api::timestamp::timestamp(t);
            if at.is_none() {
                bad.push(FieldViolation::new(
                    "evaluation_time",
                    crate::domain::bounds::TIMESTAMP_RULE,
                ));
            }
            at
        }
    };
    let (Some(filing), Some(requester), Some(now)) = (filing, requester, now) else {
        return Err(Error::InvalidArgument(bad));
    };
    let view = match pb::EvaluationView::try_from(req.view) {
        Ok(pb::EvaluationView::Basic) => View::Basic,
        Ok(pb::EvaluationView::Full | pb::EvaluationView::Unspecified) => View::Full,
        Err(_) => return Err(Error::invalid("view", format!("unknown view {}", req.view))),
    };
    let org = &principal.org;
    let compiled = state.cache.compiled(org).await?;
    let evaluated = evaluate_filing(state, org, compiled, &requester, &filing, now, view).await?;
    Ok(pb::EvaluateAccessRequestResponse {
        evaluation: Some(encode::evaluation(&evaluated.evaluation)),
    })
}

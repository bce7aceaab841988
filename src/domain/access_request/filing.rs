//! A request as a client files (or dry-runs) it: the input of
//! CreateAccessRequest and EvaluateAccessRequest once decoded and validated
//! at the wire boundary (`api::access_request::decode`).
//!
//! Pure: no clock, no store. Whatever depends on the time of evaluation (an
//! unset start means "now") stays open in [`RequestedGrant`] until
//! [`RequestedGrant::to_grant`] is given the instant. Fields evaluation
//! never reads (name, comment, action, ...) are carried too, so filing can
//! store exactly what was decoded. See docs/decisions/0014.

use chrono::{DateTime, Utc};

use super::model::{Action, RoleRef};
use crate::domain::{
    directory::ids::UserId,
    evaluation::{Evaluation, Grant, Outcome, RequestedResource, Violation},
};

/// The service a role-only request is evaluated under (PrivX roles).
pub const ROLE_SERVICE: &str = "privx";
/// The resource type a role-only request is evaluated as.
pub const ROLE_RESOURCE_TYPE: &str = "role";

/// A request as a client files (or dry-runs) it, validated. The default
/// asks for nothing but a permanent grant of the empty resource.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filing {
    /// The idempotency key (`request_id`); empty: none.
    pub client_request_id: String,
    pub requested_role: Option<RoleRef>,
    /// What is evaluated: `resource`, or the role as
    /// `{privx, role, <role id>}` when only `requested_role` was given.
    pub resource: RequestedResource,
    /// Empty: none given.
    pub justification: String,
    /// Lower-cased; `None`: the requester themselves.
    pub target_user_id: Option<UserId>,
    pub action: Action,
    /// Empty: derived when filed.
    pub name: String,
    pub comment: String,
    pub approver_can_revoke: bool,
    /// PrivX's flag, kept and returned (decision 0023).
    pub can_bypass_revoke_workflow: bool,
    pub grant: RequestedGrant,
}

impl Filing {
    /// Who the access is for: the target user, else `requester_id`.
    pub fn target_or<'a>(&'a self, requester_id: &'a UserId) -> &'a UserId {
        self.target_user_id.as_ref().unwrap_or(requester_id)
    }
}

/// The grant asked for, before the instant of evaluation is known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RequestedGrant {
    #[default]
    Permanent,
    /// `start` unset: at evaluation. `end` unset: open-ended, so the
    /// evaluator caps it to the path's maximum (see [`settle`]).
    TimeRestricted {
        start: Option<DateTime<Utc>>,
        end: Option<DateTime<Utc>>,
    },
    /// A window of `hours` (1 or more) from first use.
    Floating { hours: u32 },
}

impl RequestedGrant {
    /// The window handed to the evaluator at `now`.
    ///
    /// An unset start is `now`. An open-ended TIME_RESTRICTED window is
    /// [`Grant::Permanent`] to the evaluator, which is exactly its
    /// "open-ended, capped to the path maximum" case; [`settle`] then moves
    /// the capped window to the requested start and refuses it when no
    /// maximum applies, so it never comes back PERMANENT.
    pub fn to_grant(&self, now: DateTime<Utc>) -> Grant {
        match *self {
            Self::Permanent => Grant::Permanent,
            Self::TimeRestricted { start, end: Some(end) } => Grant::TimeRestricted {
                start: start.unwrap_or(now),
                end,
            },
            Self::TimeRestricted { end: None, .. } => Grant::Permanent,
            Self::Floating { hours } => Grant::Floating { hours },
        }
    }

    pub fn is_open_ended_window(&self) -> bool {
        matches!(self, Self::TimeRestricted { end: None, .. })
    }
}

/// Finishes an evaluation of an open-ended TIME_RESTRICTED request (the
/// evaluator saw it as open-ended PERMANENT, see [`RequestedGrant::to_grant`]):
///
/// - capped to a maximum: the window starts at the requested start (if any)
///   and lasts that maximum;
/// - not capped, because an open path has no maximum (or is `persistent`):
///   the proto says the end then is INVALID_ARGUMENT, so the answer is
///   REFUSED with a `grant_type` violation on `requested_grant_end`, never a
///   silent upgrade to PERMANENT.
///
/// DENIED and REFUSED answers are left as they are. Other grants pass
/// through untouched.
pub fn settle(requested: &RequestedGrant, evaluation: &mut Evaluation) {
    let RequestedGrant::TimeRestricted { start, end: None } = *requested else {
        return;
    };
    if !matches!(evaluation.outcome, Outcome::Approved | Outcome::Pending) {
        return;
    }
    match evaluation.grant {
        Grant::TimeRestricted { start: s, end: e } => {
            if let Some(start) = start
                && let Some(end) = start.checked_add_signed(e - s)
            {
                evaluation.grant = Grant::TimeRestricted { start, end };
            }
        }
        Grant::Permanent | Grant::Floating { .. } => {
            let v = Violation::new(
                "requested_grant_end",
                "grant_type",
                "a TIME_RESTRICTED window without an end gets the path's maximum duration, \
                 and a path that could approve it has none: set requested_grant_end, or ask for PERMANENT",
            );
            evaluation.outcome = Outcome::Refused;
            evaluation.reasons.push(v.description.clone());
            evaluation.violations.push(v);
            evaluation.paths.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;
    use crate::domain::evaluation::{ApprovalPath, Constraints, PolicyKind};

    fn noon() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 5, 12, 0, 0).unwrap()
    }

    #[test]
    fn to_grant_fills_the_start_with_now_and_leaves_an_open_end_open() {
        let now = noon();
        let end = now + Duration::hours(3);
        let g = RequestedGrant::TimeRestricted {
            start: None,
            end: Some(end),
        };
        assert_eq!(g.to_grant(now), Grant::TimeRestricted { start: now, end });
        let g = RequestedGrant::TimeRestricted { start: None, end: None };
        assert_eq!(g.to_grant(now), Grant::Permanent);
        assert!(g.is_open_ended_window());
        assert_eq!(
            RequestedGrant::Floating { hours: 2 }.to_grant(now),
            Grant::Floating { hours: 2 }
        );
        assert_eq!(RequestedGrant::Permanent.to_grant(now), Grant::Permanent);
    }

    fn evaluation(outcome: Outcome, grant: Grant) -> Evaluation {
        Evaluation {
            outcome,
            reasons: vec![],
            evaluated_at: noon(),
            requester_id: "dev@x.test".into(),
            target_user_id: "dev@x.test".into(),
            resource: RequestedResource::default(),
            routing_version: String::new(),
            policies: vec![],
            paths: vec![ApprovalPath {
                policy_kind: PolicyKind::DefaultRule,
                policy_id: "default".into(),
                approval_index: 0,
                approval_type: "p0".into(),
                steps: vec![],
                constraints: Constraints::default(),
                auto_approve: None,
                violations: vec![],
            }],
            violations: vec![],
            grant,
        }
    }

    #[test]
    fn settle_moves_a_capped_open_window_to_the_requested_start() {
        let later = noon() + Duration::days(1);
        let requested = RequestedGrant::TimeRestricted {
            start: Some(later),
            end: None,
        };
        let capped = Grant::TimeRestricted {
            start: noon(),
            end: noon() + Duration::hours(2),
        };
        let mut e = evaluation(Outcome::Pending, capped);
        settle(&requested, &mut e);
        assert_eq!(
            e.grant,
            Grant::TimeRestricted {
                start: later,
                end: later + Duration::hours(2)
            }
        );
        // Without a start the cap stands as the evaluator computed it.
        let mut e = evaluation(Outcome::Approved, capped);
        settle(&RequestedGrant::TimeRestricted { start: None, end: None }, &mut e);
        assert_eq!(e.grant, capped);
    }

    #[test]
    fn settle_refuses_an_open_window_no_maximum_caps() {
        let mut e = evaluation(Outcome::Pending, Grant::Permanent);
        settle(&RequestedGrant::TimeRestricted { start: None, end: None }, &mut e);
        assert_eq!(e.outcome, Outcome::Refused);
        assert!(e.paths.is_empty());
        assert_eq!(e.violations[0].constraint, "grant_type");
        assert_eq!(e.violations[0].field, "requested_grant_end");
    }

    #[test]
    fn settle_leaves_other_grants_and_outcomes_alone() {
        let mut e = evaluation(Outcome::Pending, Grant::Permanent);
        settle(&RequestedGrant::Permanent, &mut e);
        assert_eq!(e.outcome, Outcome::Pending);
        let mut e = evaluation(Outcome::Denied, Grant::Permanent);
        settle(&RequestedGrant::TimeRestricted { start: None, end: None }, &mut e);
        assert_eq!(e.outcome, Outcome::Denied);
    }
}

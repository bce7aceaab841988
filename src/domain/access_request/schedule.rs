//! When the scheduler next has work on a request: activating an approved
//! grant at its start, expiring it at its end, expiring an undecided
//! request at its deadline, and the reminders and escalations of pending
//! steps. The store keeps [`next_due`] in an indexed column so the
//! scheduler finds due requests without reading them all.

use chrono::{DateTime, Duration, Utc};

use super::model::{AccessRequest, State, StepProgress, StepState};
use crate::domain::evaluation::Grant;

/// The highest escalation level: 1 the pending approvers' managers, 2 their
/// managers, 3 the fallback approver.
pub const MAX_ESCALATION_LEVEL: u32 = 3;

/// The next instant the scheduler has work on `request`; `None` when time
/// alone will never change it.
pub fn next_due(request: &AccessRequest) -> Option<DateTime<Utc>> {
    match request.state {
        State::PendingApproval => {
            let steps = request
                .paths
                .iter()
                .flat_map(|p| &p.steps)
                .filter(|s| s.state == StepState::Pending);
            steps
                .flat_map(|s| [next_reminder(request, s), next_escalation(request, s)])
                .chain([request.decision_deadline])
                .flatten()
                .min()
        }
        State::Approved => match request.grant {
            Grant::TimeRestricted { start, .. } => Some(start),
            // Open-ended grants start at approval; floating ones at
            // activation, which only the target user triggers.
            Grant::Permanent | Grant::Floating { .. } => None,
        },
        State::Active => match request.grant {
            Grant::TimeRestricted { end, .. } => Some(end),
            Grant::Floating { .. } => request.activated_window.map(|w| w.end),
            Grant::Permanent => None,
        },
        State::Denied | State::Canceled | State::Expired | State::Revoked => None,
    }
}

/// When the next reminder of a pending step is due, if any is left.
pub fn next_reminder(request: &AccessRequest, step: &StepProgress) -> Option<DateTime<Utc>> {
    let every = request.follow_up.reminder_every?;
    if step.reminders_sent >= request.follow_up.max_reminders {
        return None;
    }
    let started = step.started_at?;
    Some(started + Duration::seconds(every * (i64::from(step.reminders_sent) + 1)))
}

/// When a pending step next escalates, if a level is left to reach.
pub fn next_escalation(request: &AccessRequest, step: &StepProgress) -> Option<DateTime<Utc>> {
    let after = request.follow_up.escalate_after?;
    if step.escalation_level >= MAX_ESCALATION_LEVEL {
        return None;
    }
    let started = step.started_at?;
    Some(started + Duration::seconds(after * (i64::from(step.escalation_level) + 1)))
}

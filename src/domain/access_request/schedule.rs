//! When the scheduler next has work on a request: activating an approved
//! grant at its start, expiring it at its end, expiring an undecided
//! request at its deadline, and the reminders and escalations of pending
//! steps. The store keeps [`next_due`] in an indexed column so the
//! scheduler finds due requests without reading them all.
//!
//! Every instant is computed with checked arithmetic: the follow-up
//! settings come from configuration, and an absurd value (a negative or
//! zero interval, one that overflows) must mean "never", not a panic or a
//! request that is due forever.

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
                .chain([decision_deadline(request)])
                .flatten()
                .min()
        }
        State::Approved => match request.grant {
            Grant::TimeRestricted { start, .. } => Some(start),
            // Open-ended grants start at approval; floating ones at
            // activation, which only the target user triggers.
            Grant::Permanent | Grant::Floating { .. } => None,
        },
        State::Active => grant_end(request),
        State::Denied | State::Canceled | State::Expired | State::Revoked => None,
    }
}

/// When an undecided request expires: its `decision_deadline`, or the end
/// of its time-restricted window if that comes first (a decision after the
/// window has closed could grant nothing).
pub fn decision_deadline(request: &AccessRequest) -> Option<DateTime<Utc>> {
    let window_end = match request.grant {
        Grant::TimeRestricted { end, .. } => Some(end),
        Grant::Permanent | Grant::Floating { .. } => None,
    };
    [request.decision_deadline, window_end].into_iter().flatten().min()
}

/// When an active grant ends: a time-restricted grant's end, or the end of
/// the window a floating grant got when activated.
pub fn grant_end(request: &AccessRequest) -> Option<DateTime<Utc>> {
    match request.grant {
        Grant::TimeRestricted { end, .. } => Some(end),
        Grant::Floating { .. } => request.activated_window.map(|w| w.end),
        Grant::Permanent => None,
    }
}

/// When the next reminder of a pending step is due, if any is left.
pub fn next_reminder(request: &AccessRequest, step: &StepProgress) -> Option<DateTime<Utc>> {
    if step.reminders_sent >= request.follow_up.max_reminders {
        return None;
    }
    nth_interval(
        step.started_at?,
        request.follow_up.reminder_every?,
        step.reminders_sent + 1,
    )
}

/// When a pending step next escalates, if a level is left to reach.
pub fn next_escalation(request: &AccessRequest, step: &StepProgress) -> Option<DateTime<Utc>> {
    if step.escalation_level >= MAX_ESCALATION_LEVEL {
        return None;
    }
    nth_interval(
        step.started_at?,
        request.follow_up.escalate_after?,
        step.escalation_level + 1,
    )
}

/// How many reminders of a step started at `started` are due at or before
/// `until` (counting from the first), at most `max`.
pub fn reminders_due_by(request: &AccessRequest, step: &StepProgress, until: DateTime<Utc>) -> u32 {
    let (Some(started), Some(every)) = (step.started_at, request.follow_up.reminder_every) else {
        return 0;
    };
    if every <= 0 || until < started {
        return 0;
    }
    // Whole seconds elapsed, rounded down: the k-th reminder is due at
    // started + k·every, so k ≤ elapsed / every exactly when it is due.
    let elapsed = (until - started).num_seconds();
    u32::try_from(elapsed / every)
        .unwrap_or(u32::MAX)
        .min(request.follow_up.max_reminders)
}

/// `started + every · n` seconds; `None` when `every` is not positive or
/// the instant is out of range.
fn nth_interval(started: DateTime<Utc>, every: i64, n: u32) -> Option<DateTime<Utc>> {
    if every <= 0 {
        return None;
    }
    let seconds = every.checked_mul(i64::from(n))?;
    started.checked_add_signed(Duration::try_seconds(seconds)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access_request::timed::tests::{at, pending_request};

    #[test]
    fn a_zero_or_negative_interval_means_never() {
        let mut r = pending_request();
        r.follow_up.reminder_every = Some(0);
        r.follow_up.escalate_after = Some(-5);
        r.decision_deadline = None;
        let step = &r.paths[0].steps[0];
        assert_eq!(next_reminder(&r, step), None);
        assert_eq!(next_escalation(&r, step), None);
        assert_eq!(reminders_due_by(&r, step, at(1_000_000)), 0);
        assert_eq!(next_due(&r), None);
    }

    #[test]
    fn an_interval_that_overflows_means_never_instead_of_a_panic() {
        let mut r = pending_request();
        r.follow_up.reminder_every = Some(i64::MAX);
        r.follow_up.escalate_after = Some(i64::MAX / 2);
        r.decision_deadline = None;
        let step = &r.paths[0].steps[0];
        assert_eq!(next_reminder(&r, step), None);
        assert_eq!(next_escalation(&r, step), None);
        assert_eq!(reminders_due_by(&r, step, at(1_000_000)), 0);
    }

    #[test]
    fn reminders_due_count_whole_intervals_up_to_the_maximum() {
        let mut r = pending_request();
        r.follow_up.reminder_every = Some(60);
        r.follow_up.max_reminders = 3;
        let step = &r.paths[0].steps[0];
        assert_eq!(reminders_due_by(&r, step, at(59)), 0);
        assert_eq!(reminders_due_by(&r, step, at(60)), 1);
        assert_eq!(reminders_due_by(&r, step, at(179)), 2);
        assert_eq!(reminders_due_by(&r, step, at(100_000)), 3);
        assert_eq!(reminders_due_by(&r, step, at(-10)), 0);
    }

    #[test]
    fn an_undecided_request_is_due_at_its_deadline_or_its_window_end_whichever_is_first() {
        let mut r = pending_request();
        r.follow_up = Default::default();
        r.decision_deadline = Some(at(500));
        r.grant = Grant::TimeRestricted {
            start: at(100),
            end: at(300),
        };
        assert_eq!(next_due(&r), Some(at(300)));
        r.grant = Grant::Permanent;
        assert_eq!(next_due(&r), Some(at(500)));
        r.decision_deadline = None;
        assert_eq!(next_due(&r), None);
    }
}

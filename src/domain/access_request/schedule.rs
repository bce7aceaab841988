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

// SailPoint's follow-up, as seed 004 defines it (decision 0015): a pending
// step waits `daysUntilEscalation` (D) days for its first reminder, then
// gets one every `daysBetweenReminders` (B) days until `maxReminders` (M)
// were sent, and escalates B days after the last one — or D days after it
// started when no reminders are configured. Escalation starts the cycle
// over for the step's new approvers: a round lasts D + M·B, and round `l`
// (the step's escalation level) starts l rounds after the step did. A
// step's `reminders_sent` counts the reminders of its current round.

/// How long one round of reminders and its escalation lasts, in seconds;
/// `None` when follow-up is off or the length is absurd.
fn round_seconds(request: &AccessRequest) -> Option<i64> {
    let first = request.follow_up.escalate_after.filter(|d| *d > 0)?;
    let reminders = match request.follow_up.reminder_every {
        Some(every) if every > 0 && request.follow_up.max_reminders > 0 => {
            every.checked_mul(i64::from(request.follow_up.max_reminders))?
        }
        _ => 0,
    };
    first.checked_add(reminders)
}

/// When the step's current round started: `escalation_level` rounds after
/// the step did.
fn round_start(request: &AccessRequest, step: &StepProgress) -> Option<DateTime<Utc>> {
    let seconds = round_seconds(request)?.checked_mul(i64::from(step.escalation_level))?;
    step.started_at?.checked_add_signed(Duration::try_seconds(seconds)?)
}

/// The reminder interval, when reminders are configured.
fn reminder_every(request: &AccessRequest) -> Option<i64> {
    let every = request.follow_up.reminder_every.filter(|e| *e > 0)?;
    (request.follow_up.max_reminders > 0).then_some(every)
}

/// When the `n`-th reminder (from 1) of the step's current round is due.
fn nth_reminder(request: &AccessRequest, step: &StepProgress, n: u32) -> Option<DateTime<Utc>> {
    let every = reminder_every(request)?;
    let first = request.follow_up.escalate_after.filter(|d| *d > 0)?;
    let offset = every.checked_mul(i64::from(n.checked_sub(1)?))?.checked_add(first)?;
    round_start(request, step)?.checked_add_signed(Duration::try_seconds(offset)?)
}

/// When the next reminder of a pending step is due, if any is left in its
/// round.
pub fn next_reminder(request: &AccessRequest, step: &StepProgress) -> Option<DateTime<Utc>> {
    if step.reminders_sent >= request.follow_up.max_reminders {
        return None;
    }
    nth_reminder(request, step, step.reminders_sent + 1)
}

/// When a pending step next escalates — a round after its current one
/// started, so after all of the round's reminders — if a level is left.
pub fn next_escalation(request: &AccessRequest, step: &StepProgress) -> Option<DateTime<Utc>> {
    if step.escalation_level >= MAX_ESCALATION_LEVEL {
        return None;
    }
    round_start(request, step)?.checked_add_signed(Duration::try_seconds(round_seconds(request)?)?)
}

/// How many reminders of the step's current round are due at or before
/// `until`, at most `max_reminders`.
pub fn reminders_due_by(request: &AccessRequest, step: &StepProgress, until: DateTime<Utc>) -> u32 {
    let (Some(every), Some(first)) = (reminder_every(request), nth_reminder(request, step, 1)) else {
        return 0;
    };
    if until < first {
        return 0;
    }
    // Whole seconds elapsed, rounded down: the k-th reminder is due at
    // first + (k-1)·every, so k ≤ 1 + elapsed / every exactly when it is due.
    let elapsed = (until - first).num_seconds();
    u32::try_from(elapsed / every)
        .unwrap_or(u32::MAX)
        .saturating_add(1)
        .min(request.follow_up.max_reminders)
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
        // The first comes `escalate_after` (3600 s) after the step started.
        let step = &r.paths[0].steps[0];
        assert_eq!(reminders_due_by(&r, step, at(3599)), 0);
        assert_eq!(reminders_due_by(&r, step, at(3600)), 1);
        assert_eq!(reminders_due_by(&r, step, at(3719)), 2);
        assert_eq!(reminders_due_by(&r, step, at(100_000)), 3);
        assert_eq!(reminders_due_by(&r, step, at(-10)), 0);
    }

    #[test]
    fn seed_004_timing_first_reminder_after_days_until_escalation_escalation_after_the_last() {
        const DAY: i64 = 86_400;
        let mut r = pending_request();
        r.decision_deadline = None;
        r.follow_up.escalate_after = Some(2 * DAY); // daysUntilEscalation 2
        r.follow_up.reminder_every = Some(DAY); // daysBetweenReminders 1
        r.follow_up.max_reminders = 2;
        let mut step = r.paths[0].steps[0].clone();
        assert_eq!(
            next_reminder(&r, &step),
            Some(at(2 * DAY)),
            "not after daysBetweenReminders"
        );
        step.reminders_sent = 1;
        assert_eq!(next_reminder(&r, &step), Some(at(3 * DAY)));
        step.reminders_sent = 2;
        assert_eq!(next_reminder(&r, &step), None, "maxReminders reached");
        assert_eq!(
            next_escalation(&r, &step),
            Some(at(4 * DAY)),
            "one interval after the last reminder"
        );
        // The escalated step starts over: its new approvers get reminders too.
        step.escalation_level = 1;
        step.reminders_sent = 0;
        assert_eq!(next_reminder(&r, &step), Some(at(6 * DAY)));
        assert_eq!(next_escalation(&r, &step), Some(at(8 * DAY)));

        // No reminders: escalation after daysUntilEscalation, level by level.
        r.follow_up.reminder_every = None;
        r.follow_up.max_reminders = 0;
        step.escalation_level = 0;
        assert_eq!(next_reminder(&r, &step), None);
        assert_eq!(next_escalation(&r, &step), Some(at(2 * DAY)));
        step.escalation_level = 2;
        assert_eq!(next_escalation(&r, &step), Some(at(6 * DAY)));
        step.escalation_level = MAX_ESCALATION_LEVEL;
        assert_eq!(next_escalation(&r, &step), None);
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

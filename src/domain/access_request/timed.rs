//! The time-driven transitions (docs/spec.md §6.6), as a pure function the
//! scheduler applies to a request it read: activation at a window's start,
//! expiry at its end, expiry of an undecided request, and the reminders and
//! escalation of pending steps.
//!
//! [`advance`] does everything due at `now`, in time order, so a scheduler
//! that was down catches up in one write; afterwards
//! [`next_due`](super::schedule::next_due) is `None` or later than `now`.

use chrono::{DateTime, Duration, SecondsFormat, Utc};

use super::{
    model::{AccessRequest, ApproverEntry, Change, ChangeKind, State, StepState},
    schedule::{self, MAX_ESCALATION_LEVEL},
};
use crate::domain::{
    directory::{ids::UserId, resolve::manager_chain},
    evaluation::{ApproverKind, DirectoryView, Grant},
};

/// The `source` of approvers added by escalation levels 1 and 2.
pub const SOURCE_ESCALATION_MANAGER: &str = "escalation:manager";
/// The `source` of the fallback approver added by escalation level 3.
pub const SOURCE_ESCALATION_FALLBACK: &str = "escalation:fallback";

/// Applies every timed transition of `request` due at `now` and returns one
/// [`Change`] per event to write, in the order they happened. Only the
/// request's state, steps, reminder counts and escalation levels change;
/// the caller sets `revision` and `updated`.
///
/// `directory` is read only by escalation; any view works (an incomplete
/// one finds fewer managers).
pub fn advance(request: &mut AccessRequest, now: DateTime<Utc>, directory: &DirectoryView) -> Vec<Change> {
    let mut changes = Vec::new();
    advance_grant(request, now, &mut changes);
    if request.state == State::PendingApproval {
        advance_pending(request, now, directory, &mut changes);
    }
    changes
}

/// APPROVED → ACTIVE at a time-restricted window's start, ACTIVE → EXPIRED
/// at the window's end; both at once when both are past.
fn advance_grant(request: &mut AccessRequest, now: DateTime<Utc>, changes: &mut Vec<Change>) {
    if request.state == State::Approved
        && let Grant::TimeRestricted { start, .. } = request.grant
        && start <= now
    {
        request.state = State::Active;
        let comment = format!("the grant window started at {}", instant(start));
        changes.push(Change::with_comment(ChangeKind::GrantActivated, &comment));
    }
    if request.state == State::Active
        && let Some(end) = schedule::grant_end(request)
        && end <= now
    {
        request.state = State::Expired;
        let comment = format!("the grant window ended at {}", instant(end));
        changes.push(Change::with_comment(ChangeKind::GrantExpired, &comment));
    }
}

/// One piece of work on a pending request. The derived order breaks ties
/// between pieces due at the same instant: the deadline first (nobody needs
/// a reminder about a request that just expired), then escalation (so a
/// reminder due at the same time is about the escalated step).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Work {
    Deadline,
    Escalate { path: usize, step: usize },
    Remind { path: usize, step: usize },
}

fn advance_pending(
    request: &mut AccessRequest,
    now: DateTime<Utc>,
    directory: &DirectoryView,
    changes: &mut Vec<Change>,
) {
    // Every pass ends the request, raises one step's escalation level (at
    // most MAX_ESCALATION_LEVEL times per step) or catches up the reminders
    // of one step's current level, so the loop ends on its own; the bound
    // only guards against a future rule that would break that.
    let steps: usize = request.paths.iter().map(|p| p.steps.len()).sum();
    let rounds = 1 + steps * 2 * (MAX_ESCALATION_LEVEL as usize + 1);
    for _ in 0..rounds {
        let Some(work) = next_work(request, now) else { return };
        match work {
            Work::Deadline => {
                expire_undecided(request, changes);
                return;
            }
            Work::Escalate { path, step } => escalate(request, path, step, directory, changes),
            Work::Remind { path, step } => remind(request, path, step, now, changes),
        }
    }
}

/// The earliest work due at `now`, if any.
fn next_work(request: &AccessRequest, now: DateTime<Utc>) -> Option<Work> {
    let mut due = Vec::new();
    if let Some(deadline) = schedule::decision_deadline(request) {
        due.push((deadline, Work::Deadline));
    }
    for (p, path) in request.paths.iter().enumerate() {
        for (s, step) in path.steps.iter().enumerate() {
            if step.state != StepState::Pending {
                continue;
            }
            if let Some(at) = schedule::next_escalation(request, step) {
                due.push((at, Work::Escalate { path: p, step: s }));
            }
            if let Some(at) = schedule::next_reminder(request, step) {
                due.push((at, Work::Remind { path: p, step: s }));
            }
        }
    }
    due.into_iter().filter(|(at, _)| *at <= now).min().map(|(_, work)| work)
}

/// PENDING_APPROVAL → EXPIRED: no decision in time. Steps still pending or
/// waiting are closed; decided ones keep their outcome.
fn expire_undecided(request: &mut AccessRequest, changes: &mut Vec<Change>) {
    let deadline = schedule::decision_deadline(request);
    request.state = State::Expired;
    for step in request.paths.iter_mut().flat_map(|p| &mut p.steps) {
        if matches!(step.state, StepState::Pending | StepState::Waiting) {
            step.state = StepState::Closed;
        }
    }
    let comment = match deadline {
        Some(at) if request.decision_deadline == Some(at) => {
            format!("no decision by the decision deadline {}", instant(at))
        }
        Some(at) => format!("no decision before the grant window ended at {}", instant(at)),
        None => "no decision in time".to_string(),
    };
    changes.push(Change::with_comment(ChangeKind::RequestExpired, &comment));
}

/// Counts the step's reminders up to what is due at `now` (and before the
/// request's deadline), as one event however many were missed: approvers
/// get one nudge, not a burst.
fn remind(request: &mut AccessRequest, path: usize, step: usize, now: DateTime<Utc>, changes: &mut Vec<Change>) {
    let deadline = schedule::decision_deadline(request);
    let max = request.follow_up.max_reminders;
    let Some(progress) = request.paths.get(path).and_then(|p| p.steps.get(step)) else {
        return;
    };
    let mut due = schedule::reminders_due_by(request, progress, now);
    if let Some(deadline) = deadline.filter(|d| *d <= now)
        && let Some(just_before) = deadline.checked_sub_signed(Duration::nanoseconds(1))
    {
        due = due.min(schedule::reminders_due_by(request, progress, just_before));
    }
    // `next_work` saw one due, so this is at least one more than sent; the
    // clamp keeps the count moving (and the loop ending) whatever happens.
    let sent = progress.reminders_sent;
    let due = due.max(sent + 1).min(max.max(sent + 1));
    let comment = if due == sent + 1 {
        format!("reminder {due} of {max} for step {:?}", progress.name)
    } else {
        format!(
            "reminders {} to {due} of {max} for step {:?}, overdue and sent as one",
            sent + 1,
            progress.name
        )
    };
    if let Some(progress) = request.paths.get_mut(path).and_then(|p| p.steps.get_mut(step)) {
        progress.reminders_sent = due;
    }
    changes.push(Change::with_comment(ChangeKind::ReminderDue, &comment));
}

/// Raises the step's escalation level by one and adds that level's
/// approvers: 1 the managers of the step's undecided user approvers, 2
/// their managers, 3 the fallback approver. A level that finds nobody new
/// still counts, so escalation moves on (and ends) regardless.
fn escalate(
    request: &mut AccessRequest,
    path: usize,
    step: usize,
    directory: &DirectoryView,
    changes: &mut Vec<Change>,
) {
    let fallback = request.follow_up.fallback_approver.clone();
    let Some(progress) = request.paths.get_mut(path).and_then(|p| p.steps.get_mut(step)) else {
        return;
    };
    let level = progress.escalation_level + 1;
    progress.escalation_level = level;
    // A new round: the step's new approvers get their own reminders.
    progress.reminders_sent = 0;
    let found = match level {
        1 | 2 => managers(progress.approvers.as_slice(), level, directory),
        _ => fallback_approver(fallback.as_deref(), directory),
    };
    let candidates = match found {
        Ok(candidates) => candidates,
        Err(why) => {
            let comment = format!("level {level}: nobody to escalate step {:?} to: {why}", progress.name);
            changes.push(Change::with_comment(ChangeKind::Escalated, &comment));
            return;
        }
    };
    let source = if level >= 3 {
        SOURCE_ESCALATION_FALLBACK
    } else {
        SOURCE_ESCALATION_MANAGER
    };
    let mut added = Vec::new();
    let mut already = Vec::new();
    for (id, why) in candidates {
        let present = progress
            .approvers
            .iter()
            .any(|a| a.kind == ApproverKind::User && UserId::new(&a.id) == id);
        if present {
            already.push(id.to_string());
            continue;
        }
        progress.approvers.push(ApproverEntry {
            kind: ApproverKind::User,
            display_name: directory.display_name(&id),
            id: id.to_string(),
            source: source.to_string(),
            decision: None,
        });
        added.push(format!("{id} ({why})"));
    }
    let comment = if added.is_empty() {
        already.dedup();
        format!(
            "level {level}: nobody new to escalate step {:?} to: {} already approve(s) it",
            progress.name,
            already.join(", ")
        )
    } else {
        format!(
            "level {level}: escalated step {:?} to {}",
            progress.name,
            added.join(", ")
        )
    };
    changes.push(Change::with_comment(ChangeKind::Escalated, &comment));
}

/// The managers `level` steps above each undecided user approver the step
/// started with (escalated entries are not escalated again), with why each
/// is one; `Err` says why there are none.
fn managers(
    approvers: &[ApproverEntry],
    level: u32,
    directory: &DirectoryView,
) -> Result<Vec<(UserId, String)>, String> {
    let bases: Vec<UserId> = approvers
        .iter()
        .filter(|a| a.kind == ApproverKind::User && a.decision.is_none() && !a.source.starts_with("escalation:"))
        .map(|a| UserId::new(&a.id))
        .collect();
    if bases.is_empty() {
        return Err("the step has no undecided user approvers whose managers could be asked".into());
    }
    let depth = usize::try_from(level.saturating_sub(1)).unwrap_or(usize::MAX);
    let mut found: Vec<(UserId, String)> = Vec::new();
    for base in &bases {
        let chain = manager_chain(&directory.users, base);
        let Some(manager) = chain.get(depth) else { continue };
        if found.iter().any(|(id, _)| id == manager) {
            continue;
        }
        let why = match chain.first() {
            Some(first) if depth > 0 => format!("manager of {first}, the manager of {base}"),
            _ => format!("manager of {base}"),
        };
        found.push((manager.clone(), why));
    }
    if found.is_empty() {
        let whose = if level == 1 { "manager" } else { "manager's manager" };
        let bases: Vec<&str> = bases.iter().map(|b| b.as_str()).collect();
        return Err(format!("no {whose} of {} in the directory", bases.join(", ")));
    }
    Ok(found)
}

/// The fallback approver, if configured and still in the directory (it may
/// have been deleted since the request was filed).
fn fallback_approver(fallback: Option<&str>, directory: &DirectoryView) -> Result<Vec<(UserId, String)>, String> {
    let Some(id) = fallback.filter(|id| !id.is_empty()).map(UserId::new) else {
        return Err("no fallback approver is configured".into());
    };
    if directory.user(&id).is_none() {
        return Err(format!("the fallback approver {id} is not in the directory"));
    }
    Ok(vec![(id, "the fallback approver".into())])
}

fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
pub(crate) mod tests;

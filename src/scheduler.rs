//! The scheduler (docs/spec.md §6.6): time-driven work on access requests —
//! activation at a window's start, expiry at its end, expiry of undecided
//! requests, reminders and escalation — applied by
//! [`timed::advance`](crate::domain::access_request::timed::advance) to the
//! requests the store lists as due.
//!
//! Several `jitgate serve` replicas may run it on one database. Nothing is
//! locked: each write is conditional on the revision that was read (the
//! store's optimistic check), so when two replicas advance the same request
//! only the first write lands; the loser re-reads the request, finds the
//! work done, and writes nothing. Every transition, with its event, fires
//! once. See docs/decisions/0015-scheduler.md.

mod directory;

use std::{
    collections::HashSet,
    sync::atomic::{AtomicUsize, Ordering},
    time::Duration,
};

use chrono::{DateTime, Utc};
use tokio::{sync::oneshot, task::JoinHandle, time::MissedTickBehavior};

use crate::{
    app::{AppState, record},
    domain::{
        access_request::{AccessRequest, State, StepState, schedule, timed},
        evaluation::DirectoryView,
        ids::OrgId,
    },
    error::{Error, Result},
    store::read_modify_write,
};

/// How the scheduler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchedulerOptions {
    /// Time between passes (`--scheduler-interval`).
    pub interval: Duration,
    /// Requests read per query; a pass reads batches until none is due.
    pub batch: u64,
}

impl Default for SchedulerOptions {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(1),
            batch: 100,
        }
    }
}

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pass {
    /// Requests written with at least one transition.
    pub advanced: usize,
    /// Events written.
    pub events: usize,
    /// Writes that lost to another writer (another replica or an API call)
    /// and were re-applied to the newer request.
    pub conflicts: usize,
    /// Requests left for the next pass after losing every attempt.
    pub given_up: usize,
    /// Requests that could not be advanced (logged; retried next pass).
    pub failed: usize,
}

/// A running scheduler; [`stop`](Self::stop) it, or drop it to abort it.
pub struct SchedulerHandle {
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl SchedulerHandle {
    /// Asks the scheduler to stop and waits for the pass in progress (its
    /// writes are transactions, so stopping never leaves half a transition).
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for SchedulerHandle {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Starts the scheduler: a pass at once, then one every `options.interval`,
/// each at `state.clock.now()`.
pub fn spawn(state: AppState, options: SchedulerOptions) -> SchedulerHandle {
    let (stop, stopped) = oneshot::channel();
    let task = tokio::spawn(run(state, options, stopped));
    SchedulerHandle {
        stop: Some(stop),
        task: Some(task),
    }
}

async fn run(state: AppState, options: SchedulerOptions, mut stopped: oneshot::Receiver<()>) {
    // tokio refuses a zero period.
    let mut ticks = tokio::time::interval(options.interval.max(Duration::from_millis(1)));
    // After a slow pass, wait a full interval rather than bursting.
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = &mut stopped => return,
            _ = ticks.tick() => {}
        }
        let now = state.clock.now();
        // Its own task, so that even a bug that panics costs one pass, not
        // the scheduler.
        let pass = tokio::spawn({
            let state = state.clone();
            async move { run_once(&state, now, options.batch).await }
        });
        match pass.await {
            Ok(Ok(pass)) if pass == Pass::default() => {}
            Ok(Ok(pass)) => tracing::info!(
                %now,
                advanced = pass.advanced,
                events = pass.events,
                conflicts = pass.conflicts,
                given_up = pass.given_up,
                failed = pass.failed,
                "scheduler pass"
            ),
            Ok(Err(error)) => tracing::warn!(%error, "scheduler pass failed; retrying at the next tick"),
            Err(error) => tracing::error!(%error, "scheduler pass panicked; retrying at the next tick"),
        }
    }
}

/// One pass at `now`: advances every request due at `now`, reading
/// `batch` at a time until none is left. A request that keeps losing
/// write races, or fails, is left for the next pass; only a failure to
/// list due requests fails the pass.
pub async fn run_once(state: &AppState, now: DateTime<Utc>, batch: u64) -> Result<Pass> {
    let started = std::time::Instant::now();
    let mut lag = 0.0f64;
    let pass = advance_due(state, now, batch, &mut lag).await?;
    state
        .metrics
        .scheduler_pass(started.elapsed().as_secs_f64(), pass.advanced as u64, lag);
    Ok(pass)
}

/// [`run_once`]'s work; `lag` is how late the most overdue request was.
async fn advance_due(state: &AppState, now: DateTime<Utc>, batch: u64, lag: &mut f64) -> Result<Pass> {
    let batch = batch.max(1);
    let mut pass = Pass::default();
    // A request still listed after its turn (it lost every attempt) must not
    // keep this pass going forever.
    let mut done: HashSet<(OrgId, String)> = HashSet::new();
    loop {
        let due = state.store.due_access_requests(now, batch).await?;
        let full = due.len() as u64 >= batch;
        let mut fresh = 0;
        for request in due {
            if !done.insert((request.org_id.clone(), request.id.clone())) {
                continue;
            }
            fresh += 1;
            if let Some(due_at) = crate::domain::access_request::schedule::next_due(&request) {
                *lag = lag.max((now - due_at).num_milliseconds().max(0) as f64 / 1e3);
            }
            let (org, id) = (request.org_id.clone(), request.id.clone());
            // One bad request must not hold up the others.
            if let Err(error) = advance_one(state, request, now, &mut pass).await {
                pass.failed += 1;
                tracing::warn!(%org, request = %id, %error, "cannot advance the request; retrying at the next pass");
            }
        }
        if !full || fresh == 0 {
            return Ok(pass);
        }
    }
}

/// Advances one request and writes it through the store's
/// read-modify-write: when someone else wrote it first, the request is read
/// again and advanced from there (usually to nothing: the winner did the
/// work). A request that keeps changing is left for the next pass.
async fn advance_one(state: &AppState, first: AccessRequest, now: DateTime<Utc>, pass: &mut Pass) -> Result<()> {
    // Counted across attempts for the pass's figures (atomics: the pass
    // runs on a spawned task).
    let conflicts = AtomicUsize::new(0);
    // The events of the write that landed, plus one; 0: none landed.
    let written = AtomicUsize::new(0);
    let (conflicts_ref, written_ref, first_ref) = (&conflicts, &written, &first);
    let outcome = read_modify_write(&format!("access request {:?}", first.id), |attempt| async move {
        let current = if attempt == 0 {
            first_ref.clone()
        } else {
            match state.store.access_request(&first_ref.org_id, &first_ref.id).await? {
                Some(newer) => newer,
                None => return Ok(()),
            }
        };
        let directory = if escalation_due(&current, now) {
            directory::load(state.store.as_ref(), &current).await?
        } else {
            DirectoryView::default()
        };
        let mut after = current.clone();
        let changes = timed::advance(&mut after, now, &directory);
        let lost = |error: Error| {
            if matches!(error, Error::Conflict(_)) {
                conflicts_ref.fetch_add(1, Ordering::Relaxed);
            }
            error
        };
        if changes.is_empty() {
            // Nothing is due. After a lost race (a re-read copy) that is
            // expected: the winner did the work. On the copy the due list
            // returned it means the stored due time disagrees with
            // `next_due` (an older rule computed it): rewrite the row,
            // without events, so it leaves the due list instead of heading
            // it forever. Losing that rewrite's race is fine too.
            if attempt == 0 {
                tracing::info!(org = %after.org_id, request = %after.id, "re-indexing a stale due time");
                match state
                    .store
                    .update_access_request(&after, Vec::new(), None)
                    .await
                    .map_err(lost)
                {
                    Ok(_) | Err(Error::Conflict(_)) => {}
                    Err(other) => return Err(other),
                }
            }
            return Ok(());
        }
        after.updated = now;
        let events = record::request_events(Some(&current), &after, &changes, record::SCHEDULER, "")?;
        let kinds = record::kinds(&events);
        state
            .store
            .update_access_request(&after, events, None)
            .await
            .map_err(lost)?;
        written_ref.store(kinds.len() + 1, Ordering::Relaxed);
        state.metrics.transitions(kinds);
        Ok(())
    })
    .await;
    pass.conflicts += conflicts.load(Ordering::Relaxed);
    if let Some(events) = written.load(Ordering::Relaxed).checked_sub(1) {
        pass.advanced += 1;
        pass.events += events;
    }
    match outcome {
        Err(Error::Aborted(_)) => {
            pass.given_up += 1;
            tracing::warn!(
                org = %first.org_id,
                request = %first.id,
                "the request kept changing under the scheduler; retrying at the next pass"
            );
            Ok(())
        }
        other => other,
    }
}

/// Whether advancing `request` to `now` escalates a step, so the directory
/// must be read.
fn escalation_due(request: &AccessRequest, now: DateTime<Utc>) -> bool {
    request.state == State::PendingApproval
        && request
            .paths
            .iter()
            .flat_map(|p| &p.steps)
            .filter(|s| s.state == StepState::Pending)
            .any(|s| schedule::next_escalation(request, s).is_some_and(|at| at <= now))
}

//! Drives calls: closed loop (a fixed number in flight, each worker calling
//! again as soon as it is answered) or open loop (at a fixed rate, latency
//! counted from when each call was due, so a slow server cannot hide its
//! queue). Every call must succeed; failures are counted and reported. An
//! open loop skips the calls that fall due while too many are unanswered
//! (counted as not sent, not as failed): the server is overloaded at that
//! rate, which is a measurement, not a broken call.

use std::{
    future::Future,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

/// What one run measured.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub ok: u64,
    pub failed: u64,
    /// Open loop: calls that fell due while `max_in_flight` were still
    /// unanswered, so were never sent.
    pub not_sent: u64,
    pub first_failure: Option<String>,
    pub elapsed: Duration,
    /// Microseconds, sorted.
    pub latencies: Vec<u32>,
}

impl Stats {
    pub fn rate(&self) -> f64 {
        self.ok as f64 / self.elapsed.as_secs_f64()
    }

    pub fn percentile(&self, p: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let i = ((self.latencies.len() - 1) as f64 * p).round() as usize;
        Duration::from_micros(u64::from(self.latencies[i]))
    }

    fn merge(&mut self, other: Stats) {
        self.ok += other.ok;
        self.failed += other.failed;
        self.not_sent += other.not_sent;
        if self.first_failure.is_none() {
            self.first_failure = other.first_failure;
        }
        self.latencies.extend(other.latencies);
    }
}

/// `concurrency` workers call `call(worker, n)` back to back for `duration`.
pub async fn closed_loop<F, Fut>(concurrency: usize, duration: Duration, call: F) -> Stats
where
    F: Fn(usize, u64) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send,
{
    let started = Instant::now();
    let deadline = started + duration;
    let mut workers = Vec::new();
    for worker in 0..concurrency {
        let call = call.clone();
        workers.push(tokio::spawn(async move {
            let mut stats = Stats::default();
            let mut n = 0;
            while Instant::now() < deadline {
                let t = Instant::now();
                match call(worker, n).await {
                    Ok(()) => {
                        stats.ok += 1;
                        stats
                            .latencies
                            .push(t.elapsed().as_micros().min(u128::from(u32::MAX)) as u32);
                    }
                    Err(e) => {
                        stats.failed += 1;
                        stats.first_failure.get_or_insert(e);
                    }
                }
                n += 1;
            }
            stats
        }));
    }
    let mut total = Stats::default();
    for worker in workers {
        total.merge(worker.await.expect("a worker"));
    }
    total.elapsed = started.elapsed();
    total.latencies.sort_unstable();
    total
}

/// Calls `call(n)` at `rate` per second for `duration`, each as its own
/// task (at most `max_in_flight`, beyond which a call is not sent and is
/// counted in [`Stats::not_sent`]).
pub async fn open_loop<F, Fut>(rate: f64, duration: Duration, max_in_flight: u64, call: F) -> Stats
where
    F: Fn(u64) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    let started = Instant::now();
    let interval = Duration::from_secs_f64(1.0 / rate);
    let in_flight = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    let mut skipped = 0;
    let mut n: u64 = 0;
    loop {
        let due = started + interval.mul_f64(n as f64);
        if due >= started + duration {
            break;
        }
        tokio::time::sleep_until(due.into()).await;
        if in_flight.load(Ordering::Relaxed) >= max_in_flight {
            skipped += 1;
            n += 1;
            continue;
        }
        in_flight.fetch_add(1, Ordering::Relaxed);
        let (call, in_flight) = (call.clone(), in_flight.clone());
        tasks.push(tokio::spawn(async move {
            let result = call(n).await;
            in_flight.fetch_sub(1, Ordering::Relaxed);
            // From when it was due: queueing counts.
            (result, due.elapsed())
        }));
        n += 1;
    }
    let mut total = Stats {
        not_sent: skipped,
        ..Stats::default()
    };
    for task in tasks {
        let (result, took) = task.await.expect("a call");
        match result {
            Ok(()) => {
                total.ok += 1;
                total.latencies.push(took.as_micros().min(u128::from(u32::MAX)) as u32);
            }
            Err(e) => {
                total.failed += 1;
                total.first_failure.get_or_insert(e);
            }
        }
    }
    total.elapsed = started.elapsed();
    total.latencies.sort_unstable();
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server that answers slower than calls fall due: once
    /// `max_in_flight` wait, further calls are counted as not sent, and
    /// nothing as failed.
    #[tokio::test]
    async fn an_open_loop_stops_sending_when_the_server_falls_behind() {
        let stats = open_loop(1_000.0, Duration::from_millis(50), 5, |_| async {
            tokio::time::sleep(Duration::from_secs(1)).await;
            Ok(())
        })
        .await;
        assert_eq!(stats.ok, 5, "{stats:?}");
        assert_eq!(stats.failed, 0, "{stats:?}");
        assert!(stats.not_sent >= 40, "{stats:?}");
        assert_eq!(stats.ok + stats.not_sent, 50, "{stats:?}");
    }
}

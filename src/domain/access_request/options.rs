//! Deployment settings of the request lifecycle, read by filing (to set a
//! request's decision deadline) and reachable from every handler through
//! [`AppState`](crate::app::AppState).

use chrono::{DateTime, Duration, Utc};

/// How long requests may take, as configured at `jitgate serve`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LifecycleOptions {
    /// How long a request may stay PENDING_APPROVAL before it expires
    /// undecided (`--decision-timeout`).
    pub decision_timeout: Duration,
}

impl LifecycleOptions {
    /// The default `--decision-timeout`: seven days.
    pub const DEFAULT_DECISION_TIMEOUT: Duration = Duration::days(7);

    /// The decision deadline of a request filed at `filed`; `None` only if
    /// it would be out of chrono's range (then it never expires undecided).
    pub fn decision_deadline(&self, filed: DateTime<Utc>) -> Option<DateTime<Utc>> {
        filed.checked_add_signed(self.decision_timeout)
    }
}

impl Default for LifecycleOptions {
    fn default() -> Self {
        Self {
            decision_timeout: Self::DEFAULT_DECISION_TIMEOUT,
        }
    }
}

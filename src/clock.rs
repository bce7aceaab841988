//! Where time comes from. Domain code never calls `Utc::now()`; it is handed
//! a [`Clock`], so tests can move time instead of sleeping.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex, PoisonError},
};

use chrono::{DateTime, SubsecRound, Utc};

/// A source of the current time.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    /// To the microsecond, the precision PostgreSQL keeps: a time the server
    /// answers with (a create response, an audit event's `after`) is then
    /// exactly the one every later read returns, on either database.
    fn now(&self) -> DateTime<Utc> {
        Utc::now().trunc_subsecs(6)
    }
}

/// A clock that only moves when told to; for tests.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self(Arc::new(Mutex::new(start)))
    }

    pub fn advance(&self, by: chrono::Duration) {
        *self.0.lock().expect("clock lock") += by;
    }

    pub fn set(&self, to: DateTime<Utc>) {
        *self.0.lock().expect("clock lock") = to;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().expect("clock lock")
    }
}

/// A clock read from a file holding one RFC 3339 instant, re-read on every
/// [`now`](Clock::now): a testing aid (`jitgate serve --clock-file`) that
/// lets a test move time for several server processes at once by rewriting
/// one file. Write it atomically (a temporary file renamed over it).
///
/// While the file cannot be read or parsed, `now` answers the last instant
/// it did read, or the system clock before the first good read: a clock
/// must always answer, and a half-written file must not send time back to
/// the epoch.
#[derive(Debug)]
pub struct FileClock {
    path: PathBuf,
    last: Mutex<FileClockState>,
}

#[derive(Debug, Default)]
struct FileClockState {
    /// The last instant read from the file.
    good: Option<DateTime<Utc>>,
    /// Whether the last read failed: a failure is logged once, not on
    /// every `now()` until the file is fixed.
    failing: bool,
}

impl FileClock {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            last: Mutex::new(FileClockState::default()),
        }
    }

    fn read(path: &Path) -> Result<DateTime<Utc>, String> {
        let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        DateTime::parse_from_rfc3339(text.trim())
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| format!("{e} in {:?}", text.trim()))
    }
}

impl Clock for FileClock {
    fn now(&self) -> DateTime<Utc> {
        let read = Self::read(&self.path);
        // A poisoned lock still holds a valid instant; never panic here.
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        match read {
            Ok(now) => {
                *last = FileClockState {
                    good: Some(now),
                    failing: false,
                };
                now
            }
            Err(error) => {
                let fallback = last.good.unwrap_or_else(Utc::now);
                if !last.failing {
                    tracing::warn!(path = %self.path.display(), %error, %fallback, "cannot read the clock file");
                    last.failing = true;
                }
                fallback
            }
        }
    }
}

/// New identifiers: UUIDv7, so ids sort by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_clock_reads_the_file_each_time_and_keeps_the_last_good_instant() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("now");
        let clock = FileClock::new(&path);
        let before = Utc::now();
        assert!(clock.now() >= before, "no file yet: the system clock");

        std::fs::write(&path, "2030-01-02T03:04:05Z\n").unwrap();
        let first: DateTime<Utc> = "2030-01-02T03:04:05Z".parse().unwrap();
        assert_eq!(clock.now(), first);
        std::fs::write(&path, "2030-01-02T04:04:05+01:00").unwrap();
        assert_eq!(clock.now(), first, "offsets are honored");

        std::fs::write(&path, "2030-01-0").unwrap();
        assert_eq!(clock.now(), first, "a torn write keeps the last instant");
        std::fs::remove_file(&path).unwrap();
        assert_eq!(clock.now(), first, "so does a missing file");
        std::fs::write(&path, "2031-01-01T00:00:00.5Z").unwrap();
        assert_eq!(clock.now(), "2031-01-01T00:00:00.5Z".parse::<DateTime<Utc>>().unwrap());
    }
}

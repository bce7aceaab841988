//! Bounds on every time and span a client can send, so that every time
//! jitgate stores or computes from them stays far inside protobuf's
//! Timestamp range (years 1 to 9999) and chrono's arithmetic never
//! overflows. Decision 0020 lists them; the protos document each field's.
//!
//! A stored time is at most an accepted timestamp plus a few accepted spans
//! (a grant's start plus its length, a deadline plus reminder days), so
//! timestamps up to the year 2999 and spans up to ten years leave seven
//! millennia of headroom.

use chrono::{DateTime, Utc};
use prost_types::Timestamp;

/// The longest grant, window or configured duration: ten years (3,650 days).
pub const MAX_SPAN_DAYS: u32 = 3_650;
/// [`MAX_SPAN_DAYS`] in hours: the longest FLOATING window.
pub const MAX_SPAN_HOURS: u32 = MAX_SPAN_DAYS * 24;
/// [`MAX_SPAN_DAYS`] in seconds: the longest duration or cooldown.
pub const MAX_SPAN_SECONDS: u32 = MAX_SPAN_HOURS * 3_600;

/// 1970-01-01T00:00:00Z: the earliest timestamp a client may send.
pub const EARLIEST_SECONDS: i64 = 0;
/// 2999-12-31T23:59:59Z: the latest timestamp a client may send.
pub const LATEST_SECONDS: i64 = 32_503_679_999;

/// The rule a refused timestamp's violation states.
pub const TIMESTAMP_RULE: &str = "must be a valid timestamp between 1970-01-01T00:00:00Z and 2999-12-31T23:59:59Z";

/// A client's timestamp as a time, if it is inside the accepted range.
pub fn timestamp(t: &Timestamp) -> Option<DateTime<Utc>> {
    if !(EARLIEST_SECONDS..=LATEST_SECONDS).contains(&t.seconds) {
        return None;
    }
    let nanos = u32::try_from(t.nanos).ok().filter(|n| *n < 1_000_000_000)?;
    DateTime::from_timestamp(t.seconds, nanos)
}

/// A time as a protobuf Timestamp that every client accepts, whatever is
/// stored: times outside protobuf's range (a row written before these
/// bounds existed) are clamped to its ends, so a listing never carries an
/// invalid document.
pub fn wire_timestamp(t: DateTime<Utc>) -> Timestamp {
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z.
    const MIN: i64 = -62_135_596_800;
    const MAX: i64 = 253_402_300_799;
    let seconds = t.timestamp();
    if seconds < MIN {
        return Timestamp { seconds: MIN, nanos: 0 };
    }
    if seconds > MAX {
        return Timestamp {
            seconds: MAX,
            nanos: 999_999_999,
        };
    }
    Timestamp {
        seconds,
        nanos: i32::try_from(t.timestamp_subsec_nanos()).unwrap_or(0),
    }
}

/// `Some(why)` when `value` (in `unit`s) is negative or longer than `max`.
pub fn span_problem(value: i64, max: u32, unit: &str) -> Option<String> {
    if value < 0 {
        Some(format!("must be zero or more {unit}, got {value}"))
    } else if value > i64::from(max) {
        Some(format!("must be at most {max} {unit} (ten years), got {value}"))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_timestamp_is_the_end_of_2999() {
        let latest = DateTime::from_timestamp(LATEST_SECONDS, 0).unwrap();
        assert_eq!(latest.to_rfc3339(), "2999-12-31T23:59:59+00:00");
        assert!(
            timestamp(&Timestamp {
                seconds: LATEST_SECONDS,
                nanos: 999_999_999
            })
            .is_some()
        );
        assert!(
            timestamp(&Timestamp {
                seconds: LATEST_SECONDS + 1,
                nanos: 0
            })
            .is_none()
        );
        assert!(timestamp(&Timestamp { seconds: -1, nanos: 0 }).is_none());
        assert!(timestamp(&Timestamp { seconds: 0, nanos: -1 }).is_none());
    }

    #[test]
    fn the_latest_time_plus_spans_stays_inside_protobufs_range() {
        let latest = DateTime::from_timestamp(LATEST_SECONDS, 0).unwrap();
        let far = latest + chrono::Duration::seconds(i64::from(MAX_SPAN_SECONDS) * 10);
        let wire = wire_timestamp(far);
        assert_eq!(
            wire.seconds,
            far.timestamp(),
            "ten spans past the latest is not clamped"
        );
    }

    #[test]
    fn stored_times_outside_protobufs_range_are_clamped_on_the_wire() {
        let year_230k = DateTime::from_timestamp(7_200_000_000_000, 5).unwrap();
        assert_eq!(
            wire_timestamp(year_230k),
            Timestamp {
                seconds: 253_402_300_799,
                nanos: 999_999_999
            }
        );
        let before = DateTime::from_timestamp(-70_000_000_000, 0).unwrap();
        assert_eq!(
            wire_timestamp(before),
            Timestamp {
                seconds: -62_135_596_800,
                nanos: 0
            }
        );
    }

    #[test]
    fn spans_are_bounded_both_ways() {
        assert_eq!(MAX_SPAN_HOURS, 87_600);
        assert!(
            span_problem(-1, MAX_SPAN_HOURS, "hours")
                .unwrap()
                .contains("zero or more")
        );
        assert!(
            span_problem(87_601, MAX_SPAN_HOURS, "hours")
                .unwrap()
                .contains("at most 87600 hours")
        );
        assert!(span_problem(87_600, MAX_SPAN_HOURS, "hours").is_none());
    }
}

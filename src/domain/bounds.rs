//! Bounds on every time and span a client can send, so that every time
//! jitgate stores or computes from them stays far inside protobuf's
//! Timestamp range (years 1 to 9999) and chrono's arithmetic never
//! overflows. Decision 0020 lists them; the protos document each field's.
//! The conversion to and from protobuf's Timestamp is `api::timestamp`.
//!
//! A stored time is at most an accepted timestamp plus a few accepted spans
//! (a grant's start plus its length, a deadline plus reminder days), so
//! timestamps up to the year 2999 and spans up to ten years leave seven
//! millennia of headroom.

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

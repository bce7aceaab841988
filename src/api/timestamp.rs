//! The one conversion between protobuf's Timestamp and a time: a client's
//! timestamp is accepted inside [`bounds`](crate::domain::bounds)' range,
//! and every time goes back out as a Timestamp every client accepts.

use chrono::{DateTime, Utc};
use prost_types::Timestamp;

use crate::domain::bounds::{EARLIEST_SECONDS, LATEST_SECONDS};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bounds::MAX_SPAN_SECONDS;

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
}

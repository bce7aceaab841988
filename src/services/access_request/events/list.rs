//! ListAuditEvents: one page of the org's stream, either direction.

use super::{cursor, encode};
use crate::{
    domain::directory::ids::UserId,
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
    store::{EventFilter, EventQuery},
};

const DEFAULT_LIMIT: u64 = 50;
const MAX_LIMIT: i32 = 100;

fn limit(requested: i32) -> Result<u64> {
    match requested {
        0 => Ok(DEFAULT_LIMIT),
        1..=MAX_LIMIT => Ok(requested as u64),
        _ => Err(Error::invalid(
            "limit",
            format!("must be between 1 and {MAX_LIMIT} (0: 50)"),
        )),
    }
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

fn filter(req: &mut pb::ListAuditEventsRequest) -> Result<EventFilter> {
    let since = req.since.as_ref().map(|t| encode::time("since", t)).transpose()?;
    let until = req.until.as_ref().map(|t| encode::time("until", t)).transpose()?;
    if let (Some(since), Some(until)) = (since, until)
        && until <= since
    {
        return Err(Error::invalid("until", "must be after since"));
    }
    if !req.subject_id.is_empty() && req.subject_type.is_empty() {
        return Err(Error::invalid(
            "subject_type",
            "is required with subject_id (ids are unique per type)",
        ));
    }
    Ok(EventFilter {
        kinds: encode::kind_names("kinds", &req.kinds)?,
        subject_type: non_empty(std::mem::take(&mut req.subject_type)),
        subject_id: non_empty(std::mem::take(&mut req.subject_id)),
        access_request_id: non_empty(std::mem::take(&mut req.access_request_id)),
        // Actors are user ids (or `system:…`), stored folded: the filter folds too.
        actor: non_empty(std::mem::take(&mut req.actor)).map(|a| UserId::new(&a).into()),
        since,
        until,
    })
}

pub async fn list(
    state: &AppState,
    caller: &Caller,
    mut req: pb::ListAuditEventsRequest,
) -> Result<pb::ListAuditEventsResponse> {
    let org = caller.admin_org("")?;
    let limit = limit(req.limit)?;
    let filter = filter(&mut req)?;
    let position = if req.cursor.is_empty() {
        None
    } else {
        let last = state.store.last_event_sequence(org).await?;
        Some(cursor::decode("cursor", &req.cursor, org, last)?)
    };
    let (after, before) = if req.newest_first {
        (None, position)
    } else {
        (position, None)
    };
    // One more than the page tells whether more match.
    let query = EventQuery {
        filter,
        after,
        before,
        newest_first: req.newest_first,
        limit: limit + 1,
    };
    let mut found = state.store.query_events(org, &query).await?;
    let has_more = found.len() as u64 > limit;
    found.truncate(limit as usize);
    let events: Vec<pb::Event> = found.into_iter().map(encode::event).collect();
    let next_cursor = events.last().map_or(req.cursor, |e| e.cursor.clone());
    Ok(pb::ListAuditEventsResponse {
        events,
        next_cursor,
        has_more,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_default_and_cap() {
        assert_eq!(limit(0), Ok(50));
        assert_eq!(limit(1), Ok(1));
        assert_eq!(limit(100), Ok(100));
        assert!(limit(101).is_err());
        assert!(limit(-1).is_err());
    }
}

//! Event cursors: opaque to clients, `base64url("v1:{org}:{sequence}")`
//! inside. The org makes another tenant's cursor detectable (and refusable)
//! instead of silently meaning a position in this org's stream; the version
//! leaves room to change the encoding without breaking stored cursors.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

use crate::error::{Error, Result};

const VERSION: &str = "v1";

/// The cursor of the org's event at `sequence`.
pub fn encode(org: &str, sequence: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{VERSION}:{org}:{sequence}"))
}

/// The sequence `cursor` (the request's `field`) points at in `org`'s
/// stream. Refuses cursors that are not ours, of another org, or that
/// point beyond `last`, the org's last sequence: no event has them, so
/// they can only be forged or from another deployment.
pub fn decode(field: &str, cursor: &str, org: &str, last: i64) -> Result<i64> {
    let malformed = || Error::invalid(field, "is not a cursor this service issued");
    let text = URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(malformed)?;
    let rest = text
        .strip_prefix(VERSION)
        .and_then(|rest| rest.strip_prefix(':'))
        .ok_or_else(malformed)?;
    // The org may itself contain ':'; the sequence never does.
    let (cursor_org, sequence) = rest.rsplit_once(':').ok_or_else(malformed)?;
    let sequence: i64 = sequence.parse().map_err(|_| malformed())?;
    if cursor_org != org {
        return Err(Error::invalid(field, "is a cursor of another org's stream"));
    }
    if sequence < 1 || sequence > last {
        return Err(Error::invalid(field, "points at no event of this org's stream"));
    }
    Ok(sequence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_even_when_the_org_has_colons() {
        for org in ["acme", "a:b:c", ""] {
            assert_eq!(decode("cursor", &encode(org, 7), org, 7), Ok(7));
        }
    }

    #[test]
    fn bad_cursors_name_the_field() {
        let refused = |cursor: &str| decode("cursor", cursor, "acme", 10).unwrap_err();
        let field = |e: Error| match e {
            Error::InvalidArgument(v) => v[0].field.clone(),
            other => panic!("{other:?}"),
        };
        for bad in [
            "%%%".to_string(),
            URL_SAFE_NO_PAD.encode("v2:acme:1"),
            URL_SAFE_NO_PAD.encode("v1:acme:x"),
            URL_SAFE_NO_PAD.encode("v1:acme"),
            URL_SAFE_NO_PAD.encode([0xff, 0xfe]),
            encode("globex", 1),
            encode("acme", 0),
            encode("acme", 11),
            encode("acme", -1),
        ] {
            assert_eq!(field(refused(&bad)), "cursor", "{bad}");
        }
    }
}

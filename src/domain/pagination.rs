//! Offset pagination as the seed APIs do it (`limit`, `offset` in;
//! `pagination {total, limit, offset}` out). Every list pages over a
//! deterministic order that it documents (access flows: creation time, then
//! id, so later inserts never shift earlier pages; the directory: id).

use crate::{domain::violations::Violations, error::Result};

/// The page size when the request gives none.
pub const DEFAULT_LIMIT: u32 = 50;
/// The largest page the seeds allow.
pub const MAX_LIMIT: u32 = 100;
/// The most values a repeated filter field (`states`, `kinds`) may hold:
/// more than every value the field has, repeats included.
pub const MAX_FILTER_VALUES: usize = 100;

/// Refuses a repeated filter `field` with more than [`MAX_FILTER_VALUES`]
/// values: a list filter becomes one query parameter per value, and
/// databases bound those (SQLite at 32,766).
pub fn check_filter_len(field: &str, len: usize) -> Result<()> {
    if len > MAX_FILTER_VALUES {
        return Err(crate::error::Error::invalid(
            field,
            format!("must hold at most {MAX_FILTER_VALUES} values, got {len}"),
        ));
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub limit: u32,
    pub offset: u32,
}

impl Page {
    /// `limit` 0 means the default; above [`MAX_LIMIT`] or negative is
    /// INVALID_ARGUMENT, as is a negative offset. An offset past the end is
    /// valid and yields an empty page.
    pub fn parse(limit: i32, offset: i32) -> Result<Self> {
        let mut v = Violations::new();
        if limit < 0 {
            v.add("limit", "must be zero (the default, 50) or more");
        } else if limit as u32 > MAX_LIMIT {
            v.add("limit", format!("must be at most {MAX_LIMIT}, got {limit}"));
        }
        if offset < 0 {
            v.add("offset", "must be zero or more");
        }
        v.into_result(Self {
            limit: if limit == 0 { DEFAULT_LIMIT } else { limit as u32 },
            offset: offset.max(0) as u32,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn zero_means_the_default_limit() {
        assert_eq!(Page::parse(0, 0).unwrap(), Page { limit: 50, offset: 0 });
        assert_eq!(Page::parse(100, 7).unwrap(), Page { limit: 100, offset: 7 });
    }

    #[test]
    fn a_limit_above_100_or_negative_values_are_invalid() {
        let Err(Error::InvalidArgument(v)) = Page::parse(101, -1) else {
            panic!()
        };
        let fields: Vec<_> = v.iter().map(|v| v.field.as_str()).collect();
        assert_eq!(fields, ["limit", "offset"]);
        assert!(Page::parse(-1, 0).is_err());
    }

    #[test]
    fn an_offset_past_the_end_is_valid() {
        assert_eq!(Page::parse(10, i32::MAX).unwrap().offset, i32::MAX as u32);
    }
}

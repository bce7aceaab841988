//! The paging summary every list answer carries (`pb::Pagination`).

use crate::{domain::pagination::Page, pb::v1 as pb};

/// The summary of `page` of a list `total` items long. Counts past
/// `i32::MAX` (the wire's type) read as `i32::MAX`.
pub fn pagination(page: Page, total: u64) -> pb::Pagination {
    let n = |n: u64| i32::try_from(n).unwrap_or(i32::MAX);
    pb::Pagination {
        total: n(total),
        limit: n(page.limit.into()),
        offset: n(page.offset.into()),
    }
}

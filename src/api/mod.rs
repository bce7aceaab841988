//! The wire boundary, beside the generated protobuf types: wire input
//! decoded and validated into domain objects (`<area>::decode`, every bad
//! field reported at once with its proto path and rule), and domain objects
//! encoded back onto the generated types (and so onto the REST JSON their
//! writers print), one file per area. The domain's own types and rules stay
//! in `domain/`, which does not depend on this module; handlers, the store's
//! audit rendering and the offline tools use it.

pub mod access_flow;
pub mod access_request;
pub mod directory;
pub mod evaluation;
pub mod limits;
pub mod pagination;
pub mod policy;
pub mod request_config;
pub mod routing;
pub mod timestamp;

use crate::domain::directory::ids::UserId;

/// User ids onto the wire: their folded text.
pub(crate) fn user_ids(ids: &[UserId]) -> Vec<String> {
    ids.iter().map(UserId::to_string).collect()
}

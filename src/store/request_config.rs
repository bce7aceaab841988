//! Storage of the org's access-request configuration: one document per org,
//! replaced whole.

use async_trait::async_trait;

use super::NewEvent;
use crate::{
    domain::{ids::OrgId, request_config::RequestConfig},
    error::Result,
};

/// A replacement of the org's configuration: the one to store, and the one
/// read (`None`: never saved) that the write is conditional on. An update
/// and a policy apply replace the configuration in this one shape.
/// Its default stores the default configuration over none.
#[derive(Debug, Clone, Default)]
pub struct RequestConfigReplace {
    pub config: RequestConfig,
    pub read: Option<RequestConfig>,
}

#[async_trait]
pub trait RequestConfigStore {
    /// The org's saved configuration; `None` if it never saved one.
    async fn request_config(&self, org_id: &OrgId) -> Result<Option<RequestConfig>>;

    /// Replaces the org's configuration and records `event` in the same
    /// transaction, if the stored configuration is still `replace.read`;
    /// otherwise writes nothing and answers
    /// [`Error::Conflict`](crate::error::Error::Conflict), so an event's
    /// `before` is always the configuration it really replaced.
    async fn replace_request_config(
        &self,
        org_id: &OrgId,
        replace: &RequestConfigReplace,
        event: NewEvent,
    ) -> Result<()>;
}

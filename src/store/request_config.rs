//! Storage of the org's access-request configuration: one document per org,
//! replaced whole.

use async_trait::async_trait;

use super::NewEvent;
use crate::{
    domain::{ids::OrgId, request_config::RequestConfig},
    error::Result,
};

#[async_trait]
pub trait RequestConfigStore {
    /// The org's saved configuration; `None` if it never saved one.
    async fn request_config(&self, org_id: &OrgId) -> Result<Option<RequestConfig>>;

    /// Replaces the org's configuration and records `event` in the same
    /// transaction, if the stored configuration is still `read` (`None`:
    /// never saved); otherwise writes nothing and answers
    /// [`Error::Conflict`](crate::error::Error::Conflict), so an event's
    /// `before` is always the configuration it really replaced.
    async fn replace_request_config(
        &self,
        org_id: &OrgId,
        config: &RequestConfig,
        read: Option<&RequestConfig>,
        event: NewEvent,
    ) -> Result<()>;
}

//! Storage of the org's access-request configuration: one document per org,
//! replaced whole.

use async_trait::async_trait;

use super::NewEvent;
use crate::{domain::request_config::RequestConfig, error::Result};

#[async_trait]
pub trait RequestConfigStore {
    /// The org's saved configuration; `None` if it never saved one.
    async fn request_config(&self, org_id: &str) -> Result<Option<RequestConfig>>;

    /// Replaces the org's configuration and records `event` in the same
    /// transaction. The store sets `event.before` to the configuration it
    /// actually replaced (read in that transaction, so concurrent
    /// replacements each record their true predecessor) and returns it.
    async fn replace_request_config(
        &self,
        org_id: &str,
        config: &RequestConfig,
        event: NewEvent,
    ) -> Result<Option<RequestConfig>>;
}

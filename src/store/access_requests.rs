//! Storage of access requests: filing (idempotent on the client's key),
//! reading, listing, revision-checked updates with their events, the
//! scheduler's due list, and earlier grants for cooldowns.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{Listed, NewEvent, OrgVersions};
use crate::{
    domain::{
        access_request::{AccessRequest, State},
        directory::ids::UserId,
        evaluation::PriorGrant,
        ids::OrgId,
    },
    error::Result,
};

/// The answer to filing a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Filed {
    /// Stored now, with its events.
    New(AccessRequest),
    /// The requester already filed a request with this client key: that one,
    /// unchanged. Nothing was written.
    Existing(AccessRequest),
}

/// Which requests to list, newest first (by creation time, then id).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestQuery {
    /// Only requests this user filed or that target them; `None`: all.
    pub involving: Option<UserId>,
    /// Only requests in these states; empty: any.
    pub states: Vec<State>,
    /// Only requests created at or after this time.
    pub created_from: Option<DateTime<Utc>>,
    /// Only requests created at or before this time.
    pub created_until: Option<DateTime<Utc>>,
    pub offset: u64,
    pub limit: u64,
}

#[async_trait]
pub trait AccessRequestStore {
    /// Stores a new request (revision 1) with its events in one
    /// transaction. When the requester already used `client_request_id`
    /// (even concurrently) the first request is returned and nothing is
    /// written. `basis` is the org's position the request was evaluated at:
    /// if a configuration or directory change committed since, nothing is
    /// written and the answer is [`Error::Conflict`](crate::error::Error::Conflict),
    /// so no request is ever
    /// stored with a plan the policy in force at its commit would not give.
    async fn file_access_request(
        &self,
        request: &AccessRequest,
        events: Vec<NewEvent>,
        basis: OrgVersions,
    ) -> Result<Filed>;

    /// One request of the org; `None` when it does not exist in that org.
    async fn access_request(&self, org_id: &OrgId, id: &str) -> Result<Option<AccessRequest>>;

    /// The request `requester_id` filed with the idempotency key `key`.
    async fn access_request_by_client_key(
        &self,
        org_id: &OrgId,
        requester_id: &str,
        key: &str,
    ) -> Result<Option<AccessRequest>>;

    /// The requests matching `query`, and how many match across all pages.
    async fn list_access_requests(&self, org_id: &OrgId, query: &RequestQuery) -> Result<Listed<AccessRequest>>;

    /// Every request of the org in one state, newest first (the TO_APPROVE
    /// listing filters pending requests by eligibility in the domain).
    async fn access_requests_in_state(&self, org_id: &OrgId, state: State) -> Result<Vec<AccessRequest>>;

    /// Replaces the request with `request`, read at revision
    /// `request.revision`, as revision `request.revision + 1` (returned), and
    /// records `events`, in one transaction. Nothing is written, and the
    /// answer is [`Error::Conflict`](crate::error::Error::Conflict), when the
    /// stored revision is no longer `request.revision` (someone else changed
    /// it first), or when `directory_basis` is given and the org's directory
    /// changed after that position (the actor's groups and rosters were read
    /// from it; needs events, which lock the org's counter row until commit).
    async fn update_access_request(
        &self,
        request: &AccessRequest,
        events: Vec<NewEvent>,
        directory_basis: Option<OrgVersions>,
    ) -> Result<i64>;

    /// The org's requests with these ids (those that exist), in no order.
    async fn access_requests_by_ids(&self, org_id: &OrgId, ids: &[String]) -> Result<Vec<AccessRequest>>;

    /// Requests of any org with scheduler work due at or before `now`,
    /// earliest first, at most `limit`.
    async fn due_access_requests(&self, now: DateTime<Utc>, limit: u64) -> Result<Vec<AccessRequest>>;

    /// Grants to `target_user_id` for the resource `resource_key` that were
    /// approved through a routing rule (for cooldowns).
    async fn prior_grants(
        &self,
        org_id: &OrgId,
        target_user_id: &UserId,
        resource_key: &str,
    ) -> Result<Vec<PriorGrant>>;
}

//! Loads the [`Snapshot`](crate::domain::evaluation::Snapshot) an
//! evaluation reads, from the store, and says who the requester is
//! ([`RequesterInfo`]).

use std::collections::BTreeSet;

use crate::{
    auth::Principal,
    domain::{
        directory::ids::user_key,
        evaluation::{DirectoryView, FlowRecord, RoutingVersion, Snapshot},
        pagination::{MAX_LIMIT, Page},
    },
    error::{Error, Result},
    store::Store,
};

/// Who a request is evaluated for, with what their token asserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequesterInfo {
    /// Lower-cased user id.
    pub id: String,
    /// Groups the token asserts; the evaluator joins the directory's
    /// ([`RequesterInfo::groups`] is that union).
    pub token_groups: Vec<String>,
    /// Role names the token carries (`ORG_ADMIN`, `APPROVER`).
    pub roles: Vec<String>,
}

impl RequesterInfo {
    /// The caller: their token's groups and roles apply.
    pub fn caller(principal: &Principal) -> Self {
        Self {
            id: user_key(&principal.subject),
            token_groups: principal.groups.clone(),
            roles: principal.roles.iter().map(|r| r.as_str().to_string()).collect(),
        }
    }

    /// Another user an ORG_ADMIN evaluates for. We hold no token of theirs,
    /// so only their directory groups count and they hold no roles (the
    /// admin's own roles must not leak into someone else's evaluation).
    pub fn other(id: &str) -> Self {
        Self {
            id: user_key(id),
            token_groups: Vec::new(),
            roles: Vec::new(),
        }
    }

    /// The requester's groups: the token's joined with the directory's.
    pub fn groups(&self, directory: &DirectoryView) -> BTreeSet<String> {
        directory.groups_of(&self.id, &self.token_groups)
    }
}

/// Everything evaluating a request for `target_user_id` and the resource
/// `resource_key` reads: the latest routing version, every access flow of
/// the org, the request configuration (its default when never saved), the
/// org's directory, and the target's earlier grants of that resource (for
/// cooldowns).
///
/// Each part is one consistent read; the parts are read one after the
/// other, so a configuration change racing the evaluation is either seen
/// or not, part by part (as if the evaluation had run just before or just
/// after it).
pub async fn load(store: &dyn Store, org: &str, target_user_id: &str, resource_key: &str) -> Result<Snapshot> {
    let routing = store.latest_workflow(org).await?.map(|v| RoutingVersion {
        id: v.id,
        rules: v.rules,
    });
    let flows = all_flows(store, org).await?;
    let request_config = store.request_config(org).await?.unwrap_or_default();
    let directory = store.directory_view(org).await?;
    let prior_grants = store.prior_grants(org, &user_key(target_user_id), resource_key).await?;
    Ok(Snapshot {
        routing,
        flows,
        request_config,
        directory,
        prior_grants,
    })
}

/// Every flow of the org, in listing order (oldest first), page by page.
async fn all_flows(store: &dyn Store, org: &str) -> Result<Vec<FlowRecord>> {
    let mut flows = Vec::new();
    let mut offset: u32 = 0;
    loop {
        let page = Page {
            limit: MAX_LIMIT,
            offset,
        };
        let (found, total) = store.access_flows(org, page).await?;
        let n = u32::try_from(found.len()).map_err(|_| Error::Internal("a page longer than u32".into()))?;
        flows.extend(found.into_iter().map(|f| FlowRecord { id: f.id, flow: f.flow }));
        offset = offset.saturating_add(n);
        // A flow deleted meanwhile shortens the list; an empty page ends it.
        if n == 0 || u64::from(offset) >= total {
            return Ok(flows);
        }
    }
}

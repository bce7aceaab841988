//! CheckAccess: does a user hold a grant in force for a resource now? The
//! question enforcement points (proxies, provisioners, sidecars) ask on
//! every connection, answered from the active grants kept in memory.
//!
//! A grant answers for a resource when it is ACTIVE, grants (not REMOVE),
//! its window contains the instant, and it is for the same resource
//! (service, resource type and id). A check that names an access type
//! needs a grant of that access type; one that names permissions needs a
//! grant that listed each of them (a grant of the resource's default
//! access, with no permissions, answers only checks that name none).

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{
    model::{AccessRequest, Action, State},
    schedule::grant_end,
};
use crate::domain::{
    directory::ids::UserId,
    evaluation::{Grant, RequestedResource},
};

/// A grant in force, as CheckAccess keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveGrant {
    pub request_id: String,
    /// The target user: who holds the access.
    pub user_id: UserId,
    pub resource: RequestedResource,
    /// `None`: since approval (an open-ended grant).
    pub start: Option<DateTime<Utc>>,
    /// `None`: open-ended.
    pub end: Option<DateTime<Utc>>,
}

impl ActiveGrant {
    /// The grant `request` holds, if it is an ACTIVE grant of access.
    pub fn of(request: &AccessRequest) -> Option<Self> {
        if request.state != State::Active || request.action != Action::Grant {
            return None;
        }
        let start = match request.grant {
            Grant::TimeRestricted { start, .. } => Some(start),
            Grant::Floating { .. } => request.activated_window.map(|w| w.start),
            Grant::Permanent => None,
        };
        Some(Self {
            request_id: request.id.clone(),
            user_id: request.target_user.id.clone(),
            resource: request.resource.clone(),
            start,
            end: grant_end(request),
        })
    }

    /// About how many bytes the grant takes in a [`GrantTable`]: its ids,
    /// the resource with its tags, and the maps' entries.
    fn approx_bytes(&self) -> usize {
        let r = &self.resource;
        160 + self.request_id.len() * 2
            + self.user_id.len() * 2
            + r.service.len()
            + r.resource_type.len()
            + r.resource_id.len()
            + r.access_type.len()
            + r.tags.iter().map(|(k, v)| 64 + k.len() + v.len()).sum::<usize>()
            + r.permissions.iter().map(|p| 24 + p.len()).sum::<usize>()
    }

    /// Whether the window contains `now` (the scheduler may not have
    /// expired a grant that ended a moment ago: it no longer answers).
    pub fn in_force(&self, now: DateTime<Utc>) -> bool {
        self.start.is_none_or(|s| s <= now) && self.end.is_none_or(|e| now < e)
    }

    /// Whether the grant answers `query` at `now`.
    pub fn covers(&self, query: &AccessQuery, now: DateTime<Utc>) -> bool {
        let r = &self.resource;
        self.in_force(now)
            && r.service == query.service
            && r.resource_type == query.resource_type
            && r.resource_id == query.resource_id
            && (query.access_type.is_empty() || r.access_type == query.access_type)
            && query.permissions.iter().all(|p| r.permissions.contains(p))
    }
}

/// What one check asks about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessQuery {
    pub service: String,
    pub resource_type: String,
    pub resource_id: String,
    /// Empty: any access type.
    pub access_type: String,
    /// Each must be granted; empty: none asked.
    pub permissions: Vec<String>,
}

/// An org's grants in force, by holder: what CheckAccess reads.
#[derive(Debug, Clone, Default)]
pub struct GrantTable {
    /// By holder.
    by_user: HashMap<UserId, Vec<ActiveGrant>>,
    /// Each grant's holder, to drop it when its request changes.
    holder: HashMap<String, UserId>,
    /// About how many bytes the grants take (kept as they come and go).
    bytes: usize,
}

impl GrantTable {
    /// The table of `requests`' active grants (others are ignored).
    pub fn of<'a>(requests: impl IntoIterator<Item = &'a AccessRequest>) -> Self {
        let mut table = Self::default();
        for request in requests {
            table.put(request);
        }
        table
    }

    /// Records `request` as it is now: its grant if it holds one, nothing
    /// if not (a request that left ACTIVE is dropped).
    pub fn put(&mut self, request: &AccessRequest) {
        self.drop(&request.id);
        if let Some(grant) = ActiveGrant::of(request) {
            self.insert(grant);
        }
    }

    /// Adds a grant (replacing one of the same request).
    pub fn insert(&mut self, grant: ActiveGrant) {
        self.drop(&grant.request_id);
        self.bytes += grant.approx_bytes();
        self.holder.insert(grant.request_id.clone(), grant.user_id.clone());
        self.by_user.entry(grant.user_id.clone()).or_default().push(grant);
    }

    /// Forgets request `id`'s grant, if it had one.
    pub fn drop(&mut self, request_id: &str) {
        let Some(user) = self.holder.remove(request_id) else {
            return;
        };
        if let Some(grants) = self.by_user.get_mut(&user) {
            let before: usize = grants.iter().map(ActiveGrant::approx_bytes).sum();
            grants.retain(|g| g.request_id != request_id);
            let after: usize = grants.iter().map(ActiveGrant::approx_bytes).sum();
            self.bytes = self.bytes.saturating_sub(before - after);
            if grants.is_empty() {
                self.by_user.remove(&user);
            }
        }
    }

    /// The grants `user_id` holds that answer `query` at `now`.
    pub fn answering(&self, user_id: &UserId, query: &AccessQuery, now: DateTime<Utc>) -> Vec<ActiveGrant> {
        self.by_user
            .get(user_id)
            .into_iter()
            .flatten()
            .filter(|g| g.covers(query, now))
            .cloned()
            .collect()
    }

    /// How many grants the table holds.
    pub fn len(&self) -> usize {
        self.holder.len()
    }

    pub fn is_empty(&self) -> bool {
        self.holder.is_empty()
    }

    /// About how many bytes the table holds.
    pub fn approx_bytes(&self) -> usize {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap()
    }

    fn grant(start: Option<i64>, end: Option<i64>, permissions: &[&str]) -> ActiveGrant {
        ActiveGrant {
            request_id: "r1".into(),
            user_id: "dev@x.test".into(),
            resource: RequestedResource {
                service: "aws".into(),
                resource_type: "role".into(),
                resource_id: "prod-db".into(),
                access_type: "permission-set".into(),
                permissions: permissions.iter().map(|p| p.to_string()).collect(),
                ..Default::default()
            },
            start: start.map(|m| now() + Duration::minutes(m)),
            end: end.map(|m| now() + Duration::minutes(m)),
        }
    }

    fn query(permissions: &[&str]) -> AccessQuery {
        AccessQuery {
            service: "aws".into(),
            resource_type: "role".into(),
            resource_id: "prod-db".into(),
            access_type: String::new(),
            permissions: permissions.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn a_grant_answers_only_inside_its_window() {
        assert!(grant(Some(-10), Some(10), &[]).covers(&query(&[]), now()));
        assert!(!grant(Some(1), Some(10), &[]).covers(&query(&[]), now()), "not started");
        assert!(
            !grant(Some(-10), Some(0), &[]).covers(&query(&[]), now()),
            "the end is exclusive"
        );
        assert!(grant(None, None, &[]).covers(&query(&[]), now()), "open-ended");
    }

    #[test]
    fn a_grant_answers_for_its_own_resource_only() {
        let g = grant(None, None, &[]);
        let mut other = query(&[]);
        other.resource_id = "dev-db".into();
        assert!(!g.covers(&other, now()));
        let mut typed = query(&[]);
        typed.access_type = "permission-set".into();
        assert!(g.covers(&typed, now()));
        typed.access_type = "role".into();
        assert!(!g.covers(&typed, now()));
    }

    #[test]
    fn named_permissions_must_each_have_been_granted() {
        let g = grant(None, None, &["read", "write"]);
        assert!(g.covers(&query(&["read"]), now()));
        assert!(!g.covers(&query(&["read", "admin"]), now()));
        assert!(
            !grant(None, None, &[]).covers(&query(&["read"]), now()),
            "default access names none"
        );
    }
}

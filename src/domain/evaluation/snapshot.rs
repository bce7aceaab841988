//! Everything an evaluation reads, loaded by the caller beforehand, so that
//! deciding is a pure function of (request, snapshot).

use std::{
    collections::{BTreeMap, BTreeSet, HashMap, HashSet},
    sync::OnceLock,
};

use chrono::{DateTime, Utc};

use crate::domain::{
    access_flow::AccessFlow,
    directory::{
        OwnershipKey, User,
        ids::{GroupId, UserId},
        resolve::Memberships,
    },
    request_config::RequestConfig,
    routing::RoutingRule,
};

#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The latest routing workflow version; `None` when the org never saved one.
    pub routing: Option<RoutingVersion>,
    /// Every access flow of the org, active or not, in listing order.
    pub flows: Vec<FlowRecord>,
    /// The org's request configuration (its default when never saved).
    pub request_config: RequestConfig,
    pub directory: DirectoryView,
    /// Earlier grants, for cooldowns.
    pub prior_grants: Vec<PriorGrant>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutingVersion {
    pub id: String,
    pub rules: Vec<RoutingRule>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowRecord {
    pub id: String,
    pub flow: AccessFlow,
}

/// A grant made earlier: through which rule, for which resource
/// ([`RequestedResource::key`](super::input::RequestedResource::key)), to
/// whom, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriorGrant {
    pub rule: String,
    pub resource_key: String,
    pub user_id: UserId,
    pub granted_at: DateTime<Utc>,
}

/// The part of the directory evaluation reads. Build it whole (with
/// [`DirectoryView::new`] or by filling a default one), then query it: the
/// on-call index is built on the first query.
#[derive(Debug, Clone, Default)]
pub struct DirectoryView {
    pub users: BTreeMap<UserId, User>,
    pub memberships: Memberships,
    /// Who is on call, by (integration, service).
    pub on_call: BTreeMap<(String, String), Vec<UserId>>,
    /// Owners of services (`resource_id: None`) and of resources.
    pub owners: BTreeMap<OwnershipKey, Vec<UserId>>,
    /// `on_call` indexed, built on first use.
    on_call_index: OnceLock<OnCallIndex>,
}

/// Who is on call: per integration and service, and per integration across
/// its services (what `auto` approvals ask).
#[derive(Debug, Clone, Default)]
struct OnCallIndex {
    by_service: HashMap<(String, String), HashSet<UserId>>,
    by_integration: HashMap<String, HashSet<UserId>>,
}

impl OnCallIndex {
    fn of(on_call: &BTreeMap<(String, String), Vec<UserId>>) -> Self {
        let mut index = Self::default();
        for ((integration, service), members) in on_call {
            let keys: HashSet<UserId> = members.iter().cloned().collect();
            index
                .by_integration
                .entry(integration.clone())
                .or_default()
                .extend(keys.iter().cloned());
            index.by_service.insert((integration.clone(), service.clone()), keys);
        }
        index
    }
}

impl DirectoryView {
    pub fn new(
        users: BTreeMap<UserId, User>,
        memberships: Memberships,
        on_call: BTreeMap<(String, String), Vec<UserId>>,
        owners: BTreeMap<OwnershipKey, Vec<UserId>>,
    ) -> Self {
        Self {
            users,
            memberships,
            on_call,
            owners,
            on_call_index: OnceLock::new(),
        }
    }

    fn on_call_index(&self) -> &OnCallIndex {
        self.on_call_index.get_or_init(|| OnCallIndex::of(&self.on_call))
    }

    pub fn user(&self, id: &UserId) -> Option<&User> {
        self.users.get(id)
    }

    /// The people on call for one service, sorted.
    pub fn on_call_for(&self, integration: &str, service: &str) -> Vec<UserId> {
        let key = (integration.to_string(), service.to_string());
        sorted(self.on_call.get(&key).into_iter().flatten().cloned())
    }

    /// Whether `user_id` is on call in `integration`: for one of `services`,
    /// or for any service when `services` is empty.
    pub fn is_on_call(&self, integration: &str, services: &[String], user: &UserId) -> bool {
        let index = self.on_call_index();
        if services.is_empty() {
            return index
                .by_integration
                .get(integration)
                .is_some_and(|on| on.contains(user));
        }
        services.iter().any(|service| {
            index
                .by_service
                .get(&(integration.to_string(), service.clone()))
                .is_some_and(|on| on.contains(user))
        })
    }

    /// The owners of a service, or of one of its resources, sorted.
    pub fn owners_of(&self, service: &str, resource_id: Option<&str>) -> Vec<UserId> {
        let key = OwnershipKey {
            service: service.to_string(),
            resource_id: resource_id.map(String::from),
        };
        sorted(self.owners.get(&key).into_iter().flatten().cloned())
    }

    /// A user's directory groups joined with the token's.
    pub fn groups_of(&self, user_id: &UserId, token_groups: &[GroupId]) -> BTreeSet<GroupId> {
        let mut groups: BTreeSet<GroupId> = self.memberships.groups_of(user_id).cloned().collect();
        groups.extend(token_groups.iter().cloned());
        groups
    }

    /// About how many bytes the view holds (what an org's directory costs
    /// the cache): its strings, plus a per-entry overhead for the maps.
    pub fn approx_bytes(&self) -> usize {
        const ENTRY: usize = 64;
        let users: usize = self
            .users
            .values()
            .map(|u| {
                ENTRY
                    + u.id.len()
                    + u.email.len()
                    + u.display_name.len()
                    + u.manager_id.as_ref().map_or(0, |m| m.len())
                    + u.attributes
                        .iter()
                        .map(|(k, v)| ENTRY + k.len() + v.len())
                        .sum::<usize>()
            })
            .sum();
        let lists = |ids: &Vec<UserId>| ids.iter().map(|id| ENTRY + id.len()).sum::<usize>();
        let on_call: usize = self.on_call.values().map(lists).sum();
        let owners: usize = self.owners.values().map(lists).sum();
        users + 2 * self.memberships.approx_bytes() + on_call + owners
    }

    pub fn display_name(&self, user_id: &UserId) -> String {
        self.user(user_id).map(|u| u.display_name.clone()).unwrap_or_default()
    }
}

fn sorted(ids: impl Iterator<Item = UserId>) -> Vec<UserId> {
    let set: BTreeSet<UserId> = ids.collect();
    set.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> DirectoryView {
        let on_call = [
            (("pd".to_string(), "db".to_string()), vec![UserId::new("Dev@x.test")]),
            (("pd".to_string(), "web".to_string()), vec![UserId::new("ops@x.test")]),
        ]
        .into();
        let owners = [(
            OwnershipKey {
                service: "aws".into(),
                resource_id: None,
            },
            vec!["b@x.test".into(), "A@x.test".into()],
        )]
        .into();
        DirectoryView::new(Default::default(), Default::default(), on_call, owners)
    }

    #[test]
    fn on_call_is_per_listed_service_or_any_service_when_none_is_listed() {
        let v = view();
        assert!(v.is_on_call("pd", &["db".into()], &UserId::new("dev@x.test")));
        assert!(!v.is_on_call("pd", &["web".into()], &UserId::new("dev@x.test")));
        assert!(v.is_on_call("pd", &[], &UserId::new("dev@x.test")));
        assert!(!v.is_on_call("opsgenie", &[], &UserId::new("dev@x.test")));
    }

    #[test]
    fn owners_and_rosters_read_back_sorted_and_lower_cased() {
        let v = view();
        assert_eq!(v.owners_of("aws", None), ["a@x.test", "b@x.test"]);
        assert!(v.owners_of("aws", Some("r")).is_empty());
        assert_eq!(v.on_call_for("pd", "db"), ["dev@x.test"]);
    }
}

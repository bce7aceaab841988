//! What evaluation asks of the directory: a requester's managers, a group's
//! members, a profile property. Pure functions over a snapshot the caller
//! loaded, so routing and escalation decisions are testable without a
//! database.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{
    ids::{GroupId, UserId},
    model::User,
};

/// The users a resolver may look at: a map of the directory (or of the part
/// of it an evaluation loaded), keyed by user id.
pub trait Users {
    fn user(&self, id: &UserId) -> Option<&User>;
}

impl Users for HashMap<UserId, User> {
    fn user(&self, id: &UserId) -> Option<&User> {
        self.get(id)
    }
}

impl Users for BTreeMap<UserId, User> {
    fn user(&self, id: &UserId) -> Option<&User> {
        self.get(id)
    }
}

/// The managers above `user_id`, nearest first: their manager, that
/// manager's manager, and so on.
///
/// The chain ends at a user without a manager or at a manager the snapshot
/// lacks (a partial snapshot gives a partial chain). Writes refuse manager
/// cycles, but a snapshot pieced together from several reads might still
/// hold one, so the chain also ends before it would repeat a user.
pub fn manager_chain(users: &impl Users, user_id: &UserId) -> Vec<UserId> {
    let mut seen = BTreeSet::from([user_id]);
    let mut chain = Vec::new();
    let mut current = users.user(user_id);
    while let Some(manager) = current.and_then(|u| u.manager_id.as_ref()) {
        if !seen.insert(manager) {
            break;
        }
        chain.push(manager.clone());
        current = users.user(manager);
    }
    chain
}

/// A profile property of `user`, as `requestor-profile` approvals read it
/// (P0's `profile_property`).
///
/// `manager` reads the user's `manager_id`, unless their attributes carry a
/// `manager` key of their own (an IdP that exports the manager as an
/// attribute wins); any other property is the attribute of that name. An
/// empty value names nobody, so it is `None` like an absent one.
pub fn profile_property<'a>(user: &'a User, property: &str) -> Option<&'a str> {
    let value = match user.attributes.get(property) {
        Some(value) => Some(value.as_str()),
        None if property == "manager" => user.manager_id.as_deref(),
        None => None,
    };
    value.filter(|v| !v.is_empty())
}

/// Group memberships, indexed both ways: a group's members and a user's
/// groups.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memberships {
    members: BTreeMap<GroupId, BTreeSet<UserId>>,
    groups: BTreeMap<UserId, BTreeSet<GroupId>>,
}

impl Memberships {
    /// From `(group_id, user_id)` pairs.
    pub fn from_pairs<G: Into<GroupId>, U: Into<UserId>>(pairs: impl IntoIterator<Item = (G, U)>) -> Self {
        let mut m = Self::default();
        for (group, user) in pairs {
            let (group, user) = (group.into(), user.into());
            m.groups.entry(user.clone()).or_default().insert(group.clone());
            m.members.entry(group).or_default().insert(user);
        }
        m
    }

    /// The members of `group_id`, sorted; none for an unknown group.
    pub fn members(&self, group_id: &GroupId) -> impl Iterator<Item = &UserId> {
        self.members.get(group_id).into_iter().flatten()
    }

    /// The groups `user_id` belongs to, sorted.
    pub fn groups_of(&self, user_id: &UserId) -> impl Iterator<Item = &GroupId> {
        self.groups.get(user_id).into_iter().flatten()
    }

    /// About how many bytes one direction of the index holds.
    pub fn approx_bytes(&self) -> usize {
        self.members
            .iter()
            .map(|(group, users)| 64 + group.len() + users.iter().map(|u| 64 + u.len()).sum::<usize>())
            .sum()
    }

    /// Whether `user_id` is a member of `group_id`.
    pub fn is_member(&self, group_id: &GroupId, user_id: &UserId) -> bool {
        self.members.get(group_id).is_some_and(|m| m.contains(user_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: &str, manager: Option<&str>, attributes: &[(&str, &str)]) -> User {
        User {
            id: id.into(),
            email: id.into(),
            display_name: String::new(),
            manager_id: manager.map(UserId::new),
            attributes: attributes.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    fn directory(users: Vec<User>) -> HashMap<UserId, User> {
        users.into_iter().map(|u| (u.id.clone(), u)).collect()
    }

    #[test]
    fn the_manager_chain_runs_upwards_nearest_first() {
        let users = directory(vec![
            user("dev@x.test", Some("lead@x.test"), &[]),
            user("lead@x.test", Some("cto@x.test"), &[]),
            user("cto@x.test", None, &[]),
        ]);
        assert_eq!(
            manager_chain(&users, &UserId::new("Dev@X.test")),
            ["lead@x.test", "cto@x.test"]
        );
        assert_eq!(manager_chain(&users, &UserId::new("cto@x.test")), Vec::<UserId>::new());
        assert_eq!(
            manager_chain(&users, &UserId::new("stranger@x.test")),
            Vec::<UserId>::new()
        );
    }

    #[test]
    fn the_manager_chain_stops_at_a_manager_the_snapshot_lacks() {
        let users = directory(vec![user("dev@x.test", Some("lead@x.test"), &[])]);
        assert_eq!(manager_chain(&users, &UserId::new("dev@x.test")), ["lead@x.test"]);
    }

    #[test]
    fn the_manager_chain_never_loops_on_an_inconsistent_snapshot() {
        let users = directory(vec![
            user("a@x.test", Some("b@x.test"), &[]),
            user("b@x.test", Some("c@x.test"), &[]),
            user("c@x.test", Some("a@x.test"), &[]),
        ]);
        assert_eq!(
            manager_chain(&users, &UserId::new("a@x.test")),
            ["b@x.test", "c@x.test"]
        );
        let selfish = directory(vec![user("s@x.test", Some("s@x.test"), &[])]);
        assert_eq!(manager_chain(&selfish, &UserId::new("s@x.test")), Vec::<UserId>::new());
    }

    #[test]
    fn the_manager_property_reads_manager_id_unless_an_attribute_overrides_it() {
        let plain = user("a@x.test", Some("boss@x.test"), &[("department", "sre")]);
        assert_eq!(profile_property(&plain, "manager"), Some("boss@x.test"));
        assert_eq!(profile_property(&plain, "department"), Some("sre"));
        assert_eq!(profile_property(&plain, "costCenter"), None);

        let exported = user("a@x.test", Some("boss@x.test"), &[("manager", "hr-boss@x.test")]);
        assert_eq!(profile_property(&exported, "manager"), Some("hr-boss@x.test"));

        let nobody = user("a@x.test", None, &[("team", "")]);
        assert_eq!(profile_property(&nobody, "manager"), None);
        assert_eq!(profile_property(&nobody, "team"), None);
    }

    #[test]
    fn memberships_answer_both_ways() {
        let m = Memberships::from_pairs([("sre", "Bob@x.test"), ("sre", "alice@x.test"), ("dba", "alice@x.test")]);
        assert_eq!(
            m.members(&GroupId::from("sre")).collect::<Vec<_>>(),
            ["alice@x.test", "bob@x.test"]
        );
        assert_eq!(m.members(&GroupId::from("nobody")).count(), 0);
        assert_eq!(
            m.groups_of(&UserId::new("ALICE@x.test")).collect::<Vec<_>>(),
            ["dba", "sre"]
        );
        assert!(m.is_member(&GroupId::from("sre"), &UserId::new("BOB@x.test")));
        assert!(!m.is_member(&GroupId::from("dba"), &UserId::new("bob@x.test")));
        assert!(
            !m.is_member(&GroupId::from("SRE"), &UserId::new("bob@x.test")),
            "group ids are case-sensitive"
        );
    }
}

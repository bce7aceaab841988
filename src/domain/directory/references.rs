//! The rules a write must keep against what is already stored: every user
//! and group it names exists (in the directory or in the same batch), and no
//! manager chain loops back on itself.
//!
//! The store reads a [`Snapshot`] of exactly what these rules need inside the
//! write's transaction, and [`check`] decides on it; so the rules are pure and
//! the decision holds for the state the write commits on.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::{batch::DirectoryBatch, ids::UserId};
use crate::{domain::violations::Violations, error::Result};

/// The stored users and groups a write names, apart from its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct References {
    pub user_ids: BTreeSet<String>,
    pub group_ids: BTreeSet<String>,
}

/// What the store read for a write's [`References`].
///
/// `managers` must hold every referenced user that exists, mapped to their
/// stored manager, and then (transitively) every stored manager of a user it
/// holds: the manager chains above the write. Referenced users it lacks do
/// not exist.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub managers: HashMap<String, Option<String>>,
    /// The referenced groups that exist.
    pub group_ids: HashSet<String>,
}

/// The users and groups `batch` names that it does not itself carry.
pub fn references(batch: &DirectoryBatch) -> References {
    let own_users = batch.user_ids();
    let own_groups = batch.group_ids();
    let named_users = batch
        .users
        .iter()
        .filter_map(|u| u.manager_id.as_deref())
        .chain(
            batch
                .group_members
                .iter()
                .flat_map(|m| m.user_ids.iter().map(UserId::as_str)),
        )
        .chain(
            batch
                .on_call_rosters
                .iter()
                .flat_map(|r| r.user_ids.iter().map(UserId::as_str)),
        )
        .chain(
            batch
                .ownerships
                .iter()
                .flat_map(|o| o.owner_ids.iter().map(UserId::as_str)),
        );
    References {
        user_ids: named_users
            .filter(|id| !own_users.contains(id))
            .map(str::to_string)
            .collect(),
        group_ids: batch
            .group_members
            .iter()
            .map(|m| m.group_id.as_str())
            .filter(|id| !own_groups.contains(id))
            .map(str::to_string)
            .collect(),
    }
}

/// Checks `batch` against `snapshot`: INVALID_ARGUMENT naming every
/// reference to a missing user or group and every manager cycle.
pub fn check(batch: &DirectoryBatch, snapshot: &Snapshot) -> Result<()> {
    let mut v = Violations::new();
    check_into(batch, snapshot, &mut v);
    v.into_result(())
}

/// [`check`], adding to violations found earlier.
pub fn check_into(batch: &DirectoryBatch, snapshot: &Snapshot, v: &mut Violations) {
    let own_users = batch.user_ids();
    let user_exists = |id: &str| own_users.contains(id) || snapshot.managers.contains_key(id);
    let own_groups = batch.group_ids();
    let group_exists = |id: &str| own_groups.contains(id) || snapshot.group_ids.contains(id);
    let missing_user = |id: &str| format!("names no existing user ({id}); add the user first or in the same batch");

    for (k, user) in batch.users.iter().enumerate() {
        if let Some(manager) = user.manager_id.as_deref().filter(|m| !user_exists(m)) {
            v.add(format!("{}.manager_id", batch.user_path(k)), missing_user(manager));
        }
    }
    check_manager_cycles(batch, snapshot, v);
    for (k, members) in batch.group_members.iter().enumerate() {
        let path = batch.group_members_path(k);
        if !group_exists(&members.group_id) {
            v.add(
                format!("{path}.group_id"),
                format!(
                    "names no existing group ({}); add the group first or in the same batch",
                    members.group_id
                ),
            );
        }
        check_listed(
            v,
            &format!("{path}.user_ids"),
            &members.user_ids,
            &user_exists,
            missing_user,
        );
    }
    for (k, roster) in batch.on_call_rosters.iter().enumerate() {
        let path = format!("{}.user_ids", batch.roster_path(k));
        check_listed(v, &path, &roster.user_ids, &user_exists, missing_user);
    }
    for (k, ownership) in batch.ownerships.iter().enumerate() {
        let path = format!("{}.owner_ids", batch.ownership_path(k));
        check_listed(v, &path, &ownership.owner_ids, &user_exists, missing_user);
    }
}

/// Names each listed user that does not exist, at its index in the
/// request.
fn check_listed(
    v: &mut Violations,
    path: &str,
    ids: &[UserId],
    exists: &impl Fn(&str) -> bool,
    missing: impl Fn(&str) -> String,
) {
    for (i, id) in ids.iter().enumerate() {
        if !exists(id) {
            v.add(format!("{path}[{i}]"), missing(id));
        }
    }
}

/// Finds every manager cycle the batch would create, once each, and reports
/// it on the cycle's first user in request order: `users[3].manager_id:
/// creates a manager cycle: c → a → b → c`.
///
/// Each user's chain is walked upwards (the batch's manager where the batch
/// carries the user, else the stored one) until it ends, reaches a user
/// already cleared, or comes back to a user on the current walk: a cycle.
/// Every user is walked at most once, so a batch costs linear time.
fn check_manager_cycles(batch: &DirectoryBatch, snapshot: &Snapshot, v: &mut Violations) {
    let position: HashMap<&str, usize> = batch
        .users
        .iter()
        .enumerate()
        .map(|(k, u)| (u.id.as_str(), k))
        .collect();
    let manager_of = |id: &str| -> Option<&str> {
        match position.get(id) {
            Some(&k) => batch.users[k].manager_id.as_deref(),
            None => snapshot.managers.get(id).and_then(|m| m.as_deref()),
        }
    };
    let mut cleared: HashSet<&str> = HashSet::new();
    for start in &batch.users {
        let mut walk: Vec<&str> = Vec::new();
        let mut on_walk: HashMap<&str, usize> = HashMap::new();
        let mut current = Some(start.id.as_str());
        while let Some(id) = current {
            if cleared.contains(id) {
                break;
            }
            if let Some(&at) = on_walk.get(id) {
                report_cycle(batch, &position, &walk[at..], v);
                break;
            }
            on_walk.insert(id, walk.len());
            walk.push(id);
            current = manager_of(id);
        }
        cleared.extend(walk);
    }
}

fn report_cycle(batch: &DirectoryBatch, position: &HashMap<&str, usize>, cycle: &[&str], v: &mut Violations) {
    // A stored chain has no cycle, so every cycle runs through the batch.
    let Some((rotation, k)) = cycle
        .iter()
        .enumerate()
        .filter_map(|(i, id)| position.get(id).map(|&k| (i, k)))
        .min_by_key(|&(_, k)| k)
    else {
        return;
    };
    let mut names: Vec<&str> = cycle[rotation..].iter().chain(&cycle[..rotation]).copied().collect();
    names.push(names[0]);
    v.add(
        format!("{}.manager_id", batch.user_path(k)),
        format!("creates a manager cycle: {}", names.join(" → ")),
    );
}

/// What [`check`] refuses, as (field, description) pairs: for tests.
#[cfg(test)]
pub(crate) fn violations(batch: &DirectoryBatch, snapshot: &Snapshot) -> Vec<(String, String)> {
    match check(batch, snapshot) {
        Ok(()) => vec![],
        Err(crate::error::Error::InvalidArgument(v)) => v.into_iter().map(|v| (v.field, v.description)).collect(),
        Err(other) => panic!("unexpected {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::directory::model::*;

    fn user(id: &str, manager: &str) -> User {
        User {
            id: id.into(),
            email: id.into(),
            display_name: String::new(),
            manager_id: (!manager.is_empty()).then(|| manager.to_string()).map(UserId::from),
            attributes: Default::default(),
        }
    }

    /// A BatchUpsert of these users, as its decoder builds it.
    fn batch_of(users: &[(&str, &str)]) -> DirectoryBatch {
        let mut batch = DirectoryBatch::new_batch();
        for (i, (id, m)) in users.iter().enumerate() {
            batch.push_user(i, user(id, m));
        }
        batch
    }

    /// Stored users as (id, manager) pairs; "" for none.
    fn stored(users: &[(&str, &str)]) -> Snapshot {
        Snapshot {
            managers: users
                .iter()
                .map(|(id, m)| (id.to_string(), (!m.is_empty()).then(|| m.to_string())))
                .collect(),
            group_ids: HashSet::new(),
        }
    }

    #[test]
    fn a_manager_must_exist_in_the_directory_or_the_batch() {
        let batch = batch_of(&[("a@x.test", "boss@x.test"), ("b@x.test", "a@x.test")]);
        let v = violations(&batch, &Snapshot::default());
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].0, "users[0].manager_id");
        assert!(v[0].1.contains("boss@x.test"), "{}", v[0].1);
        assert!(violations(&batch, &stored(&[("boss@x.test", "")])).is_empty());
    }

    #[test]
    fn a_two_user_cycle_inside_a_batch_is_reported_once_on_its_first_user() {
        let batch = batch_of(&[("a@x.test", "b@x.test"), ("b@x.test", "a@x.test")]);
        assert_eq!(
            violations(&batch, &Snapshot::default()),
            [(
                "users[0].manager_id".to_string(),
                "creates a manager cycle: a@x.test → b@x.test → a@x.test".to_string()
            )]
        );
    }

    #[test]
    fn a_cycle_through_stored_users_is_found() {
        // Stored: b → c → a. Making a report to b closes a → b → c → a.
        let snapshot = stored(&[("b@x.test", "c@x.test"), ("c@x.test", "a@x.test"), ("a@x.test", "")]);
        let single = DirectoryBatch::of_user(user("a@x.test", "b@x.test"));
        assert_eq!(
            violations(&single, &snapshot),
            [(
                "user.manager_id".to_string(),
                "creates a manager cycle: a@x.test → b@x.test → c@x.test → a@x.test".to_string()
            )]
        );
    }

    #[test]
    fn replacing_a_stored_manager_can_break_what_would_be_a_cycle() {
        // Stored: b → a. The batch moves b under c and a under b: no cycle.
        let snapshot = stored(&[("b@x.test", "a@x.test"), ("c@x.test", "")]);
        let batch = batch_of(&[("a@x.test", "b@x.test"), ("b@x.test", "c@x.test")]);
        assert!(violations(&batch, &snapshot).is_empty());
    }

    #[test]
    fn a_user_leading_into_a_cycle_is_not_blamed_for_it() {
        let batch = batch_of(&[
            ("z@x.test", "a@x.test"),
            ("a@x.test", "b@x.test"),
            ("b@x.test", "c@x.test"),
            ("c@x.test", "a@x.test"),
        ]);
        assert_eq!(
            violations(&batch, &Snapshot::default()),
            [(
                "users[1].manager_id".to_string(),
                "creates a manager cycle: a@x.test → b@x.test → c@x.test → a@x.test".to_string()
            )]
        );
    }

    #[test]
    fn long_chains_without_cycles_pass() {
        let ids: Vec<String> = (0..2000).map(|i| format!("u{i}@x.test")).collect();
        let pairs: Vec<(&str, &str)> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), ids.get(i + 1).map_or("", String::as_str)))
            .collect();
        assert!(violations(&batch_of(&pairs), &Snapshot::default()).is_empty());
    }

    #[test]
    fn a_group_of_the_batch_needs_no_stored_group() {
        let batch = DirectoryBatch::of_group(Group {
            id: "g".into(),
            display_name: String::new(),
            directory: String::new(),
        });
        assert_eq!(references(&batch), References::default());
        assert!(violations(&batch, &Snapshot::default()).is_empty());
    }
}

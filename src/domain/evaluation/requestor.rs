//! Whether a routing rule's `requestor` covers the requester, and why.

use std::collections::BTreeSet;

use super::explain::Reasons;
use crate::domain::{
    directory::ids::{GroupId, UserId},
    routing::{GroupEffect, Requestor},
};

/// Whether `requestor` covers the requester (`user_id`, in `groups`); the
/// one reason why goes to `why`.
pub fn check(requestor: &Requestor, user_id: &UserId, groups: &BTreeSet<GroupId>, why: &mut impl Reasons) -> bool {
    match requestor {
        Requestor::Any => {
            why.note(|| "requestor: any".into());
            true
        }
        Requestor::User { uid } => {
            let same = UserId::new(uid) == *user_id;
            if same {
                why.note(|| format!("requestor: is {uid}"));
            } else {
                why.note(|| format!("requestor: {user_id} is not {uid}"));
            }
            same
        }
        Requestor::Group { id, effect, .. } => {
            let member = groups.contains(id.as_str());
            // P0's default effect is keep: the rule is for the group's members.
            match (effect.unwrap_or(GroupEffect::Keep), member) {
                (GroupEffect::Keep, true) => why.note(|| format!("requestor: in group {id}")),
                (GroupEffect::Keep, false) => why.note(|| format!("requestor: not in group {id}")),
                (GroupEffect::Remove, false) => {
                    why.note(|| format!("requestor: not in group {id}, which the rule removes"))
                }
                (GroupEffect::Remove, true) => why.note(|| format!("requestor: in group {id}, which the rule removes")),
            }
            member == (effect.unwrap_or(GroupEffect::Keep) == GroupEffect::Keep)
        }
    }
}

/// `Ok(reason)` when the requestor matches, `Err(reason)` when not.
pub fn matches(requestor: &Requestor, user_id: &UserId, groups: &BTreeSet<GroupId>) -> Result<String, String> {
    let mut reasons = Vec::new();
    let matched = check(requestor, user_id, groups, &mut reasons);
    let reason = reasons.pop().unwrap_or_default();
    if matched { Ok(reason) } else { Err(reason) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(ids: &[&str]) -> BTreeSet<GroupId> {
        ids.iter().map(|&s| GroupId::from(s)).collect()
    }

    fn group(effect: Option<GroupEffect>) -> Requestor {
        Requestor::Group {
            directory: "okta".into(),
            id: "sre".into(),
            label: None,
            effect,
        }
    }

    #[test]
    fn any_requestor_matches_everyone() {
        assert!(matches(&Requestor::Any, &UserId::new("a@x.test"), &groups(&[])).is_ok());
    }

    #[test]
    fn a_user_requestor_matches_that_user_case_insensitively() {
        let r = Requestor::User {
            uid: "Alice@X.test".into(),
        };
        assert!(matches(&r, &UserId::new("alice@x.test"), &groups(&[])).is_ok());
        assert_eq!(
            matches(&r, &UserId::new("bob@x.test"), &groups(&[])),
            Err("requestor: bob@x.test is not Alice@X.test".into())
        );
    }

    #[test]
    fn a_keep_group_matches_members_only_and_keep_is_the_default() {
        for effect in [None, Some(GroupEffect::Keep)] {
            assert!(matches(&group(effect), &UserId::new("a@x.test"), &groups(&["sre"])).is_ok());
            assert_eq!(
                matches(&group(effect), &UserId::new("a@x.test"), &groups(&["dev"])),
                Err("requestor: not in group sre".into())
            );
        }
    }

    #[test]
    fn a_remove_group_matches_everyone_but_its_members() {
        let r = group(Some(GroupEffect::Remove));
        assert!(matches(&r, &UserId::new("a@x.test"), &groups(&["dev"])).is_ok());
        assert!(matches(&r, &UserId::new("a@x.test"), &groups(&["sre"])).is_err());
    }
}

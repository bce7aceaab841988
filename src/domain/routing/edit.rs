//! How one workflow version becomes the next: the optimistic-concurrency
//! check, and rule edits by name. All pure; the caller reads the latest
//! version, applies one of these, and asks the store to append the result
//! (which fails if another version was appended in between).

use super::model::RoutingRule;
use crate::error::{Error, Reason, Result};

/// What a writer asserts about the latest version before its write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    /// No assertion: apply to whatever is latest (retrying on a race).
    Latest,
    /// No version may exist yet.
    NothingSaved,
    /// The latest version must be this one.
    Version(String),
}

impl Expectation {
    /// From the wire's `optional string current_version`: unset asserts
    /// nothing, the empty string asserts that nothing was saved yet.
    pub fn from_current_version(current_version: Option<&str>) -> Self {
        match current_version {
            None => Self::Latest,
            Some("") => Self::NothingSaved,
            Some(v) => Self::Version(v.to_string()),
        }
    }

    /// ABORTED unless `latest` (the latest version's id, if any) is what the
    /// writer expected.
    pub fn check(&self, latest: Option<&str>) -> Result<()> {
        match (self, latest) {
            (Self::Latest, _) | (Self::NothingSaved, None) => Ok(()),
            (Self::Version(want), Some(have)) if want == have => Ok(()),
            (Self::NothingSaved, Some(have)) => Err(Error::Aborted(format!(
                "current_version \"\" asserts that nothing was saved, but version {have} exists; re-read and retry"
            ))),
            (Self::Version(want), have) => Err(Error::Aborted(format!(
                "current_version {want} is stale: the latest version is {}; re-read and retry",
                have.unwrap_or("(none)")
            ))),
        }
    }
}

fn rule_not_found(name: &str) -> Error {
    Error::NotFound(format!("routing rule {name:?}"))
}

/// The rule called `name`, or NOT_FOUND.
pub fn find<'a>(rules: &'a [RoutingRule], name: &str) -> Result<&'a RoutingRule> {
    rules
        .iter()
        .find(|r| r.name == name)
        .ok_or_else(|| rule_not_found(name))
}

/// Appends `rule`; ALREADY_EXISTS if its name is taken, FAILED_PRECONDITION
/// if the workflow holds `max_rules` already.
pub fn create(mut rules: Vec<RoutingRule>, rule: RoutingRule, max_rules: usize) -> Result<Vec<RoutingRule>> {
    if rules.iter().any(|r| r.name == rule.name) {
        return Err(Error::AlreadyExists(format!("routing rule {:?}", rule.name)));
    }
    if rules.len() >= max_rules {
        return Err(Error::precondition(
            Reason::LimitReached,
            format!("the routing workflow holds the maximum of {max_rules} rules; delete one first"),
        ));
    }
    rules.push(rule);
    Ok(rules)
}

/// Replaces the rule called `name` in place (keeping its position), possibly
/// renaming it. NOT_FOUND if absent; ALREADY_EXISTS if the new name is taken.
pub fn update(mut rules: Vec<RoutingRule>, name: &str, rule: RoutingRule) -> Result<Vec<RoutingRule>> {
    let index = rules
        .iter()
        .position(|r| r.name == name)
        .ok_or_else(|| rule_not_found(name))?;
    if rule.name != name && rules.iter().any(|r| r.name == rule.name) {
        return Err(Error::AlreadyExists(format!("routing rule {:?}", rule.name)));
    }
    rules[index] = rule;
    Ok(rules)
}

/// Removes the rule called `name`; NOT_FOUND if absent.
pub fn delete(mut rules: Vec<RoutingRule>, name: &str) -> Result<(Vec<RoutingRule>, RoutingRule)> {
    let index = rules
        .iter()
        .position(|r| r.name == name)
        .ok_or_else(|| rule_not_found(name))?;
    let removed = rules.remove(index);
    Ok((rules, removed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::routing::model::*;

    fn rule(name: &str) -> RoutingRule {
        RoutingRule {
            name: name.into(),
            disabled: false,
            requestor: Requestor::Any,
            resource: Resource::Any,
            approvals: vec![Approval {
                kind: ApprovalKind::P0,
                options: None,
            }],
        }
    }

    fn names(rules: &[RoutingRule]) -> Vec<&str> {
        rules.iter().map(|r| r.name.as_str()).collect()
    }

    #[test]
    fn an_unset_current_version_asserts_nothing() {
        let e = Expectation::from_current_version(None);
        assert!(e.check(None).is_ok());
        assert!(e.check(Some("v1")).is_ok());
    }

    #[test]
    fn an_empty_current_version_asserts_that_nothing_was_saved() {
        let e = Expectation::from_current_version(Some(""));
        assert!(e.check(None).is_ok());
        assert!(matches!(e.check(Some("v1")), Err(Error::Aborted(_))));
    }

    #[test]
    fn a_stale_current_version_is_aborted() {
        let e = Expectation::from_current_version(Some("v1"));
        assert!(e.check(Some("v1")).is_ok());
        assert!(matches!(e.check(Some("v2")), Err(Error::Aborted(_))));
        assert!(matches!(e.check(None), Err(Error::Aborted(_))));
    }

    #[test]
    fn creating_a_rule_appends_it_and_refuses_a_taken_name() {
        let rules = create(vec![rule("a")], rule("b"), 10).unwrap();
        assert_eq!(names(&rules), ["a", "b"]);
        assert!(matches!(
            create(rules.clone(), rule("a"), 10),
            Err(Error::AlreadyExists(_))
        ));
        assert!(matches!(
            create(rules, rule("c"), 2),
            Err(Error::FailedPrecondition { .. })
        ));
    }

    #[test]
    fn updating_a_rule_keeps_its_position_and_may_rename_it() {
        let rules = vec![rule("a"), rule("b"), rule("c")];
        let mut changed = rule("b2");
        changed.disabled = true;
        let rules = update(rules, "b", changed).unwrap();
        assert_eq!(names(&rules), ["a", "b2", "c"]);
        assert!(rules[1].disabled);
    }

    #[test]
    fn updating_refuses_a_missing_rule_and_a_rename_onto_a_taken_name() {
        let rules = vec![rule("a"), rule("b")];
        assert!(matches!(
            update(rules.clone(), "zz", rule("zz")),
            Err(Error::NotFound(_))
        ));
        assert!(matches!(update(rules, "a", rule("b")), Err(Error::AlreadyExists(_))));
    }

    #[test]
    fn deleting_removes_exactly_the_named_rule() {
        let (rules, removed) = delete(vec![rule("a"), rule("b")], "a").unwrap();
        assert_eq!(names(&rules), ["b"]);
        assert_eq!(removed.name, "a");
        assert!(matches!(delete(rules, "a"), Err(Error::NotFound(_))));
    }
}

//! User ids and email addresses.
//!
//! A user id is what the IdP calls the user, as in tokens' `sub`: an email
//! address, a SailPoint identity id (32 hex digits), an Okta id
//! (`00u1abcd…`) or a plain user name. How two ids compare (decision 0023):
//!
//! - An id with an `@` is an email address. IdPs and HR systems disagree on
//!   its case (`Alice@Acme.test` vs `alice@acme.test`), so it is stored with
//!   ASCII letters lower-cased and every lookup folds its key the same way:
//!   one person is one user however a sync job spells them.
//! - Any other id is opaque and compared exactly: Okta's ids are
//!   case-sensitive base62, and folding them could merge two people.
//!
//! Only ASCII is folded, and nothing is normalised: Unicode lower-casing maps
//! distinct characters onto one (the Kelvin sign `K` U+212A becomes `k`, so
//! `Karl@…` would act as `karl@…`), and two ids that differ in any non-ASCII
//! code point name two identities.
//!
//! The rule lives in one place, [`UserId`]'s constructor (decision 0020): an
//! id is folded once, where it enters (a token's `sub`, a decoded request, a
//! configuration's user, a stored row), and every comparison below that is
//! between two `UserId`s.

use serde::{Deserialize, Serialize};

use crate::domain::ids::text_id;

/// A user id, folded by the rule above: an email address with its ASCII
/// letters lower-cased, any other id as it is. Equal ids name one person.
///
/// It serializes as its folded text; reading one folds it again (stored
/// documents hold folded ids already, so that changes nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct UserId(String);

impl UserId {
    /// The user `id` names, however its email address is cased.
    pub fn new(id: &str) -> Self {
        if is_email_like(id) {
            Self(id.to_ascii_lowercase())
        } else {
            Self(id.to_string())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&str> for UserId {
    fn from(id: &str) -> Self {
        Self::new(id)
    }
}

impl From<&String> for UserId {
    fn from(id: &String) -> Self {
        Self::new(id)
    }
}

impl From<String> for UserId {
    fn from(id: String) -> Self {
        if is_email_like(&id) && id.bytes().any(|b| b.is_ascii_uppercase()) {
            Self(id.to_ascii_lowercase())
        } else {
            Self(id)
        }
    }
}

impl From<UserId> for String {
    fn from(id: UserId) -> Self {
        id.0
    }
}

// Folded text: equal ids hold equal text, as `text_id`'s `Borrow` needs.
text_id!(UserId);

/// A group id, as IdPs hand them out: compared exactly, case included
/// (Okta's and Entra's group ids are case-sensitive). Groups come from the
/// directory, a token's `groups` claim and the configuration's grantees and
/// requestors; this type keeps them apart from the other strings they meet.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GroupId(String);

impl GroupId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for GroupId {
    fn from(id: &str) -> Self {
        Self::new(id)
    }
}

impl From<&String> for GroupId {
    fn from(id: &String) -> Self {
        Self::new(id.as_str())
    }
}

impl From<String> for GroupId {
    fn from(id: String) -> Self {
        Self(id)
    }
}

impl From<GroupId> for String {
    fn from(id: GroupId) -> Self {
        id.0
    }
}

text_id!(GroupId);

/// Whether an id is read as an email address (it has an `@`).
pub fn is_email_like(id: &str) -> bool {
    id.contains('@')
}

/// Why `s` is not a user id, or `None` if it is one (its length and
/// control characters are checked apart). An id with an `@` must be an
/// email address; any other id must be one URL path segment
/// (`/directory/v1/users/{id}`) without whitespace.
pub fn user_id_problem(s: &str) -> Option<&'static str> {
    if is_email_like(s) {
        return email_problem(s);
    }
    if s.contains('/') {
        return Some("must not contain '/' (a user id is one URL path segment)");
    }
    if s.chars().any(char::is_whitespace) {
        return Some("must not contain whitespace");
    }
    None
}

/// Characters allowed in the part before `@`, besides letters and digits:
/// RFC 5322 `atext` and dots, without `/`, so that every id is a single
/// REST path segment (`/directory/v1/users/{id}`).
const LOCAL_SYMBOLS: &str = ".!#$%&'*+-=?^_`{|}~";
/// RFC 5321's limit on the part before `@`.
const MAX_LOCAL_CHARS: usize = 64;

/// Why `s` is not an email address, or `None` if it is one. Deliberately
/// pragmatic: `local@domain`, no quoted local parts or address literals,
/// which no IdP hands out as a user id.
pub fn email_problem(s: &str) -> Option<&'static str> {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return Some("must be an email address (local@domain)");
    };
    if local.is_empty() || domain.is_empty() {
        return Some("must be an email address (local@domain)");
    }
    if local.contains('@') {
        return Some("must contain exactly one '@'");
    }
    if local.chars().count() > MAX_LOCAL_CHARS {
        return Some("must have at most 64 characters before the '@'");
    }
    let local_ok = local.chars().all(|c| c.is_alphanumeric() || LOCAL_SYMBOLS.contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    if !local_ok {
        return Some("must be an email address: the part before '@' has a character or dot out of place");
    }
    let domain_ok = domain.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    if !domain_ok {
        return Some("must be an email address: the domain after '@' is not a valid host name");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user_key(id: &str) -> String {
        UserId::new(id).into()
    }

    #[test]
    fn opaque_ids_are_valid_and_compared_exactly() {
        for ok in [
            "2c9180835d2e5168015d32f890ca1581",
            "00u1abcdEFGH2345678",
            "jdoe",
            "DOMAIN\\jdoe",
            "alice@acme.test",
        ] {
            assert_eq!(user_id_problem(ok), None, "{ok}");
        }
        for bad in ["a/b", "john doe", "a@b@c", "alice@"] {
            assert!(user_id_problem(bad).is_some(), "{bad}");
        }
        assert_eq!(user_key("00u1AbC"), "00u1AbC");
        assert_ne!(user_key("00u1AbC"), user_key("00u1abc"));
        assert_eq!(user_key("Alice@Acme.TEST"), "alice@acme.test");
        assert_eq!(user_key("2C9180835D2E"), "2C9180835D2E");
    }

    #[test]
    fn ordinary_addresses_are_emails() {
        for ok in [
            "alice@acme.test",
            "a@b",
            "first.last+tag@sub.example.co",
            "o'brien@acme.test",
            "jürgen@bücher.example",
        ] {
            assert_eq!(email_problem(ok), None, "{ok}");
        }
    }

    #[test]
    fn malformed_addresses_are_not() {
        for bad in [
            "alice",
            "@acme.test",
            "alice@",
            "a@b@c",
            "al ice@acme.test",
            ".alice@acme.test",
            "al..ice@acme.test",
            "a/b@acme.test",
            "alice@acme..test",
            "alice@-acme.test",
            "alice@acme.test.",
            "alice@acme_test",
        ] {
            assert!(email_problem(bad).is_some(), "{bad}");
        }
        assert!(email_problem(&format!("{}@acme.test", "a".repeat(65))).is_some());
        assert_eq!(email_problem(&format!("{}@acme.test", "a".repeat(64))), None);
    }

    #[test]
    fn a_user_id_is_folded_once_and_reads_back_as_written() {
        let id = UserId::new("Alice@ACME.test");
        assert_eq!(id, UserId::from("alice@acme.test".to_string()));
        assert_eq!(id, "alice@acme.test");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"alice@acme.test\"");
        // Reading folds too, so a map keyed by user ids never holds two
        // spellings of one person.
        let read: UserId = serde_json::from_str("\"ALICE@acme.test\"").unwrap();
        assert_eq!(read, id);
        let keyed = std::collections::BTreeMap::from([(id.clone(), 1)]);
        assert_eq!(keyed.get("alice@acme.test"), Some(&1));
        assert_eq!(UserId::from("00u1AbC"), "00u1AbC");
    }

    #[test]
    fn user_keys_ignore_ascii_case() {
        assert_eq!(user_key("Alice@ACME.test"), "alice@acme.test");
    }

    #[test]
    fn user_keys_never_merge_distinct_non_ascii_ids() {
        // The Kelvin sign lower-cases to `k` under Unicode rules.
        assert_ne!(user_key("\u{212A}arl@acme.test"), user_key("karl@acme.test"));
        assert_eq!(user_key("\u{212A}arl@acme.test"), "\u{212A}arl@acme.test");
        // Precomposed and decomposed forms are different ids: no normalisation.
        assert_ne!(user_key("j\u{fc}rgen@acme.test"), user_key("ju\u{308}rgen@acme.test"));
        assert_eq!(user_key("J\u{dc}RGEN@acme.test"), "j\u{dc}rgen@acme.test");
    }
}

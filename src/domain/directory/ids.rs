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
//! code point name two identities. This is the only place ids are compared
//! (decision 0020).

/// The key a user id is stored and looked up under: an email address with
/// its ASCII letters lower-cased, any other id as it is.
pub fn user_key(id: &str) -> String {
    if is_email_like(id) {
        id.to_ascii_lowercase()
    } else {
        id.to_string()
    }
}

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

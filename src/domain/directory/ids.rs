//! User ids and email addresses.
//!
//! A user id is the user's email address, as in tokens' `sub`. IdPs and HR
//! systems disagree on its case (`Alice@Acme.test` vs `alice@acme.test`), so
//! ids are stored lower-cased and every lookup lower-cases its key: one person
//! is one user however a sync job spells them.

/// The key a user id is stored and looked up under.
pub fn user_key(id: &str) -> String {
    id.to_lowercase()
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
    fn user_keys_ignore_case() {
        assert_eq!(user_key("Alice@ACME.test"), "alice@acme.test");
    }
}

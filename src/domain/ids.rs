//! The tenant's id.
//!
//! An [`OrgId`] is built where an org enters jitgate — a verified token's
//! `org` claim, a stored row, the CLI's `--org` — and is what every layer
//! below passes on: the store's methods take one, so a string that was
//! never checked as an org cannot reach a query. Org ids compare exactly
//! (byte for byte, case included): a tenant boundary is not the place to
//! guess that two spellings mean one org. User ids have their own type,
//! [`UserId`](super::directory::ids::UserId), which folds the case of email
//! addresses.

use std::{
    borrow::{Borrow, Cow},
    fmt,
    ops::Deref,
};

use serde::{Deserialize, Serialize};

/// One org (tenant). Compared exactly; see the module documentation.
///
/// It borrows a `'static` spelling when it can ([`OrgId::from_static`]), so
/// a fixed org is a `const`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OrgId(Cow<'static, str>);

impl OrgId {
    /// The org named `id`, as it is spelled. Callers at the boundary have
    /// checked the claim's length and characters (a token's `org`) or read
    /// it from a row jitgate wrote.
    pub fn new(id: impl Into<String>) -> Self {
        Self(Cow::Owned(id.into()))
    }

    /// A fixed org, spelled in the program (tests, examples).
    pub const fn from_static(id: &'static str) -> Self {
        Self(Cow::Borrowed(id))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for OrgId {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for OrgId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for OrgId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for OrgId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for OrgId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl From<&str> for OrgId {
    fn from(id: &str) -> Self {
        Self::new(id)
    }
}

impl From<String> for OrgId {
    fn from(id: String) -> Self {
        Self::new(id)
    }
}

impl From<OrgId> for String {
    fn from(id: OrgId) -> Self {
        id.0.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_ids_compare_exactly() {
        assert_eq!(OrgId::new("acme"), OrgId::new("acme"));
        assert_ne!(OrgId::new("acme"), OrgId::new("Acme"));
        assert_eq!(OrgId::new("acme"), "acme");
        assert_eq!(serde_json::to_string(&OrgId::new("acme")).unwrap(), "\"acme\"");
    }
}

//! The tenant's id, and what every id type shares.
//!
//! An [`OrgId`] is built where an org enters jitgate — a verified token's
//! `org` claim, a stored row, another process's change notice — and is what every layer
//! below passes on: the store's methods take one, so a string that was
//! never checked as an org cannot reach a query. Org ids compare exactly
//! (byte for byte, case included): a tenant boundary is not the place to
//! guess that two spellings mean one org. User ids have their own type,
//! [`UserId`](super::directory::ids::UserId), which folds the case of email
//! addresses.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// The traits every id type shares: it reads as its text (`Deref`,
/// `AsRef`, `Display`), a map keyed by it may be searched with text
/// (`Borrow<str>`: sound because equal ids hold equal text), and it compares
/// with text. The type needs `fn as_str(&self) -> &str`.
macro_rules! text_id {
    ($id:ty) => {
        impl std::ops::Deref for $id {
            type Target = str;

            fn deref(&self) -> &str {
                self.as_str()
            }
        }

        impl AsRef<str> for $id {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::borrow::Borrow<str> for $id {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }

        impl std::fmt::Display for $id {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<str> for $id {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $id {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
    };
}

pub(crate) use text_id;

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

text_id!(OrgId);

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

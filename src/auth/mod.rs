//! Who is calling, and what they may do.
//!
//! [`layer::AuthLayer`] verifies the Bearer token of every jitgate call (and
//! only those: health and reflection stay open) and puts the resulting
//! [`Principal`] into the request's extensions. Every transport goes through
//! that one layer. Handlers then ask the principal the tenancy and role
//! questions below, which are pure.

pub mod dev;
pub mod jwt;
pub mod layer;

use std::collections::BTreeSet;

pub use crate::domain::roles::Role;
use crate::{
    domain::{
        directory::ids::{GroupId, UserId},
        ids::OrgId,
    },
    error::{Error, Result},
};

/// The verified caller of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The user id (an email address or an opaque id): claim `sub`,
    /// folded by the user id rule.
    pub subject: UserId,
    /// The tenant: claim `org`.
    pub org: OrgId,
    pub roles: BTreeSet<Role>,
    /// Directory groups the IdP asserted: claim `groups`.
    pub groups: Vec<GroupId>,
}

impl Principal {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Resolves the org a request names to the caller's own. An empty org id
    /// means "my org"; any other org is PERMISSION_DENIED, whether or not it
    /// exists, so nothing about other tenants leaks.
    pub fn org_scope(&self, requested: &str) -> Result<&OrgId> {
        if requested.is_empty() || self.org == requested {
            Ok(&self.org)
        } else {
            Err(Error::denied(format!(
                "the token is for org {:?}, not {:?}",
                self.org, requested
            )))
        }
    }

    /// Fails with PERMISSION_DENIED unless the caller holds `role`.
    pub fn require(&self, role: Role) -> Result<()> {
        if self.has_role(role) {
            Ok(())
        } else {
            Err(Error::denied(format!("this call requires the {} role", role.as_str())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice(roles: &[Role]) -> Principal {
        Principal {
            subject: UserId::new("alice@acme.test"),
            org: OrgId::new("acme"),
            roles: roles.iter().copied().collect(),
            groups: vec![],
        }
    }

    #[test]
    fn an_empty_org_id_means_the_callers_own_org() {
        assert_eq!(alice(&[]).org_scope("").unwrap(), "acme");
        assert_eq!(alice(&[]).org_scope("acme").unwrap(), "acme");
    }

    #[test]
    fn another_org_is_permission_denied() {
        let err = alice(&[Role::OrgAdmin]).org_scope("globex").unwrap_err();
        assert!(matches!(err, Error::PermissionDenied { .. }));
    }

    #[test]
    fn a_missing_role_is_permission_denied() {
        assert!(alice(&[]).require(Role::OrgAdmin).is_err());
        assert!(alice(&[Role::OrgAdmin]).require(Role::OrgAdmin).is_ok());
    }

    #[test]
    fn role_names_round_trip() {
        for role in [Role::OrgAdmin, Role::Approver, Role::AccessChecker] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }
}

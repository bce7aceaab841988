//! Directory rows to and from the model.

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;

use crate::{
    domain::{
        directory::{Group, OwnershipKey, User, ids::UserId},
        ids::OrgId,
    },
    error::{Error, Result},
    store::entities::{
        directory_group_members, directory_groups, directory_on_call_members, directory_on_call_rosters,
        directory_owners, directory_ownerships, directory_users,
    },
};

/// How many values one `IN (…)` list or multi-row insert carries at most:
/// far below SQLite's and PostgreSQL's bind-parameter limits.
pub(super) const CHUNK: usize = 500;

pub(super) fn user(row: directory_users::Model) -> Result<User> {
    let attributes = serde_json::from_str(&row.attributes)
        .map_err(|e| Error::Internal(format!("directory user {} has unreadable attributes: {e}", row.id)))?;
    Ok(User {
        id: row.id.into(),
        email: row.email,
        display_name: row.display_name,
        manager_id: row.manager_id.map(UserId::from),
        attributes,
    })
}

pub(super) fn user_row(org_id: &OrgId, user: &User, at: DateTime<Utc>) -> Result<directory_users::ActiveModel> {
    let attributes = serde_json::to_string(&user.attributes)
        .map_err(|e| Error::Internal(format!("cannot encode attributes: {e}")))?;
    Ok(directory_users::ActiveModel {
        org_id: Set(org_id.to_string()),
        id: Set(user.id.to_string()),
        email: Set(user.email.clone()),
        display_name: Set(user.display_name.clone()),
        manager_id: Set(user.manager_id.as_ref().map(UserId::to_string)),
        attributes: Set(attributes),
        created_at: Set(at),
        updated_at: Set(at),
    })
}

pub(super) fn group(row: directory_groups::Model) -> Group {
    Group {
        id: row.id.into(),
        display_name: row.display_name,
        directory: row.directory,
    }
}

pub(super) fn group_row(org_id: &OrgId, group: &Group, at: DateTime<Utc>) -> directory_groups::ActiveModel {
    directory_groups::ActiveModel {
        org_id: Set(org_id.to_string()),
        id: Set(group.id.to_string()),
        display_name: Set(group.display_name.clone()),
        directory: Set(group.directory.clone()),
        created_at: Set(at),
        updated_at: Set(at),
    }
}

pub(super) fn member_row(org_id: &OrgId, group_id: &str, user_id: &str) -> directory_group_members::ActiveModel {
    directory_group_members::ActiveModel {
        org_id: Set(org_id.to_string()),
        group_id: Set(group_id.to_string()),
        user_id: Set(user_id.to_string()),
    }
}

pub(super) fn roster_row(
    org_id: &OrgId,
    integration: &str,
    service: &str,
    at: DateTime<Utc>,
) -> directory_on_call_rosters::ActiveModel {
    directory_on_call_rosters::ActiveModel {
        org_id: Set(org_id.to_string()),
        integration: Set(integration.to_string()),
        service: Set(service.to_string()),
        created_at: Set(at),
        updated_at: Set(at),
    }
}

pub(super) fn on_call_row(
    org_id: &OrgId,
    integration: &str,
    service: &str,
    user_id: &str,
) -> directory_on_call_members::ActiveModel {
    directory_on_call_members::ActiveModel {
        org_id: Set(org_id.to_string()),
        integration: Set(integration.to_string()),
        service: Set(service.to_string()),
        user_id: Set(user_id.to_string()),
    }
}

/// The stored form of an ownership's resource id: '' for a service's own
/// owners, since key columns cannot be NULL.
pub(super) fn resource_column(key: &OwnershipKey) -> String {
    key.resource_id.clone().unwrap_or_default()
}

pub(super) fn ownership_key(service: String, resource_id: String) -> OwnershipKey {
    OwnershipKey {
        service,
        resource_id: (!resource_id.is_empty()).then_some(resource_id),
    }
}

pub(super) fn ownership_row(
    org_id: &OrgId,
    key: &OwnershipKey,
    at: DateTime<Utc>,
) -> directory_ownerships::ActiveModel {
    directory_ownerships::ActiveModel {
        org_id: Set(org_id.to_string()),
        service: Set(key.service.clone()),
        resource_id: Set(resource_column(key)),
        kind: Set(key.kind().as_str().to_string()),
        created_at: Set(at),
        updated_at: Set(at),
    }
}

pub(super) fn owner_row(org_id: &OrgId, key: &OwnershipKey, user_id: &str) -> directory_owners::ActiveModel {
    directory_owners::ActiveModel {
        org_id: Set(org_id.to_string()),
        service: Set(key.service.clone()),
        resource_id: Set(resource_column(key)),
        user_id: Set(user_id.to_string()),
    }
}

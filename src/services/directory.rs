//! DirectoryService: users, groups, on-call rosters and owners, as IdP and
//! paging sync jobs push them.
//!
//! Every call, read or write, requires ORG_ADMIN and acts on the caller's
//! own org (docs/decisions/0009-directory.md). Each handler is: caller →
//! decode (api) → store → encode. A write's audit event is built here
//! and completed by the store inside the write's transaction.

use super::{AppState, Caller};
use crate::{
    api::{directory::decode, pagination::pagination},
    app::audit::Subject,
    domain::{
        directory::{DirectoryBatch, references},
        ids::OrgId,
        pagination::Page,
    },
    error::{Error, Result},
    pb::v1::{self as pb, directory_service_server::DirectoryService},
    store::NewEvent,
};

pub struct DirectoryApi {
    state: AppState,
}

impl DirectoryApi {
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

/// The org the call acts on: the caller's own, and only for ORG_ADMIN.
/// Directory requests carry no org id; the token's org is the tenant.
fn org(caller: &Caller) -> Result<&OrgId> {
    caller.admin_org("")
}

fn event(state: &AppState, caller: &Caller, org: &OrgId, subject: Subject, subject_id: &str) -> NewEvent {
    caller.directory_changed(org, subject, subject_id, state.clock.now())
}

fn required<T>(message: Option<T>, field: &str) -> Result<T> {
    message.ok_or_else(|| Error::invalid(field, "is required"))
}

async fn upsert_user(s: &AppState, caller: &Caller, req: pb::UpsertUserRequest) -> Result<pb::UpsertUserResponse> {
    let org = org(caller)?;
    let user = decode::user(&required(req.user, "user")?, "user")?;
    let event = event(s, caller, org, Subject::User, &user.id);
    let stored = s.store.upsert_user(org, user, event).await?;
    Ok(pb::UpsertUserResponse {
        user: Some((&stored).into()),
    })
}

async fn get_user(s: &AppState, caller: &Caller, req: pb::GetUserRequest) -> Result<pb::GetUserResponse> {
    let org = org(caller)?;
    let id = decode::user_id(&req.id, "id")?;
    let user = s.store.user(org, &id).await?;
    let user = user.ok_or_else(|| Error::NotFound(format!("user {id:?}")))?;
    Ok(pb::GetUserResponse {
        user: Some((&user).into()),
    })
}

async fn list_users(s: &AppState, caller: &Caller, req: pb::ListUsersRequest) -> Result<pb::ListUsersResponse> {
    let org = org(caller)?;
    let page = Page::parse(req.limit, req.offset)?;
    let manager_id = decode::user_filter(&req.manager_id, "manager_id")?;
    let listed = s.store.users(org, manager_id.as_ref(), page).await?;
    Ok(pb::ListUsersResponse {
        data: listed.items.iter().map(Into::into).collect(),
        pagination: Some(pagination(page, listed.total)),
    })
}

async fn delete_user(s: &AppState, caller: &Caller, req: pb::DeleteUserRequest) -> Result<pb::DeleteUserResponse> {
    let org = org(caller)?;
    let id = decode::user_id(&req.id, "id")?;
    let event = event(s, caller, org, Subject::User, &id);
    s.store.delete_user(org, &id, event).await?;
    Ok(pb::DeleteUserResponse {})
}

async fn upsert_group(s: &AppState, caller: &Caller, req: pb::UpsertGroupRequest) -> Result<pb::UpsertGroupResponse> {
    let org = org(caller)?;
    let group = decode::group(&required(req.group, "group")?, "group")?;
    let event = event(s, caller, org, Subject::Group, &group.id);
    let stored = s.store.upsert_group(org, group, event).await?;
    Ok(pb::UpsertGroupResponse {
        group: Some((&stored).into()),
    })
}

async fn get_group(s: &AppState, caller: &Caller, req: pb::GetGroupRequest) -> Result<pb::GetGroupResponse> {
    let org = org(caller)?;
    let id = decode::group_id(&req.id, "id")?;
    let group = s.store.group(org, &id).await?;
    let group = group.ok_or_else(|| Error::NotFound(format!("group {id:?}")))?;
    Ok(pb::GetGroupResponse {
        group: Some((&group).into()),
    })
}

async fn list_groups(s: &AppState, caller: &Caller, req: pb::ListGroupsRequest) -> Result<pb::ListGroupsResponse> {
    let org = org(caller)?;
    let page = Page::parse(req.limit, req.offset)?;
    let listed = s.store.groups(org, page).await?;
    Ok(pb::ListGroupsResponse {
        data: listed.items.iter().map(Into::into).collect(),
        pagination: Some(pagination(page, listed.total)),
    })
}

async fn delete_group(s: &AppState, caller: &Caller, req: pb::DeleteGroupRequest) -> Result<pb::DeleteGroupResponse> {
    let org = org(caller)?;
    let id = decode::group_id(&req.id, "id")?;
    let event = event(s, caller, org, Subject::Group, &id);
    s.store.delete_group(org, &id, event).await?;
    Ok(pb::DeleteGroupResponse {})
}

async fn add_group_member(
    s: &AppState,
    caller: &Caller,
    req: pb::AddGroupMemberRequest,
) -> Result<pb::AddGroupMemberResponse> {
    let org = org(caller)?;
    let membership = decode::membership(&req.group_id, &req.user_id)?;
    let event = event(s, caller, org, Subject::GroupMember, &membership.subject_id());
    s.store.add_group_member(org, &membership, event).await?;
    Ok(pb::AddGroupMemberResponse {})
}

async fn remove_group_member(
    s: &AppState,
    caller: &Caller,
    req: pb::RemoveGroupMemberRequest,
) -> Result<pb::RemoveGroupMemberResponse> {
    let org = org(caller)?;
    let membership = decode::membership(&req.group_id, &req.user_id)?;
    let event = event(s, caller, org, Subject::GroupMember, &membership.subject_id());
    s.store.remove_group_member(org, &membership, event).await?;
    Ok(pb::RemoveGroupMemberResponse {})
}

async fn list_group_members(
    s: &AppState,
    caller: &Caller,
    req: pb::ListGroupMembersRequest,
) -> Result<pb::ListGroupMembersResponse> {
    let org = org(caller)?;
    let group_id = decode::group_id(&req.group_id, "group_id")?;
    let page = Page::parse(req.limit, req.offset)?;
    let listed = s.store.group_members(org, &group_id, page).await?;
    let listed = listed.ok_or_else(|| Error::NotFound(format!("group {group_id:?}")))?;
    Ok(pb::ListGroupMembersResponse {
        data: listed.items.iter().map(Into::into).collect(),
        pagination: Some(pagination(page, listed.total)),
    })
}

async fn upsert_on_call_roster(
    s: &AppState,
    caller: &Caller,
    req: pb::UpsertOnCallRosterRequest,
) -> Result<pb::UpsertOnCallRosterResponse> {
    let org = org(caller)?;
    let roster = decode::roster(&required(req.roster, "roster")?, "roster")?;
    let subject_id = roster.key().subject_id();
    let event = event(s, caller, org, Subject::OncallRoster, &subject_id);
    let stored = s.store.upsert_on_call_roster(org, roster, event).await?;
    Ok(pb::UpsertOnCallRosterResponse {
        roster: Some((&stored).into()),
    })
}

async fn get_on_call_roster(
    s: &AppState,
    caller: &Caller,
    req: pb::GetOnCallRosterRequest,
) -> Result<pb::GetOnCallRosterResponse> {
    let org = org(caller)?;
    let key = decode::roster_key(&req.integration, &req.service)?;
    let roster = s.store.on_call_roster(org, &key).await?;
    let roster = roster.ok_or_else(|| Error::NotFound(format!("on-call roster {}", key.quoted())))?;
    Ok(pb::GetOnCallRosterResponse {
        roster: Some((&roster).into()),
    })
}

async fn list_on_call_rosters(
    s: &AppState,
    caller: &Caller,
    req: pb::ListOnCallRostersRequest,
) -> Result<pb::ListOnCallRostersResponse> {
    let org = org(caller)?;
    let page = Page::parse(req.limit, req.offset)?;
    let integration = decode::filter(&req.integration, "integration")?;
    let listed = s.store.on_call_rosters(org, integration.as_deref(), page).await?;
    Ok(pb::ListOnCallRostersResponse {
        data: listed.items.iter().map(Into::into).collect(),
        pagination: Some(pagination(page, listed.total)),
    })
}

async fn delete_on_call_roster(
    s: &AppState,
    caller: &Caller,
    req: pb::DeleteOnCallRosterRequest,
) -> Result<pb::DeleteOnCallRosterResponse> {
    let org = org(caller)?;
    let key = decode::roster_key(&req.integration, &req.service)?;
    let event = event(s, caller, org, Subject::OncallRoster, &key.subject_id());
    s.store.delete_on_call_roster(org, &key, event).await?;
    Ok(pb::DeleteOnCallRosterResponse {})
}

async fn upsert_ownership(
    s: &AppState,
    caller: &Caller,
    req: pb::UpsertOwnershipRequest,
) -> Result<pb::UpsertOwnershipResponse> {
    let org = org(caller)?;
    let ownership = decode::ownership(&required(req.ownership, "ownership")?, "ownership")?;
    let event = event(s, caller, org, Subject::Ownership, &ownership.key.subject_id());
    let stored = s.store.upsert_ownership(org, ownership, event).await?;
    Ok(pb::UpsertOwnershipResponse {
        ownership: Some((&stored).into()),
    })
}

async fn get_ownership(
    s: &AppState,
    caller: &Caller,
    req: pb::GetOwnershipRequest,
) -> Result<pb::GetOwnershipResponse> {
    let org = org(caller)?;
    let key = decode::ownership_key(&req.service, &req.resource_id)?;
    let ownership = s.store.ownership(org, &key).await?;
    let ownership = ownership.ok_or_else(|| Error::NotFound(format!("ownership of {:?}", key.subject_id())))?;
    Ok(pb::GetOwnershipResponse {
        ownership: Some((&ownership).into()),
    })
}

async fn list_ownerships(
    s: &AppState,
    caller: &Caller,
    req: pb::ListOwnershipsRequest,
) -> Result<pb::ListOwnershipsResponse> {
    let org = org(caller)?;
    let page = Page::parse(req.limit, req.offset)?;
    let service = decode::filter(&req.service, "service")?;
    let listed = s.store.ownerships(org, service.as_deref(), page).await?;
    Ok(pb::ListOwnershipsResponse {
        data: listed.items.iter().map(Into::into).collect(),
        pagination: Some(pagination(page, listed.total)),
    })
}

async fn delete_ownership(
    s: &AppState,
    caller: &Caller,
    req: pb::DeleteOwnershipRequest,
) -> Result<pb::DeleteOwnershipResponse> {
    let org = org(caller)?;
    let key = decode::ownership_key(&req.service, &req.resource_id)?;
    let event = event(s, caller, org, Subject::Ownership, &key.subject_id());
    s.store.delete_ownership(org, &key, event).await?;
    Ok(pb::DeleteOwnershipResponse {})
}

async fn batch_upsert(s: &AppState, caller: &Caller, req: pb::BatchUpsertRequest) -> Result<pb::BatchUpsertResponse> {
    let org = org(caller)?;
    let (batch, violations) = decode::batch(&req);
    let batch = with_every_violation(s, org, batch, violations).await?;
    let event = event(s, caller, org, Subject::DirectoryBatch, "");
    Ok(s.store.batch_upsert(org, batch, event).await?.into())
}

/// A batch with shape violations is refused, but first its valid items'
/// references are checked too, so one answer names every bad item. (A batch
/// without shape violations has its references checked by the store, inside
/// its transaction.)
async fn with_every_violation(
    s: &AppState,
    org: &OrgId,
    batch: DirectoryBatch,
    mut violations: crate::domain::violations::Violations,
) -> Result<DirectoryBatch> {
    if !violations.is_empty() {
        let snapshot = s.store.directory_snapshot(org, &references::references(&batch)).await?;
        references::check_into(&batch, &snapshot, &mut violations);
    }
    violations.into_result(batch)
}

super::rpcs! {
    DirectoryService for DirectoryApi {
        upsert_user: UpsertUserRequest => UpsertUserResponse = upsert_user;
        get_user: GetUserRequest => GetUserResponse = get_user;
        list_users: ListUsersRequest => ListUsersResponse = list_users;
        delete_user: DeleteUserRequest => DeleteUserResponse = delete_user;
        upsert_group: UpsertGroupRequest => UpsertGroupResponse = upsert_group;
        get_group: GetGroupRequest => GetGroupResponse = get_group;
        list_groups: ListGroupsRequest => ListGroupsResponse = list_groups;
        delete_group: DeleteGroupRequest => DeleteGroupResponse = delete_group;
        add_group_member: AddGroupMemberRequest => AddGroupMemberResponse = add_group_member;
        remove_group_member: RemoveGroupMemberRequest => RemoveGroupMemberResponse = remove_group_member;
        list_group_members: ListGroupMembersRequest => ListGroupMembersResponse = list_group_members;
        upsert_on_call_roster: UpsertOnCallRosterRequest => UpsertOnCallRosterResponse = upsert_on_call_roster;
        get_on_call_roster: GetOnCallRosterRequest => GetOnCallRosterResponse = get_on_call_roster;
        list_on_call_rosters: ListOnCallRostersRequest => ListOnCallRostersResponse = list_on_call_rosters;
        delete_on_call_roster: DeleteOnCallRosterRequest => DeleteOnCallRosterResponse = delete_on_call_roster;
        upsert_ownership: UpsertOwnershipRequest => UpsertOwnershipResponse = upsert_ownership;
        get_ownership: GetOwnershipRequest => GetOwnershipResponse = get_ownership;
        list_ownerships: ListOwnershipsRequest => ListOwnershipsResponse = list_ownerships;
        delete_ownership: DeleteOwnershipRequest => DeleteOwnershipResponse = delete_ownership;
        batch_upsert: BatchUpsertRequest => BatchUpsertResponse = batch_upsert;
    }
}

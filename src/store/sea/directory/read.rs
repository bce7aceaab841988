//! Directory queries. Generic over the connection, so writes run the same
//! queries inside their transaction that reads run outside one.

use std::collections::{BTreeMap, HashMap, HashSet};

use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select,
    sea_query::Query,
};

use super::rows::{self, CHUNK};
use crate::{
    domain::{
        directory::{
            DirectoryUser, Group, OnCallRoster, Ownership, OwnershipKey, RosterKey, User,
            ids::{GroupId, UserId},
            references::{References, Snapshot},
            resolve::Memberships,
        },
        evaluation::DirectoryView,
        ids::OrgId,
        pagination::Page,
    },
    error::Result,
    store::{
        Listed,
        entities::{
            directory_group_members as members, directory_groups as groups, directory_on_call_members as on_call,
            directory_on_call_rosters as rosters, directory_owners as owners, directory_ownerships as ownerships,
            directory_users as users,
        },
    },
};

/// Conditions on composite keys go in smaller chunks: two values each.
const KEY_CHUNK: usize = CHUNK / 2;

pub(super) async fn user(db: &impl ConnectionTrait, org: &OrgId, id: &str) -> Result<Option<User>> {
    users::Entity::find_by_id((org.to_string(), id.to_string()))
        .one(db)
        .await?
        .map(rows::user)
        .transpose()
}

pub(super) async fn users_by_ids(db: &impl ConnectionTrait, org: &OrgId, ids: &[String]) -> Result<Vec<User>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        let found = users::Entity::find()
            .filter(users::Column::OrgId.eq(org))
            .filter(users::Column::Id.is_in(chunk.iter().cloned()))
            .order_by_asc(users::Column::Id)
            .all(db)
            .await?;
        for row in found {
            out.push(rows::user(row)?);
        }
    }
    Ok(out)
}

/// `users` with the groups each belongs to, sorted.
pub(super) async fn with_groups(
    db: &impl ConnectionTrait,
    org: &OrgId,
    users: Vec<User>,
) -> Result<Vec<DirectoryUser>> {
    let ids: Vec<String> = users.iter().map(|u| u.id.to_string()).collect();
    let mut groups: HashMap<String, Vec<GroupId>> = HashMap::new();
    for chunk in ids.chunks(CHUNK) {
        let pairs: Vec<(String, String)> = members::Entity::find()
            .select_only()
            .column(members::Column::UserId)
            .column(members::Column::GroupId)
            .filter(members::Column::OrgId.eq(org))
            .filter(members::Column::UserId.is_in(chunk.iter().cloned()))
            .order_by_asc(members::Column::GroupId)
            .into_tuple()
            .all(db)
            .await?;
        for (user, group) in pairs {
            groups.entry(user).or_default().push(group.into());
        }
    }
    Ok(users
        .into_iter()
        .map(|user| DirectoryUser {
            group_ids: groups.remove(user.id.as_str()).unwrap_or_default(),
            user,
        })
        .collect())
}

pub(super) async fn directory_user(db: &impl ConnectionTrait, org: &OrgId, id: &str) -> Result<Option<DirectoryUser>> {
    match user(db, org, id).await? {
        Some(u) => Ok(with_groups(db, org, vec![u]).await?.pop()),
        None => Ok(None),
    }
}

pub(super) async fn group(db: &impl ConnectionTrait, org: &OrgId, id: &str) -> Result<Option<Group>> {
    Ok(groups::Entity::find_by_id((org.to_string(), id.to_string()))
        .one(db)
        .await?
        .map(rows::group))
}

pub(super) async fn groups_by_ids(db: &impl ConnectionTrait, org: &OrgId, ids: &[String]) -> Result<Vec<Group>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        let found = groups::Entity::find()
            .filter(groups::Column::OrgId.eq(org))
            .filter(groups::Column::Id.is_in(chunk.iter().cloned()))
            .order_by_asc(groups::Column::Id)
            .all(db)
            .await?;
        out.extend(found.into_iter().map(rows::group));
    }
    Ok(out)
}

/// The members of each of `group_ids` that has any, sorted.
pub(super) async fn members_of(
    db: &impl ConnectionTrait,
    org: &OrgId,
    group_ids: &[String],
) -> Result<HashMap<String, Vec<UserId>>> {
    let mut out: HashMap<String, Vec<UserId>> = HashMap::new();
    for chunk in group_ids.chunks(CHUNK) {
        let pairs: Vec<(String, String)> = members::Entity::find()
            .select_only()
            .column(members::Column::GroupId)
            .column(members::Column::UserId)
            .filter(members::Column::OrgId.eq(org))
            .filter(members::Column::GroupId.is_in(chunk.iter().cloned()))
            .order_by_asc(members::Column::UserId)
            .into_tuple()
            .all(db)
            .await?;
        for (group, user) in pairs {
            out.entry(group).or_default().push(user.into());
        }
    }
    Ok(out)
}

/// `a = x AND b = y` for any of the pairs.
pub(super) fn any_pair(a: impl ColumnTrait, b: impl ColumnTrait, pairs: &[(String, String)]) -> Condition {
    pairs.iter().fold(Condition::any(), |any, (x, y)| {
        any.add(Condition::all().add(a.eq(x.as_str())).add(b.eq(y.as_str())))
    })
}

/// The rosters named by `keys` that exist.
pub(super) async fn rosters_by_keys(
    db: &impl ConnectionTrait,
    org: &OrgId,
    keys: &[RosterKey],
) -> Result<Vec<OnCallRoster>> {
    let pairs: Vec<(String, String)> = keys
        .iter()
        .map(|k| (k.integration.clone(), k.service.clone()))
        .collect();
    let mut out = Vec::with_capacity(keys.len());
    for chunk in pairs.chunks(KEY_CHUNK) {
        let found = rosters::Entity::find()
            .filter(rosters::Column::OrgId.eq(org))
            .filter(any_pair(rosters::Column::Integration, rosters::Column::Service, chunk))
            .order_by_asc(rosters::Column::Integration)
            .order_by_asc(rosters::Column::Service)
            .all(db)
            .await?;
        out.extend(attach_on_call(db, org, found).await?);
    }
    Ok(out)
}

/// The user ids of the member rows (who is on call, who owns) of the
/// objects named by `keys`, by key, each list sorted. `columns` are the
/// member table's org, key and user columns; `split` takes a row apart into
/// its key and user id.
async fn members_by_key<E>(
    db: &impl ConnectionTrait,
    org: &OrgId,
    keys: &[(String, String)],
    columns: [E::Column; 4],
    split: impl Fn(E::Model) -> ((String, String), String),
) -> Result<BTreeMap<(String, String), Vec<UserId>>>
where
    E: EntityTrait,
{
    let [org_column, first, second, user] = columns;
    let mut by_key: BTreeMap<(String, String), Vec<UserId>> = BTreeMap::new();
    for chunk in keys.chunks(KEY_CHUNK) {
        let entries = E::find()
            .filter(org_column.eq(org))
            .filter(any_pair(first, second, chunk))
            .order_by_asc(user)
            .all(db)
            .await?;
        for entry in entries {
            let (key, user_id) = split(entry);
            by_key.entry(key).or_default().push(user_id.into());
        }
    }
    Ok(by_key)
}

/// The rosters of `rows`, with who is on call for each.
async fn attach_on_call(
    db: &impl ConnectionTrait,
    org: &OrgId,
    found: Vec<rosters::Model>,
) -> Result<Vec<OnCallRoster>> {
    let columns = [
        on_call::Column::OrgId,
        on_call::Column::Integration,
        on_call::Column::Service,
        on_call::Column::UserId,
    ];
    with_members::<on_call::Entity, _, _>(
        db,
        org,
        found,
        |r| (r.integration.clone(), r.service.clone()),
        columns,
        |e| ((e.integration, e.service), e.user_id),
        |r, user_ids| OnCallRoster {
            integration: r.integration,
            service: r.service,
            user_ids,
        },
    )
    .await
}

/// `found` (rosters or ownerships), each built by `build` with the user ids
/// of its member rows in `E` ([`members_by_key`]), matched by `key`.
async fn with_members<E, P, T>(
    db: &impl ConnectionTrait,
    org: &OrgId,
    found: Vec<P>,
    key: impl Fn(&P) -> (String, String),
    columns: [E::Column; 4],
    split: impl Fn(E::Model) -> ((String, String), String),
    build: impl Fn(P, Vec<UserId>) -> T,
) -> Result<Vec<T>>
where
    E: EntityTrait,
{
    let keys: Vec<(String, String)> = found.iter().map(&key).collect();
    let mut by_key = members_by_key::<E>(db, org, &keys, columns, split).await?;
    Ok(found
        .into_iter()
        .map(|parent| {
            let members = by_key.remove(&key(&parent)).unwrap_or_default();
            build(parent, members)
        })
        .collect())
}

fn ownership_pairs(keys: &[OwnershipKey]) -> Vec<(String, String)> {
    keys.iter()
        .map(|k| (k.service.clone(), rows::resource_column(k)))
        .collect()
}

/// The ownerships named by `keys` that exist.
pub(super) async fn ownerships_by_keys(
    db: &impl ConnectionTrait,
    org: &OrgId,
    keys: &[OwnershipKey],
) -> Result<Vec<Ownership>> {
    let pairs = ownership_pairs(keys);
    let mut out = Vec::with_capacity(keys.len());
    for chunk in pairs.chunks(KEY_CHUNK) {
        let found = ownerships::Entity::find()
            .filter(ownerships::Column::OrgId.eq(org))
            .filter(any_pair(
                ownerships::Column::Service,
                ownerships::Column::ResourceId,
                chunk,
            ))
            .order_by_asc(ownerships::Column::Service)
            .order_by_asc(ownerships::Column::ResourceId)
            .all(db)
            .await?;
        out.extend(attach_owners(db, org, found).await?);
    }
    Ok(out)
}

/// The ownerships of `rows`, with their owners.
async fn attach_owners(
    db: &impl ConnectionTrait,
    org: &OrgId,
    found: Vec<ownerships::Model>,
) -> Result<Vec<Ownership>> {
    let columns = [
        owners::Column::OrgId,
        owners::Column::Service,
        owners::Column::ResourceId,
        owners::Column::UserId,
    ];
    with_members::<owners::Entity, _, _>(
        db,
        org,
        found,
        |o| (o.service.clone(), o.resource_id.clone()),
        columns,
        |e| ((e.service, e.resource_id), e.user_id),
        |o, owner_ids| Ownership {
            key: rows::ownership_key(o.service, o.resource_id),
            owner_ids,
        },
    )
    .await
}

/// Reads what `references` need: each referenced user that exists with
/// their manager, then their managers' managers, round by round, until the
/// chains end (one query per level of the hierarchy, not per user); and the
/// referenced groups that exist.
pub(super) async fn snapshot(db: &impl ConnectionTrait, org: &OrgId, refs: &References) -> Result<Snapshot> {
    let mut managers: HashMap<String, Option<String>> = HashMap::new();
    let mut asked: HashSet<String> = refs.user_ids.iter().cloned().collect();
    let mut frontier: Vec<String> = refs.user_ids.iter().cloned().collect();
    while !frontier.is_empty() {
        let mut next = Vec::new();
        for chunk in frontier.chunks(CHUNK) {
            let found: Vec<(String, Option<String>)> = users::Entity::find()
                .select_only()
                .column(users::Column::Id)
                .column(users::Column::ManagerId)
                .filter(users::Column::OrgId.eq(org))
                .filter(users::Column::Id.is_in(chunk.iter().cloned()))
                .into_tuple()
                .all(db)
                .await?;
            for (id, manager) in found {
                if let Some(m) = &manager
                    && asked.insert(m.clone())
                {
                    next.push(m.clone());
                }
                managers.insert(id, manager);
            }
        }
        frontier = next;
    }
    let wanted: Vec<String> = refs.group_ids.iter().cloned().collect();
    let group_ids = groups_by_ids(db, org, &wanted)
        .await?
        .into_iter()
        .map(|g| g.id.into())
        .collect();
    Ok(Snapshot { managers, group_ids })
}

/// One page of `query` sorted by `order`, and how many rows it matches in
/// all.
async fn one_page<E>(
    db: &impl ConnectionTrait,
    query: Select<E>,
    order: &[E::Column],
    page: Page,
) -> Result<(Vec<E::Model>, u64)>
where
    E: EntityTrait,
    E::Model: Sync,
{
    let total = query.clone().count(db).await?;
    let found = order
        .iter()
        .fold(query, |query, column| query.order_by_asc(*column))
        .offset(u64::from(page.offset))
        .limit(u64::from(page.limit))
        .all(db)
        .await?;
    Ok((found, total))
}

pub(super) async fn user_page(
    db: &impl ConnectionTrait,
    org: &OrgId,
    manager_id: Option<&UserId>,
    page: Page,
) -> Result<Listed<DirectoryUser>> {
    let mut query = users::Entity::find().filter(users::Column::OrgId.eq(org));
    if let Some(manager) = manager_id {
        query = query.filter(users::Column::ManagerId.eq(manager));
    }
    let (found, total) = one_page(db, query, &[users::Column::Id], page).await?;
    let found = found.into_iter().map(rows::user).collect::<Result<Vec<_>>>()?;
    Ok(Listed {
        items: with_groups(db, org, found).await?,
        total,
    })
}

pub(super) async fn group_page(db: &impl ConnectionTrait, org: &OrgId, page: Page) -> Result<Listed<Group>> {
    let query = groups::Entity::find().filter(groups::Column::OrgId.eq(org));
    let (found, total) = one_page(db, query, &[groups::Column::Id], page).await?;
    Ok(Listed {
        items: found.into_iter().map(rows::group).collect(),
        total,
    })
}

/// A page of a group's members, as users.
pub(super) async fn member_page(
    db: &impl ConnectionTrait,
    org: &OrgId,
    group_id: &str,
    page: Page,
) -> Result<Listed<DirectoryUser>> {
    let member_ids = Query::select()
        .column(members::Column::UserId)
        .from(members::Entity)
        .and_where(members::Column::OrgId.eq(org))
        .and_where(members::Column::GroupId.eq(group_id))
        .to_owned();
    let query = users::Entity::find()
        .filter(users::Column::OrgId.eq(org))
        .filter(users::Column::Id.in_subquery(member_ids));
    let (found, total) = one_page(db, query, &[users::Column::Id], page).await?;
    let found = found.into_iter().map(rows::user).collect::<Result<Vec<_>>>()?;
    Ok(Listed {
        items: with_groups(db, org, found).await?,
        total,
    })
}

pub(super) async fn roster_page(
    db: &impl ConnectionTrait,
    org: &OrgId,
    integration: Option<&str>,
    page: Page,
) -> Result<Listed<OnCallRoster>> {
    let mut query = rosters::Entity::find().filter(rosters::Column::OrgId.eq(org));
    if let Some(integration) = integration {
        query = query.filter(rosters::Column::Integration.eq(integration));
    }
    let (found, total) = one_page(
        db,
        query,
        &[rosters::Column::Integration, rosters::Column::Service],
        page,
    )
    .await?;
    Ok(Listed {
        items: attach_on_call(db, org, found).await?,
        total,
    })
}

pub(super) async fn ownership_page(
    db: &impl ConnectionTrait,
    org: &OrgId,
    service: Option<&str>,
    page: Page,
) -> Result<Listed<Ownership>> {
    let mut query = ownerships::Entity::find().filter(ownerships::Column::OrgId.eq(org));
    if let Some(service) = service {
        query = query.filter(ownerships::Column::Service.eq(service));
    }
    // '' sorts first: a service's own owners before its resources'.
    let (found, total) = one_page(
        db,
        query,
        &[ownerships::Column::Service, ownerships::Column::ResourceId],
        page,
    )
    .await?;
    Ok(Listed {
        items: attach_owners(db, org, found).await?,
        total,
    })
}

/// The whole directory of `org` for evaluation: four queries, whatever its
/// size (an org's directory is read whole for every evaluation; rosters
/// nobody is on call for have no entries, which evaluation reads as nobody).
pub(super) async fn whole(db: &impl ConnectionTrait, org: &OrgId) -> Result<DirectoryView> {
    let mut view = DirectoryView::default();
    let found = users::Entity::find()
        .filter(users::Column::OrgId.eq(org))
        .order_by_asc(users::Column::Id)
        .all(db)
        .await?;
    for row in found {
        let user = rows::user(row)?;
        view.users.insert(user.id.clone(), user);
    }
    let pairs: Vec<(String, String)> = members::Entity::find()
        .select_only()
        .column(members::Column::GroupId)
        .column(members::Column::UserId)
        .filter(members::Column::OrgId.eq(org))
        .into_tuple()
        .all(db)
        .await?;
    view.memberships = Memberships::from_pairs(pairs);
    let entries = on_call::Entity::find()
        .filter(on_call::Column::OrgId.eq(org))
        .order_by_asc(on_call::Column::Integration)
        .order_by_asc(on_call::Column::Service)
        .order_by_asc(on_call::Column::UserId)
        .all(db)
        .await?;
    for e in entries {
        view.on_call
            .entry((e.integration, e.service))
            .or_default()
            .push(e.user_id.into());
    }
    let entries = owners::Entity::find()
        .filter(owners::Column::OrgId.eq(org))
        .order_by_asc(owners::Column::Service)
        .order_by_asc(owners::Column::ResourceId)
        .order_by_asc(owners::Column::UserId)
        .all(db)
        .await?;
    for e in entries {
        view.owners
            .entry(rows::ownership_key(e.service, e.resource_id))
            .or_default()
            .push(e.user_id.into());
    }
    Ok(view)
}

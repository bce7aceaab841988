//! AccessFlowService: Apono-style access flows.

use chrono::{DateTime, Utc};

use super::{
    AppState, Caller,
    audit::{Subject, rest_json},
};
use crate::{
    api::{
        access_flow::{self as encode, decode, patch::Patch},
        pagination::pagination,
    },
    clock::new_id,
    domain::{access_flow::AccessFlow, ids::OrgId, pagination::Page},
    error::{Error, Reason, Result},
    pb::v1::{self as pb, access_flow_service_server::AccessFlowService},
    store::{AccessFlowUpdate, Listed, NewAccessFlow, StoredAccessFlow, read_modify_write},
};

pub struct AccessFlowApi {
    state: AppState,
}

impl AccessFlowApi {
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

fn encode_stored(stored: &StoredAccessFlow) -> pb::AccessFlow {
    encode::access_flow(&stored.id, stored.created_at, &stored.flow)
}

/// The audit form of a flow: its REST JSON.
pub(super) fn audit(id: &str, created_at: DateTime<Utc>, flow: &AccessFlow) -> Result<serde_json::Value> {
    rest_json(&encode::access_flow(id, created_at, flow))
}

/// The caller's flow `id`, or NOT_FOUND (also for another org's).
async fn current(s: &AppState, org: &OrgId, id: &str) -> Result<StoredAccessFlow> {
    s.store
        .access_flow(org, id)
        .await?
        .ok_or_else(|| Error::NotFound(format!("access flow {id:?}")))
}

async fn get(s: &AppState, caller: &Caller, req: pb::GetAccessFlowRequest) -> Result<pb::GetAccessFlowResponse> {
    let org = caller.admin_org("")?;
    decode::flow_id(&req.id, "id")?;
    let stored = current(s, org, &req.id).await?;
    Ok(pb::GetAccessFlowResponse {
        access_flow: Some(encode_stored(&stored)),
    })
}

async fn list(s: &AppState, caller: &Caller, req: pb::ListAccessFlowsRequest) -> Result<pb::ListAccessFlowsResponse> {
    let org = caller.admin_org("")?;
    let page = Page::parse(req.limit, req.offset)?;
    let Listed { items: flows, total } = s.store.access_flows(org, page).await?;
    Ok(pb::ListAccessFlowsResponse {
        data: flows.iter().map(encode_stored).collect(),
        pagination: Some(pagination(page, total)),
    })
}

async fn create(
    s: &AppState,
    caller: &Caller,
    req: pb::CreateAccessFlowRequest,
) -> Result<pb::CreateAccessFlowResponse> {
    let org = caller.admin_org("")?;
    let wire = req
        .access_flow
        .ok_or_else(|| Error::invalid("access_flow", "is required"))?;
    let flow = decode::access_flow(&wire, "access_flow")?;
    // Checked before the write: flows created concurrently may pass the
    // maximum by as many as are in flight, never by more.
    let max = s.limits.max_access_flows;
    let held = s.store.access_flows(org, Page { limit: 1, offset: 0 }).await?.total;
    if held >= max as u64 {
        return Err(Error::precondition(
            Reason::LimitReached,
            format!("the org holds the maximum of {max} access flows; delete one first"),
        ));
    }
    let id = new_id();
    let now = s.clock.now();
    let event = caller.config_changed(org, Subject::AccessFlow, &id, now, None, Some(audit(&id, now, &flow)?));
    let new = NewAccessFlow {
        id,
        org_id: org.clone(),
        created_at: now,
        flow,
    };
    let stored = s.store.create_access_flow(new, event).await?;
    Ok(pb::CreateAccessFlowResponse {
        access_flow: Some(encode_stored(&stored)),
    })
}

/// Applies the patch to the latest state of the flow, validates the
/// result whole and stores it; so concurrent PATCHes of different
/// fields all land.
async fn update(
    s: &AppState,
    caller: &Caller,
    req: pb::UpdateAccessFlowRequest,
) -> Result<pb::UpdateAccessFlowResponse> {
    let org = caller.admin_org("")?;
    decode::flow_id(&req.id, "id")?;
    let patch = &Patch::new(req.access_flow, req.update_mask.as_ref())?;
    let id = req.id.as_str();
    let stored = read_modify_write(&format!("access flow {id:?}"), |_| async move {
        let current = current(s, org, id).await?;
        let flow = decode::access_flow(&patch.apply(encode_stored(&current)), "access_flow")?;
        if flow == current.flow {
            // Nothing changes, so nothing is written or audited.
            return Ok(current);
        }
        let now = s.clock.now();
        let event = caller.config_changed(
            org,
            Subject::AccessFlow,
            id,
            now,
            Some(audit(id, current.created_at, &current.flow)?),
            Some(audit(id, current.created_at, &flow)?),
        );
        let update = AccessFlowUpdate {
            id: id.to_string(),
            org_id: org.clone(),
            base_revision: current.revision,
            updated_at: now,
            flow,
        };
        s.store.update_access_flow(update, event).await
    })
    .await?;
    Ok(pb::UpdateAccessFlowResponse {
        access_flow: Some(encode_stored(&stored)),
    })
}

async fn delete(
    s: &AppState,
    caller: &Caller,
    req: pb::DeleteAccessFlowRequest,
) -> Result<pb::DeleteAccessFlowResponse> {
    let org = caller.admin_org("")?;
    decode::flow_id(&req.id, "id")?;
    let id = req.id.as_str();
    read_modify_write(&format!("access flow {id:?}"), |_| async move {
        let current = current(s, org, id).await?;
        let now = s.clock.now();
        // The store checks the revision, so `before` is exactly what is
        // deleted.
        let before = audit(id, current.created_at, &current.flow)?;
        let event = caller.config_changed(org, Subject::AccessFlow, id, now, Some(before), None);
        s.store.delete_access_flow(org, id, current.revision, event).await
    })
    .await?;
    Ok(pb::DeleteAccessFlowResponse {})
}

super::rpcs! {
    AccessFlowService for AccessFlowApi {
        get_access_flow: GetAccessFlowRequest => GetAccessFlowResponse = get;
        list_access_flows: ListAccessFlowsRequest => ListAccessFlowsResponse = list;
        create_access_flow: CreateAccessFlowRequest => CreateAccessFlowResponse = create;
        update_access_flow: UpdateAccessFlowRequest => UpdateAccessFlowResponse = update;
        delete_access_flow: DeleteAccessFlowRequest => DeleteAccessFlowResponse = delete;
    }
}

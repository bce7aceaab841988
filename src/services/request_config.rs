//! RequestConfigService: the org's SailPoint-style access-request config.

use super::{
    AppState, Caller,
    audit::{Subject, rest_json},
};
use crate::{
    api::request_config::{self as encode, Identity, decode},
    domain::{
        directory::{DirectoryUser, ids::UserId},
        ids::OrgId,
        request_config::RequestConfig,
    },
    error::{Error, Result},
    pb::v1::{self as pb, request_config_service_server::RequestConfigService},
    store::{RequestConfigReplace, read_modify_write},
};

pub struct RequestConfigApi {
    state: AppState,
}

impl RequestConfigApi {
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

/// The fallback approver as the directory knows them now (their name and
/// email are never taken from clients).
pub(super) async fn fallback_identity(s: &AppState, org: &OrgId, config: &RequestConfig) -> Result<Option<Identity>> {
    let Some(id) = &config.reminders.fallback_approver_id else {
        return Ok(None);
    };
    Ok(s.store.user(org, &UserId::new(id)).await?.map(identity))
}

/// Checks the configuration's fallback approver against the directory and
/// stores the directory's spelling of their id; their identity is what the
/// answer and the event show. A user the directory does not know is
/// INVALID_ARGUMENT under `field` (the path of `fallback_approver_ref.id`).
pub(super) async fn resolve_fallback(
    s: &AppState,
    org: &OrgId,
    config: &mut RequestConfig,
    field: &str,
) -> Result<Option<Identity>> {
    let Some(id) = &config.reminders.fallback_approver_id else {
        return Ok(None);
    };
    let Some(found) = s.store.user(org, &UserId::new(id)).await? else {
        return Err(Error::invalid(
            field,
            format!("no user {id:?} in the directory; sync the user first"),
        ));
    };
    config.reminders.fallback_approver_id = Some(found.user.id.to_string());
    Ok(Some(identity(found)))
}

fn identity(found: DirectoryUser) -> Identity {
    Identity {
        name: found.user.display_name,
        email: found.user.email,
    }
}

async fn get(s: &AppState, caller: &Caller, _: pb::GetRequestConfigRequest) -> Result<pb::GetRequestConfigResponse> {
    let org = caller.admin_org("")?;
    let config = s.store.request_config(org).await?.unwrap_or_default();
    let fallback = fallback_identity(s, org, &config).await?;
    Ok(pb::GetRequestConfigResponse {
        access_request_config: Some(encode::request_config(&config, fallback)),
    })
}

async fn update(
    s: &AppState,
    caller: &Caller,
    req: pb::UpdateRequestConfigRequest,
) -> Result<pb::UpdateRequestConfigResponse> {
    let org = caller.admin_org("")?;
    let body = req
        .access_request_config
        .ok_or_else(|| Error::invalid("access_request_config", "is required"))?;
    let body = &body;
    // Replaced conditionally on what was read: the stored configuration
    // settles SailPoint's two entitlement shapes when a body carries both,
    // and is the event's `before`.
    let after = read_modify_write("the request config", |_| async move {
        let stored = s.store.request_config(org).await?;
        let current = stored.clone().unwrap_or_default();
        let mut config = decode::request_config_replacing(body, "access_request_config", &current)?;
        let field = "access_request_config.approval_reminder_and_escalation_config.fallback_approver_ref.id";
        let fallback = resolve_fallback(s, org, &mut config, field).await?;
        let before = encode::request_config(&current, fallback_identity(s, org, &current).await?);
        let after = encode::request_config(&config, fallback);
        let event = caller.config_changed(
            org,
            Subject::RequestConfig,
            org,
            s.clock.now(),
            Some(rest_json(&before)?),
            Some(rest_json(&after)?),
        );
        let replace = RequestConfigReplace { config, read: stored };
        s.store.replace_request_config(org, &replace, event).await?;
        Ok(after)
    })
    .await?;
    Ok(pb::UpdateRequestConfigResponse {
        access_request_config: Some(after),
    })
}

super::rpcs! {
    RequestConfigService for RequestConfigApi {
        get_request_config: GetRequestConfigRequest => GetRequestConfigResponse = get;
        update_request_config: UpdateRequestConfigRequest => UpdateRequestConfigResponse = update;
    }
}

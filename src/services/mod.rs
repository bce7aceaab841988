//! Thin tonic implementations, one file per service: take the caller from the
//! request, hand the message to the domain and the store, encode the answer.
//! What they share with the scheduler (the state, audit rendering, the
//! recording of transitions) is the application layer, `crate::app`.

pub mod access_flow;
pub mod access_request;
pub mod directory;
pub mod policy;
pub mod request_config;
pub mod routing;

use tonic::{Request, Response, Status};

pub use crate::app::AppState;
use crate::{
    app::audit,
    auth::{Principal, Role, layer::request_id_of_extensions},
    clock::new_id,
    domain::ids::OrgId,
    error::Error,
    store::NewEvent,
};

/// Implements a tonic service trait the one way every handler of jitgate is
/// written: each RPC takes the caller the auth layer verified, runs its
/// handler — `async fn(&AppState, &Caller, Request) -> Result<Response>` —
/// and projects the result onto a status tagged with the call's request id.
/// Anything else the trait needs (a streaming RPC's stream type) follows the
/// list.
macro_rules! rpcs {
    ($service:ident for $api:ident {
        $($rpc:ident: $req:ident => $resp:ident = $handler:path;)*
    } $($extra:tt)*) => {
        #[tonic::async_trait]
        impl $service for $api {
            $(
                async fn $rpc(
                    &self,
                    request: tonic::Request<$crate::pb::v1::$req>,
                ) -> Result<tonic::Response<$crate::pb::v1::$resp>, tonic::Status> {
                    let caller = $crate::services::Caller::of(&request)?;
                    caller.respond($handler(&self.state, &caller, request.into_inner()).await)
                }
            )*
            $($extra)*
        }
    };
}
pub(crate) use rpcs;

/// The verified caller of one request and its request id.
pub struct Caller {
    pub principal: Principal,
    pub request_id: String,
}

impl Caller {
    /// The principal the auth layer attached. Its absence is a wiring bug,
    /// never a client error, so it is INTERNAL.
    pub fn of<T>(request: &Request<T>) -> Result<Self, Status> {
        let request_id = request_id_of_extensions(request.extensions());
        match request.extensions().get::<Principal>() {
            Some(principal) => Ok(Self {
                principal: principal.clone(),
                request_id,
            }),
            None => Err(Error::Internal("no principal on an authenticated route".into()).into_status(&request_id)),
        }
    }

    /// The org an admin-only call acts on: the caller's own (an empty or
    /// matching `requested` org), and only with the ORG_ADMIN role.
    pub fn admin_org(&self, requested: &str) -> crate::error::Result<&OrgId> {
        let org = self.principal.org_scope(requested)?;
        self.principal.require(Role::OrgAdmin)?;
        Ok(org)
    }

    /// The audit event of a configuration change this caller made.
    pub fn config_changed(
        &self,
        org: &OrgId,
        subject: audit::Subject,
        subject_id: &str,
        at: chrono::DateTime<chrono::Utc>,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> NewEvent {
        NewEvent {
            before,
            after,
            ..self.event("CONFIG_CHANGED", org, subject, subject_id, at)
        }
    }

    /// The audit event of a directory change this caller made. The store
    /// fills in `before` and `after` from what it replaced, inside the
    /// write's transaction.
    pub fn directory_changed(
        &self,
        org: &OrgId,
        subject: audit::Subject,
        subject_id: &str,
        at: chrono::DateTime<chrono::Utc>,
    ) -> NewEvent {
        self.event("DIRECTORY_CHANGED", org, subject, subject_id, at)
    }

    fn event(
        &self,
        kind: &str,
        org: &OrgId,
        subject: audit::Subject,
        subject_id: &str,
        at: chrono::DateTime<chrono::Utc>,
    ) -> NewEvent {
        NewEvent {
            id: new_id(),
            org_id: org.clone(),
            kind: kind.into(),
            subject_type: subject.as_str().into(),
            subject_id: subject_id.into(),
            actor: self.principal.subject.to_string(),
            request_id: self.request_id.clone(),
            occurred_at: at,
            before: None,
            after: None,
            access_request_id: String::new(),
            comment: String::new(),
        }
    }

    /// Projects a result onto a tonic response, tagging errors with this
    /// call's request id.
    pub fn respond<T>(&self, result: crate::error::Result<T>) -> Result<Response<T>, Status> {
        result.map(Response::new).map_err(|e| e.into_status(&self.request_id))
    }
}

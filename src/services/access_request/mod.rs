//! AccessRequestService: the request queue, decisions, grants, the dry-run
//! evaluation and the event stream. One file per concern; each handler takes
//! the caller, calls the domain and the store, and encodes the answer.

pub mod actor;
pub mod check;
pub mod evaluate;
pub mod events;
pub mod file;
pub mod read;
pub mod record;
pub mod snapshot;
pub mod transitions;

use tonic::{Request, Response, Status};

use super::{AppState, Caller};
use crate::pb::v1::{self as pb, access_request_service_server::AccessRequestService};

pub struct AccessRequestApi {
    state: AppState,
}

impl AccessRequestApi {
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

#[tonic::async_trait]
impl AccessRequestService for AccessRequestApi {
    async fn create_access_request(
        &self,
        request: Request<pb::CreateAccessRequestRequest>,
    ) -> Result<Response<pb::CreateAccessRequestResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(file::create(&self.state, &caller, request.into_inner()).await)
    }

    async fn get_access_request(
        &self,
        request: Request<pb::GetAccessRequestRequest>,
    ) -> Result<Response<pb::GetAccessRequestResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(read::get(&self.state, &caller, request.into_inner()).await)
    }

    async fn list_access_requests(
        &self,
        request: Request<pb::ListAccessRequestsRequest>,
    ) -> Result<Response<pb::ListAccessRequestsResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(read::list(&self.state, &caller, request.into_inner()).await)
    }

    async fn cancel_access_request(
        &self,
        request: Request<pb::CancelAccessRequestRequest>,
    ) -> Result<Response<pb::CancelAccessRequestResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(transitions::cancel(&self.state, &caller, request.into_inner()).await)
    }

    async fn decide_access_request(
        &self,
        request: Request<pb::DecideAccessRequestRequest>,
    ) -> Result<Response<pb::DecideAccessRequestResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(transitions::decide(&self.state, &caller, request.into_inner()).await)
    }

    async fn revoke_access_request(
        &self,
        request: Request<pb::RevokeAccessRequestRequest>,
    ) -> Result<Response<pb::RevokeAccessRequestResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(transitions::revoke(&self.state, &caller, request.into_inner()).await)
    }

    async fn activate_access_request(
        &self,
        request: Request<pb::ActivateAccessRequestRequest>,
    ) -> Result<Response<pb::ActivateAccessRequestResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(transitions::activate(&self.state, &caller, request.into_inner()).await)
    }

    async fn evaluate_access_request(
        &self,
        request: Request<pb::EvaluateAccessRequestRequest>,
    ) -> Result<Response<pb::EvaluateAccessRequestResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(evaluate::evaluate(&self.state, &caller, request.into_inner()).await)
    }

    type WatchEventsStream = events::WatchStream;

    async fn watch_events(
        &self,
        request: Request<pb::WatchEventsRequest>,
    ) -> Result<Response<Self::WatchEventsStream>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(events::watch(&self.state, &caller, request.into_inner()).await)
    }

    async fn check_access(
        &self,
        request: Request<pb::CheckAccessRequest>,
    ) -> Result<Response<pb::CheckAccessResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(check::check(&self.state, &caller, request.into_inner()).await)
    }

    async fn batch_check_access(
        &self,
        request: Request<pb::BatchCheckAccessRequest>,
    ) -> Result<Response<pb::BatchCheckAccessResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(check::batch(&self.state, &caller, request.into_inner()).await)
    }

    async fn list_audit_events(
        &self,
        request: Request<pb::ListAuditEventsRequest>,
    ) -> Result<Response<pb::ListAuditEventsResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(events::list(&self.state, &caller, request.into_inner()).await)
    }
}

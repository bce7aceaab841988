//! AccessRequestService: the request queue, decisions, grants, the dry-run
//! evaluation and the event stream. One file per concern; each handler takes
//! the caller, calls the domain and the store, and encodes the answer.

pub mod actor;
pub mod check;
pub mod evaluate;
pub mod events;
pub mod file;
pub mod read;
use crate::app::record;
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

super::rpcs! {
    AccessRequestService for AccessRequestApi {
        create_access_request: CreateAccessRequestRequest => CreateAccessRequestResponse = file::create;
        get_access_request: GetAccessRequestRequest => GetAccessRequestResponse = read::get;
        list_access_requests: ListAccessRequestsRequest => ListAccessRequestsResponse = read::list;
        cancel_access_request: CancelAccessRequestRequest => CancelAccessRequestResponse = transitions::cancel;
        decide_access_request: DecideAccessRequestRequest => DecideAccessRequestResponse = transitions::decide;
        revoke_access_request: RevokeAccessRequestRequest => RevokeAccessRequestResponse = transitions::revoke;
        activate_access_request: ActivateAccessRequestRequest => ActivateAccessRequestResponse = transitions::activate;
        evaluate_access_request: EvaluateAccessRequestRequest => EvaluateAccessRequestResponse = evaluate::evaluate;
        check_access: CheckAccessRequest => CheckAccessResponse = check::check;
        batch_check_access: BatchCheckAccessRequest => BatchCheckAccessResponse = check::batch;
        list_audit_events: ListAuditEventsRequest => ListAuditEventsResponse = events::list;
    }
    // The streaming RPC: its stream type, and the handler written out.
    type WatchEventsStream = events::WatchStream;

    async fn watch_events(
        &self,
        request: Request<pb::WatchEventsRequest>,
    ) -> Result<Response<Self::WatchEventsStream>, Status> {
        let caller = Caller::of(&request)?;
        caller.respond(events::watch(&self.state, &caller, request.into_inner()).await)
    }
}

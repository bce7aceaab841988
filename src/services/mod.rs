//! Thin tonic implementations, one file per service: take the caller from the
//! request, hand the message to the domain and the store, encode the answer.

pub mod routing;

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::{auth::Principal, auth::layer::request_id_of_extensions, clock::Clock, error::Error, store::Store};

/// What every handler needs.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
}

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

    /// Projects a result onto a tonic response, tagging errors with this
    /// call's request id.
    pub fn respond<T>(&self, result: crate::error::Result<T>) -> Result<Response<T>, Status> {
        result.map(Response::new).map_err(|e| e.into_status(&self.request_id))
    }
}

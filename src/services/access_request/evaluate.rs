//! EvaluateAccessRequest: the dry run. Decodes the request, loads the
//! snapshot, evaluates, and stores nothing.

use crate::{
    error::{Error, Result},
    pb::v1 as pb,
    services::{AppState, Caller},
};

pub async fn evaluate(
    _state: &AppState,
    _caller: &Caller,
    _req: pb::EvaluateAccessRequestRequest,
) -> Result<pb::EvaluateAccessRequestResponse> {
    Err(Error::Internal("EvaluateAccessRequest: TODO(evaluate helper)".into()))
}

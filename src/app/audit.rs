//! The `before` and `after` of audit events: every audited object as its
//! REST JSON, rendered by the generated writer a REST GET of that object
//! uses, so an event's `after` is byte for byte what the GET returns
//! (docs/spec.md §8). The directory is the one exception: its store renders
//! what it replaced inside the write's transaction
//! (`domain::directory::audit`), and the events test holds it to the same
//! rule.

use serde_json::Value;

use crate::{
    error::{Error, Result},
    rest::json_writer::WriteJson,
};

/// What an event is about: `Event.subject_type` on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    AccessRequest,
    AccessFlow,
    RoutingWorkflow,
    RoutingRule,
    RequestConfig,
    User,
    Group,
    GroupMember,
    OncallRoster,
    Ownership,
    DirectoryBatch,
}

impl Subject {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccessRequest => "access_request",
            Self::AccessFlow => "access_flow",
            Self::RoutingWorkflow => "routing_workflow",
            Self::RoutingRule => "routing_rule",
            Self::RequestConfig => "request_config",
            Self::User => "user",
            Self::Group => "group",
            Self::GroupMember => "group_member",
            Self::OncallRoster => "oncall_roster",
            Self::Ownership => "ownership",
            Self::DirectoryBatch => "directory_batch",
        }
    }
}

/// `object` as REST clients read it.
pub fn rest_json<M: WriteJson>(object: &M) -> Result<Value> {
    let mut json = String::new();
    object
        .write_json(&mut json)
        .map_err(|e| Error::Internal(format!("an audited object has no JSON form: {}", e.0)))?;
    serde_json::from_str(&json).map_err(|e| Error::Internal(format!("an audited object's JSON: {e}")))
}

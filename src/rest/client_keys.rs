//! Field violations in the keys the REST client used. Validation names
//! fields by their proto paths (`access_request_config.approval_reminder_and_escalation_config.max_reminders`);
//! a client that sent camelCase reads its own keys back
//! (`accessRequestConfig.approvalReminderAndEscalationConfig.maxReminders`).

use prost_reflect::MessageDescriptor;
use serde_json::{Map, Value};
use tonic::Status;

use super::dialect::value_message;
use tonic_types::StatusExt;

/// How a client spelled one field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spelling {
    Proto,
    Json,
    /// The client did not send it (the body field itself, a path variable,
    /// a missing field): spelled like its neighbours.
    Unseen,
}

/// `path` (proto names, `name[i]` for list items) in the keys of `object`,
/// the request as the client sent it, decoded as `message`. `body_field`:
/// the top-level field the HTTP body is (`body: "field"`), a key the client
/// never wrote.
pub fn client_path(
    message: &MessageDescriptor,
    object: &Map<String, Value>,
    body_field: Option<&str>,
    path: &str,
) -> String {
    let mut message = Some(message.clone());
    let mut object = Some(object);
    let mut segments: Vec<(String, String, String, Spelling)> = Vec::new();
    for (depth, segment) in path.split('.').enumerate() {
        let (name, index) = match segment.find('[') {
            Some(at) => segment.split_at(at),
            None => (segment, ""),
        };
        let field = message
            .as_ref()
            .and_then(|m| m.get_field_by_name(name).or_else(|| m.get_field_by_json_name(name)));
        let Some(field) = field else {
            segments.push((
                segment.to_string(),
                segment.to_string(),
                String::new(),
                Spelling::Unseen,
            ));
            message = None;
            continue;
        };
        let sent = |key: &str| object.is_some_and(|o| o.contains_key(key));
        let spelling = if depth == 0 && body_field == Some(field.name()) {
            Spelling::Unseen
        } else if field.json_name() != field.name() && sent(field.json_name()) {
            Spelling::Json
        } else if sent(field.name()) {
            Spelling::Proto
        } else {
            Spelling::Unseen
        };
        let key = match spelling {
            Spelling::Json => field.json_name(),
            _ => field.name(),
        };
        let mut value = object.and_then(|o| o.get(key));
        if let Some(i) = index.strip_prefix('[').and_then(|i| i.strip_suffix(']')) {
            value = match value {
                Some(Value::Array(items)) => i.parse::<usize>().ok().and_then(|i| items.get(i)),
                Some(Value::Object(entries)) => entries.get(i.trim_matches('"')),
                _ => None,
            };
        }
        segments.push((
            field.name().to_string(),
            field.json_name().to_string(),
            index.to_string(),
            spelling,
        ));
        message = value_message(&field);
        object = value.and_then(Value::as_object);
    }
    // An unseen field takes the spelling of the nearest seen one after it,
    // else before it, else its proto name.
    let spellings: Vec<Spelling> = segments.iter().map(|s| s.3).collect();
    let resolve = |i: usize| {
        spellings[i..]
            .iter()
            .chain(spellings[..i].iter().rev())
            .copied()
            .find(|s| *s != Spelling::Unseen)
            .unwrap_or(Spelling::Proto)
    };
    segments
        .iter()
        .enumerate()
        .map(|(i, (proto, json, index, _))| match resolve(i) {
            Spelling::Json => format!("{json}{index}"),
            _ => format!("{proto}{index}"),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// `status` with its field violations (and the message that lists them) in
/// the client's keys. Statuses without violations are returned as they are.
pub fn localize(
    status: Status,
    message: &MessageDescriptor,
    object: &Map<String, Value>,
    body_field: Option<&str>,
) -> Status {
    let mut details = status.get_error_details();
    let Some(bad_request) = details.bad_request() else {
        return status;
    };
    let renamed: Vec<tonic_types::FieldViolation> = bad_request
        .field_violations
        .iter()
        .map(|v| tonic_types::FieldViolation {
            field: client_path(message, object, body_field, &v.field),
            ..v.clone()
        })
        .collect();
    if renamed
        .iter()
        .zip(&bad_request.field_violations)
        .all(|(new, old)| new.field == old.field)
    {
        return status;
    }
    let text = if status.message().starts_with(crate::error::INVALID_REQUEST) {
        let listed: Vec<crate::error::FieldViolation> = renamed
            .iter()
            .map(|v| crate::error::FieldViolation::new(v.field.clone(), v.description.clone()))
            .collect();
        crate::error::invalid_request_message(&listed)
    } else {
        status.message().to_string()
    };
    // Only the violations change; every other detail stays as it was.
    details.set_bad_request(renamed);
    Status::with_error_details(status.code(), text, details)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn message(name: &str) -> MessageDescriptor {
        crate::pb::descriptor_pool()
            .get_message_by_name(&format!("jitgate.v1.{name}"))
            .unwrap()
    }

    fn path(name: &str, body: Value, proto_path: &str) -> String {
        let body_field = ["access_request_config"].into_iter().find(|f| body.get(f).is_some());
        client_path(&message(name), body.as_object().unwrap(), body_field, proto_path)
    }

    #[test]
    fn camel_case_bodies_read_camel_case_paths() {
        let body = json!({"access_request_config": {"approvalReminderAndEscalationConfig": {"maxReminders": 25}}});
        assert_eq!(
            path(
                "UpdateRequestConfigRequest",
                body,
                "access_request_config.approval_reminder_and_escalation_config.max_reminders"
            ),
            "accessRequestConfig.approvalReminderAndEscalationConfig.maxReminders"
        );
    }

    #[test]
    fn proto_names_stay_proto_names_and_unknown_segments_stay() {
        let body = json!({"access_request_config": {"approval_reminder_and_escalation_config": {"max_reminders": 25}}});
        assert_eq!(
            path(
                "UpdateRequestConfigRequest",
                body,
                "access_request_config.approval_reminder_and_escalation_config.max_reminders"
            ),
            "access_request_config.approval_reminder_and_escalation_config.max_reminders"
        );
        let body = json!({"workflow": {"rules": [{"name": "x"}]}});
        assert_eq!(
            path(
                "SaveRoutingConfigRequest",
                body.clone(),
                "workflow.rules[0].no_such.thing"
            ),
            "workflow.rules[0].no_such.thing"
        );
    }

    #[test]
    fn list_items_are_followed_into() {
        let body = json!({"users": [{"id": "a"}, {"id": "b", "managerId": "a"}],
                          "group_members": [{"group_id": "g", "user_ids": ["a"]}]});
        assert_eq!(
            path("BatchUpsertRequest", body.clone(), "users[1].manager_id"),
            "users[1].managerId"
        );
        assert_eq!(
            path("BatchUpsertRequest", body.clone(), "users[0].manager_id"),
            "users[0].manager_id"
        );
        assert_eq!(
            path("BatchUpsertRequest", body, "group_members[0].user_ids[0]"),
            "group_members[0].user_ids[0]"
        );
    }
}

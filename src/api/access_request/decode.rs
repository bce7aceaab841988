//! The input of CreateAccessRequest and EvaluateAccessRequest: the proto
//! `AccessRequest` body decoded into a [`Filing`], every input field checked
//! and every bad one reported at once (one INVALID_ARGUMENT, field paths
//! under the caller's prefix, each naming its rule). Read-only fields are
//! ignored, as the proto says. Also the input of the transitions: a
//! decision ([`decision`]) and a cancel's or revoke's [`comment`].

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use prost_types::Timestamp;

use crate::{
    api::{
        directory::decode as directory_decode,
        limits::{
            MAX_NAME_CHARS, MAX_RESOURCE_ID_CHARS,
            access_request::{
                MAX_CLIENT_REQUEST_ID_CHARS, MAX_PERMISSIONS, MAX_TAG_VALUE_CHARS, MAX_TAGS, MAX_TEXT_CHARS,
                MIN_NAME_CHARS,
            },
        },
        timestamp::timestamp,
    },
    domain::{
        access_request::{
            filing::{Filing, ROLE_RESOURCE_TYPE, ROLE_SERVICE, RequestedGrant},
            lifecycle::DecisionInput,
            model::{Action, Decision, RoleRef},
        },
        bounds::{MAX_SPAN_HOURS, TIMESTAMP_RULE},
        evaluation::RequestedResource,
        violations::{Violations, one_of},
    },
    error::{Error, Result},
    pb::v1 as pb,
};

const GRANT_TYPES: [&str; 3] = ["PERMANENT", "TIME_RESTRICTED", "FLOATING"];
const ACTIONS: [&str; 2] = ["GRANT", "REMOVE"];

/// Decodes and validates the input fields of `body`; field paths in errors
/// start with `prefix` (such as `access_request`). Read-only fields are
/// ignored, as the proto says.
pub fn decode(body: &pb::AccessRequest, prefix: &str) -> Result<Filing, Error> {
    let mut v = Violations::new();
    let at = |field: &str| format!("{prefix}.{field}");

    let client_request_id = body.request_id.clone();
    check_optional_text(
        &mut v,
        &at("request_id"),
        &client_request_id,
        MAX_CLIENT_REQUEST_ID_CHARS,
    );

    // A sub-object whose every field is empty is not set (generated clients
    // send every key; decision 0023).
    let requested_role = body
        .requested_role
        .as_ref()
        .filter(|r| !(r.id.is_empty() && r.name.is_empty()))
        .map(|r| {
            let field = at("requested_role.id");
            if r.id.is_empty() {
                v.add(&field, "is required when requested_role is given");
            } else {
                v.check_text(&field, &r.id, MAX_RESOURCE_ID_CHARS);
            }
            check_optional_text(&mut v, &at("requested_role.name"), &r.name, MAX_NAME_CHARS);
            RoleRef {
                id: r.id.clone(),
                name: r.name.clone(),
            }
        });

    let given_resource = body
        .resource
        .as_ref()
        .filter(|r| **r != pb::RequestedResource::default());
    let resource = match (given_resource, &requested_role) {
        (Some(r), _) => resource(&mut v, &at("resource"), r),
        // The role is the resource (PrivX's role requests).
        (None, Some(role)) => RequestedResource {
            service: ROLE_SERVICE.into(),
            resource_type: ROLE_RESOURCE_TYPE.into(),
            resource_id: role.id.clone(),
            ..Default::default()
        },
        (None, None) => {
            v.add(at("resource"), "is required unless requested_role is set");
            RequestedResource::default()
        }
    };

    let justification = body.request_justification.clone();
    check_max(&mut v, &at("request_justification"), &justification, MAX_TEXT_CHARS);

    let target_user_id = body
        .target_user
        .as_ref()
        .filter(|t| !(t.id.is_empty() && t.display_name.is_empty()))
        .and_then(|t| {
            let field = at("target_user.id");
            if t.id.is_empty() {
                v.add(
                    field,
                    "is required when target_user is given (leave target_user unset for yourself)",
                );
                return None;
            }
            match directory_decode::user_id(&t.id, &field) {
                Ok(id) => Some(id),
                Err(e) => {
                    absorb(&mut v, e);
                    None
                }
            }
        });

    let action = match body.action.as_str() {
        "" | "GRANT" => Action::Grant,
        "REMOVE" => Action::Remove,
        other => {
            v.add(at("action"), format!("{}, got {other:?}", one_of(&ACTIONS)));
            Action::Grant
        }
    };

    let name = body.name.clone();
    let name_chars = name.chars().count();
    if !name.is_empty() && !(MIN_NAME_CHARS..=MAX_TEXT_CHARS).contains(&name_chars) {
        v.add(
            at("name"),
            format!("must be empty (derived) or {MIN_NAME_CHARS} to {MAX_TEXT_CHARS} characters, got {name_chars}"),
        );
    }
    let comment = body.comment.clone();
    check_max(&mut v, &at("comment"), &comment, MAX_TEXT_CHARS);

    let grant = grant(&mut v, prefix, body);

    v.into_result(Filing {
        client_request_id,
        requested_role,
        resource,
        justification,
        target_user_id,
        action,
        name,
        comment,
        approver_can_revoke: body.approver_can_revoke,
        can_bypass_revoke_workflow: body.can_bypass_revoke_workflow,
        grant,
    })
}

fn resource(v: &mut Violations, path: &str, r: &pb::RequestedResource) -> RequestedResource {
    v.check_text(&format!("{path}.service"), &r.service, MAX_NAME_CHARS);
    check_optional_text(v, &format!("{path}.resource_type"), &r.resource_type, MAX_NAME_CHARS);
    v.check_text(&format!("{path}.resource_id"), &r.resource_id, MAX_RESOURCE_ID_CHARS);
    check_optional_text(v, &format!("{path}.access_type"), &r.access_type, MAX_NAME_CHARS);
    if r.tags.len() > MAX_TAGS {
        v.add(
            format!("{path}.tags"),
            format!("must have at most {MAX_TAGS} entries, got {}", r.tags.len()),
        );
    }
    // Sorted, so violations come in a stable order whatever the map's.
    let tags: BTreeMap<String, String> = r.tags.iter().map(|(k, val)| (k.clone(), val.clone())).collect();
    for (key, value) in &tags {
        let field = format!("{path}.tags[{key:?}]");
        if key.is_empty() {
            v.add(&field, "a tag name must not be empty");
        } else if key.chars().count() > MAX_NAME_CHARS {
            v.add(
                &field,
                format!("a tag name must be at most {MAX_NAME_CHARS} characters"),
            );
        }
        check_max(v, &field, value, MAX_TAG_VALUE_CHARS);
    }
    if r.permissions.len() > MAX_PERMISSIONS {
        v.add(
            format!("{path}.permissions"),
            format!(
                "must have at most {MAX_PERMISSIONS} entries, got {}",
                r.permissions.len()
            ),
        );
    }
    for (i, p) in r.permissions.iter().enumerate() {
        v.check_text(&format!("{path}.permissions[{i}]"), p, MAX_NAME_CHARS);
    }
    RequestedResource {
        service: r.service.clone(),
        resource_type: r.resource_type.clone(),
        resource_id: r.resource_id.clone(),
        access_type: r.access_type.clone(),
        tags,
        permissions: r.permissions.clone(),
    }
}

/// The requested grant. Each `requested_*` field falls back to its older
/// PrivX twin (`grant_type`, `grant_start`, `grant_end`, `floating_length`)
/// when unset. A `requested_*` field that does not apply to the type is an
/// error; a legacy one is ignored, since those double as output fields a
/// client may echo back.
fn grant(v: &mut Violations, prefix: &str, b: &pb::AccessRequest) -> RequestedGrant {
    let at = |field: &str| format!("{prefix}.{field}");
    let (type_field, type_name) = if b.requested_grant_type.is_empty() {
        ("grant_type", b.grant_type.as_str())
    } else {
        ("requested_grant_type", b.requested_grant_type.as_str())
    };
    let (hours_field, hours) = if b.requested_floating_length != 0 {
        ("requested_floating_length", b.requested_floating_length)
    } else {
        ("floating_length", b.floating_length)
    };
    // A `requested_*` field of another grant type: an error, for a known type.
    let time_restricted = matches!(type_name, "" | "TIME_RESTRICTED");
    let other_types = [
        (
            "requested_grant_start",
            b.requested_grant_start.is_some(),
            "TIME_RESTRICTED",
            time_restricted,
        ),
        (
            "requested_grant_end",
            b.requested_grant_end.is_some(),
            "TIME_RESTRICTED",
            time_restricted,
        ),
        (
            "requested_floating_length",
            b.requested_floating_length != 0,
            "FLOATING",
            type_name == "FLOATING",
        ),
    ];
    if GRANT_TYPES.contains(&type_name) || type_name.is_empty() {
        for (field, set, kind, applies) in other_types {
            if set && !applies {
                v.add(
                    at(field),
                    format!("applies only to {kind}: leave it unset for {type_name}"),
                );
            }
        }
    }
    match type_name {
        "PERMANENT" => RequestedGrant::Permanent,
        "" | "TIME_RESTRICTED" => {
            let start = pick(
                v,
                prefix,
                ("requested_grant_start", &b.requested_grant_start),
                ("grant_start", &b.grant_start),
            );
            let end = pick(
                v,
                prefix,
                ("requested_grant_end", &b.requested_grant_end),
                ("grant_end", &b.grant_end),
            );
            if let (Some((_, s)), Some((end_field, e))) = (start, end)
                && e <= s
            {
                v.add(at(end_field), format!("must be after the start ({s}), got {e}"));
            }
            RequestedGrant::TimeRestricted {
                start: start.map(|(_, s)| s),
                end: end.map(|(_, e)| e),
            }
        }
        "FLOATING" => match u32::try_from(hours) {
            Ok(h) if h > MAX_SPAN_HOURS => {
                v.add(
                    at(hours_field),
                    format!("a FLOATING window lasts at most {MAX_SPAN_HOURS} hours (ten years), got {hours}"),
                );
                RequestedGrant::Floating { hours: 1 }
            }
            Ok(h) if h >= 1 => RequestedGrant::Floating { hours: h },
            _ => {
                let field = if hours == 0 {
                    "requested_floating_length"
                } else {
                    hours_field
                };
                v.add(
                    at(field),
                    format!("a FLOATING window lasts 1 hour or more, got {hours}"),
                );
                RequestedGrant::Floating { hours: 1 }
            }
        },
        other => {
            v.add(at(type_field), format!("{}, got {other:?}", one_of(&GRANT_TYPES)));
            RequestedGrant::Permanent
        }
    }
}

/// The comment of CancelAccessRequest and RevokeAccessRequest: free text
/// like a filing's.
pub fn comment(text: &str) -> Result<()> {
    let mut v = Violations::new();
    check_max(&mut v, "comment", text, MAX_TEXT_CHARS);
    v.into_result(())
}

/// The input of DecideAccessRequest, every bad field reported at once.
pub fn decision(req: &pb::DecideAccessRequestRequest) -> Result<DecisionInput> {
    let mut v = Violations::new();
    let decision = match pb::Decision::try_from(req.decision) {
        Ok(pb::Decision::Approved) => Some(Decision::Approve),
        Ok(pb::Decision::Denied) => Some(Decision::Deny),
        _ => {
            v.add("decision", "is required: DECISION_APPROVED or DECISION_DENIED");
            None
        }
    };
    let step = match req.step {
        Some(s) if s < 0 => {
            v.add("step", "must be zero or more");
            None
        }
        Some(s) => usize::try_from(s).ok(),
        None => None,
    };
    let floating_length = match req.floating_length {
        Some(h) if h < 1 => {
            v.add("floating_length", "must be 1 hour or more");
            None
        }
        Some(h) if h as u32 > MAX_SPAN_HOURS => {
            v.add(
                "floating_length",
                format!("must be at most {MAX_SPAN_HOURS} hours (ten years), got {h}"),
            );
            None
        }
        Some(h) => u32::try_from(h).ok(),
        None => None,
    };
    check_max(&mut v, "comment", &req.comment, MAX_TEXT_CHARS);
    let grant_start = time(req.grant_start.as_ref(), "grant_start", &mut v);
    let grant_end = time(req.grant_end.as_ref(), "grant_end", &mut v);
    v.into_result(())?;
    Ok(DecisionInput {
        step,
        // Set whenever there was no violation.
        decision: decision.unwrap_or(Decision::Deny),
        comment: req.comment.clone(),
        grant_start,
        grant_end,
        floating_length,
    })
}

/// A client's timestamp, if it lies in the accepted range (so window
/// arithmetic cannot overflow); else a violation of `field`.
fn time(t: Option<&Timestamp>, field: &str, v: &mut Violations) -> Option<DateTime<Utc>> {
    let parsed = timestamp(t?);
    if parsed.is_none() {
        v.add(field, TIMESTAMP_RULE);
    }
    parsed
}

/// The `requested` timestamp when set, else the `legacy` one; with the
/// name of the field it came from.
fn pick<'a>(
    v: &mut Violations,
    prefix: &str,
    requested: (&'a str, &Option<Timestamp>),
    legacy: (&'a str, &Option<Timestamp>),
) -> Option<(&'a str, DateTime<Utc>)> {
    let (field, value) = if requested.1.is_some() { requested } else { legacy };
    let t = value.as_ref()?;
    match timestamp(t) {
        Some(at) => Some((field, at)),
        None => {
            // The path is built only for a refused timestamp: this runs on
            // every filing.
            v.add(format!("{prefix}.{field}"), TIMESTAMP_RULE);
            None
        }
    }
}

/// Empty, or at most `max` characters without control characters.
fn check_optional_text(v: &mut Violations, field: &str, value: &str, max: usize) {
    if value.is_empty() {
        return;
    }
    if value.chars().count() > max {
        v.add(field, format!("must be at most {max} characters"));
    } else if value.chars().any(char::is_control) {
        v.add(field, "must not contain control characters");
    }
}

/// Free text: at most `max` characters (newlines allowed).
fn check_max(v: &mut Violations, field: &str, value: &str, max: usize) {
    let n = value.chars().count();
    if n > max {
        v.add(field, format!("must be at most {max} characters, got {n}"));
    }
}

/// Folds another check's INVALID_ARGUMENT into `v`.
fn absorb(v: &mut Violations, e: Error) {
    match e {
        Error::InvalidArgument(list) => {
            for f in list {
                v.add(f.field, f.description);
            }
        }
        other => v.add("", other.to_string()),
    }
}

#[cfg(test)]
mod tests;

use chrono::{Duration, TimeZone};

use super::*;
use crate::domain::directory::ids::UserId;

fn ts(t: DateTime<Utc>) -> Option<Timestamp> {
    Some(Timestamp {
        seconds: t.timestamp(),
        nanos: 0,
    })
}

fn noon() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 12, 0, 0).unwrap()
}

fn body() -> pb::AccessRequest {
    pb::AccessRequest {
        resource: Some(pb::RequestedResource {
            service: "aws".into(),
            resource_type: "role".into(),
            resource_id: "prod-db".into(),
            ..Default::default()
        }),
        requested_grant_type: "FLOATING".into(),
        requested_floating_length: 2,
        ..Default::default()
    }
}

fn errors(b: &pb::AccessRequest) -> Vec<(String, String)> {
    match decode(b, "access_request") {
        Ok(f) => panic!("decoded: {f:?}"),
        Err(Error::InvalidArgument(v)) => v.into_iter().map(|v| (v.field, v.description)).collect(),
        Err(e) => panic!("{e:?}"),
    }
}

fn fields(b: &pb::AccessRequest) -> Vec<String> {
    errors(b).into_iter().map(|(f, _)| f).collect()
}

#[test]
fn a_minimal_body_decodes_with_defaults() {
    let f = decode(&body(), "access_request").unwrap();
    assert_eq!(f.resource.key(), "aws/role/prod-db");
    assert_eq!(f.action, Action::Grant);
    assert_eq!(f.target_user_id, None);
    assert_eq!(f.target_or(&UserId::new("dev@x.test")), "dev@x.test");
    assert_eq!(f.grant, RequestedGrant::Floating { hours: 2 });
    assert!(f.requested_role.is_none());
}

#[test]
fn every_bad_field_is_reported_at_once_under_the_prefix() {
    let mut b = body();
    b.request_id = "k".repeat(129);
    b.resource = Some(pb::RequestedResource {
        resource_type: "role".into(),
        ..Default::default()
    });
    b.action = "DELETE".into();
    b.name = "abc".into();
    b.comment = "c".repeat(4097);
    b.request_justification = "j".repeat(4097);
    assert_eq!(
        fields(&b),
        [
            "access_request.request_id",
            "access_request.resource.service",
            "access_request.resource.resource_id",
            "access_request.request_justification",
            "access_request.action",
            "access_request.name",
            "access_request.comment",
        ]
    );
    let described = errors(&b);
    assert!(described[0].1.contains("at most 128"), "{described:?}");
    assert!(described[4].1.contains("GRANT, REMOVE"), "{described:?}");
    assert!(described[5].1.contains("4 to 4096"), "{described:?}");
}

#[test]
fn a_resource_is_required_unless_a_role_is_requested() {
    let mut b = body();
    b.resource = None;
    let got = errors(&b);
    assert_eq!(got[0].0, "access_request.resource");
    assert!(got[0].1.contains("unless requested_role"));

    b.requested_role = Some(pb::RoleRef {
        id: "role-1".into(),
        name: "DB admins".into(),
    });
    let f = decode(&b, "access_request").unwrap();
    assert_eq!(f.resource.key(), "privx/role/role-1");
    assert_eq!(f.requested_role.unwrap().name, "DB admins");
}

#[test]
fn a_role_and_a_resource_evaluate_the_resource() {
    let mut b = body();
    b.requested_role = Some(pb::RoleRef {
        id: "role-1".into(),
        name: String::new(),
    });
    let f = decode(&b, "p").unwrap();
    assert_eq!(f.resource.service, "aws");
    assert_eq!(f.requested_role.unwrap().id, "role-1");
}

#[test]
fn a_given_role_needs_an_id() {
    let mut b = body();
    b.requested_role = Some(pb::RoleRef {
        id: String::new(),
        name: "Admins".into(),
    });
    assert_eq!(fields(&b), ["access_request.requested_role.id"]);
    // Every field empty: not set (generated clients send every key).
    b.requested_role = Some(pb::RoleRef::default());
    assert!(decode(&b, "a").unwrap().requested_role.is_none());
    b.requested_role = Some(pb::RoleRef {
        id: "r".into(),
        name: "n".repeat(256),
    });
    assert_eq!(fields(&b), ["access_request.requested_role.name"]);
}

#[test]
fn resource_limits_hold() {
    let mut b = body();
    b.resource = Some(pb::RequestedResource {
        service: "s".repeat(256),
        resource_type: "t".repeat(256),
        resource_id: "i".repeat(1025),
        access_type: "a".repeat(256),
        tags: (0..101).map(|i| (format!("k{i}"), "v".into())).collect(),
        permissions: vec![String::new()],
    });
    assert_eq!(
        fields(&b),
        [
            "access_request.resource.service",
            "access_request.resource.resource_type",
            "access_request.resource.resource_id",
            "access_request.resource.access_type",
            "access_request.resource.tags",
            "access_request.resource.permissions[0]",
        ]
    );
}

#[test]
fn tags_and_permissions_are_checked_one_by_one() {
    let mut b = body();
    let r = b.resource.as_mut().unwrap();
    r.tags.insert(String::new(), "x".into());
    r.tags.insert("env".into(), "v".repeat(1025));
    r.permissions = (0..101).map(|i| format!("p{i}")).collect();
    assert_eq!(
        fields(&b),
        [
            "access_request.resource.tags[\"\"]",
            "access_request.resource.tags[\"env\"]",
            "access_request.resource.permissions",
        ]
    );
}

#[test]
fn surrounding_whitespace_in_a_service_is_refused() {
    let mut b = body();
    b.resource.as_mut().unwrap().service = " aws".into();
    let got = errors(&b);
    assert!(got[0].1.contains("whitespace"), "{got:?}");
}

#[test]
fn a_target_user_is_an_email_address_lower_cased_or_an_opaque_id() {
    let mut b = body();
    b.target_user = Some(pb::UserRef {
        id: "Dev@X.test".into(),
        display_name: "ignored".into(),
    });
    assert_eq!(decode(&b, "a").unwrap().target_user_id.as_deref(), Some("dev@x.test"));
    b.target_user = Some(pb::UserRef {
        id: "2c9180835d2e5168015d32f890ca1581".into(),
        ..Default::default()
    });
    assert_eq!(
        decode(&b, "a").unwrap().target_user_id.as_deref(),
        Some("2c9180835d2e5168015d32f890ca1581")
    );
    b.target_user = Some(pb::UserRef {
        id: "not an id".into(),
        ..Default::default()
    });
    assert_eq!(fields(&b), ["access_request.target_user.id"]);
    b.target_user = Some(pb::UserRef {
        id: String::new(),
        display_name: "Dev".into(),
    });
    assert_eq!(fields(&b), ["access_request.target_user.id"]);
    // Every field empty: not set, so the request is for the requester.
    b.target_user = Some(pb::UserRef::default());
    assert_eq!(decode(&b, "a").unwrap().target_user_id, None);
}

#[test]
fn actions_are_grant_by_default_or_remove() {
    let mut b = body();
    b.action = "REMOVE".into();
    assert_eq!(decode(&b, "a").unwrap().action, Action::Remove);
    b.action = "GRANT".into();
    assert_eq!(decode(&b, "a").unwrap().action, Action::Grant);
    b.action = "remove".into();
    assert_eq!(fields(&b), ["access_request.action"]);
}

#[test]
fn a_name_is_empty_or_four_to_4096_characters() {
    let mut b = body();
    b.name = "abcd".into();
    assert!(decode(&b, "a").is_ok());
    b.name = "n".repeat(4096);
    assert!(decode(&b, "a").is_ok());
    b.name = "n".repeat(4097);
    assert_eq!(fields(&b), ["access_request.name"]);
}

#[test]
fn input_only_fields_are_carried() {
    let mut b = body();
    b.request_id = "key-1".into();
    b.name = "my request".into();
    b.comment = "please".into();
    b.request_justification = "incident 42".into();
    b.approver_can_revoke = true;
    let f = decode(&b, "a").unwrap();
    assert_eq!(f.client_request_id, "key-1");
    assert_eq!(f.name, "my request");
    assert_eq!(f.comment, "please");
    assert_eq!(f.justification, "incident 42");
    assert!(f.approver_can_revoke);
}

#[test]
fn a_control_character_in_the_request_id_is_refused() {
    let mut b = body();
    b.request_id = "a\u{7}b".into();
    assert_eq!(fields(&b), ["access_request.request_id"]);
}

#[test]
fn the_grant_type_defaults_to_time_restricted_and_unknown_ones_are_invalid() {
    let mut b = body();
    b.requested_grant_type = String::new();
    b.requested_floating_length = 0;
    let f = decode(&b, "a").unwrap();
    assert_eq!(f.grant, RequestedGrant::TimeRestricted { start: None, end: None });
    b.requested_grant_type = "FOREVER".into();
    let got = errors(&b);
    assert_eq!(got[0].0, "access_request.requested_grant_type");
    assert!(got[0].1.contains("PERMANENT, TIME_RESTRICTED, FLOATING"));
}

#[test]
fn older_clients_grant_fields_are_read_when_the_requested_ones_are_unset() {
    let b = pb::AccessRequest {
        resource: body().resource,
        grant_type: "TIME_RESTRICTED".into(),
        grant_start: ts(noon()),
        grant_end: ts(noon() + Duration::hours(2)),
        ..Default::default()
    };
    assert_eq!(
        decode(&b, "a").unwrap().grant,
        RequestedGrant::TimeRestricted {
            start: Some(noon()),
            end: Some(noon() + Duration::hours(2))
        }
    );
    let b = pb::AccessRequest {
        resource: body().resource,
        grant_type: "FLOATING".into(),
        floating_length: 3,
        ..Default::default()
    };
    assert_eq!(decode(&b, "a").unwrap().grant, RequestedGrant::Floating { hours: 3 });
}

#[test]
fn the_requested_fields_win_over_the_older_ones() {
    let b = pb::AccessRequest {
        resource: body().resource,
        requested_grant_type: "FLOATING".into(),
        grant_type: "PERMANENT".into(),
        requested_floating_length: 4,
        floating_length: 9,
        ..Default::default()
    };
    assert_eq!(decode(&b, "a").unwrap().grant, RequestedGrant::Floating { hours: 4 });
    let b = pb::AccessRequest {
        resource: body().resource,
        requested_grant_end: ts(noon() + Duration::hours(1)),
        grant_end: ts(noon() + Duration::hours(5)),
        ..Default::default()
    };
    assert_eq!(
        decode(&b, "a").unwrap().grant,
        RequestedGrant::TimeRestricted {
            start: None,
            end: Some(noon() + Duration::hours(1))
        }
    );
}

#[test]
fn a_window_must_end_after_it_starts() {
    let mut b = body();
    b.requested_grant_type = "TIME_RESTRICTED".into();
    b.requested_floating_length = 0;
    b.requested_grant_start = ts(noon());
    b.requested_grant_end = ts(noon());
    let got = errors(&b);
    assert_eq!(got[0].0, "access_request.requested_grant_end");
    assert!(got[0].1.contains("after the start"));
    // Blamed on the field the end came from.
    b.requested_grant_end = None;
    b.grant_end = ts(noon() - Duration::hours(1));
    assert_eq!(fields(&b), ["access_request.grant_end"]);
}

#[test]
fn a_floating_window_lasts_an_hour_or_more() {
    let mut b = body();
    b.requested_floating_length = 0;
    let got = errors(&b);
    assert_eq!(got[0].0, "access_request.requested_floating_length");
    assert!(got[0].1.contains("1 hour or more"));
    b.requested_floating_length = -3;
    assert_eq!(fields(&b), ["access_request.requested_floating_length"]);
}

#[test]
fn requested_fields_of_another_grant_type_are_invalid_and_legacy_ones_ignored() {
    let mut b = body();
    b.requested_grant_type = "PERMANENT".into();
    b.requested_grant_end = ts(noon());
    assert_eq!(
        fields(&b),
        [
            "access_request.requested_grant_end",
            "access_request.requested_floating_length"
        ]
    );
    b.requested_grant_end = None;
    b.requested_floating_length = 0;
    b.grant_end = ts(noon());
    b.floating_length = 5;
    assert_eq!(decode(&b, "a").unwrap().grant, RequestedGrant::Permanent);
    let mut b = body();
    b.requested_grant_start = ts(noon());
    assert_eq!(fields(&b), ["access_request.requested_grant_start"]);
}

#[test]
fn timestamps_outside_the_accepted_range_are_invalid() {
    let mut b = body();
    b.requested_grant_type = "TIME_RESTRICTED".into();
    b.requested_floating_length = 0;
    b.requested_grant_end = Some(Timestamp {
        seconds: i64::MAX,
        nanos: 0,
    });
    b.requested_grant_start = Some(Timestamp { seconds: 0, nanos: -1 });
    assert_eq!(
        fields(&b),
        [
            "access_request.requested_grant_start",
            "access_request.requested_grant_end"
        ]
    );
    // 2999-12-31T23:59:59Z is the last second accepted; 3000 is refused, as
    // is anything before 1970.
    assert!(
        timestamp(&Timestamp {
            seconds: 32_503_679_999,
            nanos: 999_999_999
        })
        .is_some()
    );
    assert!(
        timestamp(&Timestamp {
            seconds: 32_503_680_000,
            nanos: 0
        })
        .is_none()
    );
    assert!(timestamp(&Timestamp { seconds: -1, nanos: 0 }).is_none());

    let mut b = body();
    b.requested_grant_type = "TIME_RESTRICTED".into();
    b.requested_floating_length = 0;
    b.requested_grant_end = Some(Timestamp {
        seconds: 253_402_300_799,
        nanos: 0,
    });
    let err = format!("{:?}", errors(&b));
    assert!(err.contains("2999-12-31T23:59:59Z"), "the limit is named: {err}");
}

#[test]
fn a_floating_window_is_at_most_ten_years() {
    let mut b = body();
    b.requested_grant_type = "FLOATING".into();
    b.requested_floating_length = 2_000_000_000;
    assert_eq!(fields(&b), ["access_request.requested_floating_length"]);
    let err = format!("{:?}", errors(&b));
    assert!(err.contains("at most 87600 hours"), "{err}");
    b.requested_floating_length = 87_600;
    assert!(decode(&b, "a").is_ok());
}

fn invalid<T: std::fmt::Debug>(result: Result<T>) -> Vec<(String, String)> {
    match result {
        Err(Error::InvalidArgument(v)) => v.into_iter().map(|v| (v.field, v.description)).collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_transition_comment_is_bounded_like_a_filing_s() {
    assert!(comment(&"x".repeat(MAX_TEXT_CHARS)).is_ok());
    let refused = invalid(comment(&"x".repeat(MAX_TEXT_CHARS + 1)));
    assert_eq!(
        refused,
        [(
            "comment".to_string(),
            "must be at most 4096 characters, got 4097".to_string()
        )]
    );
}

#[test]
fn a_decision_reports_every_bad_field_at_once() {
    let req = pb::DecideAccessRequestRequest {
        id: "r1".into(),
        decision: 0,
        step: Some(-1),
        floating_length: Some(0),
        comment: "x".repeat(MAX_TEXT_CHARS + 1),
        grant_end: Some(Timestamp {
            seconds: i64::MAX,
            nanos: 0,
        }),
        ..Default::default()
    };
    let fields: Vec<String> = invalid(decision(&req)).into_iter().map(|(f, _)| f).collect();
    assert_eq!(fields, ["decision", "step", "floating_length", "comment", "grant_end"]);

    let req = pb::DecideAccessRequestRequest {
        id: "r1".into(),
        decision: pb::Decision::Approved as i32,
        step: Some(1),
        floating_length: Some(3),
        grant_end: ts(noon()),
        ..Default::default()
    };
    let input = decision(&req).unwrap();
    assert_eq!(input.decision, Decision::Approve);
    assert_eq!((input.step, input.floating_length), (Some(1), Some(3)));
    assert_eq!((input.grant_start, input.grant_end), (None, Some(noon())));
}

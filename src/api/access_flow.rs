//! The model back onto the wire. Every field is written out, defaults
//! included, so a read shows what applies; for a flow that was sent with
//! every field, encoding gives back exactly what the client sent.

pub mod decode;
pub mod patch;

use chrono::{DateTime, Utc};

use crate::{domain::access_flow::model::*, pb::v1 as pb};

/// Apono's `created_date`: `"{seconds}.{nanos}"`, the nanoseconds padded to
/// nine digits so the string reads as a decimal number of seconds.
pub fn created_date(at: DateTime<Utc>) -> String {
    format!("{}.{:09}", at.timestamp(), at.timestamp_subsec_nanos())
}

/// The wire form of a stored flow, with its server-owned `id` and creation
/// time.
pub fn access_flow(id: &str, created_at: DateTime<Utc>, flow: &AccessFlow) -> pb::AccessFlow {
    pb::AccessFlow {
        id: id.to_string(),
        name: Some(flow.name.clone()),
        active: Some(flow.active),
        trigger: Some(trigger(&flow.trigger)),
        grantees: flow
            .grantees
            .iter()
            .map(|g| pb::AccessFlowGrantee {
                id: g.id.clone(),
                r#type: g.kind.as_str().into(),
            })
            .collect(),
        integration_targets: flow.integration_targets.iter().map(integration_target).collect(),
        bundle_targets: flow
            .bundle_targets
            .iter()
            .map(|b| pb::BundleTarget {
                bundle_id: b.bundle_id.clone(),
            })
            .collect(),
        approvers: flow
            .approvers
            .iter()
            .map(|a| pb::AccessFlowApprover {
                id: a.id().to_string(),
                r#type: a.type_name().into(),
            })
            .collect(),
        revoke_after_in_sec: Some(flow.revoke_after.as_wire()),
        settings: Some(settings(&flow.settings)),
        created_date: created_date(created_at),
    }
}

fn trigger(t: &Trigger) -> pb::AccessFlowTrigger {
    pb::AccessFlowTrigger {
        r#type: Trigger::USER_REQUEST.into(),
        timeframe: t.timeframe.as_ref().map(|tf| pb::Timeframe {
            // Validation keeps both within 0..=86400.
            start_of_day_time_in_seconds: tf.start_second as i32,
            end_of_day_time_in_seconds: tf.end_second as i32,
            days_in_week: tf.days.iter().map(|d| d.as_str().to_string()).collect(),
            time_zone: tf.time_zone.name().into(),
        }),
    }
}

fn integration_target(t: &IntegrationTarget) -> pb::IntegrationTarget {
    let tags = |tags: &[ResourceTag]| {
        tags.iter()
            .map(|t| pb::ResourceTag {
                name: t.name.clone(),
                value: t.value.clone(),
            })
            .collect()
    };
    pb::IntegrationTarget {
        integration_id: t.integration_id.clone(),
        resource_type: t.resource_type.clone(),
        resource_tag_includes: tags(&t.resource_tag_includes),
        resource_tag_excludes: tags(&t.resource_tag_excludes),
        permissions: t.permissions.clone(),
    }
}

fn settings(s: &Settings) -> pb::AccessFlowSettings {
    pb::AccessFlowSettings {
        require_justification_on_request_again: s.require_justification_on_request_again,
        require_all_approvers: s.require_all_approvers,
        require_approver_justification: s.require_approver_justification,
        approver_cannot_approve_himself: s.approver_cannot_approve_himself,
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::{decode as validate, *};

    #[test]
    fn created_date_is_seconds_dot_nine_digit_nanos() {
        let at = Utc.timestamp_opt(1_718_000_000, 123_456_789).unwrap();
        assert_eq!(created_date(at), "1718000000.123456789");
        let at = Utc.timestamp_opt(1_718_000_000, 5_000).unwrap();
        assert_eq!(created_date(at), "1718000000.000005000");
        assert_eq!(created_date(Utc.timestamp_opt(7, 0).unwrap()), "7.000000000");
    }

    /// Apono's own example, with its "text" placeholders made valid.
    fn seed_example() -> pb::AccessFlow {
        pb::AccessFlow {
            id: "f1".into(),
            name: Some("Production read access".into()),
            active: Some(true),
            trigger: Some(pb::AccessFlowTrigger {
                r#type: "user_request".into(),
                timeframe: Some(pb::Timeframe {
                    start_of_day_time_in_seconds: 1,
                    end_of_day_time_in_seconds: 86_400,
                    days_in_week: vec!["MONDAY".into()],
                    time_zone: "Europe/Helsinki".into(),
                }),
            }),
            grantees: vec![pb::AccessFlowGrantee {
                id: "alice@acme.test".into(),
                r#type: "user".into(),
            }],
            integration_targets: vec![pb::IntegrationTarget {
                integration_id: "postgres-prod".into(),
                resource_type: "postgresql-database".into(),
                resource_tag_includes: vec![pb::ResourceTag {
                    name: "env".into(),
                    value: "prod".into(),
                }],
                resource_tag_excludes: vec![pb::ResourceTag {
                    name: "pii".into(),
                    value: "true".into(),
                }],
                permissions: vec!["SELECT".into()],
            }],
            bundle_targets: vec![pb::BundleTarget {
                bundle_id: "db-readers".into(),
            }],
            approvers: vec![pb::AccessFlowApprover {
                id: "dba@acme.test".into(),
                r#type: "user".into(),
            }],
            revoke_after_in_sec: Some(1),
            settings: Some(pb::AccessFlowSettings {
                require_justification_on_request_again: true,
                require_all_approvers: true,
                require_approver_justification: true,
                approver_cannot_approve_himself: true,
            }),
            created_date: "1718000000.000000000".into(),
        }
    }

    #[test]
    fn a_flow_sent_with_every_field_encodes_back_exactly() {
        let sent = seed_example();
        let parsed = validate::access_flow(&sent, "access_flow").unwrap();
        let at = Utc.timestamp_opt(1_718_000_000, 0).unwrap();
        assert_eq!(access_flow("f1", at, &parsed), sent);
        // And through the stored JSON form.
        let stored: AccessFlow = serde_json::from_str(&serde_json::to_string(&parsed).unwrap()).unwrap();
        assert_eq!(stored, parsed);
    }

    #[test]
    fn defaults_are_written_out() {
        let mut sent = seed_example();
        sent.active = None;
        sent.trigger = None;
        sent.settings = None;
        sent.revoke_after_in_sec = Some(-1);
        let parsed = validate::access_flow(&sent, "access_flow").unwrap();
        let encoded = access_flow("f1", Utc::now(), &parsed);
        assert_eq!(encoded.active, Some(true));
        assert_eq!(
            encoded.trigger,
            Some(pb::AccessFlowTrigger {
                r#type: "user_request".into(),
                timeframe: None,
            })
        );
        assert_eq!(encoded.settings, Some(pb::AccessFlowSettings::default()));
        assert_eq!(encoded.revoke_after_in_sec, Some(-1));
    }
}

//! Validation of a whole request configuration as it arrives on the wire.
//! Field paths use the proto field names (AIP-193); every violation is
//! reported at once.

use std::collections::HashSet;

use crate::{
    api::limits::request_config::{MAX_FORM_ID_CHARS, MAX_ID_CHARS, MAX_SCHEMES},
    domain::{
        request_config::model::*,
        violations::{Violations, one_of},
    },
    error::Result,
    pb::v1 as pb,
};

/// Validates `config` (the PUT body) and applies the defaults of omitted
/// fields. `field` is the body's path, e.g. `access_request_config`.
pub fn request_config(config: &pb::AccessRequestConfig, field: &str) -> Result<RequestConfig> {
    request_config_replacing(config, field, &RequestConfig::default())
}

/// [`request_config`] for a body replacing `stored`, which decides between
/// SailPoint's two entitlement shapes when a body sends both and they
/// disagree.
pub fn request_config_replacing(
    config: &pb::AccessRequestConfig,
    field: &str,
    stored: &RequestConfig,
) -> Result<RequestConfig> {
    let mut v = Violations::new();
    let defaults = RequestConfig::default();
    let on_behalf_of = config
        .request_on_behalf_of_config
        .as_ref()
        .map(|o| OnBehalfOf {
            anyone_by_anyone: o.allow_request_on_behalf_of_anyone_by_anyone,
            employee_by_manager: o.allow_request_on_behalf_of_employee_by_manager,
            for_machine_identity: o.allow_request_on_behalf_of_for_machine_identity.unwrap_or(true),
            machine_by_owner: o.allow_request_for_machine_by_owner,
        })
        .unwrap_or_default();
    let reminders = match &config.approval_reminder_and_escalation_config {
        Some(r) => reminders(r, &format!("{field}.approval_reminder_and_escalation_config"), &mut v),
        None => defaults.reminders,
    };
    let entitlements = match &config.entitlement_request_config {
        Some(e) => entitlements(
            e,
            &format!("{field}.entitlement_request_config"),
            &stored.entitlements,
            &mut v,
        ),
        None => defaults.entitlements,
    };
    v.into_result(RequestConfig {
        approvals_must_be_external: config.approvals_must_be_external,
        auto_approval_enabled: config.auto_approval_enabled,
        on_behalf_of,
        reminders,
        entitlements,
        reauthorization_enabled: config.reauthorization_enabled,
        gov_group_visibility_enabled: config.gov_group_visibility_enabled,
        machine_identity_access_request_enabled: config.machine_identity_access_request_enabled.unwrap_or(true),
    })
}

fn reminders(r: &pb::ApprovalReminderAndEscalationConfig, path: &str, v: &mut Violations) -> Reminders {
    let defaults = Reminders::default();
    let mut count = |name: &str, value: Option<i32>, min: i32, max: Option<u32>, default: u32| -> u32 {
        let Some(value) = value else { return default };
        let too_big = max.is_some_and(|max| value > max as i32);
        if value < min || too_big {
            let rule = match max {
                Some(max) => format!("must be between {min} and {max}, got {value}"),
                None => format!("must be at least {min}, got {value}"),
            };
            v.add(format!("{path}.{name}"), rule);
            return default;
        }
        value as u32
    };
    let max_days = Some(crate::domain::bounds::MAX_SPAN_DAYS);
    let days_until_escalation = count("days_until_escalation", r.days_until_escalation, 0, max_days, 0);
    let days_between_reminders = count(
        "days_between_reminders",
        r.days_between_reminders,
        1,
        max_days,
        defaults.days_between_reminders,
    );
    let max_reminders = count(
        "max_reminders",
        r.max_reminders,
        0,
        Some(MAX_REMINDERS),
        defaults.max_reminders,
    );
    // A reference without an id is not set (generated clients send every
    // key; `name` and `email` are read-only; decision 0023).
    let fallback_approver_id = r.fallback_approver_ref.as_ref().filter(|f| !f.id.is_empty()).map(|f| {
        let fpath = format!("{path}.fallback_approver_ref");
        if !f.r#type.is_empty() && f.r#type != "IDENTITY" {
            v.add(format!("{fpath}.type"), "must be IDENTITY");
        }
        v.check_text(&format!("{fpath}.id"), &f.id, MAX_ID_CHARS);
        // `name` and `email` are read-only: filled from the directory.
        f.id.clone()
    });
    Reminders {
        days_until_escalation,
        days_between_reminders,
        max_reminders,
        fallback_approver_id,
    }
}

fn entitlements(
    e: &pb::EntitlementRequestConfig,
    path: &str,
    stored: &Entitlements,
    v: &mut Violations,
) -> Entitlements {
    let flat_schemes = e
        .grant_request_approval_schemes
        .as_ref()
        .map(|text| schemes(text, &format!("{path}.grant_request_approval_schemes"), v));
    let nested_path = format!("{path}.access_request_config");
    let nested = e.access_request_config.as_ref();
    let nested_schemes =
        nested.map(|n| scheme_list(&n.approval_schemes, &format!("{nested_path}.approval_schemes"), v));
    // The settings both shapes carry: when the two disagree, the one that
    // differs from the stored configuration is the edit.
    let approval_schemes = match (flat_schemes, nested_schemes) {
        (Some(flat), Some(nested)) if flat != nested => {
            if flat == stored.approval_schemes {
                nested
            } else if nested == stored.approval_schemes {
                flat
            } else {
                v.add(
                    format!("{path}.grant_request_approval_schemes"),
                    format!(
                        "disagrees with {nested_path}.approval_schemes and both differ from the stored schemes; \
                         send one of the two"
                    ),
                );
                flat
            }
        }
        (Some(schemes), _) | (None, Some(schemes)) => schemes,
        (None, None) => Entitlements::default().approval_schemes,
    };
    // Two booleans that differ: exactly one of them differs from the stored one.
    let flag = |flat: bool, nested: Option<bool>, stored: bool| match nested {
        Some(nested) if nested != flat && flat == stored => nested,
        _ => flat,
    };
    let request_comments_required = flag(
        e.request_comments_required,
        nested.and_then(|n| n.request_comment_required),
        stored.request_comments_required,
    );
    let denied_comments_required = flag(
        e.denied_comments_required,
        nested.and_then(|n| n.denial_comment_required),
        stored.denied_comments_required,
    );
    let kept = KeptEntitlementSettings {
        reauthorization_required: nested.is_some_and(|n| n.reauthorization_required),
        require_end_date: nested.is_some_and(|n| n.require_end_date),
        max_permitted_access_duration: nested
            .and_then(|n| n.max_permitted_access_duration.as_ref())
            .and_then(|d| duration(d, &format!("{nested_path}.max_permitted_access_duration"), v)),
        form_definition_id: nested
            .and_then(|n| n.form_definition_id.clone())
            .filter(|id| !id.is_empty())
            .inspect(|id| v.check_text(&format!("{nested_path}.form_definition_id"), id, MAX_FORM_ID_CHARS)),
        revocation_approval_schemes: e
            .revocation_request_config
            .as_ref()
            .map(|r| {
                scheme_list(
                    &r.approval_schemes,
                    &format!("{path}.revocation_request_config.approval_schemes"),
                    v,
                )
            })
            .unwrap_or_default(),
    };
    Entitlements {
        allowed: e.allow_entitlement_request.unwrap_or(true),
        request_comments_required,
        denied_comments_required,
        approval_schemes,
        kept,
    }
}

/// SailPoint's newer list of approval steps.
fn scheme_list(list: &[pb::EntitlementApprovalScheme], path: &str, v: &mut Violations) -> Vec<ApprovalScheme> {
    if list.len() > MAX_SCHEMES {
        v.add(path, format!("must list at most {MAX_SCHEMES} schemes"));
        return Vec::new();
    }
    let mut parsed: Vec<ApprovalScheme> = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let field = format!("{path}[{i}]");
        let scheme = match item.approver_type.as_str() {
            "ENTITLEMENT_OWNER" => ApprovalScheme::EntitlementOwner,
            "SOURCE_OWNER" => ApprovalScheme::SourceOwner,
            "MANAGER" => ApprovalScheme::Manager,
            "GOVERNANCE_GROUP" => {
                let id = &item.approver_id;
                if id.is_empty() {
                    v.add(
                        format!("{field}.approver_id"),
                        "is required when approver_type is GOVERNANCE_GROUP",
                    );
                    continue;
                }
                v.check_text(&format!("{field}.approver_id"), id, MAX_ID_CHARS);
                ApprovalScheme::Workgroup(id.clone())
            }
            "WORKFLOW" => {
                v.add(
                    format!("{field}.approver_type"),
                    "WORKFLOW is not supported: jitgate runs no SailPoint workflows",
                );
                continue;
            }
            _ => {
                v.add(format!("{field}.approver_type"), one_of(ApprovalScheme::APPROVER_TYPES));
                continue;
            }
        };
        if !matches!(scheme, ApprovalScheme::Workgroup(_)) && !item.approver_id.is_empty() {
            v.add(
                format!("{field}.approver_id"),
                format!("must be empty when approver_type is {}", item.approver_type),
            );
            continue;
        }
        if parsed.contains(&scheme) {
            v.add(&field, format!("({scheme}) is listed twice"));
            continue;
        }
        parsed.push(scheme);
    }
    parsed
}

fn duration(d: &pb::MaxPermittedAccessDuration, path: &str, v: &mut Violations) -> Option<AccessDuration> {
    let mut ok = true;
    if d.value < 1 || d.value as u32 > AccessDuration::MAX_VALUE {
        v.add(
            format!("{path}.value"),
            format!("must be between 1 and {}, got {}", AccessDuration::MAX_VALUE, d.value),
        );
        ok = false;
    }
    if !AccessDuration::UNITS.contains(&d.time_unit.as_str()) {
        v.add(format!("{path}.time_unit"), one_of(AccessDuration::UNITS));
        ok = false;
    }
    ok.then(|| AccessDuration {
        value: d.value as u32,
        time_unit: d.time_unit.clone(),
    })
}

/// Parses SailPoint's comma-separated scheme list. Blank means "no approval".
fn schemes(text: &str, field: &str, v: &mut Violations) -> Vec<ApprovalScheme> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let mut seen = HashSet::new();
    let mut parsed = Vec::new();
    for (i, item) in text.split(',').map(str::trim).enumerate() {
        match ApprovalScheme::parse(item) {
            Some(ApprovalScheme::Workgroup(id)) if id.chars().count() > MAX_ID_CHARS || id.trim() != id => {
                v.add(field, format!("scheme {}: the workgroup id {id:?} is not valid", i + 1));
            }
            Some(scheme) if !seen.insert(scheme.clone()) => {
                v.add(field, format!("scheme {} ({scheme}) is listed twice", i + 1));
            }
            Some(scheme) => parsed.push(scheme),
            None => v.add(
                field,
                format!(
                    "scheme {} ({item:?}) must be one of entitlementOwner, sourceOwner, manager, workgroup:{{id}}",
                    i + 1
                ),
            ),
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    fn seed_example() -> pb::AccessRequestConfig {
        pb::AccessRequestConfig {
            approvals_must_be_external: true,
            auto_approval_enabled: true,
            request_on_behalf_of_config: Some(pb::RequestOnBehalfOfConfig {
                allow_request_on_behalf_of_anyone_by_anyone: true,
                allow_request_on_behalf_of_employee_by_manager: true,
                ..Default::default()
            }),
            approval_reminder_and_escalation_config: Some(pb::ApprovalReminderAndEscalationConfig {
                days_until_escalation: Some(0),
                days_between_reminders: Some(1),
                max_reminders: Some(1),
                fallback_approver_ref: Some(pb::FallbackApproverRef {
                    r#type: "IDENTITY".into(),
                    id: "alison@acme.test".into(),
                    name: "ignored".into(),
                    email: "ignored@evil.test".into(),
                }),
            }),
            entitlement_request_config: Some(pb::EntitlementRequestConfig {
                allow_entitlement_request: Some(true),
                request_comments_required: false,
                denied_comments_required: false,
                grant_request_approval_schemes: Some(
                    "entitlementOwner, sourceOwner, manager, workgroup:2c918084660f45d6016617daa9210584".into(),
                ),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    fn scheme(approver_type: &str, approver_id: &str) -> pb::EntitlementApprovalScheme {
        pb::EntitlementApprovalScheme {
            approver_type: approver_type.into(),
            approver_id: approver_id.into(),
        }
    }

    /// A body with only SailPoint's nested entitlement shape (SDK 2.x).
    fn nested_only(schemes: Vec<pb::EntitlementApprovalScheme>, comment: Option<bool>) -> pb::AccessRequestConfig {
        pb::AccessRequestConfig {
            entitlement_request_config: Some(pb::EntitlementRequestConfig {
                access_request_config: Some(pb::EntitlementAccessRequestConfig {
                    approval_schemes: schemes,
                    request_comment_required: comment,
                    require_end_date: true,
                    max_permitted_access_duration: Some(pb::MaxPermittedAccessDuration {
                        value: 3,
                        time_unit: "WEEKS".into(),
                    }),
                    form_definition_id: Some("form-1".into()),
                    ..Default::default()
                }),
                revocation_request_config: Some(pb::EntitlementRevocationRequestConfig {
                    approval_schemes: vec![scheme("MANAGER", "")],
                }),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn the_nested_shape_alone_sets_the_same_settings_and_keeps_the_rest() {
        let body = nested_only(
            vec![scheme("MANAGER", ""), scheme("GOVERNANCE_GROUP", "sre")],
            Some(true),
        );
        let config = request_config(&body, "c").unwrap();
        let e = &config.entitlements;
        assert_eq!(
            e.approval_schemes,
            [ApprovalScheme::Manager, ApprovalScheme::Workgroup("sre".into())]
        );
        assert!(e.request_comments_required);
        assert!(e.kept.require_end_date);
        assert_eq!(e.kept.form_definition_id.as_deref(), Some("form-1"));
        assert_eq!(e.kept.revocation_approval_schemes, [ApprovalScheme::Manager]);
        // And it reads back in both shapes.
        let encoded = crate::api::request_config::request_config(&config, None);
        let wire = encoded.entitlement_request_config.unwrap();
        assert_eq!(
            wire.grant_request_approval_schemes.as_deref(),
            Some("manager, workgroup:sre")
        );
        assert_eq!(
            wire.access_request_config.unwrap().approval_schemes[1],
            scheme("GOVERNANCE_GROUP", "sre")
        );
    }

    #[test]
    fn when_both_shapes_disagree_the_one_that_changed_wins() {
        let stored = request_config(&pb::AccessRequestConfig::default(), "c").unwrap();
        assert_eq!(stored.entitlements.approval_schemes, [ApprovalScheme::SourceOwner]);
        // The flat shape edited, the nested one echoed as read.
        let mut body = nested_only(vec![scheme("SOURCE_OWNER", "")], Some(false));
        let e = body.entitlement_request_config.as_mut().unwrap();
        e.grant_request_approval_schemes = Some("manager".into());
        e.request_comments_required = true;
        let config = request_config_replacing(&body, "c", &stored).unwrap();
        assert_eq!(config.entitlements.approval_schemes, [ApprovalScheme::Manager]);
        assert!(config.entitlements.request_comments_required);
        // The nested shape edited, the flat one echoed.
        let mut body = nested_only(vec![scheme("ENTITLEMENT_OWNER", "")], Some(true));
        let e = body.entitlement_request_config.as_mut().unwrap();
        e.grant_request_approval_schemes = Some("sourceOwner".into());
        let config = request_config_replacing(&body, "c", &stored).unwrap();
        assert_eq!(config.entitlements.approval_schemes, [ApprovalScheme::EntitlementOwner]);
        assert!(config.entitlements.request_comments_required);
        // Both edited differently: refused, naming both.
        let mut body = nested_only(vec![scheme("ENTITLEMENT_OWNER", "")], None);
        let e = body.entitlement_request_config.as_mut().unwrap();
        e.grant_request_approval_schemes = Some("manager".into());
        let Err(Error::InvalidArgument(v)) = request_config_replacing(&body, "c", &stored) else {
            panic!("refused");
        };
        assert_eq!(
            v[0].field,
            "c.entitlement_request_config.grant_request_approval_schemes"
        );
        assert!(
            v[0].description.contains("access_request_config.approval_schemes"),
            "{v:?}"
        );
    }

    #[test]
    fn nested_schemes_and_durations_are_checked() {
        let body = nested_only(
            vec![
                scheme("WORKFLOW", "wf-1"),
                scheme("GOVERNANCE_GROUP", ""),
                scheme("MANAGER", "someone"),
                scheme("boss", ""),
                scheme("MANAGER", ""),
                scheme("MANAGER", ""),
            ],
            None,
        );
        let mut body = body;
        let nested = body
            .entitlement_request_config
            .as_mut()
            .unwrap()
            .access_request_config
            .as_mut()
            .unwrap();
        nested.max_permitted_access_duration = Some(pb::MaxPermittedAccessDuration {
            value: 0,
            time_unit: "YEARS".into(),
        });
        let p = "c.entitlement_request_config.access_request_config";
        assert_eq!(
            fields(body),
            [
                format!("{p}.approval_schemes[0].approver_type"),
                format!("{p}.approval_schemes[1].approver_id"),
                format!("{p}.approval_schemes[2].approver_id"),
                format!("{p}.approval_schemes[3].approver_type"),
                format!("{p}.approval_schemes[5]"),
                format!("{p}.max_permitted_access_duration.value"),
                format!("{p}.max_permitted_access_duration.time_unit"),
            ]
        );
    }

    fn fields(config: pb::AccessRequestConfig) -> Vec<String> {
        match request_config(&config, "c") {
            Ok(_) => vec![],
            Err(Error::InvalidArgument(v)) => v.into_iter().map(|v| v.field).collect(),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_seed_example_parses_and_ignores_read_only_fields() {
        let config = request_config(&seed_example(), "c").unwrap();
        assert_eq!(
            config.reminders.fallback_approver_id.as_deref(),
            Some("alison@acme.test")
        );
        assert_eq!(
            config.entitlements.approval_schemes,
            [
                ApprovalScheme::EntitlementOwner,
                ApprovalScheme::SourceOwner,
                ApprovalScheme::Manager,
                ApprovalScheme::Workgroup("2c918084660f45d6016617daa9210584".into()),
            ]
        );
    }

    #[test]
    fn an_empty_body_is_the_defaults() {
        let config = request_config(&pb::AccessRequestConfig::default(), "c").unwrap();
        assert_eq!(config, RequestConfig::default());
        assert!(config.entitlements.allowed);
        assert_eq!(config.entitlements.approval_schemes, [ApprovalScheme::SourceOwner]);
        assert_eq!(config.reminders.days_between_reminders, 1);
    }

    #[test]
    fn omitted_counts_take_their_defaults() {
        let mut body = seed_example();
        let r = body.approval_reminder_and_escalation_config.as_mut().unwrap();
        r.days_between_reminders = None;
        r.max_reminders = None;
        r.days_until_escalation = None;
        let config = request_config(&body, "c").unwrap();
        assert_eq!(config.reminders.days_between_reminders, 1);
        assert_eq!(config.reminders.max_reminders, 1);
        assert_eq!(config.reminders.days_until_escalation, 0);
    }

    #[test]
    fn reminder_limits_are_enforced_each_with_its_field() {
        let mut body = seed_example();
        let r = body.approval_reminder_and_escalation_config.as_mut().unwrap();
        r.days_between_reminders = Some(0);
        r.max_reminders = Some(21);
        r.days_until_escalation = Some(-1);
        r.fallback_approver_ref.as_mut().unwrap().r#type = "GROUP".into();
        assert_eq!(
            fields(body),
            [
                "c.approval_reminder_and_escalation_config.days_until_escalation",
                "c.approval_reminder_and_escalation_config.days_between_reminders",
                "c.approval_reminder_and_escalation_config.max_reminders",
                "c.approval_reminder_and_escalation_config.fallback_approver_ref.type",
            ]
        );
        let mut edge = seed_example();
        let r = edge.approval_reminder_and_escalation_config.as_mut().unwrap();
        r.max_reminders = Some(20);
        r.days_between_reminders = Some(1);
        assert!(fields(edge).is_empty());
    }

    #[test]
    fn a_fallback_approver_without_an_id_is_not_set() {
        let mut body = seed_example();
        let r = body.approval_reminder_and_escalation_config.as_mut().unwrap();
        r.fallback_approver_ref.as_mut().unwrap().id.clear();
        let config = request_config(&body, "c").unwrap();
        assert_eq!(config.reminders.fallback_approver_id, None);
        let r = body.approval_reminder_and_escalation_config.as_mut().unwrap();
        r.fallback_approver_ref.as_mut().unwrap().id = " x".into();
        assert_eq!(
            fields(body),
            ["c.approval_reminder_and_escalation_config.fallback_approver_ref.id"]
        );
    }

    #[test]
    fn schemes_must_be_known_and_unique() {
        let with = |schemes: &str| {
            let mut body = seed_example();
            body.entitlement_request_config
                .as_mut()
                .unwrap()
                .grant_request_approval_schemes = Some(schemes.into());
            request_config(&body, "c")
        };
        assert!(with("manager,sourceOwner").is_ok());
        assert_eq!(with("").unwrap().entitlements.approval_schemes, []);
        assert_eq!(with("  ").unwrap().entitlements.approval_schemes, []);
        for bad in [
            "owner",
            "manager, manager",
            "workgroup:",
            "manager,,sourceOwner",
            "workgroup:a, workgroup:a",
        ] {
            let Err(Error::InvalidArgument(v)) = with(bad) else {
                panic!("{bad:?} should be refused")
            };
            assert_eq!(
                v[0].field, "c.entitlement_request_config.grant_request_approval_schemes",
                "{bad}"
            );
        }
    }

    #[test]
    fn schemes_print_as_they_parse() {
        for text in ["entitlementOwner", "sourceOwner", "manager", "workgroup:g-1"] {
            assert_eq!(ApprovalScheme::parse(text).unwrap().to_string(), text);
        }
    }
}

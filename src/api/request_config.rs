//! The model back onto the wire, with every default written out, so a client
//! always sees the values in force. The fallback approver's read-only `name`
//! and `email` come from the directory, passed in by the caller.

pub mod decode;

use crate::{domain::request_config::model::*, pb::v1 as pb};

/// The directory's view of the fallback approver, if it has one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub name: String,
    pub email: String,
}

/// Schemes in SailPoint's newer shape.
fn approvers(schemes: &[ApprovalScheme]) -> Vec<pb::EntitlementApprovalScheme> {
    schemes
        .iter()
        .map(|s| {
            let (approver_type, approver_id) = s.approver();
            pb::EntitlementApprovalScheme {
                approver_type: approver_type.into(),
                approver_id: approver_id.into(),
            }
        })
        .collect()
}

/// Encodes `config`; `fallback` is the fallback approver as the directory
/// knows them (empty name and email if the user is gone).
pub fn request_config(config: &RequestConfig, fallback: Option<Identity>) -> pb::AccessRequestConfig {
    let fallback_approver_ref = config.reminders.fallback_approver_id.as_ref().map(|id| {
        let identity = fallback.clone().unwrap_or_default();
        pb::FallbackApproverRef {
            r#type: "IDENTITY".into(),
            id: id.clone(),
            name: identity.name,
            email: identity.email,
        }
    });
    let schemes: Vec<String> = config
        .entitlements
        .approval_schemes
        .iter()
        .map(ToString::to_string)
        .collect();
    let kept = &config.entitlements.kept;
    pb::AccessRequestConfig {
        approvals_must_be_external: config.approvals_must_be_external,
        auto_approval_enabled: config.auto_approval_enabled,
        request_on_behalf_of_config: Some(pb::RequestOnBehalfOfConfig {
            allow_request_on_behalf_of_anyone_by_anyone: config.on_behalf_of.anyone_by_anyone,
            allow_request_on_behalf_of_employee_by_manager: config.on_behalf_of.employee_by_manager,
            allow_request_on_behalf_of_for_machine_identity: Some(config.on_behalf_of.for_machine_identity),
            allow_request_for_machine_by_owner: config.on_behalf_of.machine_by_owner,
        }),
        approval_reminder_and_escalation_config: Some(pb::ApprovalReminderAndEscalationConfig {
            days_until_escalation: Some(config.reminders.days_until_escalation as i32),
            days_between_reminders: Some(config.reminders.days_between_reminders as i32),
            max_reminders: Some(config.reminders.max_reminders as i32),
            fallback_approver_ref,
        }),
        entitlement_request_config: Some(pb::EntitlementRequestConfig {
            allow_entitlement_request: Some(config.entitlements.allowed),
            request_comments_required: config.entitlements.request_comments_required,
            denied_comments_required: config.entitlements.denied_comments_required,
            // SailPoint's own spelling: ", " between schemes.
            grant_request_approval_schemes: Some(schemes.join(", ")),
            // The same settings in SailPoint's newer shape.
            access_request_config: Some(pb::EntitlementAccessRequestConfig {
                approval_schemes: approvers(&config.entitlements.approval_schemes),
                request_comment_required: Some(config.entitlements.request_comments_required),
                denial_comment_required: Some(config.entitlements.denied_comments_required),
                reauthorization_required: kept.reauthorization_required,
                require_end_date: kept.require_end_date,
                max_permitted_access_duration: kept.max_permitted_access_duration.as_ref().map(|d| {
                    pb::MaxPermittedAccessDuration {
                        value: d.value as i32,
                        time_unit: d.time_unit.clone(),
                    }
                }),
                form_definition_id: kept.form_definition_id.clone(),
            }),
            revocation_request_config: Some(pb::EntitlementRevocationRequestConfig {
                approval_schemes: approvers(&kept.revocation_approval_schemes),
            }),
        }),
        reauthorization_enabled: config.reauthorization_enabled,
        gov_group_visibility_enabled: config.gov_group_visibility_enabled,
        machine_identity_access_request_enabled: Some(config.machine_identity_access_request_enabled),
    }
}

#[cfg(test)]
mod tests {
    use super::{decode as validate, *};

    #[test]
    fn a_valid_body_encodes_back_with_defaults_written_out() {
        let body = pb::AccessRequestConfig {
            entitlement_request_config: Some(pb::EntitlementRequestConfig {
                grant_request_approval_schemes: Some("manager,workgroup:g1".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let encoded = request_config(&validate::request_config(&body, "c").unwrap(), None);
        let e = encoded.entitlement_request_config.unwrap();
        assert_eq!(
            e.grant_request_approval_schemes.as_deref(),
            Some("manager, workgroup:g1")
        );
        assert_eq!(e.allow_entitlement_request, Some(true));
        let r = encoded.approval_reminder_and_escalation_config.unwrap();
        assert_eq!(
            (r.days_until_escalation, r.days_between_reminders, r.max_reminders),
            (Some(0), Some(1), Some(1))
        );
        assert!(r.fallback_approver_ref.is_none());
    }

    #[test]
    fn the_fallback_approver_shows_the_directorys_name_and_email() {
        let mut config = RequestConfig::default();
        config.reminders.fallback_approver_id = Some("alison@acme.test".into());
        let identity = Identity {
            name: "Alison Ferguson".into(),
            email: "alison@acme.test".into(),
        };
        let encoded = request_config(&config, Some(identity));
        let f = encoded
            .approval_reminder_and_escalation_config
            .unwrap()
            .fallback_approver_ref
            .unwrap();
        assert_eq!((f.r#type.as_str(), f.name.as_str()), ("IDENTITY", "Alison Ferguson"));
    }
}

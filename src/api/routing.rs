//! The model back onto the wire. For any rule that validated, encoding gives
//! back exactly the message the client sent.

pub mod decode;

use crate::{domain::routing::model::*, pb::v1 as pb};

impl From<&RoutingRule> for pb::RoutingRule {
    fn from(rule: &RoutingRule) -> Self {
        Self {
            name: rule.name.clone(),
            disabled: rule.disabled,
            requestor: Some((&rule.requestor).into()),
            resource: Some((&rule.resource).into()),
            approval: rule.approvals.iter().map(Into::into).collect(),
        }
    }
}

impl From<&Requestor> for pb::Requestor {
    fn from(r: &Requestor) -> Self {
        match r {
            Requestor::Any => Self {
                r#type: "any".into(),
                ..Default::default()
            },
            Requestor::User { uid } => Self {
                r#type: "user".into(),
                uid: Some(uid.clone()),
                ..Default::default()
            },
            Requestor::Group {
                directory,
                id,
                label,
                effect,
            } => Self {
                r#type: "group".into(),
                directory: Some(directory.clone()),
                id: Some(id.clone()),
                label: label.clone(),
                effect: effect.map(|e| e.as_str().to_string()),
                ..Default::default()
            },
        }
    }
}

impl From<&Resource> for pb::Resource {
    fn from(r: &Resource) -> Self {
        match r {
            Resource::Any => Self {
                r#type: "any".into(),
                ..Default::default()
            },
            Resource::Integration {
                service,
                access_type,
                filters,
            } => Self {
                r#type: "integration".into(),
                service: Some(service.clone()),
                access_type: access_type.clone(),
                filters: filters
                    .iter()
                    .map(|(k, f)| {
                        let filter = pb::ResourceFilter {
                            effect: f.effect.as_str().into(),
                            key: f.key.clone(),
                            value: f.value,
                            pattern: f.pattern.clone(),
                        };
                        (k.clone(), filter)
                    })
                    .collect(),
            },
        }
    }
}

impl From<&Approval> for pb::Approval {
    fn from(a: &Approval) -> Self {
        let mut out = Self {
            r#type: a.kind.type_name().into(),
            options: a.options.as_ref().map(|o| pb::ApprovalOptions {
                allow_one_party: o.allow_one_party,
                require_reason: o.require_reason,
                cooldown: o.cooldown.map(|s| s as i32),
                duration: o.duration.map(|s| s as i32),
            }),
            ..Default::default()
        };
        match &a.kind {
            ApprovalKind::Auto { integration, services } | ApprovalKind::Escalation { integration, services } => {
                out.integration = Some(integration.clone());
                out.services = services.clone();
            }
            ApprovalKind::Group { directory, id, label } => {
                out.directory = Some(directory.clone());
                out.id = Some(id.clone());
                out.label = label.clone();
            }
            ApprovalKind::RequestorProfile {
                directory,
                profile_property,
            } => {
                out.directory = Some(directory.clone());
                out.profile_property = Some(profile_property.clone());
            }
            ApprovalKind::Deny | ApprovalKind::Persistent | ApprovalKind::P0 => {}
        }
        out
    }
}

//! PATCH of an access flow: which top-level fields a request replaces, and
//! replacing them in the stored flow's wire form. The result is validated
//! whole afterwards, exactly as a create body is.
//!
//! With an `update_mask`, exactly the fields it names are replaced (a named
//! field absent from the body takes what create would give it: its default,
//! or a "required" violation). Without one, each field present in the body
//! is: set optional scalars, set messages (replaced whole) and non-empty
//! lists.

use prost_types::FieldMask;

use crate::{
    api::limits::access_flow::MAX_MASK_PATHS,
    domain::violations::{Violations, one_of},
    error::Result,
    pb::v1 as pb,
};

/// A top-level AccessFlow field that a PATCH can replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowField {
    Name,
    Active,
    Trigger,
    Grantees,
    IntegrationTargets,
    BundleTargets,
    Approvers,
    RevokeAfterInSec,
    Settings,
}

impl FlowField {
    pub const ALL: [FlowField; 9] = [
        Self::Name,
        Self::Active,
        Self::Trigger,
        Self::Grantees,
        Self::IntegrationTargets,
        Self::BundleTargets,
        Self::Approvers,
        Self::RevokeAfterInSec,
        Self::Settings,
    ];

    /// The fields the server owns: never in a mask.
    pub const READ_ONLY: &'static [&'static str] = &["id", "created_date"];

    /// The proto field name (which is also the JSON key).
    pub fn name(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Active => "active",
            Self::Trigger => "trigger",
            Self::Grantees => "grantees",
            Self::IntegrationTargets => "integration_targets",
            Self::BundleTargets => "bundle_targets",
            Self::Approvers => "approvers",
            Self::RevokeAfterInSec => "revoke_after_in_sec",
            Self::Settings => "settings",
        }
    }

    pub fn parse(path: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == path)
    }

    /// Whether `body` carries this field, by proto3 presence: a set optional
    /// scalar or message, or a non-empty list.
    fn is_present(self, body: &pb::AccessFlow) -> bool {
        match self {
            Self::Name => body.name.is_some(),
            Self::Active => body.active.is_some(),
            Self::Trigger => body.trigger.is_some(),
            Self::Grantees => !body.grantees.is_empty(),
            Self::IntegrationTargets => !body.integration_targets.is_empty(),
            Self::BundleTargets => !body.bundle_targets.is_empty(),
            Self::Approvers => !body.approvers.is_empty(),
            Self::RevokeAfterInSec => body.revoke_after_in_sec.is_some(),
            Self::Settings => body.settings.is_some(),
        }
    }

    /// Replaces this field of `target` with `body`'s.
    fn copy(self, body: &pb::AccessFlow, target: &mut pb::AccessFlow) {
        match self {
            Self::Name => target.name.clone_from(&body.name),
            Self::Active => target.active = body.active,
            Self::Trigger => target.trigger.clone_from(&body.trigger),
            Self::Grantees => target.grantees.clone_from(&body.grantees),
            Self::IntegrationTargets => target.integration_targets.clone_from(&body.integration_targets),
            Self::BundleTargets => target.bundle_targets.clone_from(&body.bundle_targets),
            Self::Approvers => target.approvers.clone_from(&body.approvers),
            Self::RevokeAfterInSec => target.revoke_after_in_sec = body.revoke_after_in_sec,
            Self::Settings => target.settings.clone_from(&body.settings),
        }
    }
}

/// One PATCH request: the body and the fields it replaces.
#[derive(Debug, Clone, PartialEq)]
pub struct Patch {
    body: pb::AccessFlow,
    fields: Vec<FlowField>,
}

impl Patch {
    /// Decides which fields `body` replaces. A mask with no paths counts as
    /// no mask (proto3 cannot tell them apart, and AIP-134 reads both as
    /// "the fields present"). A mask that names an unknown, nested or
    /// read-only field is INVALID_ARGUMENT, naming each such path.
    pub fn new(body: Option<pb::AccessFlow>, mask: Option<&FieldMask>) -> Result<Self> {
        let body = body.unwrap_or_default();
        let paths = mask.map(|m| m.paths.as_slice()).unwrap_or_default();
        if paths.is_empty() {
            let fields = FlowField::ALL.into_iter().filter(|f| f.is_present(&body)).collect();
            return Ok(Self { body, fields });
        }
        let mut v = Violations::new();
        if paths.len() > MAX_MASK_PATHS {
            v.add(
                "update_mask.paths",
                format!("must name at most {MAX_MASK_PATHS} paths, got {}", paths.len()),
            );
            return v.into_result(Self { body, fields: vec![] });
        }
        let mut fields = Vec::new();
        for (i, path) in paths.iter().enumerate() {
            let field = format!("update_mask.paths[{i}]");
            match FlowField::parse(path) {
                Some(f) if !fields.contains(&f) => fields.push(f),
                Some(_) => {}
                None if FlowField::READ_ONLY.contains(&path.as_str()) => {
                    v.add(field, format!("{path:?} is read-only and cannot be updated"))
                }
                None => v.add(
                    field,
                    format!(
                        "{:?} is not a top-level field of AccessFlow; {}",
                        shorten(path),
                        one_of(&FlowField::ALL.map(FlowField::name))
                    ),
                ),
            }
        }
        v.into_result(Self { body, fields })
    }

    /// The fields this patch replaces, in proto field order.
    pub fn fields(&self) -> impl Iterator<Item = FlowField> + '_ {
        FlowField::ALL.into_iter().filter(|f| self.fields.contains(f))
    }

    /// `current` with this patch's fields replaced. Server-owned fields (`id`,
    /// `created_date`) are always `current`'s.
    pub fn apply(&self, mut current: pb::AccessFlow) -> pb::AccessFlow {
        for field in &self.fields {
            field.copy(&self.body, &mut current);
        }
        current
    }
}

/// A client's path, cut short enough to quote in an error.
fn shorten(path: &str) -> String {
    const MAX: usize = 64;
    if path.chars().count() <= MAX {
        path.to_string()
    } else {
        format!("{}…", path.chars().take(MAX).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    fn stored() -> pb::AccessFlow {
        pb::AccessFlow {
            id: "f1".into(),
            name: Some("prod".into()),
            active: Some(true),
            trigger: Some(pb::AccessFlowTrigger {
                r#type: "user_request".into(),
                timeframe: None,
            }),
            grantees: vec![pb::AccessFlowGrantee {
                id: "alice@acme.test".into(),
                r#type: "user".into(),
            }],
            bundle_targets: vec![pb::BundleTarget { bundle_id: "b1".into() }],
            approvers: vec![pb::AccessFlowApprover {
                id: String::new(),
                r#type: "manager".into(),
            }],
            revoke_after_in_sec: Some(3600),
            settings: Some(pb::AccessFlowSettings {
                require_all_approvers: true,
                ..Default::default()
            }),
            created_date: "1.000000000".into(),
            ..Default::default()
        }
    }

    fn mask(paths: &[&str]) -> FieldMask {
        FieldMask {
            paths: paths.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn violation_fields(err: Error) -> Vec<(String, String)> {
        let Error::InvalidArgument(v) = err else {
            panic!("{err:?}")
        };
        v.into_iter().map(|v| (v.field, v.description)).collect()
    }

    #[test]
    fn without_a_mask_only_present_fields_replace() {
        let body = pb::AccessFlow {
            active: Some(false),
            approvers: vec![],
            settings: Some(pb::AccessFlowSettings::default()),
            ..Default::default()
        };
        let patch = Patch::new(Some(body), None).unwrap();
        assert_eq!(
            patch.fields().collect::<Vec<_>>(),
            [FlowField::Active, FlowField::Settings]
        );
        let merged = patch.apply(stored());
        let expected = pb::AccessFlow {
            active: Some(false),
            settings: Some(pb::AccessFlowSettings::default()),
            ..stored()
        };
        assert_eq!(
            merged, expected,
            "an empty list keeps the stored one; settings replace whole"
        );
    }

    #[test]
    fn an_empty_mask_is_no_mask() {
        let body = pb::AccessFlow {
            name: Some("renamed".into()),
            ..Default::default()
        };
        let patch = Patch::new(Some(body), Some(&mask(&[]))).unwrap();
        assert_eq!(patch.apply(stored()).name.as_deref(), Some("renamed"));
    }

    #[test]
    fn a_mask_replaces_exactly_the_named_fields_even_when_absent() {
        let body = pb::AccessFlow {
            name: Some("ignored: not in the mask".into()),
            active: Some(false),
            ..Default::default()
        };
        let patch = Patch::new(Some(body), Some(&mask(&["approvers", "active", "approvers"]))).unwrap();
        assert_eq!(
            patch.fields().collect::<Vec<_>>(),
            [FlowField::Active, FlowField::Approvers]
        );
        let merged = patch.apply(stored());
        let expected = pb::AccessFlow {
            active: Some(false),
            approvers: vec![],
            ..stored()
        };
        assert_eq!(merged, expected, "a masked list absent from the body is cleared");
    }

    #[test]
    fn server_owned_fields_in_the_body_are_ignored() {
        let body = pb::AccessFlow {
            id: "other".into(),
            created_date: "2.000000000".into(),
            ..Default::default()
        };
        let patch = Patch::new(Some(body), None).unwrap();
        assert_eq!(patch.fields().count(), 0);
        assert_eq!(patch.apply(stored()), stored());
    }

    #[test]
    fn unknown_nested_and_read_only_mask_paths_are_each_named() {
        let err = Patch::new(
            None,
            Some(&mask(&["name", "id", "trigger.timeframe", "colour", "created_date"])),
        )
        .unwrap_err();
        let v = violation_fields(err);
        let fields: Vec<&str> = v.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "update_mask.paths[1]",
                "update_mask.paths[2]",
                "update_mask.paths[3]",
                "update_mask.paths[4]",
            ]
        );
        assert_eq!(v[0].1, "\"id\" is read-only and cannot be updated");
        assert!(v[1].1.starts_with("\"trigger.timeframe\" is not a top-level field"));
        assert!(v[2].1.contains("\"colour\""));
        assert!(v[2].1.contains("name, active, trigger"));
        assert!(v[3].1.contains("read-only"));
    }

    #[test]
    fn a_huge_mask_is_refused_whole_and_long_paths_are_quoted_short() {
        let many: Vec<String> = (0..=MAX_MASK_PATHS).map(|_| "name".to_string()).collect();
        let err = Patch::new(None, Some(&FieldMask { paths: many })).unwrap_err();
        assert_eq!(violation_fields(err)[0].0, "update_mask.paths");

        let long = "x".repeat(10_000);
        let err = Patch::new(None, Some(&mask(&[&long]))).unwrap_err();
        assert!(violation_fields(err)[0].1.len() < 300);
    }
}

//! Validation of routing rules as they arrive on the wire.
//!
//! A rule is checked whole and every problem is reported with its field path
//! (`workflow.rules[3].approval[0].options.cooldown`), in proto field names as
//! AIP-193 recommends. Only a rule without violations becomes a model value.

use std::collections::{BTreeMap, HashMap};

use crate::{
    api::limits::{
        MAX_NAME_CHARS, MAX_USER_ID_CHARS,
        routing::{MAX_APPROVALS, MAX_FILTERS, MAX_PATTERN_CHARS, MAX_SERVICES},
    },
    domain::{
        bounds,
        routing::model::*,
        violations::{Violations, one_of},
    },
    error::Result,
    pb::v1 as pb,
};

/// Validates a whole workflow's rules (for SaveRoutingConfig): at most
/// `max_rules` of them ([`OrgLimits`](crate::domain::limits::OrgLimits)).
pub fn workflow_rules(rules: &[pb::RoutingRule], field: &str, max_rules: usize) -> Result<Vec<RoutingRule>> {
    let mut v = Violations::new();
    if rules.len() > max_rules {
        // Reported alone: validating 100,000 rules one by one helps nobody.
        v.add(
            field,
            format!("must hold at most {max_rules} rules, got {}", rules.len()),
        );
        return v.into_result(Vec::new());
    }
    let mut first_index: HashMap<&str, usize> = HashMap::new();
    let mut parsed = Vec::with_capacity(rules.len());
    for (i, rule) in rules.iter().enumerate() {
        let path = format!("{field}[{i}]");
        if let Some(&earlier) = first_index.get(rule.name.as_str()) {
            v.add(
                format!("{path}.name"),
                format!("duplicates the name of {field}[{earlier}]; rule names must be unique"),
            );
        } else {
            first_index.insert(rule.name.as_str(), i);
        }
        parsed.push(parse_rule(rule, &path, &mut v));
    }
    v.into_result(parsed.into_iter().flatten().collect())
}

/// Validates one rule (for rule edits by name), reported under `field`.
pub fn rule(rule: &pb::RoutingRule, field: &str) -> Result<RoutingRule> {
    let mut v = Violations::new();
    let parsed = parse_rule(rule, field, &mut v);
    v.into_result(())?;
    Ok(parsed.expect("a rule without violations parses"))
}

/// Checks a rule name given outside a rule (a path parameter).
pub fn rule_name(name: &str, field: &str) -> Result<()> {
    let mut v = Violations::new();
    check_rule_name(name, field, &mut v);
    v.into_result(())
}

fn check_rule_name(name: &str, field: &str, v: &mut Violations) {
    v.check_text(field, name, MAX_NAME_CHARS);
    if name.contains('/') {
        // The name is a path segment of /o/{org_id}/routing/name/{name}.
        v.add(field, "must not contain '/'");
    }
}

fn parse_rule(rule: &pb::RoutingRule, path: &str, v: &mut Violations) -> Option<RoutingRule> {
    check_rule_name(&rule.name, &format!("{path}.name"), v);
    let requestor = match &rule.requestor {
        Some(r) => parse_requestor(r, &format!("{path}.requestor"), v),
        None => {
            v.add(format!("{path}.requestor"), "is required");
            None
        }
    };
    let resource = match &rule.resource {
        Some(r) => parse_resource(r, &format!("{path}.resource"), v),
        None => {
            v.add(format!("{path}.resource"), "is required");
            None
        }
    };
    let approvals_path = format!("{path}.approval");
    if rule.approval.len() > MAX_APPROVALS {
        v.add(&approvals_path, format!("must list at most {MAX_APPROVALS} approvals"));
        return None;
    }
    let approvals: Vec<Option<Approval>> = rule
        .approval
        .iter()
        .enumerate()
        .map(|(i, a)| parse_approval(a, &format!("{approvals_path}[{i}]"), v))
        .collect();
    Some(RoutingRule {
        name: rule.name.clone(),
        disabled: rule.disabled,
        requestor: requestor?,
        resource: resource?,
        approvals: approvals.into_iter().collect::<Option<Vec<_>>>()?,
    })
}

/// An optional string as given: an empty one is not set (generated clients
/// send every key, unused ones as `""`; decision 0023).
fn given(value: &Option<String>) -> Option<&String> {
    value.as_ref().filter(|s| !s.is_empty())
}

/// Records a violation for each field of `present` that is set (empty
/// strings and lists are not) but that `type_name` does not use, so a rule
/// reads back exactly as it was meant.
fn forbid_unused(v: &mut Violations, path: &str, type_name: &str, present: &[(&str, bool)], used: &[&str]) {
    for (name, set) in present {
        if *set && !used.contains(name) {
            v.add(
                format!("{path}.{name}"),
                format!("is not allowed when type is {type_name:?}"),
            );
        }
    }
}

fn required<'a>(v: &mut Violations, field: String, value: &'a Option<String>, max: usize) -> &'a str {
    match given(value) {
        Some(s) => {
            v.check_text(&field, s, max);
            s
        }
        None => {
            v.add(field, "is required");
            ""
        }
    }
}

fn optional_text(v: &mut Violations, field: String, value: &Option<String>, max: usize) {
    if let Some(s) = given(value) {
        v.check_text(&field, s, max);
    }
}

fn parse_requestor(r: &pb::Requestor, path: &str, v: &mut Violations) -> Option<Requestor> {
    let present = [
        ("uid", given(&r.uid).is_some()),
        ("directory", given(&r.directory).is_some()),
        ("id", given(&r.id).is_some()),
        ("label", given(&r.label).is_some()),
        ("effect", given(&r.effect).is_some()),
    ];
    let mut uses = |type_name: &str, used: &[&str]| forbid_unused(v, path, type_name, &present, used);
    let parsed = match r.r#type.as_str() {
        "any" => {
            uses("any", &[]);
            Requestor::Any
        }
        "user" => {
            uses("user", &["uid"]);
            Requestor::User {
                uid: required(v, format!("{path}.uid"), &r.uid, MAX_USER_ID_CHARS).to_string(),
            }
        }
        "group" => {
            uses("group", &["directory", "id", "label", "effect"]);
            let effect = match given(&r.effect).map(String::as_str) {
                None => None,
                Some(e) => match GroupEffect::parse(e) {
                    Some(effect) => Some(effect),
                    None => {
                        v.add(format!("{path}.effect"), one_of(GroupEffect::NAMES));
                        None
                    }
                },
            };
            optional_text(v, format!("{path}.label"), &r.label, MAX_NAME_CHARS);
            Requestor::Group {
                directory: required(v, format!("{path}.directory"), &r.directory, MAX_NAME_CHARS).to_string(),
                id: required(v, format!("{path}.id"), &r.id, MAX_NAME_CHARS).to_string(),
                label: given(&r.label).cloned(),
                effect,
            }
        }
        _ => {
            v.add(format!("{path}.type"), one_of(&["any", "user", "group"]));
            return None;
        }
    };
    Some(parsed)
}

fn parse_resource(r: &pb::Resource, path: &str, v: &mut Violations) -> Option<Resource> {
    match r.r#type.as_str() {
        "any" => {
            let present = [
                ("service", given(&r.service).is_some()),
                ("access_type", given(&r.access_type).is_some()),
                ("filters", !r.filters.is_empty()),
            ];
            forbid_unused(v, path, "any", &present, &[]);
            Some(Resource::Any)
        }
        "integration" => {
            let service = required(v, format!("{path}.service"), &r.service, MAX_NAME_CHARS).to_string();
            optional_text(v, format!("{path}.access_type"), &r.access_type, MAX_NAME_CHARS);
            if r.filters.len() > MAX_FILTERS {
                v.add(
                    format!("{path}.filters"),
                    format!("must hold at most {MAX_FILTERS} filters"),
                );
                return None;
            }
            let mut filters = BTreeMap::new();
            for (key, filter) in &r.filters {
                let fpath = format!("{path}.filters[{key:?}]");
                v.check_text(&fpath, key, MAX_NAME_CHARS);
                if let Some(f) = parse_filter(filter, &fpath, v) {
                    filters.insert(key.clone(), f);
                }
            }
            Some(Resource::Integration {
                service,
                access_type: given(&r.access_type).cloned(),
                filters,
            })
        }
        _ => {
            v.add(format!("{path}.type"), one_of(&["any", "integration"]));
            None
        }
    }
}

fn parse_filter(f: &pb::ResourceFilter, path: &str, v: &mut Violations) -> Option<ResourceFilter> {
    let Some(effect) = FilterEffect::parse(&f.effect) else {
        v.add(format!("{path}.effect"), one_of(FilterEffect::NAMES));
        return None;
    };
    optional_text(v, format!("{path}.key"), &f.key, MAX_NAME_CHARS);
    let pattern = given(&f.pattern);
    match (effect, f.value.is_some(), pattern.is_some()) {
        (FilterEffect::RemoveAll, false, false) => {}
        (FilterEffect::RemoveAll, _, _) => {
            v.add(path, "a removeAll filter takes neither value nor pattern");
        }
        (_, true, true) => v.add(
            path,
            "set either value or pattern, not both (an empty pattern counts as not set)",
        ),
        (_, false, false) => v.add(path, "a keep or remove filter needs a value or a pattern"),
        _ => {}
    }
    if let Some(pattern) = pattern {
        let field = format!("{path}.pattern");
        if pattern.chars().count() > MAX_PATTERN_CHARS {
            v.add(field, format!("must be at most {MAX_PATTERN_CHARS} characters"));
        } else if let Err(e) = regex::RegexBuilder::new(pattern).size_limit(PATTERN_SIZE_LIMIT).build() {
            v.add(
                field,
                format!("is not a valid regular expression: {}", first_line(&e.to_string())),
            );
        }
    }
    Some(ResourceFilter {
        effect,
        key: given(&f.key).cloned(),
        value: f.value,
        pattern: pattern.cloned(),
    })
}

/// regex errors span several lines with a caret diagram; keep the message.
fn first_line(message: &str) -> String {
    message
        .lines()
        .rev()
        .find(|l| l.starts_with("error:"))
        .unwrap_or_else(|| message.lines().next().unwrap_or_default())
        .trim_start_matches("error: ")
        .to_string()
}

fn parse_approval(a: &pb::Approval, path: &str, v: &mut Violations) -> Option<Approval> {
    let present = [
        ("directory", given(&a.directory).is_some()),
        ("integration", given(&a.integration).is_some()),
        ("profile_property", given(&a.profile_property).is_some()),
        ("id", given(&a.id).is_some()),
        ("label", given(&a.label).is_some()),
        ("services", !a.services.is_empty()),
    ];
    let mut uses = |used: &[&str]| forbid_unused(v, path, &a.r#type, &present, used);
    let kind = match a.r#type.as_str() {
        "auto" | "escalation" => {
            uses(&["integration", "services"]);
            let integration = required(v, format!("{path}.integration"), &a.integration, MAX_NAME_CHARS).to_string();
            let services = parse_services(&a.services, &format!("{path}.services"), a.r#type == "escalation", v);
            if a.r#type == "auto" {
                ApprovalKind::Auto { integration, services }
            } else {
                ApprovalKind::Escalation { integration, services }
            }
        }
        "group" => {
            uses(&["directory", "id", "label"]);
            optional_text(v, format!("{path}.label"), &a.label, MAX_NAME_CHARS);
            ApprovalKind::Group {
                directory: required(v, format!("{path}.directory"), &a.directory, MAX_NAME_CHARS).to_string(),
                id: required(v, format!("{path}.id"), &a.id, MAX_NAME_CHARS).to_string(),
                label: given(&a.label).cloned(),
            }
        }
        "requestor-profile" => {
            uses(&["directory", "profile_property"]);
            ApprovalKind::RequestorProfile {
                directory: required(v, format!("{path}.directory"), &a.directory, MAX_NAME_CHARS).to_string(),
                profile_property: required(
                    v,
                    format!("{path}.profile_property"),
                    &a.profile_property,
                    MAX_NAME_CHARS,
                )
                .to_string(),
            }
        }
        simple @ ("deny" | "persistent" | "p0") => {
            uses(&[]);
            match simple {
                "deny" => ApprovalKind::Deny,
                "persistent" => ApprovalKind::Persistent,
                _ => ApprovalKind::P0,
            }
        }
        _ => {
            v.add(format!("{path}.type"), one_of(ApprovalKind::NAMES));
            return None;
        }
    };
    let options = a
        .options
        .as_ref()
        .map(|o| parse_options(o, &format!("{path}.options"), v));
    Some(Approval { kind, options })
}

fn parse_services(services: &[String], path: &str, required: bool, v: &mut Violations) -> Vec<String> {
    if required && services.is_empty() {
        v.add(path, "must list at least one service");
    }
    if services.len() > MAX_SERVICES {
        v.add(path, format!("must list at most {MAX_SERVICES} services"));
        return Vec::new();
    }
    for (i, s) in services.iter().enumerate() {
        v.check_text(&format!("{path}[{i}]"), s, MAX_NAME_CHARS);
        if services[..i].contains(s) {
            v.add(format!("{path}[{i}]"), "is listed twice");
        }
    }
    services.to_vec()
}

fn parse_options(o: &pb::ApprovalOptions, path: &str, v: &mut Violations) -> ApprovalOptions {
    let mut seconds = |name: &str, value: Option<i32>| -> Option<u32> {
        let value = value?;
        if let Some(problem) = bounds::span_problem(i64::from(value), bounds::MAX_SPAN_SECONDS, "seconds") {
            v.add(format!("{path}.{name}"), problem);
            return None;
        }
        u32::try_from(value).ok()
    };
    ApprovalOptions {
        allow_one_party: o.allow_one_party,
        require_reason: o.require_reason,
        cooldown: seconds("cooldown", o.cooldown),
        duration: seconds("duration", o.duration),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    /// Rule `r` for an integration resource of `aws` with one filter.
    fn with_filter(key: &str, filter: pb::ResourceFilter) -> pb::RoutingRule {
        pb::RoutingRule {
            resource: Some(pb::Resource {
                r#type: "integration".into(),
                service: Some("aws".into()),
                filters: [(key.to_string(), filter)].into(),
                ..Default::default()
            }),
            ..any_p0("r")
        }
    }

    fn any_p0(name: &str) -> pb::RoutingRule {
        pb::RoutingRule {
            name: name.into(),
            disabled: false,
            requestor: Some(pb::Requestor {
                r#type: "any".into(),
                ..Default::default()
            }),
            resource: Some(pb::Resource {
                r#type: "any".into(),
                ..Default::default()
            }),
            approval: vec![pb::Approval {
                r#type: "p0".into(),
                ..Default::default()
            }],
        }
    }

    /// The violations of validating `rule` alone, as (field, description).
    fn violations_of(rule: pb::RoutingRule) -> Vec<(String, String)> {
        match super::rule(&rule, "rule") {
            Ok(_) => vec![],
            Err(Error::InvalidArgument(v)) => v.into_iter().map(|v| (v.field, v.description)).collect(),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    fn fields_of(rule: pb::RoutingRule) -> Vec<String> {
        violations_of(rule).into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn empty_strings_and_lists_in_fields_a_type_does_not_use_are_not_set() {
        let empty = || Some(String::new());
        let mut rule = any_p0("generated-client");
        rule.requestor = Some(pb::Requestor {
            r#type: "any".into(),
            uid: empty(),
            directory: empty(),
            id: empty(),
            label: empty(),
            effect: empty(),
        });
        rule.resource = Some(pb::Resource {
            r#type: "any".into(),
            service: empty(),
            access_type: empty(),
            filters: Default::default(),
        });
        rule.approval = vec![pb::Approval {
            r#type: "p0".into(),
            directory: empty(),
            integration: empty(),
            profile_property: empty(),
            id: empty(),
            label: empty(),
            services: vec![],
            options: None,
        }];
        let parsed = super::rule(&rule, "rule").expect("empty strings are not set");
        assert_eq!(parsed, super::rule(&any_p0("generated-client"), "rule").unwrap());

        // In a field the type uses but does not need, empty is unset too.
        let mut group = any_p0("g");
        group.requestor = Some(pb::Requestor {
            r#type: "group".into(),
            uid: empty(),
            directory: Some("okta".into()),
            id: Some("sre".into()),
            label: empty(),
            effect: empty(),
        });
        let parsed = super::rule(&group, "rule").unwrap();
        assert!(matches!(
            parsed.requestor,
            Requestor::Group {
                label: None,
                effect: None,
                ..
            }
        ));

        // A required field stays required, and a filter with both a value and
        // a pattern stays refused, saying an empty pattern would do.
        group.requestor.as_mut().unwrap().id = empty();
        assert_eq!(fields_of(group), ["rule.requestor.id"]);
        let mut filtered = any_p0("f");
        let filter = |pattern: &str| pb::ResourceFilter {
            effect: "keep".into(),
            key: Some(String::new()),
            value: Some(true),
            pattern: Some(pattern.into()),
        };
        filtered.resource = Some(pb::Resource {
            r#type: "integration".into(),
            service: Some("aws".into()),
            access_type: empty(),
            filters: [("a".to_string(), filter("")), ("b".to_string(), filter("x"))].into(),
        });
        let violations = violations_of(filtered);
        assert_eq!(violations.len(), 1, "{violations:?}");
        assert_eq!(violations[0].0, "rule.resource.filters[\"b\"]");
        assert!(
            violations[0]
                .1
                .contains("not both (an empty pattern counts as not set)")
        );
    }

    #[test]
    fn every_valid_shape_round_trips_exactly() {
        let mut filters = std::collections::HashMap::new();
        filters.insert(
            "name".to_string(),
            pb::ResourceFilter {
                effect: "keep".into(),
                pattern: Some("^prod-".into()),
                ..Default::default()
            },
        );
        filters.insert(
            "archived".to_string(),
            pb::ResourceFilter {
                effect: "removeAll".into(),
                key: Some("tag".into()),
                ..Default::default()
            },
        );
        let rules = vec![
            any_p0("plain"),
            pb::RoutingRule {
                name: "everything".into(),
                disabled: true,
                requestor: Some(pb::Requestor {
                    r#type: "group".into(),
                    directory: Some("okta".into()),
                    id: Some("g1".into()),
                    label: Some("Group one".into()),
                    effect: Some("remove".into()),
                    ..Default::default()
                }),
                resource: Some(pb::Resource {
                    r#type: "integration".into(),
                    service: Some("aws".into()),
                    access_type: Some("role".into()),
                    filters,
                }),
                approval: vec![
                    pb::Approval {
                        r#type: "auto".into(),
                        integration: Some("pagerduty".into()),
                        services: vec!["api".into()],
                        options: Some(pb::ApprovalOptions::default()),
                        ..Default::default()
                    },
                    pb::Approval {
                        r#type: "escalation".into(),
                        integration: Some("pagerduty".into()),
                        services: vec!["api".into(), "db".into()],
                        ..Default::default()
                    },
                    pb::Approval {
                        r#type: "group".into(),
                        directory: Some("azure-ad".into()),
                        id: Some("approvers".into()),
                        label: Some("Approvers".into()),
                        ..Default::default()
                    },
                    pb::Approval {
                        r#type: "requestor-profile".into(),
                        directory: Some("workspace".into()),
                        profile_property: Some("manager".into()),
                        options: Some(pb::ApprovalOptions {
                            allow_one_party: Some(true),
                            require_reason: Some(false),
                            cooldown: Some(0),
                            duration: Some(86_400),
                        }),
                        ..Default::default()
                    },
                    pb::Approval {
                        r#type: "persistent".into(),
                        ..Default::default()
                    },
                    pb::Approval {
                        r#type: "deny".into(),
                        ..Default::default()
                    },
                ],
            },
            pb::RoutingRule {
                name: "one user".into(),
                requestor: Some(pb::Requestor {
                    r#type: "user".into(),
                    uid: Some("alice@acme.test".into()),
                    ..Default::default()
                }),
                ..any_p0("")
            },
        ];
        let parsed = workflow_rules(&rules, "workflow.rules", 100).expect("valid");
        let encoded: Vec<pb::RoutingRule> = parsed.iter().map(Into::into).collect();
        assert_eq!(encoded, rules);
        // And through the stored JSON form.
        let stored: Vec<RoutingRule> = serde_json::from_str(&serde_json::to_string(&parsed).unwrap()).unwrap();
        assert_eq!(stored, parsed);
    }

    #[test]
    fn unknown_types_are_named_with_the_allowed_values() {
        let mut rule = any_p0("r");
        rule.requestor.as_mut().unwrap().r#type = "robot".into();
        rule.resource.as_mut().unwrap().r#type = "galaxy".into();
        rule.approval[0].r#type = "vibes".into();
        let v = violations_of(rule);
        assert_eq!(v.len(), 3);
        assert_eq!(
            v[0],
            ("rule.requestor.type".into(), "must be one of: any, user, group".into())
        );
        assert_eq!(
            v[1],
            ("rule.resource.type".into(), "must be one of: any, integration".into())
        );
        assert_eq!(v[2].0, "rule.approval[0].type");
        assert!(v[2].1.contains("requestor-profile"));
    }

    #[test]
    fn an_invalid_regex_pattern_is_refused() {
        let rule = with_filter(
            "name",
            pb::ResourceFilter {
                effect: "keep".into(),
                pattern: Some("prod-(".into()),
                ..Default::default()
            },
        );
        let v = violations_of(rule);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].0, "rule.resource.filters[\"name\"].pattern");
        assert!(v[0].1.starts_with("is not a valid regular expression"), "{}", v[0].1);
    }

    #[test]
    fn a_filter_needs_exactly_the_right_matcher() {
        let filter = |effect: &str, value: Option<bool>, pattern: Option<&str>| {
            fields_of(with_filter(
                "f",
                pb::ResourceFilter {
                    effect: effect.into(),
                    value,
                    pattern: pattern.map(String::from),
                    ..Default::default()
                },
            ))
        };
        assert!(filter("keep", Some(true), None).is_empty());
        assert!(filter("remove", None, Some("x")).is_empty());
        assert!(filter("removeAll", None, None).is_empty());
        assert_eq!(filter("keep", None, None), ["rule.resource.filters[\"f\"]"]);
        assert_eq!(filter("keep", Some(true), Some("x")), ["rule.resource.filters[\"f\"]"]);
        assert_eq!(filter("removeAll", Some(false), None), ["rule.resource.filters[\"f\"]"]);
        assert_eq!(filter("drop", None, None), ["rule.resource.filters[\"f\"].effect"]);
    }

    #[test]
    fn negative_cooldown_and_duration_are_refused() {
        let mut rule = any_p0("r");
        rule.approval[0].options = Some(pb::ApprovalOptions {
            cooldown: Some(-1),
            duration: Some(i32::MIN),
            ..Default::default()
        });
        assert_eq!(
            fields_of(rule),
            ["rule.approval[0].options.cooldown", "rule.approval[0].options.duration"]
        );
    }

    #[test]
    fn names_must_be_present_bounded_and_unique() {
        let mut empty = any_p0("");
        empty.name.clear();
        assert_eq!(fields_of(empty), ["rule.name"]);
        assert_eq!(fields_of(any_p0(&"x".repeat(256))), ["rule.name"]);
        assert!(fields_of(any_p0(&"x".repeat(255))).is_empty());
        assert_eq!(fields_of(any_p0(" padded")), ["rule.name"]);
        assert_eq!(fields_of(any_p0("a/b")), ["rule.name"]);
        assert_eq!(fields_of(any_p0("tab\there")), ["rule.name"]);

        let err = workflow_rules(&[any_p0("a"), any_p0("b"), any_p0("a")], "workflow.rules", 100).unwrap_err();
        let Error::InvalidArgument(v) = err else { panic!() };
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].field, "workflow.rules[2].name");
        assert!(v[0].description.contains("workflow.rules[0]"));
    }

    #[test]
    fn an_oversized_rule_list_is_refused_whole() {
        let max = 20;
        let rules: Vec<pb::RoutingRule> = (0..=max).map(|i| any_p0(&format!("r{i}"))).collect();
        let Error::InvalidArgument(v) = workflow_rules(&rules, "workflow.rules", max).unwrap_err() else {
            panic!()
        };
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].field, "workflow.rules");
        assert_eq!(v[0].description, "must hold at most 20 rules, got 21");
        assert!(workflow_rules(&rules[..max], "workflow.rules", max).is_ok());
    }

    #[test]
    fn fields_of_another_type_are_refused() {
        let mut rule = any_p0("r");
        rule.requestor.as_mut().unwrap().uid = Some("alice@acme.test".into());
        rule.approval[0].services = vec!["x".into()];
        assert_eq!(fields_of(rule), ["rule.requestor.uid", "rule.approval[0].services"]);
    }

    #[test]
    fn type_specific_fields_are_required() {
        let mut rule = any_p0("r");
        rule.requestor = Some(pb::Requestor {
            r#type: "group".into(),
            ..Default::default()
        });
        rule.approval = vec![
            pb::Approval {
                r#type: "escalation".into(),
                ..Default::default()
            },
            pb::Approval {
                r#type: "requestor-profile".into(),
                ..Default::default()
            },
        ];
        let mut fields = fields_of(rule);
        fields.sort();
        assert_eq!(
            fields,
            [
                "rule.approval[0].integration",
                "rule.approval[0].services",
                "rule.approval[1].directory",
                "rule.approval[1].profile_property",
                "rule.requestor.directory",
                "rule.requestor.id",
            ]
        );
    }

    #[test]
    fn missing_requestor_and_resource_are_required() {
        let mut rule = any_p0("r");
        rule.requestor = None;
        rule.resource = None;
        assert_eq!(fields_of(rule), ["rule.requestor", "rule.resource"]);
    }
}

//! Whether a routing rule's `resource` covers the requested resource, and
//! why: the service, the access type, and every filter.
//!
//! A filter names a resource attribute by its `key`, else by its map key.
//! The built-in attributes (`service`, `id`/`resource_id`/`name`,
//! `type`/`resource_type`, `access_type`) come first, so a tag sent by the
//! requester's client can never stand in for the resource's own id; any
//! other name is a tag.

use regex::Regex;

use super::input::RequestedResource;
use crate::domain::routing::validate::PATTERN_SIZE_LIMIT;
use crate::domain::routing::{FilterEffect, Resource, ResourceFilter};

/// `Ok(reasons)` when the resource matches, `Err(reasons)` (the first
/// mismatch last) when not.
pub fn matches(resource: &Resource, requested: &RequestedResource) -> Result<Vec<String>, Vec<String>> {
    let (service, access_type, filters) = match resource {
        Resource::Any => return Ok(vec!["resource: any".into()]),
        Resource::Integration {
            service,
            access_type,
            filters,
        } => (service, access_type, filters),
    };
    if *service != requested.service {
        return Err(vec![format!(
            "resource: service is {}, rule wants {service}",
            requested.service
        )]);
    }
    let mut reasons = vec![format!("resource: service {service}")];
    if let Some(wanted) = access_type
        && *wanted != requested.access_type
    {
        let actual = none_if_empty(&requested.access_type);
        reasons.push(format!("resource: access type is {actual}, rule wants {wanted}"));
        return Err(reasons);
    }
    for (name, filter) in filters {
        match filter_passes(name, filter, requested) {
            Ok(reason) => reasons.push(reason),
            Err(reason) => {
                reasons.push(reason);
                return Err(reasons);
            }
        }
    }
    Ok(reasons)
}

fn none_if_empty(s: &str) -> &str {
    if s.is_empty() { "none" } else { s }
}

/// The value of a resource attribute, `None` when the resource lacks it.
fn attribute<'a>(requested: &'a RequestedResource, name: &str) -> Option<&'a str> {
    let value = match name {
        "service" => requested.service.as_str(),
        "id" | "resource_id" | "name" => requested.resource_id.as_str(),
        "type" | "resource_type" => requested.resource_type.as_str(),
        "access_type" => requested.access_type.as_str(),
        tag => return requested.tags.get(tag).map(String::as_str),
    };
    Some(value).filter(|v| !v.is_empty())
}

fn filter_passes(name: &str, filter: &ResourceFilter, requested: &RequestedResource) -> Result<String, String> {
    let attr = filter.key.as_deref().unwrap_or(name);
    let value = attribute(requested, attr);
    let label = format!("filter {name}");
    let Some(value) = value else {
        return match filter.effect {
            FilterEffect::Keep => Err(format!(
                "{label}: resource has no {attr}, rule keeps only matching ones"
            )),
            FilterEffect::Remove | FilterEffect::RemoveAll => Ok(format!("{label}: resource has no {attr}")),
        };
    };
    if filter.effect == FilterEffect::RemoveAll {
        return Err(format!("{label}: removes every resource with {attr}"));
    }
    let (hit, wanted) = value_matches(filter, value);
    match (filter.effect, hit) {
        (FilterEffect::Keep, true) => Ok(format!("{label}: {attr} {value} matches {wanted}")),
        (FilterEffect::Keep, false) => Err(format!("{label}: {attr} {value} does not match {wanted}")),
        (_, true) => Err(format!(
            "{label}: {attr} {value} matches {wanted}, which the rule removes"
        )),
        (_, false) => Ok(format!("{label}: {attr} {value} does not match {wanted}")),
    }
}

/// Whether `value` meets the filter's `value` or `pattern`, and how the
/// wanted value reads in a reason.
fn value_matches(filter: &ResourceFilter, value: &str) -> (bool, String) {
    if let Some(wanted) = filter.value {
        let parsed = value
            .parse::<bool>()
            .ok()
            .or_else(|| match value.to_ascii_lowercase().as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            });
        return (parsed == Some(wanted), wanted.to_string());
    }
    let pattern = filter.pattern.as_deref().unwrap_or_default();
    // Patterns are validated on save; one that no longer compiles matches
    // nothing rather than failing the evaluation.
    let hit = full_match(pattern).is_some_and(|re| re.is_match(value));
    (hit, format!("/{pattern}/"))
}

/// The pattern anchored at both ends: P0 patterns match the whole value.
/// Each rule is matched once per evaluation, so each pattern compiles once.
fn full_match(pattern: &str) -> Option<Regex> {
    regex::RegexBuilder::new(&format!("^(?:{pattern})$"))
        .size_limit(PATTERN_SIZE_LIMIT)
        .build()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn requested() -> RequestedResource {
        RequestedResource {
            service: "aws".into(),
            resource_type: "role".into(),
            resource_id: "prod-db-admin".into(),
            access_type: "permission-set".into(),
            tags: [
                ("env".to_string(), "prod".to_string()),
                ("pii".to_string(), "TRUE".to_string()),
            ]
            .into(),
            permissions: vec![],
        }
    }

    fn integration(access_type: Option<&str>, filters: &[(&str, ResourceFilter)]) -> Resource {
        Resource::Integration {
            service: "aws".into(),
            access_type: access_type.map(String::from),
            filters: filters.iter().map(|(k, f)| (k.to_string(), f.clone())).collect(),
        }
    }

    fn filter(effect: FilterEffect, value: Option<bool>, pattern: Option<&str>) -> ResourceFilter {
        ResourceFilter {
            effect,
            key: None,
            value,
            pattern: pattern.map(String::from),
        }
    }

    #[test]
    fn any_resource_matches_everything() {
        assert!(matches(&Resource::Any, &requested()).is_ok());
    }

    #[test]
    fn an_integration_resource_needs_the_same_service() {
        let mut other = requested();
        other.service = "gcp".into();
        let reasons = matches(&integration(None, &[]), &other).unwrap_err();
        assert_eq!(reasons, ["resource: service is gcp, rule wants aws"]);
    }

    #[test]
    fn an_access_type_must_equal_the_requested_one() {
        assert!(matches(&integration(Some("permission-set"), &[]), &requested()).is_ok());
        let reasons = matches(&integration(Some("role"), &[]), &requested()).unwrap_err();
        assert!(
            reasons
                .last()
                .unwrap()
                .contains("access type is permission-set, rule wants role")
        );
    }

    #[test]
    fn a_keep_pattern_must_match_the_whole_value() {
        let keep = |p: &str| integration(None, &[("name", filter(FilterEffect::Keep, None, Some(p)))]);
        assert!(matches(&keep("prod-.*"), &requested()).is_ok());
        assert!(
            matches(&keep("prod"), &requested()).is_err(),
            "a prefix is not a full match"
        );
        assert!(
            matches(&keep("db|prod-db-admin"), &requested()).is_ok(),
            "alternation is anchored as a group"
        );
    }

    #[test]
    fn a_remove_pattern_excludes_matching_resources_only() {
        let remove = |p: &str| integration(None, &[("env", filter(FilterEffect::Remove, None, Some(p)))]);
        assert!(matches(&remove("prod"), &requested()).is_err());
        assert!(matches(&remove("dev"), &requested()).is_ok());
    }

    #[test]
    fn remove_all_excludes_any_resource_with_the_attribute() {
        let rule = integration(None, &[("env", filter(FilterEffect::RemoveAll, None, None))]);
        assert!(matches(&rule, &requested()).is_err());
        let rule = integration(None, &[("team", filter(FilterEffect::RemoveAll, None, None))]);
        assert!(matches(&rule, &requested()).is_ok());
    }

    #[test]
    fn a_keep_filter_refuses_a_resource_without_the_attribute() {
        let rule = integration(None, &[("team", filter(FilterEffect::Keep, None, Some(".*")))]);
        assert!(matches(&rule, &requested()).is_err());
    }

    #[test]
    fn boolean_filters_compare_boolean_attributes() {
        let keep = |v: bool| integration(None, &[("pii", filter(FilterEffect::Keep, Some(v), None))]);
        assert!(matches(&keep(true), &requested()).is_ok());
        assert!(matches(&keep(false), &requested()).is_err());
        let not_bool = integration(None, &[("env", filter(FilterEffect::Keep, Some(true), None))]);
        assert!(matches(&not_bool, &requested()).is_err());
    }

    #[test]
    fn the_filter_key_names_the_attribute_over_the_map_key() {
        let mut f = filter(FilterEffect::Keep, None, Some("role"));
        f.key = Some("resource_type".into());
        assert!(matches(&integration(None, &[("kind", f)]), &requested()).is_ok());
    }

    #[test]
    fn a_tag_cannot_stand_in_for_the_resource_id() {
        let mut spoof = requested();
        spoof.tags.insert("id".into(), "staging".into());
        let rule = integration(None, &[("id", filter(FilterEffect::Keep, None, Some("staging")))]);
        assert!(matches(&rule, &spoof).is_err());
    }

    #[test]
    fn an_invalid_stored_pattern_matches_nothing_and_never_panics() {
        let rule = integration(None, &[("name", filter(FilterEffect::Keep, None, Some("(")))]);
        assert!(matches(&rule, &requested()).is_err());
        let rule = integration(None, &[("name", filter(FilterEffect::Remove, None, Some("(")))]);
        assert!(matches(&rule, &requested()).is_ok());
    }
}

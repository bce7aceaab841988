//! Whether a routing rule's `resource` covers the requested resource, and
//! why: the service, the access type, and every filter.
//!
//! A filter names a resource attribute by its `key`, else by its map key.
//! The built-in attributes (`service`, `id`/`resource_id`/`name`,
//! `type`/`resource_type`, `access_type`) come first, so a tag sent by the
//! requester's client can never stand in for the resource's own id; any
//! other name is a tag.

use regex::Regex;

use super::{explain::Reasons, input::RequestedResource};
use crate::domain::routing::{FilterEffect, PATTERN_SIZE_LIMIT, Resource, ResourceFilter};

/// A rule's `resource` ready to match: its filters' patterns compiled once,
/// when the org's policy is compiled, not on every evaluation.
#[derive(Debug, Clone)]
pub enum CompiledResource {
    Any,
    Integration {
        service: String,
        access_type: Option<String>,
        /// In the rule's (sorted) order.
        filters: Vec<CompiledFilter>,
    },
}

#[derive(Debug, Clone)]
pub struct CompiledFilter {
    /// The filter's map key.
    name: String,
    filter: ResourceFilter,
    /// `None` for a boolean filter, or for a stored pattern that no longer
    /// compiles (which matches nothing rather than failing evaluations).
    regex: Option<Regex>,
}

/// Compiled patterns by their text: an org's rules repeat patterns, and
/// each is compiled (and its matching state kept) once.
#[derive(Debug, Default)]
pub struct Patterns(std::collections::HashMap<String, Option<Regex>>);

impl Patterns {
    fn get(&mut self, pattern: &str) -> Option<Regex> {
        if let Some(compiled) = self.0.get(pattern) {
            return compiled.clone();
        }
        let compiled = full_match(pattern);
        self.0.insert(pattern.to_string(), compiled.clone());
        compiled
    }
}

impl CompiledResource {
    pub fn new(resource: &Resource) -> Self {
        Self::with_patterns(resource, &mut Patterns::default())
    }

    /// Compiles `resource`, taking patterns already compiled from
    /// `patterns` (and adding the new ones).
    pub fn with_patterns(resource: &Resource, patterns: &mut Patterns) -> Self {
        match resource {
            Resource::Any => Self::Any,
            Resource::Integration {
                service,
                access_type,
                filters,
            } => Self::Integration {
                service: service.clone(),
                access_type: access_type.clone(),
                filters: filters
                    .iter()
                    .map(|(name, filter)| CompiledFilter {
                        name: name.clone(),
                        regex: filter
                            .value
                            .is_none()
                            .then(|| patterns.get(filter.pattern.as_deref().unwrap_or_default()))
                            .flatten(),
                        filter: filter.clone(),
                    })
                    .collect(),
            },
        }
    }

    /// The service the resource is limited to; `None` for any resource.
    pub fn service(&self) -> Option<&str> {
        match self {
            Self::Any => None,
            Self::Integration { service, .. } => Some(service),
        }
    }

    /// Whether the requested resource matches: the service, the access
    /// type, and every filter. Reasons go to `why`, the first mismatch last.
    pub fn check(&self, requested: &RequestedResource, why: &mut impl Reasons) -> bool {
        let (service, access_type, filters) = match self {
            Self::Any => {
                why.note(|| "resource: any".into());
                return true;
            }
            Self::Integration {
                service,
                access_type,
                filters,
            } => (service, access_type, filters),
        };
        if *service != requested.service {
            why.note(|| format!("resource: service is {}, rule wants {service}", requested.service));
            return false;
        }
        why.note(|| format!("resource: service {service}"));
        if let Some(wanted) = access_type
            && *wanted != requested.access_type
        {
            let actual = none_if_empty(&requested.access_type);
            why.note(|| format!("resource: access type is {actual}, rule wants {wanted}"));
            return false;
        }
        filters.iter().all(|f| f.passes(requested, why))
    }
}

/// `Ok(reasons)` when the resource matches, `Err(reasons)` (the first
/// mismatch last) when not. Compiles the patterns on the spot: for tests
/// and one-off checks.
pub fn matches(resource: &Resource, requested: &RequestedResource) -> Result<Vec<String>, Vec<String>> {
    let mut reasons = Vec::new();
    if CompiledResource::new(resource).check(requested, &mut reasons) {
        Ok(reasons)
    } else {
        Err(reasons)
    }
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

impl CompiledFilter {
    fn passes(&self, requested: &RequestedResource, why: &mut impl Reasons) -> bool {
        let (name, filter) = (&self.name, &self.filter);
        let attr = filter.key.as_deref().unwrap_or(name);
        let label = || format!("filter {name}");
        let Some(value) = attribute(requested, attr) else {
            return match filter.effect {
                FilterEffect::Keep => {
                    why.note(|| format!("{}: resource has no {attr}, rule keeps only matching ones", label()));
                    false
                }
                FilterEffect::Remove | FilterEffect::RemoveAll => {
                    why.note(|| format!("{}: resource has no {attr}", label()));
                    true
                }
            };
        };
        if filter.effect == FilterEffect::RemoveAll {
            why.note(|| format!("{}: removes every resource with {attr}", label()));
            return false;
        }
        let hit = self.value_matches(value);
        let wanted = || self.wanted();
        match (filter.effect, hit) {
            (FilterEffect::Keep, true) => why.note(|| format!("{}: {attr} {value} matches {}", label(), wanted())),
            (FilterEffect::Keep, false) => {
                why.note(|| format!("{}: {attr} {value} does not match {}", label(), wanted()))
            }
            (_, true) => why.note(|| {
                format!(
                    "{}: {attr} {value} matches {}, which the rule removes",
                    label(),
                    wanted()
                )
            }),
            (_, false) => why.note(|| format!("{}: {attr} {value} does not match {}", label(), wanted())),
        }
        hit == (filter.effect == FilterEffect::Keep)
    }

    /// Whether `value` meets the filter's `value` or `pattern`.
    fn value_matches(&self, value: &str) -> bool {
        if let Some(wanted) = self.filter.value {
            let parsed = value.parse::<bool>().ok().or_else(|| {
                if value.eq_ignore_ascii_case("true") {
                    Some(true)
                } else if value.eq_ignore_ascii_case("false") {
                    Some(false)
                } else {
                    None
                }
            });
            return parsed == Some(wanted);
        }
        self.regex.as_ref().is_some_and(|re| re.is_match(value))
    }

    /// How the wanted value reads in a reason.
    fn wanted(&self) -> String {
        match self.filter.value {
            Some(wanted) => wanted.to_string(),
            None => format!("/{}/", self.filter.pattern.as_deref().unwrap_or_default()),
        }
    }
}

/// The pattern anchored at both ends: P0 patterns match the whole value.
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

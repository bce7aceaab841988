//! `google.api.http` path templates: parsing and matching.
//!
//! The grammar (from `google/api/http.proto`):
//!
//! ```text
//! Template = "/" Segments [ Verb ] ;
//! Segments = Segment { "/" Segment } ;
//! Segment  = "*" | "**" | LITERAL | Variable ;
//! Variable = "{" FieldPath [ "=" Segments ] "}" ;
//! Verb     = ":" LITERAL ;
//! ```
//!
//! `**` may only be the last segment, as in grpc-gateway: anything after it
//! would make matching ambiguous.

use percent_encoding::percent_decode_str;

/// One segment of a compiled template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    /// `*`: exactly one non-empty segment.
    Any,
    /// `**`: the rest of the path (one segment or more).
    Rest,
}

/// A variable: the request field it fills and the segments it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    /// The field path, such as `["ownership", "service"]`.
    pub field_path: Vec<String>,
    start: usize,
    end: usize,
}

/// A parsed path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    source: String,
    segments: Vec<Segment>,
    variables: Vec<Variable>,
    verb: Option<String>,
}

/// A template that does not follow the grammar; a build-time bug in the
/// protos, reported when the route table is built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("path template {template:?}: {problem}")]
pub struct TemplateError {
    template: String,
    problem: &'static str,
}

impl Template {
    /// The template as written in the proto (`/api/v1/access-flows/{id}`).
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn parse(source: &str) -> Result<Self, TemplateError> {
        let fail = |problem| TemplateError {
            template: source.to_string(),
            problem,
        };
        let rest = source.strip_prefix('/').ok_or_else(|| fail("must start with /"))?;
        // A verb follows the last segment, outside any variable braces.
        let (path, verb) = match rest.rfind(':') {
            Some(i) if !rest[i..].contains('}') => (&rest[..i], Some(rest[i + 1..].to_string())),
            _ => (rest, None),
        };
        let mut template = Template {
            source: source.to_string(),
            segments: Vec::new(),
            variables: Vec::new(),
            verb,
        };
        let mut chars = path;
        while !chars.is_empty() {
            if let Some(inner) = chars.strip_prefix('{') {
                let close = inner.find('}').ok_or_else(|| fail("unclosed {"))?;
                let (field, pattern) = match inner[..close].split_once('=') {
                    Some((field, pattern)) => (field, pattern),
                    None => (&inner[..close], "*"),
                };
                if field.is_empty() || field.split('.').any(|part| !is_ident(part)) {
                    return Err(fail("a variable must name a field path"));
                }
                let start = template.segments.len();
                for part in pattern.split('/') {
                    template
                        .segments
                        .push(parse_plain_segment(part).ok_or_else(|| fail("bad segment"))?);
                }
                template.variables.push(Variable {
                    field_path: field.split('.').map(str::to_string).collect(),
                    start,
                    end: template.segments.len(),
                });
                chars = &inner[close + 1..];
            } else {
                let end = chars.find('/').unwrap_or(chars.len());
                let part = &chars[..end];
                if part.contains(['{', '}']) {
                    return Err(fail("a variable must be a whole segment"));
                }
                template
                    .segments
                    .push(parse_plain_segment(part).ok_or_else(|| fail("bad segment"))?);
                chars = &chars[end..];
            }
            match chars.strip_prefix('/') {
                Some(next) if !next.is_empty() => chars = next,
                Some(_) => return Err(fail("trailing /")),
                None if chars.is_empty() => {}
                None => return Err(fail("a variable must be a whole segment")),
            }
        }
        if let Some(i) = template.segments.iter().position(|s| *s == Segment::Rest)
            && i + 1 != template.segments.len()
        {
            return Err(fail("** must be the last segment"));
        }
        Ok(template)
    }

    /// The template as written in the proto.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    pub fn variables(&self) -> &[Variable] {
        &self.variables
    }

    /// The variables' values if `path` matches, percent-decoded, in the
    /// order of [`Template::variables`].
    pub fn matches(&self, path: &str) -> Option<Vec<String>> {
        let rest = path.strip_prefix('/')?;
        let rest = match &self.verb {
            Some(verb) => rest.strip_suffix(verb.as_str())?.strip_suffix(':')?,
            None => rest,
        };
        let parts: Vec<&str> = rest.split('/').collect();
        let has_rest = self.segments.last() == Some(&Segment::Rest);
        let fixed = self.segments.len() - usize::from(has_rest);
        if parts.len() < self.segments.len() || (!has_rest && parts.len() != fixed) {
            return None;
        }
        for (segment, part) in self.segments.iter().zip(&parts) {
            match segment {
                Segment::Literal(literal) if literal != part => return None,
                Segment::Any | Segment::Rest if part.is_empty() => return None,
                _ => {}
            }
        }
        if has_rest && parts[fixed..].iter().any(|p| p.is_empty()) {
            return None;
        }
        let mut values = Vec::with_capacity(self.variables.len());
        for variable in &self.variables {
            let end = if variable.end == self.segments.len() {
                parts.len()
            } else {
                variable.end
            };
            let decoded: Option<Vec<String>> = parts[variable.start..end]
                .iter()
                .map(|p| percent_decode_str(p).decode_utf8().ok().map(|s| s.into_owned()))
                .collect();
            values.push(decoded?.join("/"));
        }
        Some(values)
    }

    /// How specific the template is, for choosing among several that match
    /// one path: literals beat `*`, which beats `**`, segment by segment.
    pub fn specificity(&self) -> Vec<u8> {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Literal(_) => 0,
                Segment::Any => 1,
                Segment::Rest => 2,
            })
            .collect()
    }

    /// The template in OpenAPI form: `/o/{org_id}/routing`, with a
    /// variable that spans several segments shown as one parameter.
    pub fn openapi_path(&self) -> String {
        let mut out = String::new();
        let mut i = 0;
        while i < self.segments.len() {
            out.push('/');
            if let Some(v) = self.variables.iter().find(|v| v.start == i) {
                out.push('{');
                out.push_str(&v.field_path.join("."));
                out.push('}');
                i = v.end.max(i + 1);
                continue;
            }
            match &self.segments[i] {
                Segment::Literal(l) => out.push_str(l),
                Segment::Any => out.push('*'),
                Segment::Rest => out.push_str("**"),
            }
            i += 1;
        }
        if let Some(verb) = &self.verb {
            out.push(':');
            out.push_str(verb);
        }
        out
    }
}

fn parse_plain_segment(part: &str) -> Option<Segment> {
    match part {
        "" => None,
        "*" => Some(Segment::Any),
        "**" => Some(Segment::Rest),
        literal if !literal.contains(['{', '}', '=', '*']) => Some(Segment::Literal(literal.to_string())),
        _ => None,
    }
}

fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Template {
        Template::parse(s).unwrap()
    }

    #[test]
    fn a_simple_variable_captures_one_segment() {
        let template = t("/o/{org_id}/routing/name/{name}");
        assert_eq!(
            template.matches("/o/acme/routing/name/prod"),
            Some(vec!["acme".into(), "prod".into()])
        );
        assert_eq!(template.matches("/o/acme/routing/name"), None);
        assert_eq!(template.matches("/o/acme/routing/name/prod/x"), None);
        assert_eq!(template.matches("/o//routing/name/prod"), None);
    }

    #[test]
    fn captured_values_are_percent_decoded() {
        assert_eq!(
            t("/o/{org_id}/routing/name/{name}").matches("/o/acme/routing/name/prod%20db%2Fread"),
            Some(vec!["acme".into(), "prod db/read".into()])
        );
    }

    #[test]
    fn a_double_wildcard_variable_captures_the_rest_of_the_path() {
        let template = t("/directory/v1/owners/{service}/resources/{resource_id=**}");
        assert_eq!(
            template.matches("/directory/v1/owners/aws/resources/arn/a/b"),
            Some(vec!["aws".into(), "arn/a/b".into()])
        );
        assert_eq!(template.matches("/directory/v1/owners/aws/resources"), None);
        assert_eq!(template.variables()[1].field_path, ["resource_id"]);
    }

    #[test]
    fn a_variable_with_a_pattern_spans_its_segments_and_checks_literals() {
        let template = t("/v1/{name=shelves/*/books/*}");
        assert_eq!(
            template.matches("/v1/shelves/1/books/2"),
            Some(vec!["shelves/1/books/2".into()])
        );
        assert_eq!(template.matches("/v1/shelves/1/novels/2"), None);
    }

    #[test]
    fn nested_field_paths_and_verbs_are_understood() {
        let template = t("/directory/v1/users/{user.id}:activate");
        assert_eq!(template.variables()[0].field_path, ["user", "id"]);
        assert_eq!(
            template.matches("/directory/v1/users/u1:activate"),
            Some(vec!["u1".into()])
        );
        assert_eq!(template.matches("/directory/v1/users/u1"), None);
    }

    #[test]
    fn malformed_templates_are_refused() {
        for bad in ["o/x", "/o/{org", "/o/{}/x", "/o/**/x", "/o/x/", "/o/a{b}", "/o/{a.}"] {
            assert!(Template::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn literals_are_more_specific_than_variables() {
        assert!(t("/r/evaluate").specificity() < t("/r/{id}").specificity());
        assert!(t("/r/{id}").specificity() < t("/r/{id=**}").specificity());
    }

    #[test]
    fn openapi_paths_name_each_variable_once() {
        assert_eq!(
            t("/directory/v1/owners/{service}/resources/{resource_id=**}").openapi_path(),
            "/directory/v1/owners/{service}/resources/{resource_id}"
        );
    }
}

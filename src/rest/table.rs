//! The route table: every `google.api.http` binding (additional bindings
//! included) of every service in the descriptor set, built once at startup.
//!
//! Nothing here is written per RPC: a new annotated RPC is routable as soon
//! as its proto is compiled.

use http::Method;
use prost_reflect::{DescriptorPool, FieldDescriptor, Kind, MessageDescriptor, MethodDescriptor};

use super::template::{Template, TemplateError};
use crate::pb::google::api::{HttpRule, http_rule::Pattern};

/// Where the HTTP request body goes in the request message.
#[derive(Debug, Clone)]
pub enum BodyTarget {
    /// No body: every field not in the path comes from the query string.
    None,
    /// `body: "*"`: the whole request message.
    Whole,
    /// `body: "field"`: one top-level field.
    Field(FieldDescriptor),
}

/// One HTTP binding of one RPC.
#[derive(Debug, Clone)]
pub struct Route {
    pub method: Method,
    pub template: Template,
    pub rpc: MethodDescriptor,
    pub body: BodyTarget,
    /// `response_body`: the response field that is the HTTP body.
    pub response_body: Option<FieldDescriptor>,
}

impl Route {
    /// The gRPC path the binding calls, `/jitgate.v1.RoutingService/GetRoutingRule`.
    pub fn grpc_path(&self) -> String {
        format!("/{}/{}", self.rpc.parent_service().full_name(), self.rpc.name())
    }

    pub fn input(&self) -> MessageDescriptor {
        self.rpc.input()
    }

    pub fn output(&self) -> MessageDescriptor {
        self.rpc.output()
    }
}

/// What a request's method and path select.
pub enum Lookup<'a> {
    Found(&'a Route, Vec<String>),
    /// The path is known but not with this method; the allowed ones.
    MethodNotAllowed(Vec<Method>),
    NotFound,
}

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("the descriptor set does not decode: {0}")]
    Descriptors(#[from] prost_reflect::DescriptorError),
    #[error("google.api.http is not in the descriptor set")]
    NoHttpExtension,
    #[error("{rpc}: {problem}")]
    Binding { rpc: String, problem: String },
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// Every route, in declaration order.
#[derive(Debug, Clone)]
pub struct Table {
    pool: DescriptorPool,
    routes: Vec<Route>,
}

impl Table {
    /// The table of jitgate's own protos, plus the `google.rpc` types that
    /// error details are printed with.
    pub fn jitgate() -> Result<Self, TableError> {
        let mut pool = DescriptorPool::decode(crate::pb::FILE_DESCRIPTOR_SET)?;
        pool.decode_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)?;
        Self::from_pool(pool)
    }

    pub fn from_pool(pool: DescriptorPool) -> Result<Self, TableError> {
        let http = pool
            .get_extension_by_name("google.api.http")
            .ok_or(TableError::NoHttpExtension)?;
        let mut routes = Vec::new();
        for service in pool.services() {
            for rpc in service.methods() {
                let options = rpc.options();
                if !options.has_extension(&http) {
                    continue;
                }
                let rule: HttpRule = match options.get_extension(&http).as_message() {
                    Some(message) => message.transcode_to().map_err(|e| TableError::Binding {
                        rpc: rpc.full_name().to_string(),
                        problem: e.to_string(),
                    })?,
                    None => continue,
                };
                if rpc.is_client_streaming() {
                    // Streaming request bodies have no HTTP/JSON mapping
                    // worth offering; no jitgate RPC streams requests.
                    return Err(binding_error(&rpc, "client-streaming RPCs cannot be bound"));
                }
                push_rule(&mut routes, &rpc, &rule)?;
                for additional in &rule.additional_bindings {
                    push_rule(&mut routes, &rpc, additional)?;
                }
            }
        }
        Ok(Self { pool, routes })
    }

    pub fn pool(&self) -> &DescriptorPool {
        &self.pool
    }

    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// The most specific route for `method` and `path`.
    pub fn lookup(&self, method: &Method, path: &str) -> Lookup<'_> {
        let mut best: Option<(&Route, Vec<String>)> = None;
        let mut allowed = Vec::new();
        for route in &self.routes {
            let Some(values) = route.template.matches(path) else {
                continue;
            };
            if route.method != *method {
                if !allowed.contains(&route.method) {
                    allowed.push(route.method.clone());
                }
                continue;
            }
            let better = best
                .as_ref()
                .is_none_or(|(b, _)| route.template.specificity() < b.template.specificity());
            if better {
                best = Some((route, values));
            }
        }
        match best {
            Some((route, values)) => Lookup::Found(route, values),
            None if allowed.is_empty() => Lookup::NotFound,
            None => Lookup::MethodNotAllowed(allowed),
        }
    }
}

fn binding_error(rpc: &MethodDescriptor, problem: impl Into<String>) -> TableError {
    TableError::Binding {
        rpc: rpc.full_name().to_string(),
        problem: problem.into(),
    }
}

fn push_rule(routes: &mut Vec<Route>, rpc: &MethodDescriptor, rule: &HttpRule) -> Result<(), TableError> {
    let (method, path) = match &rule.pattern {
        Some(Pattern::Get(p)) => (Method::GET, p),
        Some(Pattern::Put(p)) => (Method::PUT, p),
        Some(Pattern::Post(p)) => (Method::POST, p),
        Some(Pattern::Delete(p)) => (Method::DELETE, p),
        Some(Pattern::Patch(p)) => (Method::PATCH, p),
        Some(Pattern::Custom(custom)) => (
            Method::from_bytes(custom.kind.as_bytes()).map_err(|_| binding_error(rpc, "bad custom method"))?,
            &custom.path,
        ),
        None => return Err(binding_error(rpc, "a binding without a method")),
    };
    let template = Template::parse(path)?;
    let input = rpc.input();
    for variable in template.variables() {
        let field = field_at(&input, &variable.field_path)
            .ok_or_else(|| binding_error(rpc, format!("{path}: no field {}", variable.field_path.join("."))))?;
        if field.is_list() || field.is_map() || matches!(field.kind(), Kind::Message(_)) {
            return Err(binding_error(rpc, format!("{path}: a path variable must be a scalar")));
        }
    }
    let body = match rule.body.as_str() {
        "" => BodyTarget::None,
        "*" => BodyTarget::Whole,
        name => BodyTarget::Field(
            input
                .get_field_by_name(name)
                .ok_or_else(|| binding_error(rpc, format!("no body field {name}")))?,
        ),
    };
    let response_body = match rule.response_body.as_str() {
        "" => None,
        name => Some(
            rpc.output()
                .get_field_by_name(name)
                .ok_or_else(|| binding_error(rpc, format!("no response_body field {name}")))?,
        ),
    };
    routes.push(Route {
        method,
        template,
        rpc: rpc.clone(),
        body,
        response_body,
    });
    Ok(())
}

/// The field at a dotted path of proto field names, through singular
/// message fields.
pub fn field_at(message: &MessageDescriptor, path: &[String]) -> Option<FieldDescriptor> {
    let (last, parents) = path.split_last()?;
    let mut current = message.clone();
    for name in parents {
        let field = current.get_field_by_name(name)?;
        match field.kind() {
            Kind::Message(inner) if !field.is_list() && !field.is_map() => current = inner,
            _ => return None,
        }
    }
    current.get_field_by_name(last)
}

/// A message is a well-known type when protobuf's JSON mapping gives it a
/// special form (a Timestamp is a string, a Struct any object).
pub fn is_well_known(message: &MessageDescriptor) -> bool {
    message.package_name() == "google.protobuf"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table::jitgate().expect("the route table builds")
    }

    #[test]
    fn every_annotated_rpc_is_routable_at_its_own_path() {
        let table = table();
        let mut annotated = 0;
        let http = table.pool().get_extension_by_name("google.api.http").unwrap();
        for service in table.pool().services() {
            for rpc in service.methods() {
                if !rpc.options().has_extension(&http) {
                    continue;
                }
                annotated += 1;
                let routes: Vec<_> = table.routes().iter().filter(|r| r.rpc == rpc).collect();
                assert!(!routes.is_empty(), "{} has no route", rpc.full_name());
                for route in routes {
                    // A concrete path for the template: each variable's
                    // segments filled with a sample value.
                    let path = route
                        .template
                        .openapi_path()
                        .split('/')
                        .map(|s| if s.starts_with('{') { "sample" } else { s })
                        .collect::<Vec<_>>()
                        .join("/");
                    match table.lookup(&route.method, &path) {
                        Lookup::Found(found, _) => assert_eq!(found.rpc, rpc, "{} {path}", route.method),
                        _ => panic!("{} {path} does not route to {}", route.method, rpc.full_name()),
                    }
                }
            }
        }
        // Every jitgate RPC carries an annotation (docs/spec.md §2.1).
        let jitgate_rpcs: usize = table
            .pool()
            .services()
            .filter(|s| s.package_name() == "jitgate.v1")
            .map(|s| s.methods().len())
            .sum();
        assert_eq!(annotated, jitgate_rpcs);
    }

    #[test]
    fn a_known_path_with_another_method_is_method_not_allowed() {
        let table = table();
        match table.lookup(&Method::PATCH, "/o/acme/routing") {
            Lookup::MethodNotAllowed(allowed) => {
                assert!(
                    allowed.contains(&Method::GET) && allowed.contains(&Method::POST),
                    "{allowed:?}"
                )
            }
            _ => panic!("expected 405"),
        }
        assert!(matches!(table.lookup(&Method::GET, "/nowhere"), Lookup::NotFound));
    }

    #[test]
    fn literal_segments_win_over_variables() {
        let table = table();
        let Lookup::Found(route, _) = table.lookup(&Method::GET, "/o/acme/routing/name/x") else {
            panic!("routes");
        };
        assert_eq!(route.rpc.name(), "GetRoutingRule");
        let Lookup::Found(route, values) = table.lookup(&Method::GET, "/o/acme/routing/v1") else {
            panic!("routes");
        };
        assert_eq!(
            (route.rpc.name(), values),
            ("GetWorkflow", vec!["acme".into(), "v1".into()])
        );
    }

    #[test]
    fn additional_bindings_are_routed() {
        let table = table();
        let Lookup::Found(route, values) = table.lookup(&Method::GET, "/directory/v1/owners/aws/resources/a/b") else {
            panic!("routes");
        };
        assert_eq!(route.rpc.name(), "GetOwnership");
        assert_eq!(values, ["aws", "a/b"]);
    }
}

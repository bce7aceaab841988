//! The OpenAPI 3.0.3 document of the REST surface, generated from the
//! `google.api.http` annotations and the messages they reach.
//!
//! `build.rs` runs it and writes the document into `OUT_DIR`, so the server
//! serves a constant; its tests run it on the protos compiled the same way.
//!
//! The schemas describe what the transcoder (decision 0011) really prints:
//! proto3 JSON names, 64-bit integers as strings, enums by name, unset
//! singular messages as `null` (so they are `nullable`, never `required`),
//! and grpc-gateway's error body for every failure.

use std::collections::{BTreeMap, BTreeSet};

use prost_reflect::{
    DescriptorPool, DynamicMessage, FieldDescriptor, FileDescriptor, Kind, MessageDescriptor, MethodDescriptor,
    Value as Proto,
};
use serde_json::{Map, Value, json};

use super::{
    dialect,
    template::{Template, Variable},
};

/// The error answers every operation documents: grpc-gateway's status table
/// (`rest::status::http_status`) for the codes a jitgate RPC returns.
const ERROR_STATUSES: &[(&str, &str)] = &[
    ("400", "INVALID_ARGUMENT, FAILED_PRECONDITION or OUT_OF_RANGE"),
    ("401", "UNAUTHENTICATED: no token, or one that does not verify"),
    ("403", "PERMISSION_DENIED: another org, or a role that may not do this"),
    ("404", "NOT_FOUND"),
    ("409", "ALREADY_EXISTS or ABORTED (a concurrent write)"),
    ("429", "RESOURCE_EXHAUSTED; `Retry-After` says when to retry"),
    ("500", "INTERNAL: a server fault"),
    ("501", "UNIMPLEMENTED: the service is not in this build yet"),
    ("503", "UNAVAILABLE: the database cannot be reached"),
    ("default", "Any other gRPC status, in the same body"),
];

const ERROR_SCHEMA: &str = "google.rpc.Status";
const ANY_SCHEMA: &str = "google.protobuf.Any";

/// A document that could not be generated: an annotation the transcoder
/// would refuse too.
#[derive(Debug)]
pub struct OpenApiError(pub String);

impl std::fmt::Display for OpenApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OpenApiError {}

/// The document as committed at `docs/openapi.json`: pretty-printed, keys
/// sorted (serde_json's map is ordered by key), with a trailing newline.
pub fn render(pool: &DescriptorPool, version: &str) -> Result<String, OpenApiError> {
    let document = document(pool, version)?;
    let mut text = serde_json::to_string_pretty(&document).map_err(|e| OpenApiError(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// The document for every annotated RPC of every service in `pool`.
pub fn document(pool: &DescriptorPool, version: &str) -> Result<Value, OpenApiError> {
    let http = pool
        .get_extension_by_name("google.api.http")
        .ok_or_else(|| OpenApiError("google.api.http is not in the descriptor pool".into()))?;
    let mut schemas = Schemas::default();
    let mut paths: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    let mut tags = Vec::new();
    for service in pool.services() {
        let mut annotated = false;
        for rpc in service.methods() {
            let options = rpc.options();
            if !options.has_extension(&http) {
                continue;
            }
            let Some(rule) = options.get_extension(&http).as_message().cloned() else {
                continue;
            };
            annotated = true;
            let mut bindings = vec![rule.clone()];
            if let Some(Proto::List(more)) = rule.get_field_by_name("additional_bindings").as_deref() {
                bindings.extend(more.iter().filter_map(|b| b.as_message().cloned()));
            }
            for (index, binding) in bindings.iter().enumerate() {
                let binding = Binding::read(&rpc, binding)?;
                let operation_id = match index {
                    0 => format!("{}_{}", service.name(), rpc.name()),
                    // The first additional binding is the method's second.
                    n => format!("{}_{}_{}", service.name(), rpc.name(), n + 1),
                };
                let operation = operation(&rpc, &binding, operation_id, &mut schemas)?;
                let item = paths.entry(binding.path.clone()).or_default();
                if item.insert(binding.method.clone(), operation).is_some() {
                    return Err(OpenApiError(format!(
                        "{} {} is bound twice",
                        binding.method,
                        binding.template.as_str()
                    )));
                }
            }
        }
        if annotated {
            let mut tag = json!({ "name": service.name() });
            if let Some(text) = comments(&service.parent_file(), service.path()) {
                tag["description"] = Value::String(text);
            }
            tags.push(tag);
        }
    }
    refuse_equivalent_paths(paths.keys())?;
    schemas.insert_error_schemas();
    let paths: Map<String, Value> = paths.into_iter().map(|(k, v)| (k, Value::Object(v))).collect();
    Ok(json!({
        "openapi": "3.0.3",
        "info": {
            "title": "jitgate",
            "version": version,
            "description": "The REST surface of jitgate, transcoded from the google.api.http annotations \
                of its gRPC services (grpc-gateway semantics; docs/decisions/0011-rest-transcoding.md). \
                Generated from the protos at build time: do not edit.",
        },
        "servers": [{ "url": "/" }],
        "security": [{ "bearer": [] }],
        "tags": tags,
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" },
            },
            "responses": { "Error": error_response("An error, as grpc-gateway prints a gRPC status") },
            "schemas": schemas.finish(pool)?,
        },
    }))
}

/// OpenAPI treats `/users/{id}` and `/users/{user_id}` as one path and
/// forbids both; the short parameter names make jitgate's bindings agree,
/// and this keeps a future binding from breaking that unnoticed.
fn refuse_equivalent_paths<'a>(paths: impl Iterator<Item = &'a String>) -> Result<(), OpenApiError> {
    let mut shapes: BTreeMap<String, &String> = BTreeMap::new();
    for path in paths {
        let shape: String = path
            .split('/')
            .map(|s| if s.starts_with('{') { "{}" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        if let Some(other) = shapes.insert(shape, path) {
            return Err(OpenApiError(format!(
                "{other} and {path} are one OpenAPI path: name their variables alike"
            )));
        }
    }
    Ok(())
}

/// One HTTP binding, read from a `google.api.HttpRule` as a dynamic message
/// (build.rs has no generated types).
struct Binding {
    /// Lower case, as OpenAPI keys operations.
    method: String,
    template: Template,
    /// The OpenAPI name of each of the template's variables: the last part
    /// of its field path (`{user.id}` is `{id}`, as the other bindings of
    /// the resource name it), or the whole path if that would repeat.
    param_names: Vec<String>,
    /// The OpenAPI path, with those names.
    path: String,
    body: Option<String>,
    response_body: Option<FieldDescriptor>,
}

impl Binding {
    fn read(rpc: &MethodDescriptor, rule: &DynamicMessage) -> Result<Self, OpenApiError> {
        let fail = |problem: String| OpenApiError(format!("{}: {problem}", rpc.full_name()));
        let string = |name: &str| match rule.get_field_by_name(name).as_deref() {
            Some(Proto::String(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        };
        let mut pattern = None;
        for method in ["get", "put", "post", "delete", "patch"] {
            if rule.has_field_by_name(method) {
                pattern = string(method).map(|path| (method.to_string(), path));
            }
        }
        if rule.has_field_by_name("custom")
            && let Some(Proto::Message(custom)) = rule.get_field_by_name("custom").as_deref()
        {
            let kind = custom
                .get_field_by_name("kind")
                .and_then(|k| k.as_str().map(str::to_lowercase));
            let path = custom
                .get_field_by_name("path")
                .and_then(|p| p.as_str().map(str::to_string));
            if let (Some(kind), Some(path)) = (kind, path) {
                if !matches!(kind.as_str(), "head" | "options" | "trace") {
                    return Err(fail(format!("custom method {kind} has no OpenAPI operation")));
                }
                pattern = Some((kind, path));
            }
        }
        let (method, path) = pattern.ok_or_else(|| fail("a binding without a method".into()))?;
        let template = Template::parse(&path).map_err(|e| fail(e.to_string()))?;
        let last = |v: &Variable| v.field_path.last().cloned().unwrap_or_default();
        let mut param_names = Vec::new();
        let mut path = template.openapi_path();
        for variable in template.variables() {
            let short = last(variable);
            let repeated = template.variables().iter().filter(|v| last(v) == short).count() > 1;
            let name = if repeated { variable.field_path.join(".") } else { short };
            path = path.replace(
                &format!("{{{}}}", variable.field_path.join(".")),
                &format!("{{{name}}}"),
            );
            param_names.push(name);
        }
        let response_body = match string("response_body") {
            Some(name) => Some(
                rpc.output()
                    .get_field_by_name(&name)
                    .ok_or_else(|| fail(format!("no response_body field {name}")))?,
            ),
            None => None,
        };
        Ok(Self {
            method,
            template,
            param_names,
            path,
            body: string("body"),
            response_body,
        })
    }
}

fn operation(
    rpc: &MethodDescriptor,
    binding: &Binding,
    operation_id: String,
    schemas: &mut Schemas,
) -> Result<Value, OpenApiError> {
    let input = rpc.input();
    let fail = |problem: String| OpenApiError(format!("{}: {problem}", rpc.full_name()));
    let path_fields: Vec<Vec<String>> = binding
        .template
        .variables()
        .iter()
        .map(|v| v.field_path.clone())
        .collect();

    let mut parameters = Vec::new();
    for (field_path, name) in path_fields.iter().zip(&binding.param_names) {
        let field =
            field_at(&input, field_path).ok_or_else(|| fail(format!("no path field {}", field_path.join("."))))?;
        let mut schema = scalar_schema(&field, schemas);
        // An empty segment never matches a template (decision 0011).
        if schema.get("type") == Some(&json!("string")) {
            schema["minLength"] = json!(1);
        }
        let mut param = parameter(name, "path", true, schema, &field);
        if field_path.len() > 1 {
            let fills = format!("Fills `{}`.", field_path.join("."));
            let text = match param.get("description").and_then(Value::as_str) {
                Some(text) => format!("{text} {fills}"),
                None => fills,
            };
            param["description"] = Value::String(text);
        }
        parameters.push(param);
    }

    let mut request_body = None;
    match binding.body.as_deref() {
        Some("*") => {
            // The whole request, minus the fields the path fills.
            let mut schema = message_properties(&input, schemas);
            if let Some(Value::Object(properties)) = schema.get_mut("properties") {
                for field_path in path_fields.iter().filter(|p| p.len() == 1) {
                    if let Some(field) = input.get_field_by_name(&field_path[0]) {
                        properties.remove(field.json_name());
                    }
                }
            }
            request_body = Some(schema);
        }
        Some(name) => {
            let field = input
                .get_field_by_name(name)
                .ok_or_else(|| fail(format!("no body field {name}")))?;
            request_body = Some(body_field_schema(&field, schemas));
            query_parameters(&input, &[], &path_fields, Some(&field), &mut parameters, schemas);
        }
        None => query_parameters(&input, &[], &path_fields, None, &mut parameters, schemas),
    }

    let mut operation = json!({
        "operationId": operation_id,
        "tags": [rpc.parent_service().name()],
        "responses": responses(rpc, binding, schemas),
    });
    if let Some(text) = comments(&rpc.parent_file(), rpc.path()) {
        // The summary is the comment's first sentence, the description all of it.
        let first = text.split(". ").next().unwrap_or(&text).trim_end_matches('.');
        operation["summary"] = Value::String(first.replace('\n', " "));
        operation["description"] = Value::String(text);
    }
    if !parameters.is_empty() {
        operation["parameters"] = Value::Array(parameters);
    }
    if let Some(schema) = request_body {
        operation["requestBody"] = json!({
            "required": true,
            "content": { "application/json": { "schema": schema } },
        });
    }
    Ok(operation)
}

fn responses(rpc: &MethodDescriptor, binding: &Binding, schemas: &mut Schemas) -> Value {
    let mut responses = Map::new();
    let body = match &binding.response_body {
        Some(field) => body_field_schema(field, schemas),
        None => schemas.reference(&rpc.output()),
    };
    if binding.method == "delete" {
        // The transcoder answers a successful DELETE with 204 and no body.
        responses.insert("204".into(), json!({ "description": "Deleted" }));
    } else if rpc.is_server_streaming() {
        // One JSON object per line, as grpc-gateway frames streams; no
        // OpenAPI 3.0 schema describes a sequence, so each line is described.
        let line = json!({
            "type": "object",
            "properties": { "result": body, "error": schemas.error_reference() },
        });
        responses.insert(
            "200".into(),
            json!({
                "description": "A stream: one `{\"result\": …}` line per message, `{\"error\": …}` last on failure",
                "content": { "application/x-ndjson": { "schema": line } },
            }),
        );
    } else {
        responses.insert(
            "200".into(),
            json!({ "description": "OK", "content": { "application/json": { "schema": body } } }),
        );
    }
    for (status, _) in ERROR_STATUSES {
        responses.insert((*status).into(), json!({ "$ref": "#/components/responses/Error" }));
    }
    Value::Object(responses)
}

fn error_response(description: &str) -> Value {
    let mut text = description.to_string();
    text.push_str(". HTTP statuses: ");
    let list: Vec<String> = ERROR_STATUSES.iter().map(|(s, d)| format!("{s} {d}")).collect();
    text.push_str(&list.join("; "));
    json!({
        "description": text,
        "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{ERROR_SCHEMA}") } } },
    })
}

/// Query parameters for every leaf field not filled by the path or the
/// body, through singular non-well-known messages as `a.b` (the transcoder
/// resolves exactly these). Maps and repeated messages cannot be set from a
/// URL and are left out.
fn query_parameters(
    message: &MessageDescriptor,
    prefix: &[String],
    path_fields: &[Vec<String>],
    body: Option<&FieldDescriptor>,
    out: &mut Vec<Value>,
    schemas: &mut Schemas,
) {
    for field in message.fields() {
        if prefix.is_empty() && body == Some(&field) {
            continue;
        }
        let mut proto_path = prefix.to_vec();
        proto_path.push(field.name().to_string());
        if path_fields.contains(&proto_path) || field.is_map() {
            continue;
        }
        let name = json_path(message, prefix, &field);
        match field.kind() {
            Kind::Message(inner) if !is_well_known(&inner) => {
                // Recursive messages stop at the first repetition.
                let cycle = prefix.len() > 8;
                if !field.is_list() && !cycle && inner != *message {
                    query_parameters(&inner, &proto_path, path_fields, None, out, schemas);
                }
            }
            Kind::Message(inner) if !query_well_known(&inner) => {}
            _ => {
                let mut schema = scalar_schema(&field, schemas);
                if field.is_list() {
                    schema = json!({ "type": "array", "items": schema });
                }
                let mut param = parameter(&name, "query", false, schema, &field);
                if field.is_list() {
                    // `?a=1&a=2`, as the transcoder reads repeated fields.
                    param["style"] = json!("form");
                    param["explode"] = json!(true);
                }
                out.push(param);
            }
        }
    }
}

/// The dotted JSON-name path of `field` under `prefix` (proto names).
fn json_path(root: &MessageDescriptor, prefix: &[String], field: &FieldDescriptor) -> String {
    let mut names = Vec::new();
    let mut current = root.clone();
    for name in prefix {
        // `prefix` was built by walking these fields, so each resolves.
        if let Some(parent) = current.get_field_by_name(name) {
            names.push(parent.json_name().to_string());
            if let Kind::Message(inner) = parent.kind() {
                current = inner;
            }
        }
    }
    names.push(field.json_name().to_string());
    names.join(".")
}

fn parameter(name: &str, location: &str, required: bool, schema: Value, field: &FieldDescriptor) -> Value {
    let mut param = json!({ "name": name, "in": location, "required": required, "schema": schema });
    if let Some(text) = comments(&field.parent_file(), field.path()) {
        param["description"] = Value::String(text);
    }
    param
}

/// The schema of a field used as a whole body (`body: "field"` or
/// `response_body`): a message is printed as an object even when unset.
fn body_field_schema(field: &FieldDescriptor, schemas: &mut Schemas) -> Value {
    match field.kind() {
        Kind::Message(message) if !field.is_list() && !field.is_map() => schemas.reference(&message),
        _ => field_schema(field, schemas),
    }
}

/// The schema of a field's value as the transcoder prints it.
fn field_schema(field: &FieldDescriptor, schemas: &mut Schemas) -> Value {
    if field.is_map() {
        let Kind::Message(entry) = field.kind() else {
            return json!({ "type": "object" });
        };
        let value = entry.map_entry_value_field();
        return json!({ "type": "object", "additionalProperties": scalar_schema(&value, schemas) });
    }
    let item = scalar_schema(field, schemas);
    if field.is_list() {
        return json!({ "type": "array", "items": item });
    }
    match field.kind() {
        // An unset singular message prints as null, except a oneof member,
        // which is left out (json.rs).
        Kind::Message(_) if field.containing_oneof().is_none() => nullable(item),
        _ => item,
    }
}

fn nullable(schema: Value) -> Value {
    if schema.get("$ref").is_some() {
        // A `$ref`'s siblings are ignored in OpenAPI 3.0; wrap it.
        json!({ "allOf": [schema], "nullable": true })
    } else if schema.as_object().is_some_and(|o| o.is_empty()) {
        // `{}` (google.protobuf.Value) already admits null.
        schema
    } else {
        let mut schema = schema;
        schema["nullable"] = json!(true);
        schema
    }
}

/// The schema of one value of the field's kind (one item of a list).
fn scalar_schema(field: &FieldDescriptor, schemas: &mut Schemas) -> Value {
    if dialect::is_decimal_seconds(field) {
        // Printed as a number of seconds; a string "{seconds}.{nanos}" is
        // accepted too (dialect.rs).
        return json!({ "type": "number", "format": "double" });
    }
    kind_schema(&field.kind(), schemas)
}

fn kind_schema(kind: &Kind, schemas: &mut Schemas) -> Value {
    match kind {
        Kind::Double => json!({ "type": "number", "format": "double" }),
        Kind::Float => json!({ "type": "number", "format": "float" }),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => json!({ "type": "integer", "format": "int32" }),
        Kind::Uint32 | Kind::Fixed32 => {
            json!({ "type": "integer", "format": "int64", "minimum": 0, "maximum": u32::MAX })
        }
        // proto3 JSON prints 64-bit integers as strings (JavaScript's
        // numbers would lose precision).
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
            json!({ "type": "string", "format": "int64", "pattern": "^-?[0-9]+$" })
        }
        Kind::Uint64 | Kind::Fixed64 => json!({ "type": "string", "format": "uint64", "pattern": "^[0-9]+$" }),
        Kind::Bool => json!({ "type": "boolean" }),
        Kind::String => json!({ "type": "string" }),
        Kind::Bytes => json!({ "type": "string", "format": "byte" }),
        Kind::Enum(e) => {
            // The names printed and every name accepted (dialect.rs).
            let mut names: Vec<String> = Vec::new();
            for v in e.values() {
                names.push(dialect::printed_name(e.full_name(), v.name()).to_string());
                names.push(v.name().to_string());
            }
            names.extend(dialect::accepted_aliases(e.full_name()).map(str::to_string));
            let mut unique = Vec::new();
            for name in names {
                if !unique.contains(&name) {
                    unique.push(name);
                }
            }
            json!({ "type": "string", "enum": unique })
        }
        Kind::Message(message) => well_known_schema(message, schemas).unwrap_or_else(|| schemas.reference(message)),
    }
}

/// proto3 JSON's special forms for `google.protobuf` types.
fn well_known_schema(message: &MessageDescriptor, schemas: &mut Schemas) -> Option<Value> {
    let schema = match message.full_name() {
        "google.protobuf.Timestamp" => json!({ "type": "string", "format": "date-time" }),
        "google.protobuf.Duration" => json!({ "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]{1,9})?s$" }),
        "google.protobuf.FieldMask" => {
            json!({ "type": "string", "description": "Comma-separated field paths" })
        }
        "google.protobuf.Struct" => json!({ "type": "object", "additionalProperties": {} }),
        "google.protobuf.Value" => json!({}),
        "google.protobuf.ListValue" => json!({ "type": "array", "items": {} }),
        "google.protobuf.Empty" => json!({ "type": "object" }),
        "google.protobuf.Any" => schemas.reference(message),
        name if name.starts_with("google.protobuf.") && name.ends_with("Value") => {
            // Wrappers print as their value.
            let value = message.get_field_by_name("value")?;
            kind_schema(&value.kind(), schemas)
        }
        _ => return None,
    };
    Some(schema)
}

fn is_well_known(message: &MessageDescriptor) -> bool {
    message.package_name() == "google.protobuf"
}

/// Well-known types the transcoder accepts as one query value.
fn query_well_known(message: &MessageDescriptor) -> bool {
    matches!(
        message.full_name(),
        "google.protobuf.Timestamp" | "google.protobuf.Duration" | "google.protobuf.FieldMask"
    ) || (message.full_name().ends_with("Value")
        && !matches!(
            message.full_name(),
            "google.protobuf.Value" | "google.protobuf.ListValue"
        ))
}

/// The field at a dotted path of proto field names.
fn field_at(message: &MessageDescriptor, path: &[String]) -> Option<FieldDescriptor> {
    let (last, parents) = path.split_last()?;
    let mut current = message.clone();
    for name in parents {
        match current.get_field_by_name(name)?.kind() {
            Kind::Message(inner) => current = inner,
            _ => return None,
        }
    }
    current.get_field_by_name(last)
}

/// The message schemas the document refers to, by full name.
#[derive(Default)]
struct Schemas {
    wanted: BTreeSet<String>,
    done: BTreeMap<String, Value>,
}

impl Schemas {
    fn reference(&mut self, message: &MessageDescriptor) -> Value {
        self.wanted.insert(message.full_name().to_string());
        json!({ "$ref": format!("#/components/schemas/{}", message.full_name()) })
    }

    fn error_reference(&mut self) -> Value {
        json!({ "$ref": format!("#/components/schemas/{ERROR_SCHEMA}") })
    }

    /// grpc-gateway's error body; its details are `Any`s printed with
    /// their `@type` and the message's own fields.
    fn insert_error_schemas(&mut self) {
        self.wanted.remove(ERROR_SCHEMA);
        self.done.insert(
            ERROR_SCHEMA.into(),
            json!({
                "type": "object",
                "description": "A gRPC status, as grpc-gateway prints it",
                "required": ["code", "message", "details"],
                "properties": {
                    "code": { "type": "integer", "format": "int32", "description": "The gRPC status code" },
                    "message": { "type": "string" },
                    "details": {
                        "type": "array",
                        "items": { "$ref": format!("#/components/schemas/{ANY_SCHEMA}") },
                    },
                },
            }),
        );
        self.insert_any();
    }

    fn insert_any(&mut self) {
        self.wanted.remove(ANY_SCHEMA);
        self.done.insert(
            ANY_SCHEMA.into(),
            json!({
                "type": "object",
                "description": "A message of any type: its `@type` URL and its own fields",
                "required": ["@type"],
                "properties": { "@type": { "type": "string" } },
                "additionalProperties": {},
            }),
        );
    }

    /// Builds every wanted schema, and the ones those refer to.
    fn finish(mut self, pool: &DescriptorPool) -> Result<Value, OpenApiError> {
        while let Some(name) = self.wanted.pop_first() {
            if self.done.contains_key(&name) {
                continue;
            }
            if name == ANY_SCHEMA {
                self.insert_any();
                continue;
            }
            let message = pool
                .get_message_by_name(&name)
                .ok_or_else(|| OpenApiError(format!("no message {name}")))?;
            // Mark it first: a message may refer to itself.
            self.done.insert(name.clone(), Value::Null);
            let schema = message_properties(&message, &mut self);
            self.done.insert(name, schema);
            self.wanted.retain(|n| !self.done.contains_key(n));
        }
        Ok(Value::Object(self.done.into_iter().collect()))
    }
}

/// A message as an object of its fields by JSON name. Nothing is
/// `required`: proto3 has no required fields, and requests may leave any
/// field out.
fn message_properties(message: &MessageDescriptor, schemas: &mut Schemas) -> Value {
    let mut properties = Map::new();
    for field in message.fields() {
        let mut schema = field_schema(&field, schemas);
        if let Some(text) = comments(&field.parent_file(), field.path()) {
            schema = describe(schema, text);
        }
        properties.insert(field.json_name().to_string(), schema);
    }
    let mut schema = json!({ "type": "object", "properties": properties });
    if let Some(text) = comments(&message.parent_file(), message.path()) {
        schema["description"] = Value::String(text);
    }
    schema
}

/// Adds a description; a bare `$ref` is wrapped so the description is not
/// an ignored sibling.
fn describe(schema: Value, text: String) -> Value {
    let mut schema = if schema.get("$ref").is_some() {
        json!({ "allOf": [schema] })
    } else {
        schema
    };
    if let Value::Object(object) = &mut schema {
        object.insert("description".into(), Value::String(text));
    }
    schema
}

/// The leading comment of the element at `path` in its file, trimmed.
fn comments(file: &FileDescriptor, path: &[i32]) -> Option<String> {
    let info = file.file_descriptor_proto().source_code_info.as_ref()?;
    let location = info.location.iter().find(|l| l.path == path)?;
    let text = location.leading_comments.as_deref()?;
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
        .collect();
    let text = lines.join("\n").trim().to_string();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated() -> Value {
        document(&crate::test_pool(), "test").unwrap()
    }

    #[test]
    fn scalars_follow_the_proto3_json_mapping() {
        let doc = generated();
        let schemas = &doc["components"]["schemas"];
        let workflow = &schemas["jitgate.v1.Workflow"]["properties"];
        assert_eq!(workflow["createdDate"]["type"], "string");
        assert_eq!(workflow["createdDate"]["format"], "date-time");
        assert_eq!(workflow["createdDate"]["nullable"], true);
        assert_eq!(workflow["rules"]["type"], "array");
        let rule = &schemas["jitgate.v1.RoutingRule"]["properties"];
        // A singular message prints as null when unset, so it is nullable
        // through allOf (a $ref's siblings would be ignored).
        assert_eq!(rule["requestor"]["nullable"], true);
        assert!(rule["requestor"]["allOf"][0]["$ref"].is_string());
        assert!(
            schemas
                .as_object()
                .unwrap()
                .values()
                .all(|s| s.get("required").is_none()
                    || s["required"] == json!(["@type"])
                    || s["required"] == json!(["code", "message", "details"]))
        );
    }

    #[test]
    fn int64_enums_and_maps_use_their_json_forms() {
        let mut schemas = Schemas::default();
        let pool = crate::test_pool();
        let int64 = kind_schema(&Kind::Int64, &mut schemas);
        assert_eq!(
            (int64["type"].as_str(), int64["format"].as_str()),
            (Some("string"), Some("int64"))
        );
        let field = pool
            .all_messages()
            .flat_map(|m| m.fields().collect::<Vec<_>>())
            .find(|f| f.is_map())
            .expect("a map field");
        assert_eq!(field_schema(&field, &mut schemas)["type"], "object");
        let enum_field = pool
            .all_messages()
            .filter(|m| m.package_name() == "jitgate.v1")
            .flat_map(|m| m.fields().collect::<Vec<_>>())
            .find(|f| matches!(f.kind(), Kind::Enum(_)) && !f.is_list())
            .expect("an enum field");
        let schema = field_schema(&enum_field, &mut schemas);
        assert_eq!(schema["type"], "string");
        assert!(schema["enum"].as_array().unwrap().iter().all(Value::is_string));
    }

    #[test]
    fn a_delete_answers_204_and_errors_use_the_gateway_body() {
        let doc = generated();
        let delete = &doc["paths"]["/api/v1/access-flows/{id}"]["delete"];
        assert_eq!(delete["responses"]["204"]["description"], "Deleted");
        assert!(delete["responses"].get("200").is_none());
        assert_eq!(delete["responses"]["403"]["$ref"], "#/components/responses/Error");
        let error = &doc["components"]["schemas"][ERROR_SCHEMA];
        assert_eq!(error["properties"]["code"]["format"], "int32");
    }

    #[test]
    fn path_fields_are_parameters_not_body_properties() {
        let doc = generated();
        let save = &doc["paths"]["/o/{org_id}/routing"]["post"];
        assert_eq!(save["operationId"], "RoutingService_SaveRoutingConfig");
        assert_eq!(save["parameters"][0]["name"], "org_id");
        assert_eq!(save["parameters"][0]["in"], "path");
        let body = &save["requestBody"]["content"]["application/json"]["schema"];
        assert!(body["properties"].get("org_id").is_none() && body["properties"].get("orgId").is_none());
        assert!(!body["properties"].as_object().unwrap().is_empty());
    }

    #[test]
    fn get_bindings_take_the_other_fields_from_the_query() {
        let doc = generated();
        let list = &doc["paths"]["/api/v1/access-flows"]["get"];
        let names: Vec<&str> = list["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["in"] == "query")
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&"limit"), "{names:?}");
    }

    #[test]
    fn paths_that_differ_only_in_variable_names_are_refused() {
        let paths = ["/users/{id}".to_string(), "/users/{user_id}".to_string()];
        assert!(refuse_equivalent_paths(paths.iter()).is_err());
        let paths = ["/users/{id}".to_string(), "/users/{id}/groups".to_string()];
        assert!(refuse_equivalent_paths(paths.iter()).is_ok());
    }

    #[test]
    fn comments_become_summaries_and_descriptions() {
        let doc = generated();
        let get = &doc["paths"]["/o/{org_id}/routing"]["get"];
        assert_eq!(get["summary"], "Returns the latest saved workflow of the org");
        assert!(get["description"].as_str().unwrap().contains("P0's default rule"));
    }
}

//! Generates the REST surface's JSON writers: one `WriteJson` impl per
//! message of `jitgate.v1`, writing the prost type straight into a string
//! with exactly the bytes `src/rest/json.rs` prints through prost-reflect
//! (decision 0017): keys in byte order (serde_json's map is sorted), unset
//! singular messages as `null`, unset proto3 `optional` scalars left out,
//! every other field at its default, 64-bit integers as strings, enums by
//! name (by number when unknown), timestamps as prost-types prints them.
//!
//! pbjson was considered and cannot produce these bytes (it orders keys by
//! declaration, omits unset messages, and prints timestamps with `+00:00`).
//!
//! Also generates `render`: the JSON of an RPC's encoded response, or of
//! the field its `response_body` names, by message name.

use std::fmt::Write as _;

use prost_reflect::{Cardinality, DescriptorPool, FieldDescriptor, Kind, MessageDescriptor};

use super::dialect;

/// Rust keywords prost-build writes as raw identifiers.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "false", "fn", "for", "if", "impl", "in", "let", "loop",
    "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "try", "async", "await", "dyn", "gen",
];

/// The Rust name prost-build gives a field (our protos' field names are
/// snake_case already, as buf lint requires).
fn field_ident(field: &FieldDescriptor) -> Result<String, String> {
    let name = field.name();
    if !name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(format!("{}: field names must be lower_snake_case", field.full_name()));
    }
    if matches!(name, "self" | "super" | "crate" | "extern") {
        return Ok(format!("{name}_"));
    }
    Ok(if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    })
}

/// The Rust path of a message's generated type from `crate::pb::v1`.
fn type_path(message: &MessageDescriptor, package: &str) -> Result<String, String> {
    match message.full_name() {
        "google.protobuf.Timestamp" => Ok("::prost_types::Timestamp".into()),
        "google.protobuf.Struct" => Ok("::prost_types::Struct".into()),
        _ if message.package_name() == package && message.parent_message().is_none() => {
            Ok(format!("crate::pb::v1::{}", message.name()))
        }
        name => Err(format!("{name}: only top-level messages of {package} are written")),
    }
}

/// A JSON string literal, as Rust source.
fn literal(text: &str) -> String {
    format!("{:?}", format!("{text:?}"))
}

/// The statement writing one value of `kind` held in `expr` (a reference).
fn value(kind: &Kind, expr: &str, package: &str) -> Result<String, String> {
    Ok(match kind {
        Kind::String => format!("w::string(out, {expr});"),
        Kind::Bool => format!("w::boolean(out, *{expr});"),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 | Kind::Uint32 | Kind::Fixed32 => {
            format!("w::number(out, *{expr});")
        }
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 | Kind::Uint64 | Kind::Fixed64 => {
            format!("w::quoted_number(out, *{expr});")
        }
        Kind::Enum(e) => {
            let mut arms = String::new();
            for v in e.values() {
                let name = dialect::printed_name(e.full_name(), v.name());
                write!(arms, "{} => Some({:?}), ", v.number(), name).unwrap();
            }
            format!("w::enumeration(out, *{expr}, match *{expr} {{ {arms}_ => None }});")
        }
        Kind::Message(m) => match m.full_name() {
            "google.protobuf.Timestamp" => format!("w::timestamp(out, {expr})?;"),
            "google.protobuf.Struct" => format!("w::structure(out, {expr})?;"),
            _ => {
                type_path(m, package)?;
                format!("w::WriteJson::write_json({expr}, out)?;")
            }
        },
        other => {
            return Err(format!(
                "{other:?} fields are not written yet: add them to codegen/src/json_writer.rs"
            ));
        }
    })
}

/// The statements writing one field (its key included), or nothing when
/// proto3 JSON leaves it out.
fn field(field: &FieldDescriptor, package: &str) -> Result<String, String> {
    let ident = field_ident(field)?;
    let key = literal(field.json_name());
    if field.is_map() {
        let Kind::Message(entry) = field.kind() else {
            return Err(format!("{}: a map without an entry", field.full_name()));
        };
        let key_field = entry.map_entry_key_field();
        let value_field = entry.map_entry_value_field();
        if key_field.kind() != Kind::String {
            return Err(format!("{}: only string map keys are written", field.full_name()));
        }
        let write = value(&value_field.kind(), "value", package)?;
        return Ok(format!(
            "o.key(out, {key}); out.push('{{'); \
             let mut keys: Vec<&String> = self.{ident}.keys().collect(); keys.sort_unstable(); \
             let mut m = w::Object::new(); \
             for k in keys {{ let value = &self.{ident}[k]; m.raw_key(out, k); {write} }} \
             out.push('}}');"
        ));
    }
    if field.cardinality() == Cardinality::Repeated {
        let write = value(&field.kind(), "item", package)?;
        return Ok(format!(
            "o.key(out, {key}); out.push('['); \
             for (i, item) in self.{ident}.iter().enumerate() {{ if i > 0 {{ out.push(','); }} {write} }} \
             out.push(']');"
        ));
    }
    if let Kind::Message(_) = field.kind() {
        let write = value(&field.kind(), "v", package)?;
        // protojson prints an unset singular message as null, except a
        // oneof member (there are none here but proto3 `optional`).
        return Ok(format!(
            "o.key(out, {key}); match &self.{ident} {{ Some(v) => {{ {write} }} None => out.push_str(\"null\") }}"
        ));
    }
    if field.supports_presence() {
        // proto3 `optional`: left out when unset.
        let write = value(&field.kind(), "v", package)?;
        return Ok(format!(
            "if let Some(v) = &self.{ident} {{ o.key(out, {key}); {write} }}"
        ));
    }
    if field.containing_oneof().is_some() {
        return Err(format!("{}: oneofs are not written yet", field.full_name()));
    }
    if dialect::is_decimal_seconds(field) {
        return Ok(format!("o.key(out, {key}); w::decimal_seconds(out, &self.{ident});"));
    }
    let write = value(&field.kind(), &format!("&self.{ident}"), package)?;
    Ok(format!("o.key(out, {key}); {write}"))
}

fn message(message: &MessageDescriptor, package: &str) -> Result<String, String> {
    let mut fields: Vec<FieldDescriptor> = message.fields().collect();
    // serde_json's map (no preserve_order) prints keys in byte order.
    fields.sort_by(|a, b| a.json_name().cmp(b.json_name()));
    let mut body = String::new();
    for f in &fields {
        writeln!(body, "        {}", field(f, package)?).unwrap();
    }
    let unused = if fields.is_empty() { "_" } else { "" };
    Ok(format!(
        "impl w::WriteJson for {path} {{\n    fn write_json(&self, out: &mut String) -> Result<(), w::Unwritable> {{\n        \
         out.push('{{');\n        let mut {unused}o = w::Object::new();\n{body}        out.push('}}');\n        Ok(())\n    }}\n}}\n\n",
        path = type_path(message, package)?,
    ))
}

/// Every message of `package` an RPC answers with, and every message of
/// `package` those hold, by name (the writers REST needs; requests are
/// read, never written).
fn responses(pool: &DescriptorPool, package: &str) -> Vec<MessageDescriptor> {
    let mut found: std::collections::BTreeMap<String, MessageDescriptor> = Default::default();
    let mut todo: Vec<MessageDescriptor> = pool
        .services()
        .filter(|s| s.package_name() == package)
        .flat_map(|s| s.methods().map(|m| m.output()).collect::<Vec<_>>())
        .collect();
    while let Some(m) = todo.pop() {
        if m.package_name() != package || found.contains_key(m.full_name()) {
            continue;
        }
        for f in m.fields() {
            let held = match f.kind() {
                Kind::Message(entry) if f.is_map() => entry.map_entry_value_field().kind(),
                kind => kind,
            };
            if let Kind::Message(inner) = held {
                todo.push(inner);
            }
        }
        found.insert(m.full_name().to_string(), m);
    }
    found.into_values().collect()
}

/// The whole generated file: the writers of `package`'s messages and the
/// `render` dispatcher over the responses of its HTTP-bound RPCs.
pub fn generate(pool: &DescriptorPool, package: &str) -> Result<String, String> {
    let mut out = String::from(
        "// Generated by codegen/src/json_writer.rs from the protos. Do not edit.\n\
         use crate::rest::json_writer as w;\n\n",
    );
    let messages = responses(pool, package);
    for m in &messages {
        out.push_str(&message(m, package)?);
    }
    // The dispatcher: every response message, whole and by response_body.
    let mut arms = String::new();
    for m in &messages {
        let path = type_path(m, package)?;
        writeln!(
            arms,
            "        ({name:?}, None) => w::whole::<{path}>(bytes),",
            name = m.full_name()
        )
        .unwrap();
        for f in m.fields().filter(|f| !f.is_list() && !f.is_map()) {
            if let Kind::Message(inner) = f.kind()
                && inner.package_name() == package
            {
                writeln!(
                    arms,
                    "        ({name:?}, Some({field:?})) => w::part::<{path}, {inner_path}>(bytes, |m| m.{ident}.as_ref()),",
                    name = m.full_name(),
                    field = f.name(),
                    inner_path = type_path(&inner, package)?,
                    ident = field_ident(&f)?,
                )
                .unwrap();
            }
        }
    }
    write!(
        out,
        "/// The REST JSON of an encoded `message` (its `response_body` field's\n\
         /// when one is named); `None` for a message this file does not know.\n\
         pub fn render(message: &str, response_body: Option<&str>, bytes: &[u8]) -> Option<Result<String, w::Unwritable>> {{\n    \
         Some(match (message, response_body) {{\n{arms}        _ => return None,\n    }})\n}}\n"
    )
    .unwrap();
    Ok(out)
}

//! What the generated JSON writers (`codegen/src/json_writer.rs`) call: proto3
//! JSON written straight from the prost types, byte for byte as
//! [`json`](super::json) prints a `DynamicMessage` (which stays the
//! reference: `tests` compare the two on every message).

use std::fmt::Write as _;

use prost::Message;

/// Why a message has no JSON form: a timestamp outside proto3's range, a
/// non-finite number in a `Struct`, or bytes that do not decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unwritable(pub &'static str);

impl Unwritable {
    pub const UNDECODABLE: Self = Self("the message does not decode");
}

/// A message that writes its own JSON.
pub trait WriteJson {
    fn write_json(&self, out: &mut String) -> Result<(), Unwritable>;
}

/// The keys written into one object so far: a comma before each but the
/// first.
pub struct Object {
    first: bool,
}

impl Default for Object {
    fn default() -> Self {
        Self::new()
    }
}

impl Object {
    pub fn new() -> Self {
        Self { first: true }
    }

    fn separate(&mut self, out: &mut String) {
        if !self.first {
            out.push(',');
        }
        self.first = false;
    }

    /// A key already quoted and escaped (the generated code's literals).
    pub fn key(&mut self, out: &mut String, quoted: &str) {
        self.separate(out);
        out.push_str(quoted);
        out.push(':');
    }

    /// A key to quote and escape (map keys).
    pub fn raw_key(&mut self, out: &mut String, key: &str) {
        self.separate(out);
        string(out, key);
        out.push(':');
    }
}

/// A JSON string, escaped as serde_json escapes: `"`, `\` and control
/// characters; nothing else (non-ASCII stays as it is).
pub fn string(out: &mut String, text: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}

pub fn boolean(out: &mut String, value: bool) {
    out.push_str(if value { "true" } else { "false" });
}

pub fn number(out: &mut String, value: impl std::fmt::Display) {
    let _ = write!(out, "{value}");
}

/// A 64-bit integer: a string, as proto3 JSON prints it.
pub fn quoted_number(out: &mut String, value: impl std::fmt::Display) {
    let _ = write!(out, "\"{value}\"");
}

/// An enum value by name, or by number when the name is unknown.
pub fn enumeration(out: &mut String, number: i32, name: Option<&str>) {
    match name {
        Some(name) => string(out, name),
        None => self::number(out, number),
    }
}

/// The seconds proto3 JSON can print: years 0001 to 9999.
const MIN_TIMESTAMP_SECONDS: i64 = -62_135_596_800;
const MAX_TIMESTAMP_SECONDS: i64 = 253_402_300_799;

/// RFC 3339 in UTC with `Z`, as prost-types prints it.
pub fn timestamp(out: &mut String, t: &prost_types::Timestamp) -> Result<(), Unwritable> {
    if !(MIN_TIMESTAMP_SECONDS..=MAX_TIMESTAMP_SECONDS).contains(&t.seconds) {
        return Err(Unwritable("timestamp out of range"));
    }
    let _ = write!(out, "\"{t}\"");
    Ok(())
}

/// A `"{seconds}.{nanos}"` string as its number of seconds (the REST
/// dialect's Apono `created_date`); any other text as a string.
pub fn decimal_seconds(out: &mut String, text: &str) {
    match super::dialect::decimal_seconds(text) {
        Some(seconds) => double(out, seconds),
        None => string(out, text),
    }
}

/// A finite double as serde_json prints it, a whole one without a fraction.
fn double(out: &mut String, n: f64) {
    if n.fract() == 0.0 && n.abs() <= MAX_EXACT {
        number(out, n as i64);
    } else {
        out.push_str(
            &serde_json::Number::from_f64(n)
                .map(|n| n.to_string())
                .unwrap_or_default(),
        );
    }
}

/// Largest integer a double holds exactly.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// A `google.protobuf.Struct`: keys in byte order, whole numbers without
/// a fraction.
pub fn structure(out: &mut String, s: &prost_types::Struct) -> Result<(), Unwritable> {
    out.push('{');
    let mut o = Object::new();
    // prost-types keeps the fields in a BTreeMap: already in byte order.
    for (key, value) in &s.fields {
        o.raw_key(out, key);
        struct_value(out, value)?;
    }
    out.push('}');
    Ok(())
}

fn struct_value(out: &mut String, v: &prost_types::Value) -> Result<(), Unwritable> {
    use prost_types::value::Kind;
    match &v.kind {
        None | Some(Kind::NullValue(_)) => out.push_str("null"),
        Some(Kind::BoolValue(b)) => boolean(out, *b),
        Some(Kind::NumberValue(n)) => {
            if !n.is_finite() {
                return Err(Unwritable("a non-finite number in a Struct"));
            }
            double(out, *n);
        }
        Some(Kind::StringValue(s)) => string(out, s),
        Some(Kind::ListValue(list)) => {
            out.push('[');
            for (i, item) in list.values.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                struct_value(out, item)?;
            }
            out.push(']');
        }
        Some(Kind::StructValue(s)) => structure(out, s)?,
    }
    Ok(())
}

/// The JSON of an encoded message `M`.
pub fn whole<M: Message + Default + WriteJson>(bytes: &[u8]) -> Result<String, Unwritable> {
    let message = M::decode(bytes).map_err(|_| Unwritable::UNDECODABLE)?;
    let mut out = String::with_capacity(bytes.len() * 2 + 16);
    message.write_json(&mut out)?;
    Ok(out)
}

/// The JSON of one message field of an encoded `M` (a `response_body`):
/// an unset field prints as its default message, as grpc-gateway prints a
/// nil response body.
pub fn part<M, F>(bytes: &[u8], field: impl Fn(&M) -> Option<&F>) -> Result<String, Unwritable>
where
    M: Message + Default,
    F: WriteJson + Default,
{
    let message = M::decode(bytes).map_err(|_| Unwritable::UNDECODABLE)?;
    let mut out = String::with_capacity(bytes.len() * 2 + 16);
    match field(&message) {
        Some(inner) => inner.write_json(&mut out)?,
        None => F::default().write_json(&mut out)?,
    }
    Ok(out)
}

/// The generated writers and the `render` dispatcher.
pub mod generated {
    #![allow(clippy::all, unused_mut)]
    include!(concat!(env!("OUT_DIR"), "/rest_json.rs"));
}

pub use generated::render;

#[cfg(test)]
mod tests {
    //! The generated writers against the reflective printer they replace:
    //! the same bytes for every response message, empty, filled in every
    //! field (unknown enum values, escapes, maps out of order, timestamps of
    //! every precision, structs of every value kind), partly filled, and
    //! by every `response_body` field.

    use prost::Message as _;
    use prost_reflect::{DynamicMessage, Kind, MapKey, MessageDescriptor, Value};

    use super::render;
    use crate::rest::json::{response_json, to_json};

    fn pool() -> &'static prost_reflect::DescriptorPool {
        crate::pb::descriptor_pool()
    }

    /// A value for every field of `message`, down to `depth` levels;
    /// `variant` varies the choices (unset optionals, enum numbers, nanos).
    fn filled(message: &MessageDescriptor, depth: usize, variant: usize) -> DynamicMessage {
        let mut m = DynamicMessage::new(message.clone());
        match message.full_name() {
            "google.protobuf.Timestamp" => {
                let nanos = [0, 123_000_000, 123_456_000, 123_456_789][variant % 4];
                let ts = prost_types::Timestamp {
                    seconds: 1_752_121_819 + variant as i64,
                    nanos,
                };
                return DynamicMessage::decode(message.clone(), ts.encode_to_vec().as_slice()).unwrap();
            }
            "google.protobuf.Struct" => {
                let json = serde_json::json!({
                    "z": 1.0, "a": [2.5, -7.0, "s", true, null, {"k": {"b": 0.1, "a": 3}}],
                    "m": {"x": "é\"\n"}, "big": 1e300, "neg": -0.0
                });
                let s: prost_types::Struct = serde_json::from_value::<serde_json::Value>(json)
                    .map(|v| to_struct(&v))
                    .unwrap();
                return DynamicMessage::decode(message.clone(), s.encode_to_vec().as_slice()).unwrap();
            }
            _ => {}
        }
        for (i, field) in message.fields().enumerate() {
            // Some proto3 optionals and messages stay unset, by variant.
            if (field.supports_presence() || matches!(field.kind(), Kind::Message(_)))
                && (i + variant).is_multiple_of(3)
            {
                continue;
            }
            let value = |k: &Kind, n: usize| -> Option<Value> {
                Some(match k {
                    Kind::String => Value::String(format!("v{n}\"\\\t\u{1}é")),
                    Kind::Bool => Value::Bool(n.is_multiple_of(2)),
                    Kind::Int32 => Value::I32(-(n as i32) - 7),
                    Kind::Int64 => Value::I64(-9_000_000_000 - n as i64),
                    Kind::Enum(e) => Value::EnumNumber(if n % 4 == 3 {
                        99
                    } else {
                        e.values().nth(n % e.values().len())?.number()
                    }),
                    Kind::Message(inner) if depth > 0 => Value::Message(filled(inner, depth - 1, variant + n)),
                    _ => return None,
                })
            };
            let v = if field.is_map() {
                let Kind::Message(entry) = field.kind() else {
                    unreachable!()
                };
                let vk = entry.map_entry_value_field().kind();
                let mut map = std::collections::HashMap::new();
                for (n, key) in ["zeta", "alpha", "Mid", "é"].iter().enumerate() {
                    if let Some(v) = value(&vk, n) {
                        map.insert(MapKey::String(key.to_string()), v);
                    }
                }
                Value::Map(map)
            } else if field.is_list() {
                let items: Vec<Value> = (0..2).filter_map(|n| value(&field.kind(), n + variant)).collect();
                Value::List(items)
            } else {
                match value(&field.kind(), i + variant) {
                    Some(v) => v,
                    None => continue,
                }
            };
            m.set_field(&field, v);
        }
        m
    }

    fn to_struct(v: &serde_json::Value) -> prost_types::Struct {
        let serde_json::Value::Object(map) = v else { panic!() };
        prost_types::Struct {
            fields: map.iter().map(|(k, v)| (k.clone(), to_value(v))).collect(),
        }
    }

    fn to_value(v: &serde_json::Value) -> prost_types::Value {
        use prost_types::value::Kind as K;
        let kind = match v {
            serde_json::Value::Null => K::NullValue(0),
            serde_json::Value::Bool(b) => K::BoolValue(*b),
            serde_json::Value::Number(n) => K::NumberValue(n.as_f64().unwrap()),
            serde_json::Value::String(s) => K::StringValue(s.clone()),
            serde_json::Value::Array(a) => K::ListValue(prost_types::ListValue {
                values: a.iter().map(to_value).collect(),
            }),
            serde_json::Value::Object(_) => K::StructValue(to_struct(v)),
        };
        prost_types::Value { kind: Some(kind) }
    }

    #[test]
    fn every_response_message_writes_the_bytes_the_reflective_printer_does() {
        let mut checked = 0;
        for message in pool().all_messages().filter(|m| m.package_name() == "jitgate.v1") {
            for variant in 0..6 {
                let dynamic = if variant == 0 {
                    DynamicMessage::new(message.clone())
                } else {
                    filled(&message, 3, variant)
                };
                let bytes = dynamic.encode_to_vec();
                let Some(written) = render(message.full_name(), None, &bytes) else {
                    continue;
                };
                let reflective = to_json(&DynamicMessage::decode(message.clone(), bytes.as_slice()).unwrap());
                assert_eq!(
                    written.unwrap(),
                    reflective.to_string(),
                    "{} (variant {variant})",
                    message.full_name()
                );
                for field in message.fields().filter(|f| !f.is_list() && !f.is_map()) {
                    let Some(part) = render(message.full_name(), Some(field.name()), &bytes) else {
                        continue;
                    };
                    let decoded = DynamicMessage::decode(message.clone(), bytes.as_slice()).unwrap();
                    let expected = response_json(&decoded, Some(&field)).to_string();
                    assert_eq!(part.unwrap(), expected, "{}.{}", message.full_name(), field.name());
                }
                checked += 1;
            }
        }
        assert!(checked > 200, "only {checked} messages were compared");
    }

    #[test]
    fn a_timestamp_out_of_range_has_no_json_form_either_way() {
        let workflow = crate::pb::v1::Workflow {
            created_date: Some(prost_types::Timestamp {
                seconds: 253_402_300_800,
                nanos: 0,
            }),
            ..Default::default()
        };
        let bytes = workflow.encode_to_vec();
        assert!(render("jitgate.v1.Workflow", None, &bytes).unwrap().is_err());
        let descriptor = pool().get_message_by_name("jitgate.v1.Workflow").unwrap();
        let dynamic = DynamicMessage::decode(descriptor, bytes.as_slice()).unwrap();
        assert_eq!(to_json(&dynamic), serde_json::Value::Null);
    }
}

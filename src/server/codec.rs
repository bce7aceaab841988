//! The codec every jitgate service decodes its requests with: prost's, plus
//! one rule for all text a client sends — no NUL characters (U+0000).
//!
//! PostgreSQL cannot store NUL in `text` (SQLite can), so without this a
//! comment, request id or filter value holding one answered INTERNAL on
//! PostgreSQL alone. Checking here, on the encoded bytes before any handler
//! runs, covers every string field of every request message at once, over
//! gRPC, gRPC-Web and REST (whose calls go through the same services), and
//! names the field in the INVALID_ARGUMENT it answers.
//!
//! The generated servers use it through `codec_path` in `build.rs`.

use std::marker::PhantomData;

use bytes::Buf;
use prost::{Message, Name};
use prost_reflect::{Kind, MessageDescriptor};
use tonic::{
    Status,
    codec::{BufferSettings, Codec, DecodeBuf, Decoder},
};
use tonic_prost::ProstEncoder;

use crate::error::Error;

/// Nesting deeper than this is left to prost, which refuses it anyway.
const MAX_DEPTH: usize = 100;

#[derive(Debug, Clone)]
pub struct CheckedCodec<T, U>(PhantomData<(T, U)>);

impl<T, U> Default for CheckedCodec<T, U> {
    fn default() -> Self {
        Self(PhantomData)
    }
}

impl<T, U> Codec for CheckedCodec<T, U>
where
    T: Message + Send + 'static,
    U: Message + Default + Name + Send + 'static,
{
    type Encode = T;
    type Decode = U;
    type Encoder = ProstEncoder<T>;
    type Decoder = CheckedDecoder<U>;

    fn encoder(&mut self) -> Self::Encoder {
        ProstEncoder::new(BufferSettings::default())
    }

    fn decoder(&mut self) -> Self::Decoder {
        CheckedDecoder(PhantomData)
    }
}

#[derive(Debug, Clone)]
pub struct CheckedDecoder<U>(PhantomData<U>);

impl<U: Message + Default + Name> Decoder for CheckedDecoder<U> {
    type Item = U;
    type Error = Status;

    fn decode(&mut self, buf: &mut DecodeBuf<'_>) -> Result<Option<U>, Status> {
        // A DecodeBuf is one contiguous slice of the frame.
        if let Some(field) = descriptor::<U>().and_then(|d| field_with_nul(&d, buf.chunk(), 0)) {
            return Err(Error::invalid(field, "must not contain NUL characters (U+0000)").into_status(""));
        }
        // tonic-prost's own wording, which the decode-error layer maps to
        // INVALID_ARGUMENT.
        U::decode(buf)
            .map(Some)
            .map_err(|e| Status::internal(format!("failed to decode Protobuf message: {e}")))
    }

    fn buffer_settings(&self) -> BufferSettings {
        BufferSettings::default()
    }
}

fn descriptor<U: Name>() -> Option<MessageDescriptor> {
    crate::pb::descriptor_pool().get_message_by_name(&U::full_name())
}

/// The path (`comment`, `access_request.tags.value`, `states[3]`…) of the
/// first string field in the encoded `message` that holds a NUL byte; `None`
/// if there is none, or if the bytes are malformed (prost reports those).
pub fn field_with_nul(message: &MessageDescriptor, mut bytes: &[u8], depth: usize) -> Option<String> {
    if depth > MAX_DEPTH {
        return None;
    }
    // How many times each repeated field was seen so far, for its index.
    let mut seen: Vec<(u32, usize)> = Vec::new();
    while bytes.has_remaining() {
        let key = prost::encoding::decode_varint(&mut bytes).ok()?;
        let number = u32::try_from(key >> 3).ok()?;
        match key & 7 {
            0 => {
                prost::encoding::decode_varint(&mut bytes).ok()?;
            }
            1 => bytes.advance(bytes.len().min(8)),
            5 => bytes.advance(bytes.len().min(4)),
            2 => {
                let len = usize::try_from(prost::encoding::decode_varint(&mut bytes).ok()?).ok()?;
                if len > bytes.len() {
                    return None;
                }
                let (value, rest) = bytes.split_at(len);
                bytes = rest;
                let Some(field) = message.get_field(number) else {
                    continue;
                };
                let name = if field.is_list() {
                    let count = match seen.iter_mut().find(|(n, _)| *n == number) {
                        Some((_, count)) => {
                            *count += 1;
                            *count - 1
                        }
                        None => {
                            seen.push((number, 1));
                            0
                        }
                    };
                    format!("{}[{count}]", field.name())
                } else {
                    field.name().to_string()
                };
                match field.kind() {
                    Kind::String if value.contains(&0) => return Some(name),
                    Kind::Message(inner) => {
                        if let Some(path) = field_with_nul(&inner, value, depth + 1) {
                            return Some(format!("{name}.{path}"));
                        }
                    }
                    _ => {}
                }
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pb::v1 as pb;

    fn check<M: Message + Name>(message: &M) -> Option<String> {
        field_with_nul(&descriptor::<M>().unwrap(), &message.encode_to_vec(), 0)
    }

    #[test]
    fn a_nul_anywhere_in_text_is_found_with_its_path() {
        let mut req = pb::CancelAccessRequestRequest {
            id: "r1".into(),
            comment: "fine".into(),
        };
        assert_eq!(check(&req), None);
        req.comment = "bad\0".into();
        assert_eq!(check(&req).as_deref(), Some("comment"));

        let mut create = pb::CreateAccessRequestRequest::default();
        let mut request = pb::AccessRequest::default();
        let mut resource = pb::RequestedResource {
            service: "aws".into(),
            ..Default::default()
        };
        resource.permissions = vec!["read".into(), "wr\0ite".into()];
        request.resource = Some(resource);
        create.access_request = Some(request);
        assert_eq!(
            check(&create).as_deref(),
            Some("access_request.resource.permissions[1]")
        );

        let resource = create.access_request.as_mut().unwrap().resource.as_mut().unwrap();
        resource.permissions.clear();
        resource.tags.insert("k\0".into(), "v".into());
        assert_eq!(check(&create).as_deref(), Some("access_request.resource.tags.key"));
    }

    #[test]
    fn bytes_that_are_not_protobuf_are_left_to_prost() {
        let descriptor = descriptor::<pb::CancelAccessRequestRequest>().unwrap();
        assert_eq!(field_with_nul(&descriptor, &[0x0a, 0xff], 0), None);
        assert_eq!(field_with_nul(&descriptor, &[0x0f], 0), None);
    }
}

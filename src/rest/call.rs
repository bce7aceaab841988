//! The in-process gRPC call a REST request becomes.
//!
//! The request goes through the same layered service as a call from the
//! network (tracing, request-id propagation, decode-error mapping, auth,
//! then the tonic routes), so there is exactly one implementation of each.
//! The REST request's headers become metadata (`authorization` included)
//! and its extensions travel along (the request id the outermost layer
//! assigned).

use bytes::{Buf, BufMut, Bytes};
use http::{HeaderMap, header, uri::PathAndQuery};
use tonic::{
    Status,
    body::Body,
    client::{Grpc, GrpcService},
    codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder, Streaming},
    metadata::MetadataMap,
};

/// Headers that describe the HTTP/1 or JSON exchange rather than the call;
/// they must not become gRPC metadata.
const NOT_METADATA: &[header::HeaderName] = &[
    header::CONTENT_TYPE,
    header::CONTENT_LENGTH,
    header::CONTENT_ENCODING,
    header::ACCEPT,
    header::ACCEPT_ENCODING,
    header::HOST,
    header::CONNECTION,
    header::TRANSFER_ENCODING,
    header::TE,
    header::UPGRADE,
    header::EXPECT,
    header::USER_AGENT,
];

/// The metadata of the in-process call: every header of the REST request
/// except the HTTP-level ones.
pub fn metadata_from(mut headers: HeaderMap) -> MetadataMap {
    for name in NOT_METADATA {
        headers.remove(name);
    }
    headers.remove("keep-alive");
    headers.remove("proxy-connection");
    MetadataMap::from_headers(headers)
}

/// An encoded RPC call: the route's gRPC path, the REST request's metadata
/// and extensions, and the encoded request message.
pub struct Call<'a> {
    pub path: &'a str,
    pub metadata: MetadataMap,
    pub extensions: http::Extensions,
    pub message: Bytes,
}

/// A gRPC service the transcoder can call in process: the layered server.
pub trait InProcess:
    GrpcService<
        Body,
        ResponseBody: http_body::Body<Data = Bytes, Error: Into<tonic::codegen::StdError>> + Send + 'static,
        Error: Into<tonic::codegen::StdError>,
    > + Send
{
}

impl<S> InProcess for S where
    S: GrpcService<
            Body,
            ResponseBody: http_body::Body<Data = Bytes, Error: Into<tonic::codegen::StdError>> + Send + 'static,
            Error: Into<tonic::codegen::StdError>,
        > + Send
{
}

/// The tonic client for `service`, once it is ready, with the call's path
/// and request.
async fn prepare<S: InProcess>(
    service: S,
    call: Call<'_>,
) -> Result<(Grpc<S>, PathAndQuery, tonic::Request<Bytes>), Status> {
    let mut grpc = Grpc::new(service).max_decoding_message_size(usize::MAX);
    grpc.ready().await.map_err(|e| Status::from_error(e.into()))?;
    let path = call
        .path
        .parse()
        .map_err(|_| Status::internal("an RPC path from the route table does not parse"))?;
    Ok((
        grpc,
        path,
        tonic::Request::from_parts(call.metadata, call.extensions, call.message),
    ))
}

/// Calls a unary RPC; the encoded response.
pub async fn unary<S: InProcess>(service: S, call: Call<'_>) -> Result<Bytes, Status> {
    let (mut grpc, path, request) = prepare(service, call).await?;
    grpc.unary(request, path, BytesCodec)
        .await
        .map(tonic::Response::into_inner)
}

/// Calls a server-streaming RPC; the stream of encoded response messages.
pub async fn server_streaming<S: InProcess>(service: S, call: Call<'_>) -> Result<Streaming<Bytes>, Status> {
    let (mut grpc, path, request) = prepare(service, call).await?;
    grpc.server_streaming(request, path, BytesCodec)
        .await
        .map(tonic::Response::into_inner)
}

/// Passes already-encoded protobuf messages through unchanged: the
/// transcoder encodes and decodes with prost-reflect itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct BytesCodec;

impl Codec for BytesCodec {
    type Encode = Bytes;
    type Decode = Bytes;
    type Encoder = BytesCodec;
    type Decoder = BytesCodec;

    fn encoder(&mut self) -> Self::Encoder {
        *self
    }

    fn decoder(&mut self) -> Self::Decoder {
        *self
    }
}

impl Encoder for BytesCodec {
    type Item = Bytes;
    type Error = Status;

    fn encode(&mut self, item: Bytes, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        dst.put(item);
        Ok(())
    }
}

impl Decoder for BytesCodec {
    type Item = Bytes;
    type Error = Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Bytes>, Status> {
        Ok(Some(src.copy_to_bytes(src.remaining())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_level_headers_do_not_become_metadata() {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, "Bearer t".parse().unwrap());
        headers.insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
        headers.insert(header::CONTENT_LENGTH, "12".parse().unwrap());
        headers.insert("x-request-id", "r1".parse().unwrap());
        let metadata = metadata_from(headers);
        assert_eq!(metadata.get("authorization").unwrap(), "Bearer t");
        assert_eq!(metadata.get("x-request-id").unwrap(), "r1");
        assert!(metadata.get("content-type").is_none());
        assert!(metadata.get("content-length").is_none());
    }
}

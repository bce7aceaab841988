//! Server-streaming RPCs over REST.
//!
//! As grpc-gateway streams them: one JSON object per line, each message as
//! `{"result": …}` and a failure after the stream began as a last
//! `{"error": {"code", "message", "details"}}` line (content type
//! `application/json`, like grpc-gateway's). A client that sends
//! `Accept: text/event-stream` gets Server-Sent Events instead: each message
//! is one `data:` event, a failure a final `event: error`. A failure before
//! the first message is an ordinary HTTP error answer.

use bytes::Bytes;
use futures_util::stream;
use http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use http_body::Frame;
use http_body_util::StreamBody;
use prost_reflect::{DescriptorPool, DynamicMessage, FieldDescriptor, MessageDescriptor};
use serde_json::{Value, json};
use tonic::{Status, body::Body, codec::Streaming};

use super::{json::response_json, status::error_reply};

/// How the messages of a stream are framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// Newline-delimited JSON (grpc-gateway's).
    Lines,
    /// `text/event-stream`.
    ServerSentEvents,
}

impl Framing {
    /// Server-Sent Events when the client accepts them, else lines.
    pub fn for_request(headers: &HeaderMap) -> Self {
        let accepts_sse = headers
            .get_all(header::ACCEPT)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| v.split(',').any(|t| t.trim().starts_with("text/event-stream")));
        if accepts_sse {
            Self::ServerSentEvents
        } else {
            Self::Lines
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Self::Lines => "application/json",
            Self::ServerSentEvents => "text/event-stream",
        }
    }

    /// One streamed message.
    pub fn result(self, message: Value) -> Bytes {
        match self {
            Self::Lines => line(&json!({ "result": message })),
            Self::ServerSentEvents => Bytes::from(format!("data: {message}\n\n")),
        }
    }

    /// The failure that ended a stream (the error body of a unary error).
    pub fn error(self, error: Value) -> Bytes {
        match self {
            Self::Lines => line(&json!({ "error": error })),
            Self::ServerSentEvents => Bytes::from(format!("event: error\ndata: {error}\n\n")),
        }
    }
}

fn line(value: &Value) -> Bytes {
    let mut bytes = value.to_string().into_bytes();
    bytes.push(b'\n');
    Bytes::from(bytes)
}

/// What a stream needs to print its messages.
pub struct Printer {
    pub framing: Framing,
    pub output: MessageDescriptor,
    pub response_body: Option<FieldDescriptor>,
    pub pool: DescriptorPool,
}

impl Printer {
    fn frame(&self, item: Result<Bytes, Status>) -> Bytes {
        match item.and_then(|bytes| {
            DynamicMessage::decode(self.output.clone(), bytes)
                .map_err(|_| Status::internal("the server sent a message that does not decode"))
        }) {
            Ok(message) => self
                .framing
                .result(response_json(&message, self.response_body.as_ref())),
            Err(status) => self.framing.error(error_reply(&status, &self.pool).body),
        }
    }
}

/// The HTTP response that relays `messages` as they arrive.
pub fn respond(messages: Streaming<Bytes>, printer: Printer) -> Response<Body> {
    let content_type = printer.framing.content_type();
    let frames = stream::unfold(Some((messages, printer)), |state| async move {
        let (mut messages, printer) = state?;
        match messages.message().await {
            Ok(Some(bytes)) => {
                let frame = printer.frame(Ok(bytes));
                Some((Ok::<_, Status>(Frame::data(frame)), Some((messages, printer))))
            }
            Ok(None) => None,
            // The error line is the stream's last.
            Err(status) => Some((Ok(Frame::data(printer.frame(Err(status)))), None)),
        }
    });
    let mut response = Response::new(Body::new(StreamBody::new(frames)));
    *response.status_mut() = StatusCode::OK;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_wrap_each_message_in_result_and_end_with_a_newline() {
        let bytes = Framing::Lines.result(json!({"kind": "REQUEST_CREATED"}));
        assert_eq!(&bytes[..], b"{\"result\":{\"kind\":\"REQUEST_CREATED\"}}\n");
        let bytes = Framing::Lines.error(json!({"code": 14, "message": "gone", "details": []}));
        let parsed: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(parsed["error"]["code"], 14);
        assert!(bytes.ends_with(b"\n") && !bytes[..bytes.len() - 1].contains(&b'\n'));
    }

    #[test]
    fn server_sent_events_carry_one_message_per_data_event() {
        let bytes = Framing::ServerSentEvents.result(json!({"a": "x\ny"}));
        // serde_json escapes newlines, so a message is always one data line.
        assert_eq!(&bytes[..], b"data: {\"a\":\"x\\ny\"}\n\n");
        let bytes = Framing::ServerSentEvents.error(json!({"code": 13}));
        assert_eq!(&bytes[..], b"event: error\ndata: {\"code\":13}\n\n");
    }

    #[test]
    fn server_sent_events_are_chosen_by_the_accept_header() {
        let mut headers = HeaderMap::new();
        assert_eq!(Framing::for_request(&headers), Framing::Lines);
        headers.insert(
            header::ACCEPT,
            "application/json, text/event-stream;q=0.9".parse().unwrap(),
        );
        assert_eq!(Framing::for_request(&headers), Framing::ServerSentEvents);
    }
}

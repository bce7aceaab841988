//! A minimal HTTP client for the REST surface: one connection per request,
//! HTTP/1.1 or HTTP/2 (prior knowledge), as curl and browsers speak them.

use std::net::SocketAddr;

use bytes::Bytes;
use http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Http1,
    Http2,
}

#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Reply {
    /// The body as JSON; panics with the body text when it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {:?} {}", self.status, String::from_utf8_lossy(&self.body)))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Sends one request; `body` is sent as `application/json`.
pub async fn send(
    addr: SocketAddr,
    version: Version,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
    extra: &[(&str, &str)],
) -> Reply {
    let mut request = Request::builder()
        .method(method)
        .uri(format!("http://{addr}{path}"))
        .header(header::HOST, addr.to_string());
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let bytes = match body {
        Some(body) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Bytes::from(body.to_string())
        }
        None => Bytes::new(),
    };
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    let request = request.body(Full::new(bytes)).expect("request");
    send_raw(addr, version, request).await
}

pub async fn send_raw(addr: SocketAddr, version: Version, request: Request<Full<Bytes>>) -> Reply {
    let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let io = TokioIo::new(stream);
    let response = match version {
        Version::Http1 => {
            let (mut sender, connection) = hyper::client::conn::http1::handshake(io).await.expect("handshake");
            tokio::spawn(connection);
            sender.send_request(request).await.expect("send")
        }
        Version::Http2 => {
            let (mut sender, connection) = hyper::client::conn::http2::handshake(TokioExecutor::new(), io)
                .await
                .expect("handshake");
            tokio::spawn(connection);
            sender.send_request(request).await.expect("send")
        }
    };
    let (parts, body) = response.into_parts();
    let body = body.collect().await.expect("body").to_bytes();
    Reply {
        status: parts.status,
        headers: parts.headers,
        body,
    }
}

/// `send` over HTTP/1.1, the common case.
pub async fn call(addr: SocketAddr, method: Method, path: &str, token: Option<&str>, body: Option<&Value>) -> Reply {
    send(addr, Version::Http1, method, path, token, body, &[]).await
}

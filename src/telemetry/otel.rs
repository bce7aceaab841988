//! Trace export over OTLP, configured the standard way and off by default:
//! it is on when `OTEL_EXPORTER_OTLP_ENDPOINT` or
//! `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set. `OTEL_EXPORTER_OTLP_PROTOCOL`
//! (or `..._TRACES_PROTOCOL`) chooses `grpc` (the default, on tonic) or
//! `http/protobuf`; `OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`,
//! `OTEL_TRACES_SAMPLER(_ARG)` and `OTEL_BSP_*` are read by the SDK. When
//! off, no exporter, provider or layer exists: the cost is nothing.
//!
//! Each call's server span is made by the access layer
//! (`telemetry::access`), which continues the caller's W3C `traceparent`
//! on gRPC and REST alike; store and evaluation spans are its children.

use opentelemetry::{
    global,
    propagation::Extractor,
    trace::{TraceContextExt, TracerProvider as _},
};
use opentelemetry_otlp::{Protocol, SpanExporter, WithExportConfig};
use opentelemetry_sdk::{Resource, propagation::TraceContextPropagator, trace::SdkTracerProvider};
use tracing_opentelemetry::OpenTelemetrySpanExt;

/// Where and how to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Export {
    Grpc { endpoint: Option<String> },
    HttpProtobuf { endpoint: Option<String> },
}

/// The export the environment asks for, if any.
pub fn export_from_env() -> anyhow::Result<Option<Export>> {
    export_from(|name| std::env::var(name).ok())
}

/// [`export_from_env`] with the variables read through `lookup`.
fn export_from(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Option<Export>> {
    let var = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
    if var("OTEL_EXPORTER_OTLP_ENDPOINT").is_none() && var("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").is_none() {
        return Ok(None);
    }
    let protocol = var("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")
        .or_else(|| var("OTEL_EXPORTER_OTLP_PROTOCOL"))
        .unwrap_or_else(|| "grpc".into());
    // The exporter reads the endpoint variables itself (and appends
    // /v1/traces to the generic one over http).
    match protocol.to_ascii_lowercase().as_str() {
        "grpc" => Ok(Some(Export::Grpc { endpoint: None })),
        "http/protobuf" => Ok(Some(Export::HttpProtobuf { endpoint: None })),
        other => anyhow::bail!("OTEL_EXPORTER_OTLP_PROTOCOL {other:?} is not supported: use grpc or http/protobuf"),
    }
}

/// A tracer provider exporting in batches; also installs it and the W3C
/// trace-context propagator globally. Must run inside the tokio runtime
/// (the gRPC exporter's channel lives on it); shut it down with
/// [`shutdown`] before the runtime ends.
pub fn provider(export: Export) -> anyhow::Result<SdkTracerProvider> {
    let exporter = match export {
        Export::Grpc { endpoint } => {
            let builder = SpanExporter::builder().with_tonic();
            match endpoint {
                Some(endpoint) => builder.with_endpoint(endpoint).build()?,
                None => builder.build()?,
            }
        }
        Export::HttpProtobuf { endpoint } => {
            let builder = SpanExporter::builder().with_http().with_protocol(Protocol::HttpBinary);
            match endpoint {
                Some(endpoint) => builder.with_endpoint(endpoint).build()?,
                None => builder.build()?,
            }
        }
    };
    let mut resource = Resource::builder();
    let named = std::env::var("OTEL_SERVICE_NAME").is_ok_and(|v| !v.is_empty())
        || std::env::var("OTEL_RESOURCE_ATTRIBUTES").is_ok_and(|v| v.contains("service.name="));
    if !named {
        resource = resource.with_service_name("jitgate");
    }
    let provider = SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource.build())
        .build();
    global::set_text_map_propagator(TraceContextPropagator::new());
    global::set_tracer_provider(provider.clone());
    Ok(provider)
}

/// The tracing layer that turns spans into OpenTelemetry spans.
pub fn layer<S>(provider: &SdkTracerProvider) -> impl tracing_subscriber::Layer<S> + Send + Sync
where
    S: tracing::Subscriber + for<'span> tracing_subscriber::registry::LookupSpan<'span> + Send + Sync,
{
    use tracing_subscriber::Layer as _;
    // The exporter's own HTTP/2 and HTTP client spans would feed back into
    // the exporter.
    let quiet = tracing_subscriber::filter::Targets::new()
        .with_default(tracing::Level::INFO)
        .with_target("h2", tracing::level_filters::LevelFilter::OFF)
        .with_target("hyper", tracing::level_filters::LevelFilter::OFF)
        .with_target("tonic", tracing::level_filters::LevelFilter::OFF)
        .with_target("reqwest", tracing::level_filters::LevelFilter::OFF)
        .with_target("tower", tracing::level_filters::LevelFilter::OFF);
    tracing_opentelemetry::layer()
        .with_tracer(provider.tracer("jitgate"))
        .with_filter(quiet)
}

/// Flushes what is buffered and stops the exporter. Blocking inside, so it
/// runs on a blocking thread while the runtime is still up.
pub async fn shutdown(provider: SdkTracerProvider) {
    let ended = tokio::task::spawn_blocking(move || provider.shutdown()).await;
    if let Ok(Err(error)) = ended {
        eprintln!("jitgate: flushing traces at shutdown failed: {error}");
    }
}

/// Renames a started span (a REST call's span learns its route only once
/// the REST layer matched it); `otel.name` recorded late is not applied.
pub fn rename(span: &tracing::Span, name: String) {
    span.context().span().update_name(name);
}

struct Headers<'a>(&'a http::HeaderMap);

impl Extractor for Headers<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(|k| k.as_str()).collect()
    }
}

/// Makes `span` continue the caller's trace (W3C `traceparent` and
/// `tracestate` in `headers`), when export is on and the caller sent one.
pub fn continue_trace(span: &tracing::Span, headers: &http::HeaderMap) {
    if !headers.contains_key("traceparent") {
        return;
    }
    let parent = global::get_text_map_propagator(|p| p.extract(&Headers(headers)));
    if parent.span().span_context().is_valid() {
        // Fails only when export is off (no layer): nothing to continue.
        let _ = span.set_parent(parent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export(vars: &[(&str, &str)]) -> anyhow::Result<Option<Export>> {
        export_from(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn export_is_off_unless_an_endpoint_is_set() {
        assert_eq!(export(&[]).unwrap(), None);
        assert_eq!(export(&[("OTEL_EXPORTER_OTLP_ENDPOINT", " ")]).unwrap(), None);
        assert_eq!(export(&[("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")]).unwrap(), None);
    }

    #[test]
    fn the_protocol_variable_chooses_grpc_or_http_protobuf() {
        let endpoint = ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317");
        assert_eq!(export(&[endpoint]).unwrap(), Some(Export::Grpc { endpoint: None }));
        assert_eq!(
            export(&[
                ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/v1/traces"),
                ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            ])
            .unwrap(),
            Some(Export::HttpProtobuf { endpoint: None })
        );
        // The traces-specific variable wins.
        assert_eq!(
            export(&[
                endpoint,
                ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
                ("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "GRPC")
            ])
            .unwrap(),
            Some(Export::Grpc { endpoint: None })
        );
        let refused = export(&[endpoint, ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json")]).unwrap_err();
        assert!(refused.to_string().contains("http/json"));
    }
}

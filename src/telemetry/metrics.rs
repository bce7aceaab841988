//! The Prometheus metrics jitgate exports at `GET /metrics` (and on
//! `--metrics-listen`), in one registry per server.
//!
//! Every label value comes from a closed set — an RPC of our protos, a
//! surface, a status code, an outcome, an event kind — never from a user id,
//! an org or a raw path, so the number of series stays bounded whatever
//! clients send.

use std::sync::Mutex;

use prometheus_client::{
    encoding::{EncodeLabelSet, text::encode},
    metrics::{counter::Counter, family::Family, gauge::Gauge, histogram::Histogram},
    registry::Registry,
};

/// One call: the RPC (or `unknown`), the surface and the final status.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CallLabels {
    pub service: &'static str,
    pub method: &'static str,
    /// `grpc`, `grpc-web` or `rest`.
    pub surface: &'static str,
    /// The gRPC status code's name (`OK`, `INVALID_ARGUMENT`…).
    pub code: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ScopeLabels {
    scope: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BuildLabels {
    version: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: &'static str,
}

/// Latency buckets from 100 µs to 10 s.
fn latency_buckets() -> impl Iterator<Item = f64> {
    [
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
    ]
    .into_iter()
}

pub struct Metrics {
    registry: Mutex<Registry>,
    calls: Family<CallLabels, Counter>,
    call_seconds: Family<CallLabels, Histogram>,
    evaluations: Family<OutcomeLabels, Counter>,
    evaluation_seconds: Histogram,
    transitions: Family<KindLabels, Counter>,
    events_written: Counter,
    scheduler_pass_seconds: Histogram,
    scheduler_due: Counter,
    scheduler_lag_seconds: Gauge<f64, std::sync::atomic::AtomicU64>,
    watch_streams: Gauge,
    rate_limited: Family<ScopeLabels, Counter>,
    pool: Family<PoolLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("jitgate");
        let calls = Family::<CallLabels, Counter>::default();
        registry.register(
            "calls",
            "Calls answered, by RPC, surface and status code",
            calls.clone(),
        );
        let call_seconds =
            Family::<CallLabels, Histogram>::new_with_constructor(new_latency_histogram as fn() -> Histogram);
        registry.register(
            "call_duration_seconds",
            "Time to answer a call, by RPC, surface and status code",
            call_seconds.clone(),
        );
        let evaluations = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "evaluations",
            "Access requests evaluated (dry runs and filings), by outcome",
            evaluations.clone(),
        );
        let evaluation_seconds = new_latency_histogram();
        registry.register(
            "evaluation_duration_seconds",
            "Time to evaluate one access request against the compiled policy",
            evaluation_seconds.clone(),
        );
        let transitions = Family::<KindLabels, Counter>::default();
        registry.register(
            "request_transitions",
            "Access-request lifecycle events written, by kind",
            transitions.clone(),
        );
        let events_written = Counter::default();
        registry.register(
            "events_written",
            "Events written to the audit stream",
            events_written.clone(),
        );
        let scheduler_pass_seconds = new_latency_histogram();
        registry.register(
            "scheduler_pass_duration_seconds",
            "Time of one scheduler pass",
            scheduler_pass_seconds.clone(),
        );
        let scheduler_due = Counter::default();
        registry.register(
            "scheduler_due_requests",
            "Requests a scheduler pass found due and advanced",
            scheduler_due.clone(),
        );
        let scheduler_lag_seconds = Gauge::<f64, std::sync::atomic::AtomicU64>::default();
        registry.register(
            "scheduler_lag_seconds",
            "How late the most overdue request of the last pass was",
            scheduler_lag_seconds.clone(),
        );
        let watch_streams = Gauge::default();
        registry.register("watch_streams", "Open WatchEvents streams", watch_streams.clone());
        let rate_limited = Family::<ScopeLabels, Counter>::default();
        registry.register(
            "rate_limited_calls",
            "Calls refused by a rate limit, by scope (org or subject)",
            rate_limited.clone(),
        );
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "database_connections",
            "Database pool connections, by state (in_use, idle)",
            pool.clone(),
        );
        let build = Family::<BuildLabels, Gauge>::default();
        build
            .get_or_create(&BuildLabels {
                version: env!("CARGO_PKG_VERSION"),
            })
            .set(1);
        registry.register("build_info", "The running build; always 1", build);
        Self {
            registry: Mutex::new(registry),
            calls,
            call_seconds,
            evaluations,
            evaluation_seconds,
            transitions,
            events_written,
            scheduler_pass_seconds,
            scheduler_due,
            scheduler_lag_seconds,
            watch_streams,
            rate_limited,
            pool,
        }
    }

    pub fn call(&self, labels: CallLabels, seconds: f64) {
        self.call_seconds.get_or_create(&labels).observe(seconds);
        self.calls.get_or_create(&labels).inc();
    }

    /// `outcome`: `approved`, `pending` or `denied`.
    pub fn evaluation(&self, outcome: &'static str, seconds: f64) {
        self.evaluations.get_or_create(&OutcomeLabels { outcome }).inc();
        self.evaluation_seconds.observe(seconds);
    }

    /// The lifecycle events of one committed write (their kinds are
    /// `EventKind` names: a closed set).
    /// Counts the events a write stored, by kind.
    pub fn transitions(&self, kinds: Vec<String>) {
        self.events_written.inc_by(kinds.len() as u64);
        for kind in kinds {
            self.transitions.get_or_create(&KindLabels { kind }).inc();
        }
    }

    pub fn scheduler_pass(&self, seconds: f64, due: u64, lag_seconds: f64) {
        self.scheduler_pass_seconds.observe(seconds);
        self.scheduler_due.inc_by(due);
        self.scheduler_lag_seconds.set(lag_seconds);
    }

    pub fn watch_opened(&self) {
        self.watch_streams.inc();
    }

    pub fn watch_closed(&self) {
        self.watch_streams.dec();
    }

    /// `scope`: `org` or `subject`.
    pub fn rate_limited(&self, scope: &'static str) {
        self.rate_limited.get_or_create(&ScopeLabels { scope }).inc();
    }

    /// The database pool's connections, read when metrics are rendered.
    pub fn pool(&self, in_use: u64, idle: u64) {
        self.pool
            .get_or_create(&PoolLabels { state: "in_use" })
            .set(i64::try_from(in_use).unwrap_or(i64::MAX));
        self.pool
            .get_or_create(&PoolLabels { state: "idle" })
            .set(i64::try_from(idle).unwrap_or(i64::MAX));
    }

    /// The registry in the Prometheus text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let registry = self.registry.lock().unwrap_or_else(|e| e.into_inner());
        // Writing into a String cannot fail.
        let _ = encode(&mut out, &registry);
        out
    }
}

fn new_latency_histogram() -> Histogram {
    Histogram::new(latency_buckets())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_render_as_counters_and_histograms_with_bounded_labels() {
        let m = Metrics::new();
        let labels = CallLabels {
            service: "jitgate.v1.RoutingService",
            method: "GetRoutingConfig",
            surface: "grpc",
            code: "OK",
        };
        m.call(labels.clone(), 0.002);
        m.call(labels, 0.004);
        m.evaluation("pending", 0.00001);
        let text = m.render();
        assert!(
            text.contains(r#"jitgate_calls_total{service="jitgate.v1.RoutingService",method="GetRoutingConfig",surface="grpc",code="OK"} 2"#),
            "{text}"
        );
        assert!(text.contains("jitgate_call_duration_seconds_count"), "{text}");
        assert!(
            text.contains(r#"jitgate_evaluations_total{outcome="pending"} 1"#),
            "{text}"
        );
        assert!(text.contains(r#"jitgate_build_info{version=""#), "{text}");
    }
}

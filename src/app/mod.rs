//! The application layer: what every way into jitgate shares — the gRPC
//! handlers (`services/`, and REST through them) and the scheduler. The
//! state they run on ([`AppState`]), the one rendering of audited objects
//! ([`audit`]), the events of a request transition ([`record`]) and the
//! open streams' shutdown signal ([`streams`]). Nothing here knows tonic;
//! `services/` depends on it, never the other way round.

pub mod audit;
pub mod record;
pub mod streams;

use std::sync::Arc;

use crate::{
    cache::{CacheLimits, OrgCache},
    clock::Clock,
    domain::{access_request::LifecycleOptions, limits::OrgLimits},
    store::Store,
};

/// What every handler and the scheduler run on.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// Each org's compiled policy, directory and active grants.
    pub cache: Arc<OrgCache>,
    pub clock: Arc<dyn Clock>,
    /// Deployment settings of the request lifecycle (the decision timeout).
    pub lifecycle: LifecycleOptions,
    /// How much configuration one org may hold.
    pub limits: OrgLimits,
    /// Open streams' polling and shutdown; `server::serve` closes it when
    /// shutdown begins.
    pub streams: streams::Streams,
    /// What `GET /metrics` exports.
    pub metrics: Arc<crate::telemetry::Metrics>,
}

impl AppState {
    /// The state of a server on `store`, reading `clock`, with a cache of
    /// default limits.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, lifecycle: LifecycleOptions) -> Self {
        Self::with_cache_limits(store, clock, lifecycle, CacheLimits::default())
    }

    pub fn with_cache_limits(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        lifecycle: LifecycleOptions,
        limits: CacheLimits,
    ) -> Self {
        Self {
            cache: Arc::new(OrgCache::new(store.clone(), limits)),
            store,
            clock,
            lifecycle,
            limits: OrgLimits::default(),
            streams: Default::default(),
            metrics: Default::default(),
        }
    }
}

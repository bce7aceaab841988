//! Per-tenant rate limits: a token bucket per org and one per subject
//! (`org/subject`), checked after the token is verified. Off unless set
//! (`--rate-limit-org-rps`, `--rate-limit-subject-rps`). The buckets are
//! this process's: with N replicas behind a balancer an org gets up to N
//! times the rate.
//!
//! A refused call is RESOURCE_EXHAUSTED with a `RetryInfo` saying when the
//! bucket has a token again (REST: 429 with `Retry-After`). Buckets of
//! callers idle long enough to be full again are forgotten every minute, so
//! memory follows the active callers.

use std::{
    num::NonZeroU32,
    sync::Arc,
    task::{Context, Poll},
    time::Duration,
};

use futures_util::future::{Either, Ready, ready};
use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};
use http::{Request, Response};
use tower::{Layer, Service};

use crate::{
    auth::{Principal, layer::request_id_of},
    domain::ids::OrgId,
    error::Error,
    telemetry::Metrics,
};

/// One limit: calls per second, and how many may come at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub per_second: NonZeroU32,
    pub burst: NonZeroU32,
}

impl Limit {
    /// `rps` 0: no limit. `burst` 0: one second's worth of calls.
    pub fn new(rps: u32, burst: u32) -> Option<Self> {
        let per_second = NonZeroU32::new(rps)?;
        Some(Self {
            per_second,
            burst: NonZeroU32::new(burst).unwrap_or(per_second),
        })
    }

    fn quota(self) -> Quota {
        Quota::per_second(self.per_second).allow_burst(self.burst)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RateLimits {
    pub org: Option<Limit>,
    pub subject: Option<Limit>,
}

struct Buckets {
    org: Option<DefaultKeyedRateLimiter<OrgId>>,
    subject: Option<DefaultKeyedRateLimiter<String>>,
    metrics: Arc<Metrics>,
}

impl Buckets {
    /// `Err(wait)` when a bucket of `principal` is empty.
    fn check(&self, principal: &Principal) -> Result<(), (Duration, &'static str)> {
        // The subject first: a call its own bucket refuses must not use up
        // a token of the org's, or one busy caller would starve the rest.
        let clock = DefaultClock::default();
        if let Some(limiter) = &self.subject {
            let key = format!("{}/{}", principal.org, principal.subject);
            if let Err(not_until) = limiter.check_key(&key) {
                return Err((not_until.wait_time_from(clock.now()), "subject"));
            }
        }
        if let Some(limiter) = &self.org
            && let Err(not_until) = limiter.check_key(&principal.org)
        {
            return Err((not_until.wait_time_from(clock.now()), "org"));
        }
        Ok(())
    }

    fn forget_idle(&self) {
        forget_idle(&self.org);
        forget_idle(&self.subject);
    }
}

fn forget_idle<K: Clone + Eq + std::hash::Hash>(limiter: &Option<DefaultKeyedRateLimiter<K>>) {
    if let Some(limiter) = limiter {
        limiter.retain_recent();
        limiter.shrink_to_fit();
    }
}

#[derive(Clone)]
pub struct RateLimitLayer {
    buckets: Option<Arc<Buckets>>,
}

impl RateLimitLayer {
    /// The layer, and (when a limit is set) the task that forgets idle
    /// callers' buckets; abort it at shutdown.
    pub fn new(limits: RateLimits, metrics: Arc<Metrics>) -> (Self, Option<tokio::task::JoinHandle<()>>) {
        if limits.org.is_none() && limits.subject.is_none() {
            return (Self { buckets: None }, None);
        }
        let buckets = Arc::new(Buckets {
            org: limits.org.map(|l| RateLimiter::keyed(l.quota())),
            subject: limits.subject.map(|l| RateLimiter::keyed(l.quota())),
            metrics,
        });
        let sweeper = {
            let buckets = buckets.clone();
            tokio::spawn(async move {
                let mut every = tokio::time::interval(Duration::from_secs(60));
                loop {
                    every.tick().await;
                    buckets.forget_idle();
                }
            })
        };
        (Self { buckets: Some(buckets) }, Some(sweeper))
    }
}

impl<S> Layer<S> for RateLimitLayer {
    type Service = RateLimited<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RateLimited {
            inner,
            buckets: self.buckets.clone(),
        }
    }
}

#[derive(Clone)]
pub struct RateLimited<S> {
    inner: S,
    buckets: Option<Arc<Buckets>>,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for RateLimited<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Default,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Either<Ready<Result<Self::Response, Self::Error>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let (Some(buckets), Some(principal)) = (&self.buckets, request.extensions().get::<Principal>()) else {
            return Either::Right(self.inner.call(request));
        };
        match buckets.check(principal) {
            Ok(()) => Either::Right(self.inner.call(request)),
            Err((wait, scope)) => {
                buckets.metrics.rate_limited(scope);
                // Whole seconds, at least one: what Retry-After can say.
                let wait = Duration::from_secs(wait.as_secs_f64().ceil().max(1.0) as u64);
                let error = Error::RateLimited {
                    message: format!("too many calls for this {scope}; retry in {} s", wait.as_secs()),
                    retry_after: wait,
                };
                let request_id = request_id_of(&request);
                Either::Left(ready(Ok(error.into_status(&request_id).into_http())))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn principal(org: &str, subject: &str) -> Principal {
        Principal {
            subject: subject.into(),
            org: org.into(),
            roles: BTreeSet::new(),
            groups: vec![],
        }
    }

    #[tokio::test]
    async fn a_burst_over_the_limit_is_refused_per_org_and_per_subject() {
        let limits = RateLimits {
            org: Limit::new(1, 3),
            subject: Limit::new(1, 2),
        };
        let (layer, sweeper) = RateLimitLayer::new(limits, Arc::new(Metrics::new()));
        let buckets = layer.buckets.unwrap();
        let alice = principal("acme", "alice");
        assert!(buckets.check(&alice).is_ok());
        assert!(buckets.check(&alice).is_ok());
        let (wait, scope) = buckets.check(&alice).unwrap_err();
        assert_eq!(scope, "subject");
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(1), "{wait:?}");
        // Alice's refused call took nothing from acme's bucket: Bob gets its
        // last token.
        assert!(buckets.check(&principal("acme", "bob")).is_ok());
        assert_eq!(buckets.check(&principal("acme", "carol")).unwrap_err().1, "org");
        // Another org is unaffected.
        assert!(buckets.check(&principal("globex", "alice")).is_ok());
        sweeper.unwrap().abort();
    }

    #[test]
    fn zero_means_no_limit_and_burst_defaults_to_the_rate() {
        assert_eq!(Limit::new(0, 5), None);
        let limit = Limit::new(7, 0).unwrap();
        assert_eq!(limit.burst.get(), 7);
    }
}

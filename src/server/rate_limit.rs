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

use std::{num::NonZeroU32, sync::Arc, time::Duration};

use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};
use http::{Request, Response};
use tonic::body::Body;
use tower_http::validate_request::ValidateRequest;

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

/// The rule tower-http's request validation applies after authentication:
/// a call over its org's or its subject's rate is answered at once.
#[derive(Clone)]
pub struct RateLimit {
    buckets: Arc<Buckets>,
}

impl RateLimit {
    /// The rule, and the task that forgets idle callers' buckets (abort it
    /// at shutdown); `None` when no limit is set.
    pub fn new(limits: RateLimits, metrics: Arc<Metrics>) -> Option<(Self, tokio::task::JoinHandle<()>)> {
        if limits.org.is_none() && limits.subject.is_none() {
            return None;
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
        Some((Self { buckets }, sweeper))
    }
}

impl<B> ValidateRequest<B> for RateLimit {
    type ResponseBody = Body;

    fn validate(&mut self, request: &mut Request<B>) -> Result<(), Response<Body>> {
        let Some(principal) = request.extensions().get::<Principal>() else {
            return Ok(());
        };
        let (wait, scope) = match self.buckets.check(principal) {
            Ok(()) => return Ok(()),
            Err(refused) => refused,
        };
        self.buckets.metrics.rate_limited(scope);
        // Whole seconds, at least one: what Retry-After can say.
        let wait = Duration::from_secs(wait.as_secs_f64().ceil().max(1.0) as u64);
        let error = Error::RateLimited {
            message: format!("too many calls for this {scope}; retry in {} s", wait.as_secs()),
            retry_after: wait,
        };
        Err(error.into_status(&request_id_of(request)).into_http())
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
        let (limit, sweeper) = RateLimit::new(limits, Arc::new(Metrics::new())).unwrap();
        let buckets = limit.buckets;
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
        sweeper.abort();
    }

    #[test]
    fn zero_means_no_limit_and_burst_defaults_to_the_rate() {
        assert_eq!(Limit::new(0, 5), None);
        let limit = Limit::new(7, 0).unwrap();
        assert_eq!(limit.burst.get(), 7);
    }
}

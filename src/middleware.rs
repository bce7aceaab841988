//! The shape of jitgate's own tower middlewares (the access log and
//! metrics, the probes, the REST transcoder, detaching handlers): a
//! [`StateLayer`] holds the middleware's state, and each service it wraps
//! is a [`Wrapped`] pairing the inner service with a clone of that state. A
//! middleware is then its state type and one
//! `impl Service<…> for Wrapped<S, State>`. Rules that only accept or answer a
//! request early use tower-http's request validation instead.

use tower::Layer;

/// The layer of a middleware whose state is `T`.
#[derive(Debug, Clone, Copy, Default)]
pub struct StateLayer<T>(pub T);

impl<S, T: Clone> Layer<S> for StateLayer<T> {
    type Service = Wrapped<S, T>;

    fn layer(&self, inner: S) -> Self::Service {
        Wrapped {
            inner,
            state: self.0.clone(),
        }
    }
}

/// A service wrapped by the middleware whose state is `T`.
#[derive(Debug, Clone)]
pub struct Wrapped<S, T> {
    pub inner: S,
    pub state: T,
}

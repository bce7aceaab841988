//! The connections the server accepts, bounded: at most `max_connections`
//! open at once (further clients wait in the listen backlog until one
//! closes), Nagle's algorithm off, and each closed after `idle_timeout`
//! with no bytes in either direction.
//!
//! The idle timeout is what ends connections that never send a request
//! (a bare TCP connection waits forever otherwise, before HTTP/1 or HTTP/2
//! is even chosen), HTTP/1 keep-alive connections nobody reuses, and
//! request bodies that stall on HTTP/1. On HTTP/2 the server's keep-alive
//! pings are traffic: a connection whose client answers them stays open
//! (as gRPC clients expect of an idle channel), one whose client does not
//! is closed by the keep-alive timeout. Stalled HTTP/2 request bodies end
//! with the request timeout.

use std::{
    io,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll, ready},
    time::Duration,
};

use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::{OwnedSemaphorePermit, Semaphore},
    time::{Instant, Sleep},
};
use tonic::transport::server::{Connected, TcpConnectInfo};

#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// The most connections open at once.
    pub max_connections: usize,
    /// How long a connection may carry no bytes before it is closed.
    pub idle_timeout: Duration,
}

/// The connections `listener` accepts, within `limits`.
pub fn accepted(
    listener: TcpListener,
    limits: ConnectionLimits,
) -> impl tokio_stream::Stream<Item = io::Result<Guarded>> {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    futures_util::stream::unfold((listener, slots), move |(listener, slots)| async move {
        // Wait for a free slot before accepting: past the limit, clients
        // queue in the kernel instead of holding a socket here.
        let permit = slots.clone().acquire_owned().await.ok()?;
        let accepted = listener.accept().await.and_then(|(stream, _)| {
            stream.set_nodelay(true)?;
            Ok(Guarded::new(stream, permit, limits.idle_timeout))
        });
        Some((accepted, (listener, slots)))
    })
}

/// One accepted connection: its slot, and its idle timer.
pub struct Guarded {
    stream: TcpStream,
    _slot: OwnedSemaphorePermit,
    idle_timeout: Duration,
    /// When the last byte went either way.
    last_activity: Instant,
    /// Fires `idle_timeout` after some earlier activity; moved on (not
    /// reset on every read, which would churn the timer) when it fires.
    timer: Pin<Box<Sleep>>,
}

impl Guarded {
    fn new(stream: TcpStream, slot: OwnedSemaphorePermit, idle_timeout: Duration) -> Self {
        let now = Instant::now();
        Self {
            stream,
            _slot: slot,
            idle_timeout,
            last_activity: now,
            timer: Box::pin(tokio::time::sleep_until(now + idle_timeout)),
        }
    }

    /// `Err(TimedOut)` once the connection has been idle for the timeout.
    fn check_idle(&mut self, cx: &mut Context<'_>) -> io::Result<()> {
        loop {
            if self.timer.as_mut().poll(cx).is_pending() {
                return Ok(());
            }
            let deadline = self.last_activity + self.idle_timeout;
            if Instant::now() >= deadline {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the connection was idle too long",
                ));
            }
            self.timer.as_mut().reset(deadline);
        }
    }

    fn active(&mut self) {
        self.last_activity = Instant::now();
    }
}

impl AsyncRead for Guarded {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.stream).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                if buf.filled().len() > before {
                    self.active();
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => {
                self.check_idle(cx)?;
                Poll::Pending
            }
        }
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let written = ready!(Pin::new(&mut self.stream).poll_write(cx, data))?;
        if written > 0 {
            self.active();
        }
        Poll::Ready(Ok(written))
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let written = ready!(Pin::new(&mut self.stream).poll_write_vectored(cx, data))?;
        if written > 0 {
            self.active();
        }
        Poll::Ready(Ok(written))
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

impl Connected for Guarded {
    type ConnectInfo = TcpConnectInfo;

    fn connect_info(&self) -> Self::ConnectInfo {
        self.stream.connect_info()
    }
}

//! The one read-modify-write primitive every write of existing state goes
//! through (decision 0024). An attempt reads what it needs, decides with
//! the pure domain rules and ends in one conditional write that the store
//! checks against what was read (a revision, a version, a directory
//! position). When another writer got there first the store writes nothing
//! and answers [`Error::Conflict`], its one conflict error; the attempt
//! then runs again on fresh reads, so of two racing calls the second sees
//! the first's outcome instead of overwriting it. SpiceDB's `ReadWriteTx`
//! is the model; here the transaction is the conditional write itself.

use std::future::Future;

use crate::error::{Error, Result};

/// How many times an attempt that keeps losing its race runs before the
/// call gives up with ABORTED.
pub const MAX_WRITE_ATTEMPTS: usize = 16;

/// Runs `attempt` until it ends in anything but a conflict. It is given the
/// attempt's number (0 first). After [`MAX_WRITE_ATTEMPTS`] conflicts the
/// answer is ABORTED naming `what`: a client may retry later.
pub async fn read_modify_write<T, F, Fut>(what: &str, mut attempt: F) -> Result<T>
where
    F: FnMut(usize) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    for n in 0..MAX_WRITE_ATTEMPTS {
        match attempt(n).await {
            Err(Error::Conflict(_)) => continue,
            done => return done,
        }
    }
    Err(Error::Aborted(format!(
        "{what} kept changing while this call applied; re-read and retry"
    )))
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[tokio::test]
    async fn conflicts_run_the_attempt_again_and_anything_else_ends_it() {
        let runs = Cell::new(0);
        let done = read_modify_write("x", |n| {
            runs.set(runs.get() + 1);
            async move {
                if n < 3 {
                    Err(Error::Conflict("lost".into()))
                } else {
                    Ok(n)
                }
            }
        })
        .await;
        assert_eq!(done, Ok(3));
        assert_eq!(runs.get(), 4);

        let refused: Result<()> = read_modify_write("x", |_| async { Err(Error::invalid("f", "bad")) }).await;
        assert!(matches!(refused, Err(Error::InvalidArgument(_))));

        let runs = Cell::new(0);
        let given_up: Result<()> = read_modify_write("request r", |_| {
            runs.set(runs.get() + 1);
            async { Err(Error::Conflict("lost".into())) }
        })
        .await;
        assert_eq!(runs.get(), MAX_WRITE_ATTEMPTS);
        let Err(Error::Aborted(message)) = given_up else {
            panic!("{given_up:?}")
        };
        assert!(message.starts_with("request r kept changing"), "{message}");
    }
}

//! Database errors in the service's terms: a connection that is down or
//! refused, or a server going away (SQLSTATE classes 08 and 57P), is
//! UNAVAILABLE (retry); anything else is INTERNAL.

use crate::error::Error;

impl From<sea_orm::DbErr> for Error {
    fn from(err: sea_orm::DbErr) -> Self {
        use sea_orm::DbErr;
        match err {
            DbErr::Conn(_) | DbErr::ConnectionAcquire(_) => {
                Self::Unavailable(format!("the database is unavailable: {err}"))
            }
            // sqlx reports a dropped connection or refused socket as an I/O
            // error inside a query or exec error.
            DbErr::Exec(sea_orm::RuntimeErr::SqlxError(ref e))
            | DbErr::Query(sea_orm::RuntimeErr::SqlxError(ref e))
                if is_connection_error(e) =>
            {
                Self::Unavailable(format!("the database is unavailable: {err}"))
            }
            DbErr::Exec(sea_orm::RuntimeErr::SqlxError(ref e))
            | DbErr::Query(sea_orm::RuntimeErr::SqlxError(ref e))
                if is_outage(e) =>
            {
                Self::Unavailable(format!("the database is unavailable: {err}"))
            }
            other => Self::Internal(format!("database error: {other}")),
        }
    }
}

/// PostgreSQL's SQLSTATE classes for a lost or refused connection (08) and
/// an operator intervention (57P: shutdown, `pg_terminate_backend`,
/// recovery): the call may succeed on a retry, so UNAVAILABLE.
fn is_outage(err: &sea_orm::sqlx::Error) -> bool {
    match err {
        sea_orm::sqlx::Error::Database(db) => db
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

fn is_connection_error(err: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error as E;
    matches!(
        err,
        E::Io(_) | E::Tls(_) | E::PoolTimedOut | E::PoolClosed | E::WorkerCrashed | E::Protocol(_)
    )
}

//! The `jitgate` command: `serve`, `migrate`, `token` and `policy`.

use std::{io::Write, process::ExitCode};

use clap::Parser;
use jitgate::{
    app::AppState,
    auth::{Role, dev, jwt::Claims},
    clock::{Clock, FileClock, SystemClock},
    config::{Cli, Command, DatabaseArgs, LogFormat, ServeArgs, TokenArgs},
    scheduler, server, store, telemetry,
};
use opentelemetry_sdk::trace::SdkTracerProvider;
use tracing_subscriber::{EnvFilter, Layer, Registry, fmt, layer::SubscriberExt, util::SubscriberInitExt};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Migrate(args) => {
            init_logging(LogFormat::Text, None);
            migrate(args).await
        }
        Command::Token(args) => token(args),
        // Its own exit codes: `plan` answers 2 when there are changes.
        Command::Policy(command) => {
            return match jitgate::policy_cli::run(command).await {
                Ok(code) => ExitCode::from(code),
                Err(error) => {
                    eprintln!("jitgate: {error:#}");
                    ExitCode::FAILURE
                }
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("jitgate: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs on stderr in `format`, at the levels `RUST_LOG` names (default
/// `info`), and, when `traces` is given, every span exported over OTLP.
fn init_logging(format: LogFormat, traces: Option<&SdkTracerProvider>) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let output = fmt::layer()
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let output: Box<dyn Layer<Registry> + Send + Sync> = match format {
        LogFormat::Text => output.boxed(),
        LogFormat::Json => output.json().flatten_event(true).boxed(),
    };
    tracing_subscriber::registry()
        .with(output)
        .with(traces.map(telemetry::otel::layer))
        .with(filter)
        .init();
}

async fn open_store(args: &DatabaseArgs) -> anyhow::Result<store::SeaStore> {
    if args.database_url.is_none() {
        std::fs::create_dir_all(&args.data_dir)?;
    }
    store::connect(&args.url())
        .await
        .map_err(|e| anyhow::anyhow!("cannot open the database: {e}"))
}

async fn migrate(args: DatabaseArgs) -> anyhow::Result<()> {
    let store = open_store(&args).await?;
    store.migrate().await?;
    println!("migrations applied");
    Ok(())
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let traces = match telemetry::otel::export_from_env()? {
        Some(export) => Some(telemetry::otel::provider(export)?),
        None => None,
    };
    init_logging(args.log_format, traces.as_ref());
    let served = serve_until_stopped(args).await;
    if let Some(traces) = traces {
        telemetry::otel::shutdown(traces).await;
    }
    served
}

async fn serve_until_stopped(args: ServeArgs) -> anyhow::Result<()> {
    let shutdown = server::shutdown_signal()?;
    // The port first: a second server fails on it before touching the
    // database.
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {} (--listen / JITGATE_LISTEN): {e}", args.listen))?;
    // Held until the process exits: one server per SQLite database.
    let _lock = args.database.lock_sqlite()?;
    let store = open_store(&args.database).await?;
    if !args.skip_migrations {
        store.migrate().await?;
    }
    let verifier = args.jwt.verifier(&args.database.data_dir)?;
    let address = listener.local_addr()?;
    // Printed on stdout (logs go to stderr) so scripts and tests can find a
    // port chosen with --listen 127.0.0.1:0.
    // A script may stop reading after the address line: a closed stdout
    // must not stop the server (println! would panic on it).
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "jitgate listening on {address}");
    // What a newcomer needs next, on stdout too (after the line scripts read).
    let _ = writeln!(
        out,
        "  gRPC and REST on http://{address} (OpenAPI document: http://{address}/openapi.json)"
    );
    if args.jwt.uses_development_secret() {
        let _ = writeln!(
            out,
            "  a token for this server: jitgate token --data-dir {} --org <org> --sub <you@example.com> --role ORG_ADMIN",
            args.database.data_dir.display()
        );
    }
    let _ = out.flush();
    drop(out);
    tracing::info!(%address, "serving gRPC");
    let clock: std::sync::Arc<dyn Clock> = match &args.clock_file {
        Some(path) => {
            tracing::warn!(path = %path.display(), "reading the time from a clock file (a testing aid)");
            std::sync::Arc::new(FileClock::new(path))
        }
        None => std::sync::Arc::new(SystemClock),
    };
    let mut state = AppState::with_cache_limits(
        std::sync::Arc::new(store),
        clock,
        args.lifecycle_options()?,
        args.cache_limits(),
    );
    state.limits = args.org_limits();
    let evictor = state.cache.spawn_evictor(std::time::Duration::from_secs(30));
    let scheduler = scheduler::spawn(state.clone(), args.scheduler_options());
    let served = server::serve(listener, state, verifier, args.server_options(), shutdown).await;
    scheduler.stop().await;
    evictor.abort();
    served?;
    tracing::info!("stopped");
    Ok(())
}

fn token(args: TokenArgs) -> anyhow::Result<()> {
    for role in &args.roles {
        if Role::parse(role).is_none() {
            anyhow::bail!("unknown role {role:?}: use ORG_ADMIN, APPROVER or ACCESS_CHECKER");
        }
    }
    let secret = dev::load_secret(&args.data_dir).map_err(anyhow::Error::msg)?;
    let now = jsonwebtoken::get_current_timestamp();
    let claims = Claims {
        sub: args.sub,
        org: args.org,
        roles: args.roles,
        groups: args.groups,
        iss: args.issuer,
        aud: args.audience,
        exp: now + args.ttl_seconds,
        nbf: None,
        iat: Some(now),
    };
    println!("{}", dev::mint(&secret, &claims));
    Ok(())
}

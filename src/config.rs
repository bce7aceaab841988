//! Command-line flags and their environment variables. Every flag of
//! `jitgate serve` can be set either way; `jitgate --help` lists them.

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::{
    auth::{
        dev,
        jwt::{TokenVerifier, VerifyingKey},
    },
    domain::access_request::LifecycleOptions,
};

#[derive(Debug, Parser)]
#[command(
    name = "jitgate",
    version,
    about = "Just-in-time access decisions and tracking over gRPC"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

// Parsed once at start; the size of `serve`'s flags costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (applies migrations first unless --skip-migrations).
    Serve(ServeArgs),
    /// Apply database migrations, then exit.
    Migrate(DatabaseArgs),
    /// Mint a development token signed with the data directory's secret.
    Token(TokenArgs),
    /// Policy as code: export, plan, apply and test an org's policy document.
    #[command(subcommand)]
    Policy(PolicyCommand),
}

/// `jitgate policy ...`.
#[derive(Debug, Clone, Subcommand)]
pub enum PolicyCommand {
    /// Print the org's live policy as YAML (stable: re-exporting an
    /// unchanged policy prints the same bytes).
    Export(PolicyServer),
    /// Show what applying a policy file would change. Exit code 0: no
    /// changes; 2: changes; 1: error.
    Plan(PolicyPlanArgs),
    /// Apply a policy file: its plan, in one transaction, conditional on the
    /// versions planned against. Exit code 0: applied (or nothing to do).
    Apply(PolicyApplyArgs),
    /// Run policy test cases against a policy file, offline (no server).
    /// Exit code 0: every case passed; 1: a case failed or the files are bad.
    Test(PolicyTestArgs),
    /// Print the JSON Schema of a policy file (for editors and CI linters).
    Schema,
}

/// Where the server is, and the token to call it with.
#[derive(Debug, Clone, Args)]
pub struct PolicyServer {
    /// The org.
    #[arg(long)]
    pub org: String,
    /// The server's gRPC address.
    #[arg(long, env = "JITGATE_SERVER", default_value = "http://127.0.0.1:8080")]
    pub server: String,
    /// A bearer token with the org's ORG_ADMIN role.
    #[arg(long, env = "JITGATE_TOKEN", hide_env_values = true)]
    pub token: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum PlanOutput {
    /// A terraform-style listing.
    #[default]
    Text,
    /// The PlanPolicy (and with --simulate, SimulateConfigChange) answers.
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct PolicyPlanArgs {
    #[command(flatten)]
    pub server: PolicyServer,
    /// The policy file (YAML or JSON).
    #[arg(short = 'f', long = "file")]
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = PlanOutput::Text)]
    pub output: PlanOutput,
    /// Also re-evaluate the org's recent requests under the file's policy
    /// and list every decision that would change.
    #[arg(long)]
    pub simulate: bool,
    /// With --simulate: how many days back (1 to 90).
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=90))]
    pub days: u32,
    /// With --simulate: at most this many stored requests (1 to 10000).
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: u32,
    /// With --simulate: requests that were never filed, also evaluated both
    /// ways — a YAML list of {requester_id, access_request} (the request in
    /// CreateAccessRequest's REST JSON).
    #[arg(long, requires = "simulate")]
    pub hypothetical: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PolicyApplyArgs {
    #[command(flatten)]
    pub server: PolicyServer,
    /// The policy file (YAML or JSON).
    #[arg(short = 'f', long = "file")]
    pub file: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct PolicyTestArgs {
    /// The policy file (YAML or JSON).
    #[arg(short = 'f', long = "file")]
    pub file: PathBuf,
    /// The test files.
    #[arg(required = true)]
    pub tests: Vec<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// Directory of the embedded default: its SQLite database and its
    /// development JWT secret.
    #[arg(long, env = "JITGATE_DATA_DIR", default_value = "jitgate-data")]
    pub data_dir: PathBuf,
    /// Database URL, e.g. postgres://user@host:5432/jitgate. Default: SQLite
    /// at <data-dir>/jitgate.db.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
}

impl DatabaseArgs {
    pub fn url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}?mode=rwc", self.data_dir.join("jitgate.db").display()),
        }
    }

    /// The SQLite database file, if the database is SQLite.
    fn sqlite_file(&self) -> Option<PathBuf> {
        let url = self.url();
        let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
        let path = path.split('?').next().unwrap_or_default();
        (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
    }

    /// Takes the lock that makes this process the only server of an SQLite
    /// database (its caches rely on seeing every write: decision 0017); the
    /// lock lasts as long as the returned file is open. PostgreSQL serves
    /// any number of replicas: no lock.
    pub fn lock_sqlite(&self) -> anyhow::Result<Option<std::fs::File>> {
        let Some(database) = self.sqlite_file() else {
            return Ok(None);
        };
        if let Some(dir) = database.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let path = database.with_extension("lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| anyhow::anyhow!("cannot open the lock file {}: {e}", path.display()))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
                "another jitgate server is using the SQLite database {} (it holds {}): \
                 stop it, or give this one its own --data-dir; several servers need PostgreSQL (--database-url)",
                database.display(),
                path.display()
            ),
            Err(std::fs::TryLockError::Error(e)) => {
                anyhow::bail!("cannot lock {}: {e}", path.display())
            }
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct JwtArgs {
    /// The issuer (`iss`) tokens must carry.
    #[arg(long = "jwt-issuer", env = "JITGATE_JWT_ISSUER", default_value = "jitgate")]
    pub issuer: String,
    /// The audience (`aud`) tokens must carry.
    #[arg(long = "jwt-audience", env = "JITGATE_JWT_AUDIENCE", default_value = "jitgate")]
    pub audience: String,
    /// An HMAC secret (HS256/384/512) that signs tokens.
    #[arg(long = "jwt-hmac-secret", env = "JITGATE_JWT_HMAC_SECRET", hide_env_values = true)]
    pub hmac_secret: Option<String>,
    /// PEM files of RSA or EC public keys that sign tokens (comma-separated
    /// in the environment variable).
    #[arg(
        long = "jwt-public-key-file",
        env = "JITGATE_JWT_PUBLIC_KEY_FILE",
        value_delimiter = ','
    )]
    pub public_key_files: Vec<PathBuf>,
    /// JWKS files (RSA and EC keys, selected by `kid`).
    #[arg(long = "jwt-jwks-file", env = "JITGATE_JWT_JWKS_FILE", value_delimiter = ',')]
    pub jwks_files: Vec<PathBuf>,
}

impl JwtArgs {
    /// Whether no production key is configured, so that `serve` accepts the
    /// data directory's development tokens.
    pub fn uses_development_secret(&self) -> bool {
        self.public_key_files.is_empty() && self.jwks_files.is_empty() && self.hmac_secret.is_none()
    }

    /// The configured production keys, or else the data directory's
    /// development secret.
    pub fn verifier(&self, data_dir: &std::path::Path) -> anyhow::Result<Arc<TokenVerifier>> {
        let mut keys = TokenVerifier::load_key_files(&self.public_key_files, &self.jwks_files)
            .map_err(|e| anyhow::anyhow!("cannot load JWT keys: {e}"))?;
        if let Some(secret) = &self.hmac_secret {
            if secret.len() < 32 {
                anyhow::bail!("--jwt-hmac-secret must be at least 32 bytes (RFC 7518 section 3.2)");
            }
            keys.push(VerifyingKey::hmac(secret.as_bytes()));
        }
        if keys.is_empty() {
            tracing::warn!(
                data_dir = %data_dir.display(),
                "no JWT key configured: accepting development tokens signed with the data directory's secret"
            );
            keys.push(VerifyingKey::hmac(&dev::load_or_create_secret(data_dir)?));
        }
        Ok(Arc::new(TokenVerifier::new(keys, &self.issuer, &self.audience)))
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on (gRPC). Port 0 picks a free port.
    #[arg(long, env = "JITGATE_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub jwt: JwtArgs,
    /// Do not apply migrations at start (run `jitgate migrate` separately).
    #[arg(long, env = "JITGATE_SKIP_MIGRATIONS")]
    pub skip_migrations: bool,
    /// Milliseconds between database health checks.
    #[arg(long, env = "JITGATE_HEALTH_INTERVAL_MS", default_value_t = 2000)]
    pub health_interval_ms: u64,
    /// The largest request message accepted, in bytes.
    #[arg(long, env = "JITGATE_MAX_MESSAGE_BYTES", default_value_t = 4 * 1024 * 1024)]
    pub max_message_bytes: usize,
    /// Log format. The level comes from RUST_LOG (default: info).
    #[arg(long, env = "JITGATE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// How often the scheduler looks for due work (activation, expiry,
    /// reminders, escalation), e.g. `1s`, `250ms`.
    #[arg(long, env = "JITGATE_SCHEDULER_INTERVAL", default_value = "1s", value_parser = parse_duration)]
    pub scheduler_interval: Duration,
    /// How long a request may stay undecided before it expires, e.g. `7d`,
    /// `36h`, `1d12h`.
    #[arg(long, env = "JITGATE_DECISION_TIMEOUT", default_value = "7d", value_parser = parse_duration)]
    pub decision_timeout: Duration,
    /// Origins whose web pages may call jitgate from a browser (gRPC-Web and
    /// REST), e.g. `https://console.example.com`; comma-separated in the
    /// environment variable; `*` allows any origin. Default: none (CORS off).
    #[arg(
        long = "cors-allowed-origin",
        env = "JITGATE_CORS_ALLOWED_ORIGINS",
        value_delimiter = ',',
        value_parser = parse_origin
    )]
    pub cors_allowed_origins: Vec<http::HeaderValue>,
    /// The most connections open at once; more clients wait in the listen
    /// backlog until one closes.
    #[arg(long, env = "JITGATE_MAX_CONNECTIONS", default_value_t = 10_000)]
    pub max_connections: usize,
    /// How long a connection may carry no bytes (no request, no answer, no
    /// keep-alive ping) before it is closed, e.g. `60s`.
    #[arg(long, env = "JITGATE_IDLE_TIMEOUT", default_value = "60s", value_parser = parse_duration)]
    pub idle_timeout: Duration,
    /// How long a call may take, reading its request included; a client's
    /// shorter `grpc-timeout` wins. Event streams are not cut by it.
    #[arg(long, env = "JITGATE_REQUEST_TIMEOUT", default_value = "30s", value_parser = parse_duration)]
    pub request_timeout: Duration,
    /// How often idle HTTP/2 connections are pinged; a ping unanswered for
    /// `--keepalive-timeout` closes the connection.
    #[arg(long, env = "JITGATE_KEEPALIVE_INTERVAL", default_value = "20s", value_parser = parse_duration)]
    pub keepalive_interval: Duration,
    /// How long an HTTP/2 keep-alive ping may go unanswered, e.g. `10s`.
    #[arg(long, env = "JITGATE_KEEPALIVE_TIMEOUT", default_value = "10s", value_parser = parse_duration)]
    pub keepalive_timeout: Duration,
    /// The most calls in flight on one HTTP/2 connection.
    #[arg(long, env = "JITGATE_MAX_CONCURRENT_STREAMS", default_value_t = 200)]
    pub max_concurrent_streams: u32,
    /// Calls per second one org may make on this replica; 0: no limit.
    #[arg(long, env = "JITGATE_RATE_LIMIT_ORG_RPS", default_value_t = 0)]
    pub rate_limit_org_rps: u32,
    /// How many calls an org may make at once past its rate; 0: one
    /// second's worth.
    #[arg(long, env = "JITGATE_RATE_LIMIT_ORG_BURST", default_value_t = 0)]
    pub rate_limit_org_burst: u32,
    /// Calls per second one subject (a token's `sub` in its org) may make
    /// on this replica; 0: no limit.
    #[arg(long, env = "JITGATE_RATE_LIMIT_SUBJECT_RPS", default_value_t = 0)]
    pub rate_limit_subject_rps: u32,
    /// How many calls a subject may make at once past its rate; 0: one
    /// second's worth.
    #[arg(long, env = "JITGATE_RATE_LIMIT_SUBJECT_BURST", default_value_t = 0)]
    pub rate_limit_subject_burst: u32,
    /// Also serve `/metrics`, `/healthz` and `/readyz` on this address
    /// (they are always on `--listen` too), e.g. `0.0.0.0:9090`.
    #[arg(long, env = "JITGATE_METRICS_LISTEN")]
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// The most rules one org's routing workflow may hold.
    #[arg(long, env = "JITGATE_MAX_ROUTING_RULES", default_value_t = crate::domain::limits::DEFAULT_MAX_ROUTING_RULES)]
    pub max_routing_rules: usize,
    /// The most access flows one org may hold.
    #[arg(long, env = "JITGATE_MAX_ACCESS_FLOWS", default_value_t = crate::domain::limits::DEFAULT_MAX_ACCESS_FLOWS)]
    pub max_access_flows: usize,
    /// The most memory (approximately, in MiB) the in-memory cache of
    /// compiled org policies, directories and active grants may hold; the
    /// least recently used orgs are evicted past it.
    #[arg(long, env = "JITGATE_POLICY_CACHE_MIB", default_value_t = 512)]
    pub policy_cache_mib: usize,
    /// How long an org's cached state is kept without a call for it, e.g.
    /// `15m`.
    #[arg(long, env = "JITGATE_POLICY_CACHE_IDLE", default_value = "15m", value_parser = parse_duration)]
    pub policy_cache_idle: Duration,
    /// Testing aid: read the current time from this file (one RFC 3339
    /// instant, re-read on every use) instead of the system clock, so tests
    /// can move time for several processes at once.
    #[arg(long, env = "JITGATE_CLOCK_FILE", hide = true)]
    pub clock_file: Option<PathBuf>,
}

impl ServeArgs {
    pub fn server_options(&self) -> crate::server::ServerOptions {
        crate::server::ServerOptions {
            health_interval: Duration::from_millis(self.health_interval_ms.max(50)),
            max_message_bytes: self.max_message_bytes,
            cors_allowed_origins: self.cors_allowed_origins.clone(),
            max_connections: self.max_connections,
            idle_timeout: self.idle_timeout,
            request_timeout: self.request_timeout,
            keepalive_interval: self.keepalive_interval,
            keepalive_timeout: self.keepalive_timeout,
            max_concurrent_streams: self.max_concurrent_streams,
            rate_limits: crate::server::rate_limit::RateLimits {
                org: crate::server::rate_limit::Limit::new(self.rate_limit_org_rps, self.rate_limit_org_burst),
                subject: crate::server::rate_limit::Limit::new(
                    self.rate_limit_subject_rps,
                    self.rate_limit_subject_burst,
                ),
            },
            metrics_listen: self.metrics_listen,
        }
    }

    pub fn scheduler_options(&self) -> crate::scheduler::SchedulerOptions {
        crate::scheduler::SchedulerOptions {
            interval: self.scheduler_interval,
            ..Default::default()
        }
    }

    pub fn org_limits(&self) -> crate::domain::limits::OrgLimits {
        crate::domain::limits::OrgLimits {
            max_routing_rules: self.max_routing_rules,
            max_access_flows: self.max_access_flows,
        }
    }

    pub fn cache_limits(&self) -> crate::cache::CacheLimits {
        crate::cache::CacheLimits {
            max_bytes: self.policy_cache_mib.saturating_mul(1024 * 1024),
            idle: self.policy_cache_idle,
        }
    }

    pub fn lifecycle_options(&self) -> anyhow::Result<LifecycleOptions> {
        let decision_timeout = chrono::Duration::from_std(self.decision_timeout)
            .map_err(|_| anyhow::anyhow!("--decision-timeout is too long"))?;
        Ok(LifecycleOptions { decision_timeout })
    }
}

/// The longest duration a flag accepts: a hundred years keeps every
/// instant computed from it inside chrono's range.
const MAX_DURATION_SECS: u64 = 100 * 366 * 24 * 3600;

/// Parses a positive duration written as numbers with units (`ms`, `s`,
/// `m`, `h`, `d`), possibly several: `1s`, `250ms`, `1h30m`, `7d`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let usage = || format!("{text:?} is not a duration: write e.g. 1s, 250ms, 1h30m or 7d");
    let mut rest = text.trim();
    if rest.is_empty() {
        return Err(usage());
    }
    let mut total = Duration::ZERO;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit()).ok_or_else(usage)?;
        let number: u64 = rest[..digits].parse().map_err(|_| usage())?;
        rest = &rest[digits..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
        let millis_per_unit = match &rest[..unit_len] {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => return Err(usage()),
        };
        rest = &rest[unit_len..];
        let millis = number.checked_mul(millis_per_unit).ok_or_else(usage)?;
        total = total.checked_add(Duration::from_millis(millis)).ok_or_else(usage)?;
    }
    if total.is_zero() {
        return Err(format!("{text:?}: the duration must be positive"));
    }
    if total.as_secs() > MAX_DURATION_SECS {
        return Err(format!("{text:?}: at most 100 years"));
    }
    Ok(total)
}

/// An origin as browsers send it (`scheme://host[:port]`, no path), or `*`.
pub fn parse_origin(text: &str) -> Result<http::HeaderValue, String> {
    let text = text.trim();
    let usage = || format!("{text:?} is not an origin: write e.g. https://console.example.com or *");
    if text != "*" {
        let (scheme, rest) = text.split_once("://").ok_or_else(usage)?;
        if !matches!(scheme, "http" | "https") || rest.is_empty() || rest.contains('/') {
            return Err(usage());
        }
    }
    http::HeaderValue::from_str(text).map_err(|_| usage())
}

#[derive(Debug, Clone, Args)]
pub struct TokenArgs {
    /// The tenant (claim `org`).
    #[arg(long)]
    pub org: String,
    /// The user id (claim `sub`): an email address or an opaque id.
    #[arg(long)]
    pub sub: String,
    /// A role: ORG_ADMIN, APPROVER or ACCESS_CHECKER. Repeat for several.
    #[arg(long = "role")]
    pub roles: Vec<String>,
    /// A directory group id (claim `groups`). Repeat for several.
    #[arg(long = "group")]
    pub groups: Vec<String>,
    /// Lifetime in seconds.
    #[arg(long, default_value_t = 8 * 3600)]
    pub ttl_seconds: u64,
    /// The data directory whose secret signs the token.
    #[arg(long, env = "JITGATE_DATA_DIR", default_value = "jitgate-data")]
    pub data_dir: PathBuf,
    #[arg(long = "jwt-issuer", env = "JITGATE_JWT_ISSUER", default_value = "jitgate")]
    pub issuer: String,
    #[arg(long = "jwt-audience", env = "JITGATE_JWT_AUDIENCE", default_value = "jitgate")]
    pub audience: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_numbers_with_units() {
        assert_eq!(parse_duration("1s"), Ok(Duration::from_secs(1)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration(" 7d "), Ok(Duration::from_secs(7 * 86_400)));
        for bad in [
            "",
            "5",
            "s",
            "1x",
            "1.5s",
            "-1s",
            "0s",
            "0ms0s",
            "1s2",
            "99999999999999999999d",
            "36600d1s",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn origins_are_scheme_and_host_or_a_star() {
        for ok in ["https://console.example.com", "http://localhost:5173", "*"] {
            assert_eq!(parse_origin(ok).unwrap(), ok);
        }
        for bad in [
            "",
            "console.example.com",
            "https://x.test/app",
            "ftp://x.test",
            "https://",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn serve_defaults_to_a_one_second_interval_and_a_week_to_decide() {
        let cli = Cli::try_parse_from(["jitgate", "serve"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("serve")
        };
        assert_eq!(args.scheduler_options().interval, Duration::from_secs(1));
        assert_eq!(
            args.lifecycle_options().unwrap().decision_timeout,
            chrono::Duration::days(7)
        );
        assert_eq!(args.clock_file, None);
    }
}

//! Command-line flags and their environment variables. Every flag of
//! `jitgate serve` can be set either way; `jitgate --help` lists them.

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::auth::{
    dev,
    jwt::{TokenVerifier, VerifyingKey},
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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (applies migrations first unless --skip-migrations).
    Serve(ServeArgs),
    /// Apply database migrations, then exit.
    Migrate(DatabaseArgs),
    /// Mint a development token signed with the data directory's secret.
    Token(TokenArgs),
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
}

impl ServeArgs {
    pub fn server_options(&self) -> crate::server::ServerOptions {
        crate::server::ServerOptions {
            health_interval: Duration::from_millis(self.health_interval_ms.max(50)),
            max_message_bytes: self.max_message_bytes,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct TokenArgs {
    /// The tenant (claim `org`).
    #[arg(long)]
    pub org: String,
    /// The user id, an email address (claim `sub`).
    #[arg(long)]
    pub sub: String,
    /// A role: ORG_ADMIN or APPROVER. Repeat for several.
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

//! The servers under load, as child processes: the echo anchor and jitgate
//! (on SQLite in a temporary data directory, or on a PostgreSQL database of
//! its own), and what the harness reads of them (their address, their RSS).

use std::{
    path::{Path, PathBuf},
    process::Stdio,
    time::Duration,
};

use anyhow::{Context, bail};
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};
use tonic::transport::Channel;

/// The HMAC secret the harness mints its tokens with.
pub const SECRET: &str = "load-benchmark-secret-of-32-bytes!!";

pub struct Server {
    pub addr: String,
    child: Child,
}

impl Server {
    /// Starts `program args…` and waits for the line `… listening on ADDR`.
    async fn start(name: &str, program: &Path, args: &[String], env: &[(&str, String)]) -> anyhow::Result<Self> {
        let mut command = Command::new(program);
        command
            .args(args)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true);
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command
            .spawn()
            .with_context(|| format!("starting {}", program.display()))?;
        let stdout = child.stdout.take().context("piped stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let addr = tokio::time::timeout(Duration::from_secs(120), async {
            while let Some(line) = lines.next_line().await? {
                if let Some((_, addr)) = line.split_once("listening on ") {
                    return Ok(addr.trim().to_string());
                }
            }
            bail!("{name} exited before listening")
        })
        .await
        .with_context(|| format!("{name} did not start"))??;
        // Keep draining stdout so the child never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Ok(Self { addr, child })
    }

    pub async fn echo(program: &Path) -> anyhow::Result<Self> {
        Self::start("echo", program, &[], &[]).await
    }

    /// jitgate on SQLite in `data_dir`, or on `database_url`.
    pub async fn jitgate(program: &Path, data_dir: &Path, database_url: Option<&str>) -> anyhow::Result<Self> {
        let mut env = vec![("JITGATE_JWT_HMAC_SECRET", SECRET.to_string())];
        if let Some(url) = database_url {
            env.push(("DATABASE_URL", url.to_string()));
        }
        let args = [
            "serve".to_string(),
            "--listen".into(),
            "127.0.0.1:0".into(),
            "--data-dir".into(),
            data_dir.display().to_string(),
        ];
        let name = if database_url.is_some() {
            "jitgate (PostgreSQL)"
        } else {
            "jitgate (SQLite)"
        };
        Self::start(name, program, &args, &env).await
    }

    pub async fn channel(&self) -> anyhow::Result<Channel> {
        Ok(Channel::from_shared(format!("http://{}", self.addr))?
            .tcp_nodelay(true)
            .connect()
            .await?)
    }

    pub fn pid(&self) -> u32 {
        self.child.id().unwrap_or(0)
    }

    /// Resident memory now, in KiB.
    pub fn rss_kib(&self) -> u64 {
        rss_kib(self.pid())
    }
}

/// Where the harness finds its binaries: next to itself (one `cargo build`
/// puts jitgate, echo and load in the same directory).
pub fn sibling(name: &str) -> PathBuf {
    let me = std::env::current_exe().expect("the harness's own path");
    me.with_file_name(name)
}

/// The resident memory of process `pid`, in KiB (0 if it is gone).
pub fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

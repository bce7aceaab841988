//! The load benchmark: jitgate against a bare tonic echo server, driven by
//! the same client at the same concurrency, interleaved round by round, and
//! CreateAccessRequest on PostgreSQL against pgbench's single-row INSERT on
//! the same server. Every answer is checked; a failed call fails the run.
//! Prints one table of rates, latencies and ratios, and the targets.
//!
//! Run it with `benches/run` (release build, full length) or
//! `benches/run --smoke` (a fraction of a second per scenario, as CI does).
//! Options: `--seconds N` per run, `--rounds N`, `--postgres URL` (a
//! database jitgate may create databases on; default the local cluster),
//! `--no-postgres`, `--only a,b` (only these scenarios: to profile one with
//! `perf record -p <jitgate's pid>`).

mod runner;
mod scenarios;
mod servers;

#[derive(Debug, Clone)]
pub struct Options {
    pub seconds: f64,
    pub rounds: usize,
    pub concurrency: usize,
    pub postgres: Option<String>,
    pub smoke: bool,
    /// Run only these scenarios (for profiling one); empty: all.
    pub only: Vec<String>,
}

impl Options {
    pub fn wants(&self, scenario: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|o| o == scenario)
    }
}

fn options() -> anyhow::Result<Options> {
    let mut o = Options {
        seconds: 5.0,
        rounds: 3,
        concurrency: 64,
        postgres: Some("postgres://postgres@127.0.0.1:5432/postgres".into()),
        smoke: false,
        only: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| anyhow::anyhow!("{arg} needs a value"));
        match arg.as_str() {
            "--smoke" => {
                o.smoke = true;
                o.seconds = 0.3;
                o.rounds = 1;
            }
            "--seconds" => o.seconds = value()?.parse()?,
            "--rounds" => o.rounds = value()?.parse()?,
            "--postgres" => o.postgres = Some(value()?),
            "--no-postgres" => o.postgres = None,
            "--only" => o.only = value()?.split(',').map(String::from).collect(),
            "--help" | "-h" => {
                println!(
                    "usage: load [--smoke] [--seconds N] [--rounds N] [--postgres URL | --no-postgres] [--only a,b]"
                );
                std::process::exit(0);
            }
            other => anyhow::bail!("unknown option {other:?} (try --help)"),
        }
    }
    Ok(o)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let options = options()?;
    let report = scenarios::run(&options).await?;
    println!("{}", report.table());
    let failed = report.failures();
    if !failed.is_empty() {
        eprintln!("load: calls failed:\n{}", failed.join("\n"));
        std::process::exit(1);
    }
    // A smoke run proves the harness runs; its numbers mean nothing.
    if !options.smoke {
        println!("{}", report.targets());
    }
    Ok(())
}

//! What the load benchmark runs: seeds jitgate with a synthetic org
//! (1,000 users, 100 rules and 100 flows; 2,000 active grants), then runs
//! each scenario at the same concurrency as the echo anchor, round by
//! round, and measures latency at half of echo's rate, memory, and
//! CreateAccessRequest on PostgreSQL beside pgbench.

use std::{
    collections::BTreeMap,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use anyhow::Context;
use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use jitgate::{
    auth::{dev, jwt::Claims},
    domain::{
        access_request::check::{ActiveGrant, GrantTable},
        evaluation::{Policy, Request},
    },
    pb::v1::{
        self as pb, access_flow_service_client::AccessFlowServiceClient,
        access_request_service_client::AccessRequestServiceClient, directory_service_client::DirectoryServiceClient,
        routing_service_client::RoutingServiceClient,
    },
};
use jitgate_bench::{Org, Size, echo::echo_service_client::EchoServiceClient, org, requests, user_id, wire_directory};
use tonic::{metadata::MetadataValue, transport::Channel};

use crate::{
    Options,
    runner::{Stats, closed_loop, open_loop},
    servers::{SECRET, Server, rss_kib, sibling},
};

/// The policy org, the grants org, and the orgs CreateAccessRequest files in.
const POLICY_ORG: &str = "acme";
const GRANTS_ORG: &str = "grants";
/// Connections each gRPC client spreads its calls over.
const CHANNELS: usize = 4;
/// Users holding grants in the grants org, and grants each.
const GRANT_USERS: usize = 200;
const GRANTS_PER_USER: usize = 10;

/// How many open-loop calls may await an answer; a call falling due while
/// that many do is not sent (the server has fallen that far behind).
const MAX_IN_FLIGHT: u64 = 10_000;

fn token(org: &str, sub: &str, roles: &[&str]) -> String {
    let now = chrono::Utc::now().timestamp() as u64;
    let claims = Claims {
        sub: sub.into(),
        org: org.into(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        groups: vec![],
        iss: "jitgate".into(),
        aud: "jitgate".into(),
        exp: now + 24 * 3600,
        nbf: None,
        iat: Some(now),
    };
    dev::mint(SECRET.as_bytes(), &claims)
}

fn authed<T>(token: &str, message: T) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    let value = MetadataValue::try_from(format!("Bearer {token}")).expect("an ascii token");
    request.metadata_mut().insert("authorization", value);
    request
}

fn status(e: tonic::Status) -> String {
    format!("{:?}: {}", e.code(), e.message())
}

/// The pb form of a fixture request's resource.
fn wire_resource(r: &Request) -> pb::RequestedResource {
    pb::RequestedResource {
        service: r.resource.service.clone(),
        resource_type: r.resource.resource_type.clone(),
        resource_id: r.resource.resource_id.clone(),
        ..Default::default()
    }
}

async fn channels(server: &Server) -> anyhow::Result<Vec<Channel>> {
    let mut out = Vec::new();
    for _ in 0..CHANNELS {
        out.push(server.channel().await?);
    }
    Ok(out)
}

/// Seeds the policy org: its directory, routing rules and flows.
async fn seed_policy(server: &Server, org: &Org) -> anyhow::Result<()> {
    let channel = server.channel().await?;
    let admin = token(POLICY_ORG, "admin@acme.test", &["ORG_ADMIN"]);
    let mut directory = DirectoryServiceClient::new(channel.clone());
    for batch in wire_directory(org, 5_000) {
        directory
            .batch_upsert(authed(&admin, batch))
            .await
            .context("seeding the directory")?;
    }
    let save = pb::SaveRoutingConfigRequest {
        org_id: POLICY_ORG.into(),
        current_version: None,
        workflow: Some(pb::Workflow {
            rules: jitgate_bench::wire_rules(org),
            ..Default::default()
        }),
    };
    RoutingServiceClient::new(channel.clone())
        .max_encoding_message_size(64 << 20)
        .save_routing_config(authed(&admin, save))
        .await
        .context("saving the routing rules")?;
    let mut flows = AccessFlowServiceClient::new(channel);
    for record in &org.flows {
        let create = pb::CreateAccessFlowRequest {
            access_flow: Some(jitgate_bench::wire_flow(&record.flow)),
        };
        flows
            .create_access_flow(authed(&admin, create))
            .await
            .context("creating a flow")?;
    }
    Ok(())
}

/// A routing workflow whose one rule approves everything at once, or waits
/// for an APPROVER (`p0`).
async fn seed_single_rule(server: &Server, org: &str, approval: &str) -> anyhow::Result<()> {
    let admin = token(org, &format!("admin@{org}.test"), &["ORG_ADMIN"]);
    let rule = pb::RoutingRule {
        name: "all".into(),
        requestor: Some(pb::Requestor {
            r#type: "any".into(),
            ..Default::default()
        }),
        resource: Some(pb::Resource {
            r#type: "any".into(),
            ..Default::default()
        }),
        approval: vec![pb::Approval {
            r#type: approval.into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let save = pb::SaveRoutingConfigRequest {
        org_id: org.into(),
        current_version: None,
        workflow: Some(pb::Workflow {
            rules: vec![rule],
            ..Default::default()
        }),
    };
    RoutingServiceClient::new(server.channel().await?)
        .save_routing_config(authed(&admin, save))
        .await
        .context("saving a routing rule")?;
    Ok(())
}

fn grant_resource(user: usize, n: usize) -> pb::RequestedResource {
    pb::RequestedResource {
        service: "aws".into(),
        resource_type: "role".into(),
        resource_id: format!("grant-{user}-{n}"),
        ..Default::default()
    }
}

/// Files the grants org's active grants: every user a few resources,
/// approved at once.
async fn seed_grants(server: &Server) -> anyhow::Result<()> {
    seed_single_rule(server, GRANTS_ORG, "persistent").await?;
    let mut client = AccessRequestServiceClient::new(server.channel().await?);
    for user in 0..GRANT_USERS {
        let token = token(GRANTS_ORG, &user_id(user), &[]);
        for n in 0..GRANTS_PER_USER {
            let body = pb::AccessRequest {
                resource: Some(grant_resource(user, n)),
                requested_grant_type: "PERMANENT".into(),
                ..Default::default()
            };
            let filed = client
                .create_access_request(authed(
                    &token,
                    pb::CreateAccessRequestRequest {
                        access_request: Some(body),
                    },
                ))
                .await
                .context("filing a grant")?
                .into_inner();
            let state = filed.access_request.map(|r| r.state());
            anyhow::ensure!(state == Some(pb::RequestState::Active), "a seeded grant is {state:?}");
        }
    }
    Ok(())
}

/// One measured run.
struct Run {
    scenario: &'static str,
    stats: Stats,
}

/// Everything the benchmark measured.
#[derive(Default)]
pub struct Report {
    runs: Vec<Run>,
    half_load: Vec<(&'static str, f64, Stats)>,
    idle_rss_kib: u64,
    peak_rss_kib: u64,
    compiled_kib: u64,
    pgbench_tps: Vec<f64>,
    notes: Vec<String>,
}

fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

impl Report {
    fn rates(&self, scenario: &str) -> Vec<f64> {
        self.runs
            .iter()
            .filter(|r| r.scenario == scenario)
            .map(|r| r.stats.rate())
            .collect()
    }

    fn rate(&self, scenario: &str) -> f64 {
        median(&mut self.rates(scenario))
    }

    fn latency(&self, scenario: &str, p: f64) -> Duration {
        // Of the run with the median rate.
        let mut runs: Vec<&Run> = self.runs.iter().filter(|r| r.scenario == scenario).collect();
        runs.sort_by(|a, b| a.stats.rate().total_cmp(&b.stats.rate()));
        runs.get(runs.len() / 2)
            .map_or(Duration::ZERO, |r| r.stats.percentile(p))
    }

    pub fn failures(&self) -> Vec<String> {
        self.runs
            .iter()
            .map(|r| (r.scenario, &r.stats))
            .chain(self.half_load.iter().map(|(s, _, stats)| (*s, stats)))
            .filter(|(_, s)| s.failed > 0)
            .map(|(name, s)| {
                format!(
                    "{name}: {} failed, first: {}",
                    s.failed,
                    s.first_failure.as_deref().unwrap_or("")
                )
            })
            .collect()
    }

    pub fn table(&self) -> String {
        let echo = self.rate("echo");
        let pgbench = median(&mut self.pgbench_tps.clone());
        let mut out =
            String::from("| scenario | req/s | p50 | p99 | ratio | anchor |\n| --- | --- | --- | --- | --- | --- |\n");
        let mut seen = Vec::new();
        for run in &self.runs {
            if seen.contains(&run.scenario) {
                continue;
            }
            seen.push(run.scenario);
            let rate = self.rate(run.scenario);
            let (ratio, anchor) = match run.scenario {
                "echo" => (1.0, "echo".to_string()),
                s if s.starts_with("create-postgres") => (rate / pgbench, format!("pgbench INSERT, {pgbench:.0} tps")),
                "get-routing-rest" => (rate / self.rate("get-routing-grpc"), "get-routing-grpc".into()),
                _ => (rate / echo, "echo".into()),
            };
            out.push_str(&format!(
                "| {} | {:.0} | {:.2} ms | {:.2} ms | {:.3}× | {} |\n",
                run.scenario,
                rate,
                self.latency(run.scenario, 0.5).as_secs_f64() * 1e3,
                self.latency(run.scenario, 0.99).as_secs_f64() * 1e3,
                ratio,
                anchor
            ));
        }
        if !self.pgbench_tps.is_empty() {
            out.push_str(&format!(
                "| pgbench single-row INSERT, 8 clients | {pgbench:.0} | | | | |\n"
            ));
        }
        let mut behind = Vec::new();
        for (name, rate, stats) in &self.half_load {
            out.push_str(&format!(
                "| {name} at {rate:.0}/s (half of echo) | {:.0} | {:.2} ms | {:.2} ms | | |\n",
                stats.rate(),
                stats.percentile(0.5).as_secs_f64() * 1e3,
                stats.percentile(0.99).as_secs_f64() * 1e3
            ));
            if stats.not_sent > 0 {
                behind.push(format!(
                    "{name} at {rate:.0}/s could not keep up: {} calls were not sent, found {MAX_IN_FLIGHT} \
                     unanswered (its p99 is of the calls sent)",
                    stats.not_sent
                ));
            }
        }
        out.push_str(&format!(
            "\nRSS of jitgate (SQLite): idle {} MiB, peak under load {} MiB; compiled state about {} MiB\n",
            self.idle_rss_kib / 1024,
            self.peak_rss_kib / 1024,
            self.compiled_kib / 1024
        ));
        for note in self.notes.iter().chain(&behind) {
            out.push_str(&format!("{note}\n"));
        }
        out
    }

    pub fn targets(&self) -> String {
        let echo = self.rate("echo");
        let pgbench = median(&mut self.pgbench_tps.clone());
        let half = |name: &str| self.half_load.iter().find(|(n, _, _)| *n == name).map(|(_, _, s)| s);
        let p99 = |name: &str| half(name).map_or(0.0, |s| s.percentile(0.99).as_secs_f64());
        // A server that fell behind has no p99 to compare, and an echo
        // that did is no anchor: either way the target is missed.
        let kept_up = ["echo", "check-access"]
            .iter()
            .all(|name| half(name).is_some_and(|s| s.not_sent == 0));
        let mut checks = vec![
            ("CheckAccess ≥ 0.5× echo", self.rate("check-access") / echo, 0.5),
            (
                "Evaluate BASIC ≥ 0.25× echo (100 rules)",
                self.rate("evaluate-basic") / echo,
                0.25,
            ),
            (
                "GetRoutingConfig REST ≥ 0.5× gRPC",
                self.rate("get-routing-rest") / self.rate("get-routing-grpc"),
                0.5,
            ),
            (
                "p99 of CheckAccess at half of echo's load ≤ 2× echo's",
                if kept_up {
                    2.0 * p99("echo") / p99("check-access").max(1e-9)
                } else {
                    0.0
                },
                1.0,
            ),
            (
                "peak RSS ≤ 2× idle + compiled state",
                (2 * self.idle_rss_kib + self.compiled_kib) as f64 / (self.peak_rss_kib.max(1)) as f64,
                1.0,
            ),
        ];
        if pgbench > 0.0 {
            checks.push((
                "CreateAccessRequest on PostgreSQL ≥ 0.25× pgbench (8 orgs)",
                self.rate("create-postgres-8-orgs") / pgbench,
                0.25,
            ));
            checks.push((
                "CreateAccessRequest on PostgreSQL ≥ 0.25× pgbench (1 org)",
                self.rate("create-postgres-1-org") / pgbench,
                0.25,
            ));
        }
        let mut out = String::from("targets:\n");
        for (name, value, at_least) in checks {
            let verdict = if value >= at_least { "met" } else { "MISSED" };
            out.push_str(&format!("  {verdict:6} {name} ({value:.3}, needs ≥ {at_least})\n"));
        }
        if !self.half_load.is_empty() && !kept_up {
            out.push_str("  (the half-load p99 is not compared: a server could not keep up; see the table)\n");
        }
        out
    }
}

/// Samples a server's RSS every 50 ms until dropped; the peak it saw.
struct RssSampler {
    peak: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl RssSampler {
    fn start(server: &Server) -> Self {
        let pid = server.pid();
        let peak = Arc::new(AtomicU64::new(rss_kib(pid)));
        let seen = peak.clone();
        let task = tokio::spawn(async move {
            loop {
                seen.fetch_max(rss_kib(pid), Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        });
        Self { peak, task }
    }

    fn peak(&self) -> u64 {
        self.peak.load(Ordering::Relaxed)
    }
}

impl Drop for RssSampler {
    fn drop(&mut self) {
        self.task.abort();
    }
}

pub async fn run(options: &Options) -> anyhow::Result<Report> {
    let mut report = Report::default();
    let data = tempdir()?;
    let echo = Server::echo(&sibling("echo")).await?;
    let jitgate = Server::jitgate(&sibling("jitgate"), &data.join("sqlite"), None).await?;

    // 100 rules and 100 flows for Evaluate; 10,000-rule orgs are measured
    // by the criterion benchmark, without the network.
    let size = Size::new(100, 100, 1_000);
    let fixture = org(size);
    seed_policy(&jitgate, &fixture).await?;
    seed_grants(&jitgate).await?;
    report.idle_rss_kib = jitgate.rss_kib();
    let policy = Policy::compile(
        Some(fixture.routing.clone()),
        fixture.flows.clone(),
        fixture.request_config.clone(),
    );
    let grants = GrantTable::default();
    let _: Option<ActiveGrant> = None;
    report.compiled_kib = ((policy.approx_bytes()
        + fixture.directory.approx_bytes()
        + grants.approx_bytes()
        + GRANT_USERS * GRANTS_PER_USER * 300)
        / 1024) as u64;

    let asks = Arc::new(requests(&fixture, 512));
    let user_tokens: Arc<BTreeMap<String, String>> = Arc::new(
        (0..size.users)
            .map(|n| (user_id(n), token(POLICY_ORG, &user_id(n), &[])))
            .collect(),
    );
    let grant_tokens: Arc<Vec<String>> =
        Arc::new((0..GRANT_USERS).map(|n| token(GRANTS_ORG, &user_id(n), &[])).collect());
    let admin = token(POLICY_ORG, "admin@acme.test", &["ORG_ADMIN"]);
    let echo_channels = Arc::new(channels(&echo).await?);
    let jitgate_channels = Arc::new(channels(&jitgate).await?);
    let duration = Duration::from_secs_f64(options.seconds);
    let concurrency = options.concurrency;
    let rules = fixture.routing.rules.len();
    let sampler = RssSampler::start(&jitgate);

    for _round in 0..options.rounds {
        // echo
        if options.wants("echo") {
            let c = echo_channels.clone();
            let stats = closed_loop(concurrency, duration, move |w, _| {
                let mut client = EchoServiceClient::new(c[w % CHANNELS].clone());
                async move {
                    let payload = Bytes::from_static(&[7; 64]);
                    let answer = client
                        .echo(jitgate_bench::echo::EchoRequest {
                            payload: payload.to_vec(),
                        })
                        .await
                        .map_err(status)?;
                    (answer.into_inner().payload == payload)
                        .then_some(())
                        .ok_or("wrong echo".into())
                }
            })
            .await;
            report.runs.push(Run {
                scenario: "echo",
                stats,
            });
        }

        // EvaluateAccessRequest, BASIC then FULL
        for (scenario, view) in [
            ("evaluate-basic", pb::EvaluationView::Basic),
            ("evaluate-full", pb::EvaluationView::Full),
        ] {
            if !options.wants(scenario) {
                continue;
            }
            let (c, asks, tokens) = (jitgate_channels.clone(), asks.clone(), user_tokens.clone());
            let stats = closed_loop(concurrency, duration, move |w, n| {
                let mut client = AccessRequestServiceClient::new(c[w % CHANNELS].clone());
                let ask = &asks[(w * 7919 + n as usize) % asks.len()];
                let token = tokens[ask.requester_id.as_str()].clone();
                let call = pb::EvaluateAccessRequestRequest {
                    access_request: Some(pb::AccessRequest {
                        resource: Some(wire_resource(ask)),
                        requested_grant_type: "PERMANENT".into(),
                        request_justification: "incident 42".into(),
                        ..Default::default()
                    }),
                    view: view as i32,
                    ..Default::default()
                };
                async move {
                    let answer = client
                        .evaluate_access_request(authed(&token, call))
                        .await
                        .map_err(status)?;
                    let outcome = answer.into_inner().evaluation.map(|e| e.outcome());
                    match outcome {
                        Some(pb::EvaluationOutcome::Unspecified) | None => Err("no outcome".into()),
                        Some(_) => Ok(()),
                    }
                }
            })
            .await;
            report.runs.push(Run { scenario, stats });
        }

        // CheckAccess: half the checks hit a grant, half miss.
        if options.wants("check-access") {
            let (c, tokens) = (jitgate_channels.clone(), grant_tokens.clone());
            let stats = closed_loop(concurrency, duration, move |w, n| {
                let mut client = AccessRequestServiceClient::new(c[w % CHANNELS].clone());
                let user = (w * 31 + n as usize) % GRANT_USERS;
                let held = n % 2 == 0;
                let resource = grant_resource(user, if held { n as usize % GRANTS_PER_USER } else { 999 });
                let token = tokens[user].clone();
                async move {
                    let call = pb::CheckAccessRequest {
                        user_id: String::new(),
                        resource: Some(resource),
                    };
                    let answer = client
                        .check_access(authed(&token, call))
                        .await
                        .map_err(status)?
                        .into_inner();
                    (answer.allowed == held).then_some(()).ok_or_else(|| {
                        format!(
                            "allowed {} for a grant {}held",
                            answer.allowed,
                            if held { "" } else { "not " }
                        )
                    })
                }
            })
            .await;
            report.runs.push(Run {
                scenario: "check-access",
                stats,
            });
        }

        // GetRoutingConfig over gRPC, then over REST (HTTP/1.1 keep-alive).
        if options.wants("get-routing-grpc") {
            let (c, admin_token) = (jitgate_channels.clone(), admin.clone());
            let stats = closed_loop(concurrency, duration, move |w, _| {
                let mut client = RoutingServiceClient::new(c[w % CHANNELS].clone());
                let token = admin_token.clone();
                async move {
                    let call = pb::GetRoutingConfigRequest {
                        org_id: POLICY_ORG.into(),
                    };
                    let answer = client.get_routing_config(authed(&token, call)).await.map_err(status)?;
                    let count = answer.into_inner().workflow.map_or(0, |w| w.rules.len());
                    (count == rules).then_some(()).ok_or(format!("{count} rules"))
                }
            })
            .await;
            report.runs.push(Run {
                scenario: "get-routing-grpc",
                stats,
            });
        }
        if options.wants("get-routing-rest") {
            let stats = rest_get_routing(&jitgate.addr, &admin, concurrency, duration).await?;
            report.runs.push(Run {
                scenario: "get-routing-rest",
                stats,
            });
        }

        // The transport and layers alone.
        if options.wants("health") {
            let c = jitgate_channels.clone();
            let stats = closed_loop(concurrency, duration, move |w, _| {
                let mut client = tonic_health::pb::health_client::HealthClient::new(c[w % CHANNELS].clone());
                async move {
                    let answer = client
                        .check(tonic_health::pb::HealthCheckRequest::default())
                        .await
                        .map_err(status)?;
                    (answer.into_inner().status == 1)
                        .then_some(())
                        .ok_or("not serving".into())
                }
            })
            .await;
            report.runs.push(Run {
                scenario: "health",
                stats,
            });
        }

        // CreateAccessRequest on SQLite: 8 clients, one org.
        if options.wants("create-sqlite") {
            report.runs.push(Run {
                scenario: "create-sqlite",
                stats: create_load(&jitgate, &["create"], 8, duration).await?,
            });
        }
    }
    report.peak_rss_kib = sampler.peak();
    drop(sampler);

    // Latency at half of echo's rate: echo's p99 against CheckAccess's.
    let rate = (report.rate("echo") / 2.0).max(10.0);
    if options.wants("half-load") {
        let c = echo_channels.clone();
        let stats = open_loop(rate, duration, MAX_IN_FLIGHT, move |n| {
            let mut client = EchoServiceClient::new(c[n as usize % CHANNELS].clone());
            async move {
                client
                    .echo(jitgate_bench::echo::EchoRequest { payload: vec![7; 64] })
                    .await
                    .map(|_| ())
                    .map_err(status)
            }
        })
        .await;
        report.half_load.push(("echo", rate, stats));
        let (c, tokens) = (jitgate_channels.clone(), grant_tokens.clone());
        let stats = open_loop(rate, duration, MAX_IN_FLIGHT, move |n| {
            let mut client = AccessRequestServiceClient::new(c[n as usize % CHANNELS].clone());
            let user = n as usize % GRANT_USERS;
            let token = tokens[user].clone();
            async move {
                let call = pb::CheckAccessRequest {
                    user_id: String::new(),
                    resource: Some(grant_resource(user, 0)),
                };
                let answer = client.check_access(authed(&token, call)).await.map_err(status)?;
                answer.into_inner().allowed.then_some(()).ok_or("not allowed".into())
            }
        })
        .await;
        report.half_load.push(("check-access", rate, stats));
    }

    // One client, one call at a time: no Nagle stalls.
    if options.wants("evaluate-one-client") {
        let c = jitgate_channels.clone();
        let (asks_one, tokens_one) = (asks.clone(), user_tokens.clone());
        let stats = closed_loop(1, duration, move |_, n| {
            let mut client = AccessRequestServiceClient::new(c[0].clone());
            let ask = &asks_one[n as usize % asks_one.len()];
            let token = tokens_one[ask.requester_id.as_str()].clone();
            let call = pb::EvaluateAccessRequestRequest {
                access_request: Some(pb::AccessRequest {
                    resource: Some(wire_resource(ask)),
                    requested_grant_type: "PERMANENT".into(),
                    request_justification: "x".repeat(2_000),
                    ..Default::default()
                }),
                view: pb::EvaluationView::Basic as i32,
                ..Default::default()
            };
            async move {
                client
                    .evaluate_access_request(authed(&token, call))
                    .await
                    .map(|_| ())
                    .map_err(status)
            }
        })
        .await;
        report.runs.push(Run {
            scenario: "evaluate-one-client",
            stats,
        });
    }
    drop(jitgate);

    if let Some(url) = options.postgres.as_ref().filter(|_| {
        ["create-postgres-1-org", "create-postgres-8-orgs"]
            .iter()
            .any(|s| options.wants(s))
    }) {
        postgres(&mut report, options, url, &data).await?;
    } else {
        report.notes.push("PostgreSQL scenarios skipped (--no-postgres)".into());
    }
    std::fs::remove_dir_all(&data).ok();
    Ok(report)
}

/// CreateAccessRequest from `clients` workers, worker `i` filing in
/// `orgs[i % orgs.len()]` (each with one `p0` rule: every request waits).
async fn create_load(server: &Server, orgs: &[&str], clients: usize, duration: Duration) -> anyhow::Result<Stats> {
    for org in orgs {
        seed_single_rule(server, org, "p0").await?;
    }
    let channels = Arc::new(channels(server).await?);
    let tokens: Arc<Vec<String>> = Arc::new(
        (0..clients)
            .map(|i| token(orgs[i % orgs.len()], &format!("filer{i}@acme.test"), &[]))
            .collect(),
    );
    let run = uuid_like();
    Ok(closed_loop(clients, duration, move |w, n| {
        let mut client = AccessRequestServiceClient::new(channels[w % CHANNELS].clone());
        let token = tokens[w].clone();
        let body = pb::AccessRequest {
            request_id: format!("{run}-{w}-{n}"),
            resource: Some(grant_resource(w, n as usize)),
            requested_grant_type: "PERMANENT".into(),
            ..Default::default()
        };
        async move {
            let filed = client
                .create_access_request(authed(
                    &token,
                    pb::CreateAccessRequestRequest {
                        access_request: Some(body),
                    },
                ))
                .await
                .map_err(status)?;
            let state = filed.into_inner().access_request.map(|r| r.state());
            (state == Some(pb::RequestState::PendingApproval))
                .then_some(())
                .ok_or(format!("filed as {state:?}"))
        }
    })
    .await)
}

/// CreateAccessRequest on PostgreSQL (one org, then eight) beside pgbench's
/// single-row INSERT at 8 clients on the same server, round by round.
async fn postgres(
    report: &mut Report,
    options: &Options,
    admin_url: &str,
    data: &std::path::Path,
) -> anyhow::Result<()> {
    let name = format!("jitgate_bench_{}", std::process::id());
    psql(admin_url, &format!("DROP DATABASE IF EXISTS {name}"))?;
    psql(admin_url, &format!("CREATE DATABASE {name}"))?;
    let url = with_database(admin_url, &name);
    psql(
        &url,
        "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, org text NOT NULL, body text NOT NULL)",
    )?;
    let script = data.join("insert.sql");
    std::fs::write(
        &script,
        "INSERT INTO bench_insert (org, body) VALUES ('acme', repeat('x', 200));\n",
    )?;
    let jitgate = Server::jitgate(&sibling("jitgate"), &data.join("pg"), Some(&url)).await?;
    let duration = Duration::from_secs_f64(options.seconds);
    let orgs: Vec<String> = (0..8).map(|i| format!("org-{i}")).collect();
    let org_refs: Vec<&str> = orgs.iter().map(String::as_str).collect();
    for _round in 0..options.rounds {
        match pgbench(&url, &script, duration) {
            Ok(tps) => report.pgbench_tps.push(tps),
            Err(e) => report.notes.push(format!("pgbench: {e}")),
        }
        report.runs.push(Run {
            scenario: "create-postgres-1-org",
            stats: create_load(&jitgate, &["one"], 8, duration).await?,
        });
        report.runs.push(Run {
            scenario: "create-postgres-8-orgs",
            stats: create_load(&jitgate, &org_refs, 8, duration).await?,
        });
    }
    drop(jitgate);
    psql(admin_url, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))?;
    Ok(())
}

fn with_database(url: &str, name: &str) -> String {
    let base = url.rsplit_once('/').map_or(url, |(b, _)| b);
    format!("{base}/{name}")
}

fn psql(url: &str, sql: &str) -> anyhow::Result<()> {
    let out = std::process::Command::new("psql")
        .args([url, "-qtAc", sql])
        .output()
        .context("running psql")?;
    anyhow::ensure!(
        out.status.success(),
        "psql {sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

fn pgbench(url: &str, script: &std::path::Path, duration: Duration) -> anyhow::Result<f64> {
    let seconds = duration.as_secs().max(1).to_string();
    let out = std::process::Command::new("pgbench")
        .args(["-n", "-c", "8", "-j", "2", "-T", &seconds, "-f"])
        .arg(script)
        .arg(url)
        .output()
        .context("running pgbench (Debian's postgresql-client)")?;
    anyhow::ensure!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("tps = "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .context("pgbench printed no tps")
}

/// GET /o/acme/routing from `concurrency` HTTP/1.1 keep-alive connections.
async fn rest_get_routing(addr: &str, token: &str, concurrency: usize, duration: Duration) -> anyhow::Result<Stats> {
    let mut senders = Vec::new();
    for _ in 0..concurrency {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        senders.push(Arc::new(tokio::sync::Mutex::new(sender)));
    }
    let senders = Arc::new(senders);
    let (addr, token) = (addr.to_string(), token.to_string());
    Ok(closed_loop(concurrency, duration, move |w, _| {
        let sender = senders[w].clone();
        let request = http::Request::get(format!("http://{addr}/o/{POLICY_ORG}/routing"))
            .header(http::header::HOST, addr.clone())
            .header(http::header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Empty::<Bytes>::new())
            .expect("a request");
        async move {
            let mut sender = sender.lock().await;
            let response = sender.send_request(request).await.map_err(|e| e.to_string())?;
            let status = response.status();
            let body = response
                .into_body()
                .collect()
                .await
                .map_err(|e| e.to_string())?
                .to_bytes();
            (status == 200 && body.len() > 100)
                .then_some(())
                .ok_or(format!("{status}: {} bytes", body.len()))
        }
    })
    .await)
}

fn tempdir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("jitgate-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// A run id for idempotency keys, unique enough across runs.
fn uuid_like() -> String {
    format!("{:x}", chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default())
}

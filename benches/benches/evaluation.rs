//! The pure paths of a decision, without I/O: evaluating a request against
//! an org's compiled policy (BASIC and FULL) at 1, 100, 1,000 and 10,000
//! rules and as many flows with a 1,000-user directory; CheckAccess's
//! lookup; and compiling an org. `cargo bench -p jitgate-bench` prints the
//! figures (`docs/performance.md` records a run); `cargo test -p
//! jitgate-bench --benches` runs each once, as CI does.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jitgate::domain::{
    access_request::check::{AccessQuery, ActiveGrant, GrantTable},
    directory::ids::UserId,
    evaluation::{Policy, View, decide},
};
use jitgate_bench::{Rng, Size, org, requests, resource, user_id};

const USERS: usize = 1_000;

fn evaluation(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluate");
    group.throughput(Throughput::Elements(1));
    for rules in [1, 100, 1_000, 10_000] {
        let org = org(Size::new(rules, rules, USERS));
        let policy = Policy::compile(Some(org.routing.clone()), org.flows.clone(), org.request_config.clone());
        let asks = requests(&org, 256);
        if rules == 10_000 {
            eprintln!(
                "an org of 10,000 rules, 10,000 flows and 1,000 users holds about {} KiB compiled ({} KiB policy, {} KiB directory)",
                (policy.approx_bytes() + org.directory.approx_bytes()) / 1024,
                policy.approx_bytes() / 1024,
                org.directory.approx_bytes() / 1024
            );
        }
        for (name, view) in [("basic", View::Basic), ("full", View::Full)] {
            if view == View::Full && rules == 1_000 {
                continue;
            }
            group.bench_with_input(BenchmarkId::new(name, rules), &rules, |b, _| {
                let mut i = 0;
                b.iter(|| {
                    i = (i + 1) % asks.len();
                    black_box(decide(&asks[i], &policy, &org.directory, &[], view))
                })
            });
        }
    }
    group.finish();
}

fn check_access(c: &mut Criterion) {
    // 10,000 grants in force: ten for each of 1,000 users.
    let size = Size::new(10_000, 0, USERS);
    let mut rng = Rng::new(7);
    let mut table = GrantTable::default();
    let mut queries = Vec::new();
    for n in 0..10_000 {
        let r = resource(&mut rng, size);
        let user = UserId::from(user_id(n % USERS));
        if n < 256 {
            queries.push((
                user.clone(),
                AccessQuery {
                    service: r.service.clone(),
                    resource_type: r.resource_type.clone(),
                    resource_id: r.resource_id.clone(),
                    ..Default::default()
                },
            ));
        }
        table.insert(ActiveGrant {
            request_id: format!("req-{n}"),
            user_id: user,
            resource: r,
            start: None,
            end: None,
        });
    }
    let now = chrono::Utc::now();
    let mut group = c.benchmark_group("check_access");
    group.throughput(Throughput::Elements(1));
    group.bench_function("lookup/10000-grants", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % queries.len();
            let (user, query) = &queries[i];
            black_box(table.answering(user, query, now))
        })
    });
    group.finish();
}

fn compile(c: &mut Criterion) {
    let org = org(Size::new(10_000, 10_000, USERS));
    let mut group = c.benchmark_group("compile");
    group.sample_size(10);
    group.bench_function("policy/10000-rules-10000-flows", |b| {
        b.iter(|| {
            black_box(Policy::compile(
                Some(org.routing.clone()),
                org.flows.clone(),
                org.request_config.clone(),
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, evaluation, check_access, compile);
criterion_main!(benches);

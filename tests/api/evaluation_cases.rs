//! The evaluation decision table on the pure evaluator: every
//! `tests/evaluation/*.yaml` case (see `tests/evaluation/cases.rs`, shared
//! with `tests/api/evaluate_api.rs`, which runs the same cases through the
//! server). Routing rules, access flows and the request configuration are
//! written in their REST wire form and go through the same validation a
//! save does, so a case cannot hold configuration the service would refuse.
//! The result is encoded to the proto `Evaluation`, as the API answers it,
//! before it is checked.

use cases::{Case, GrantIn, Req, wire};
use jitgate::{
    api::{
        access_flow::decode as flow_validate, request_config::decode as config_validate,
        routing::decode as routing_validate,
    },
    domain::{directory::ids::UserId, evaluation::*},
    pb,
};
use prost_reflect::DescriptorPool;

use crate::{cases, random};

fn snapshot(pool: &DescriptorPool, case: &Case) -> Snapshot {
    let routing = case.routing.as_ref().map(|rules| {
        let wire: Vec<pb::v1::RoutingRule> = rules.iter().map(|r| wire(pool, "jitgate.v1.RoutingRule", r)).collect();
        RoutingVersion {
            id: "v1".into(),
            rules: routing_validate::workflow_rules(&wire, "rules", 10_000)
                .unwrap_or_else(|e| panic!("{}: rules: {e:?}", case.name)),
        }
    });
    let flows = case
        .flows
        .iter()
        .map(|f| {
            let msg: pb::v1::AccessFlow = wire(pool, "jitgate.v1.AccessFlow", f);
            let flow =
                flow_validate::access_flow(&msg, "flow").unwrap_or_else(|e| panic!("{}: flow: {e:?}", case.name));
            let id = cases::flow_label(&msg);
            FlowRecord { id, flow }
        })
        .collect();
    let request_config = case.request_config.as_ref().map_or_else(Default::default, |c| {
        let msg: pb::v1::AccessRequestConfig = wire(pool, "jitgate.v1.AccessRequestConfig", c);
        config_validate::request_config(&msg, "config").unwrap_or_else(|e| panic!("{}: config: {e:?}", case.name))
    });
    let directory = jitgate::policy_tests::directory(&case.directory);
    let prior_grants = case
        .prior_grants
        .iter()
        .map(|p| PriorGrant {
            rule: p.rule.clone(),
            resource_key: p.resource.clone(),
            user_id: UserId::from(p.user.clone()),
            granted_at: p.granted_at,
        })
        .collect();
    Snapshot {
        routing,
        flows,
        request_config,
        directory,
        prior_grants,
    }
}

fn request(r: &Req) -> Request {
    Request {
        requester_id: UserId::from(r.requester.clone()),
        requester_groups: r.groups.clone(),
        requester_roles: r.roles.clone(),
        target_user_id: UserId::from(r.target.clone().unwrap_or_else(|| r.requester.clone())),
        resource: RequestedResource {
            service: r.resource.service.clone(),
            resource_type: r.resource.resource_type.clone(),
            resource_id: r.resource.resource_id.clone(),
            access_type: r.resource.access_type.clone(),
            tags: r.resource.tags.clone(),
            permissions: r.resource.permissions.clone(),
        },
        grant: match r.grant {
            GrantIn::Permanent => Grant::Permanent,
            GrantIn::TimeRestricted { start, end } => Grant::TimeRestricted { start, end },
            GrantIn::Floating { hours } => Grant::Floating { hours },
        },
        justification: r.justification.clone(),
        now: r.now,
    }
}

#[test]
fn every_evaluation_case_holds() {
    let pool = cases::pool();
    let all = cases::load();
    let mut failed = Vec::new();
    for loaded in &all {
        let case = &loaded.case;
        let evaluation = evaluate(&request(&case.request), &snapshot(&pool, case));
        let failures = cases::check(case, &jitgate::api::evaluation::evaluation(&evaluation));
        if !failures.is_empty() {
            failed.push(format!(
                "{}:\n  {}\n  reasons: {:?}",
                loaded.label(),
                failures.join("\n  "),
                evaluation.reasons
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        all.len(),
        failed.join("\n")
    );
    println!("{} evaluation cases passed", all.len());
}

/// Every randomized evaluation digests exactly as recorded in
/// `tests/evaluation/random.golden` (see `tests/evaluation/random.rs`).
#[test]
fn randomized_configurations_decide_as_recorded() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/evaluation/random.golden");
    let mut lines = Vec::new();
    let mut rng = random::Rng::new(0x006a_6974_6761_7465);
    let mut basic_differs = Vec::new();
    for c in 0..random::CONFIGURATIONS {
        let org = random::org(&mut rng);
        let policy = Policy::compile(org.routing.clone(), org.flows.clone(), org.request_config.clone());
        for r in 0..random::REQUESTS_PER_CONFIGURATION {
            let (request, prior_grants) = random::request(&mut rng);
            let snapshot = Snapshot {
                routing: org.routing.clone(),
                flows: org.flows.clone(),
                request_config: org.request_config.clone(),
                directory: org.directory.clone(),
                prior_grants,
            };
            let evaluation = evaluate(&request, &snapshot);
            // BASIC, which looks only at the indexes' candidates, decides
            // exactly as FULL and explains exactly its matching policies.
            let basic = decide(&request, &policy, &org.directory, &snapshot.prior_grants, View::Basic);
            let mut expected = evaluation.clone();
            expected.policies.retain(|p| p.matched);
            if basic != expected {
                basic_differs.push(format!("{c}.{r}:\n  full  {expected:?}\n  basic {basic:?}"));
            }
            let json = serde_json::to_string(&evaluation).unwrap();
            lines.push(format!(
                "{c}.{r} {:016x} {}",
                random::digest(&json),
                evaluation.outcome.as_str()
            ));
        }
    }
    assert!(
        basic_differs.is_empty(),
        "BASIC differs from FULL:\n{}",
        basic_differs.join("\n")
    );
    let text = lines.join("\n") + "\n";
    if std::env::var_os("JITGATE_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
        return;
    }
    let golden = std::fs::read_to_string(&path).expect("tests/evaluation/random.golden (JITGATE_BLESS=1 writes it)");
    let differ: Vec<String> = golden
        .lines()
        .zip(text.lines())
        .filter(|(g, n)| g != n)
        .map(|(g, n)| format!("recorded {g}\n     now {n}"))
        .collect();
    assert!(
        differ.is_empty() && golden.lines().count() == text.lines().count(),
        "{} evaluations decide differently:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

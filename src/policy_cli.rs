//! `jitgate policy`: the policy-as-code commands. `export`, `plan` and
//! `apply` call PolicyService over gRPC with the caller's token; `test` runs
//! offline ([`crate::policy_tests`]).

use std::{fmt::Write as _, path::Path};

use anyhow::{Context, anyhow};
use tonic::{Request, metadata::MetadataValue, transport::Channel};

use crate::{
    api::policy as policy_file,
    config::{PlanOutput, PolicyApplyArgs, PolicyCommand, PolicyPlanArgs, PolicyServer, PolicyTestArgs},
    error::Error,
    pb::v1::{self as pb, policy_service_client::PolicyServiceClient},
};

/// Runs `command`; the process's exit code.
pub async fn run(command: PolicyCommand) -> anyhow::Result<u8> {
    match command {
        PolicyCommand::Export(server) => export(&server).await,
        PolicyCommand::Plan(args) => plan(&args).await,
        PolicyCommand::Apply(args) => apply(&args).await,
        PolicyCommand::Test(args) => test(&args),
        PolicyCommand::Schema => {
            print!("{}", policy_file::JSON_SCHEMA);
            Ok(0)
        }
    }
}

async fn client(server: &PolicyServer) -> anyhow::Result<PolicyServiceClient<Channel>> {
    let channel = Channel::from_shared(server.server.clone())
        .with_context(|| format!("--server {:?} is not a URL", server.server))?
        .connect()
        .await
        .with_context(|| format!("cannot reach {}", server.server))?;
    Ok(PolicyServiceClient::new(channel))
}

fn request<T>(server: &PolicyServer, message: T) -> anyhow::Result<Request<T>> {
    let mut request = Request::new(message);
    let bearer: MetadataValue<_> = format!("Bearer {}", server.token)
        .parse()
        .map_err(|_| anyhow!("the token holds characters a header cannot"))?;
    request.metadata_mut().insert("authorization", bearer);
    Ok(request)
}

/// A failed call as one line: the gRPC code's name, then the server's message.
fn status(e: tonic::Status) -> anyhow::Error {
    anyhow!("{:?}: {}", e.code(), e.message())
}

/// A policy file, checked here as the server will check it, so a bad file
/// fails before any call with every bad field named.
fn read_policy(path: &Path) -> anyhow::Result<pb::Policy> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let invalid = |e: Error| anyhow!("{} is not a valid policy:\n{}", path.display(), violations(&e));
    let policy = policy_file::from_file(&text).map_err(invalid)?;
    policy_file::decode(&policy, "policy", usize::MAX).map_err(invalid)?;
    Ok(policy)
}

/// One line per bad field (`field: rule`), or the error itself.
fn violations(e: &Error) -> String {
    match e {
        Error::InvalidArgument(v) => v
            .iter()
            .map(|v| format!("  {}: {}", v.field, v.description))
            .collect::<Vec<_>>()
            .join("\n"),
        other => format!("  {other}"),
    }
}

/// What applying `policy` would change now.
async fn plan_of(
    client: &mut PolicyServiceClient<Channel>,
    server: &PolicyServer,
    policy: &pb::Policy,
) -> anyhow::Result<pb::PolicyPlan> {
    let answer = client
        .plan_policy(request(
            server,
            pb::PlanPolicyRequest {
                org_id: server.org.clone(),
                policy: Some(policy.clone()),
            },
        )?)
        .await
        .map_err(status)?;
    Ok(answer.into_inner().plan.unwrap_or_default())
}

async fn export(server: &PolicyServer) -> anyhow::Result<u8> {
    let answer = client(server)
        .await?
        .export_policy(request(
            server,
            pb::ExportPolicyRequest {
                org_id: server.org.clone(),
            },
        )?)
        .await
        .map_err(status)?
        .into_inner();
    let policy = answer.policy.unwrap_or_default();
    print!("{}", policy_file::to_yaml(&policy)?);
    Ok(0)
}

async fn plan(args: &PolicyPlanArgs) -> anyhow::Result<u8> {
    let policy = read_policy(&args.file)?;
    let mut client = client(&args.server).await?;
    let plan = plan_of(&mut client, &args.server, &policy).await?;
    let hypothetical = match &args.hypothetical {
        None => Vec::new(),
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            policy_file::hypothetical_from_file(&text)
                .map_err(|e| anyhow!("{} is not valid:\n{}", path.display(), violations(&e)))?
        }
    };
    let simulation = if args.simulate {
        let until = chrono::Utc::now();
        let since = until - chrono::Duration::days(i64::from(args.days));
        Some(
            client
                .simulate_config_change(request(
                    &args.server,
                    pb::SimulateConfigChangeRequest {
                        org_id: args.server.org.clone(),
                        policy: Some(policy),
                        since: Some(crate::api::timestamp::wire_timestamp(since)),
                        until: Some(crate::api::timestamp::wire_timestamp(until)),
                        limit: i32::try_from(args.limit).unwrap_or(i32::MAX),
                        hypothetical,
                    },
                )?)
                .await
                .map_err(status)?
                .into_inner(),
        )
    } else {
        None
    };
    match args.output {
        PlanOutput::Json => println!("{}", plan_json(&plan, simulation.as_ref())?),
        PlanOutput::Text => {
            print!("{}", describe_plan(&plan));
            if let Some(s) = &simulation {
                print!("{}", describe_simulation(s));
            }
        }
    }
    Ok(if !changes_anything(&plan) { 0 } else { 2 })
}

async fn apply(args: &PolicyApplyArgs) -> anyhow::Result<u8> {
    let policy = read_policy(&args.file)?;
    let mut client = client(&args.server).await?;
    // Planned first and applied conditional on what was planned: a change
    // made in between fails the apply whole.
    let plan = plan_of(&mut client, &args.server, &policy).await?;
    print!("{}", describe_plan(&plan));
    if !changes_anything(&plan) {
        return Ok(0);
    }
    let applied = client
        .apply_policy(request(
            &args.server,
            pb::ApplyPolicyRequest {
                org_id: args.server.org.clone(),
                policy: Some(policy),
                base: plan.base,
            },
        )?)
        .await
        .map_err(status)?
        .into_inner();
    let generation = applied.applied.map_or(0, |a| a.config_generation);
    println!(
        "Applied: {} change(s); configuration generation {generation}.",
        plan.changes.len()
    );
    Ok(0)
}

fn test(args: &PolicyTestArgs) -> anyhow::Result<u8> {
    let policy = std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let (mut passed, mut failed) = (0, 0);
    for path in &args.tests {
        let tests = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let outcomes = crate::policy_tests::run(&policy, &tests).map_err(|e| {
            // Fields under `policy.` are the policy file's; the rest the test file's.
            let blamed = match &e {
                Error::InvalidArgument(v) if v.iter().all(|v| v.field.starts_with("policy")) => &args.file,
                _ => path,
            };
            anyhow!("{} is not valid:\n{}", blamed.display(), violations(&e))
        })?;
        for outcome in outcomes {
            if outcome.failures.is_empty() {
                passed += 1;
                println!("PASS {}: {}", path.display(), outcome.name);
            } else {
                failed += 1;
                println!("FAIL {}: {}", path.display(), outcome.name);
                for failure in &outcome.failures {
                    println!("     {failure}");
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    Ok(if failed == 0 { 0 } else { 1 })
}

fn object_name(object: i32) -> &'static str {
    match pb::PolicyObject::try_from(object) {
        Ok(pb::PolicyObject::RoutingRule) => "routing rule",
        Ok(pb::PolicyObject::AccessFlow) => "access flow",
        Ok(pb::PolicyObject::RequestConfig) => "request config",
        _ => "object",
    }
}

/// Whether applying `plan` would write anything.
fn changes_anything(plan: &pb::PolicyPlan) -> bool {
    !plan.changes.is_empty() || plan.routing_reordered || plan.routing_replaces_default
}

/// The plan as `terraform plan` shows one: `+` added, `~` changed, `-`
/// removed, each changed field with its value before and after.
pub fn describe_plan(plan: &pb::PolicyPlan) -> String {
    let mut out = String::new();
    if !changes_anything(plan) {
        out.push_str("No changes. The live policy matches the file.\n");
        return out;
    }
    for change in &plan.changes {
        let (sign, verb) = match pb::PolicyAction::try_from(change.action) {
            Ok(pb::PolicyAction::Add) => ('+', "added"),
            Ok(pb::PolicyAction::Remove) => ('-', "removed"),
            _ => ('~', "changed"),
        };
        let _ = writeln!(out, "{sign} {} {:?} {verb}", object_name(change.object), change.key);
        for field in &change.fields {
            let show = |v: &str| {
                if v.is_empty() {
                    "(absent)".to_string()
                } else {
                    v.to_string()
                }
            };
            let _ = writeln!(
                out,
                "    {}: {} → {}",
                field.path,
                show(&field.before),
                show(&field.after)
            );
        }
    }
    if plan.routing_reordered {
        out.push_str("~ routing rules change order\n");
    }
    if plan.routing_replaces_default {
        out.push_str("~ routing: the first saved workflow replaces the default rule\n");
    }
    let (mut add, mut change, mut remove) = (0, 0, 0);
    for c in &plan.changes {
        match pb::PolicyAction::try_from(c.action) {
            Ok(pb::PolicyAction::Add) => add += 1,
            Ok(pb::PolicyAction::Remove) => remove += 1,
            _ => change += 1,
        }
    }
    let _ = writeln!(out, "Plan: {add} to add, {change} to change, {remove} to remove.");
    out
}

fn describe_simulation(s: &pb::SimulateConfigChangeResponse) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Simulation: {} request(s) re-evaluated, {} decision(s) change.",
        s.evaluated,
        s.changes.len()
    );
    for c in &s.changes {
        let who = if c.access_request_id.is_empty() {
            format!("hypothetical #{}", c.hypothetical_index)
        } else {
            format!("request {}", c.access_request_id)
        };
        let _ = writeln!(out, "  {who} by {} for {}:", c.requester_id, c.resource);
        for d in &c.differences {
            let _ = writeln!(out, "    {d}");
        }
    }
    if s.truncated {
        let _ = writeln!(out, "  (cut short: {})", s.truncated_reason);
    }
    out
}

/// The answers as JSON (their REST JSON form).
fn plan_json(plan: &pb::PolicyPlan, simulation: Option<&pb::SimulateConfigChangeResponse>) -> anyhow::Result<String> {
    let plan = crate::app::audit::rest_json(plan)?;
    let mut out = serde_json::json!({ "plan": plan });
    if let Some(s) = simulation {
        out["simulation"] = crate::app::audit::rest_json(s)?;
    }
    Ok(serde_json::to_string_pretty(&out)?)
}

//! PolicyService: an org's policy as one document — export, plan, apply
//! (one transaction, one audit event per changed object) and the impact
//! simulation (`simulate.rs`).

mod simulate;

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{
    AppState, Caller,
    access_flow::audit as flow_audit,
    audit::{Subject, rest_json},
    request_config::{fallback_identity, resolve_fallback},
    routing::workflow_saved,
};
use crate::{
    api::{
        policy as wire,
        request_config::{self as config_wire, Identity},
    },
    clock::new_id,
    domain::{
        access_flow::AccessFlow,
        directory::ids::UserId,
        ids::OrgId,
        policy::{self, Action, Live, LiveFlow, Plan, Proposed},
        request_config::RequestConfig,
    },
    error::{Error, Result},
    pb::v1::{self as pb, policy_service_server::PolicyService},
    store::{
        AccessFlowUpdate, NewAccessFlow, NewEvent, NewWorkflowVersion, OrgVersions, PolicyWrite, RequestConfigReplace,
        WorkflowVersion,
    },
};

pub struct PolicyApi {
    state: AppState,
}

impl PolicyApi {
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

/// The org's configuration, the workflow version it holds, and the
/// position read first: anything that commits after it makes an apply
/// planned on this read fail rather than overwrite it.
struct Read {
    live: Live,
    workflow: Option<WorkflowVersion>,
    /// The request config as stored (`None`: never saved; `live` then
    /// holds the default), which its replacement is conditional on.
    stored_config: Option<RequestConfig>,
    /// Each flow's creation time, by id (its audit form shows it).
    created: HashMap<String, DateTime<Utc>>,
    versions: OrgVersions,
}

impl Read {
    fn base(&self) -> pb::PolicyBase {
        pb::PolicyBase {
            config_generation: self.versions.config,
            routing_version: self.workflow.as_ref().map(|w| w.id.clone()).unwrap_or_default(),
        }
    }
}

async fn read(s: &AppState, org: &OrgId) -> Result<Read> {
    let versions = s.store.org_versions(org).await?;
    let workflow = s.store.latest_workflow(org).await?;
    let stored_flows = s.store.all_access_flows(org).await?;
    let created = stored_flows.iter().map(|f| (f.id.clone(), f.created_at)).collect();
    let flows = stored_flows
        .into_iter()
        .map(|f| LiveFlow {
            id: f.id,
            revision: f.revision,
            flow: f.flow,
        })
        .collect();
    let stored_config = s.store.request_config(org).await?;
    Ok(Read {
        live: Live {
            routing: workflow.as_ref().map(|w| w.rules.clone()),
            flows,
            request_config: stored_config.clone().unwrap_or_default(),
        },
        workflow,
        stored_config,
        created,
        versions,
    })
}

/// The proposed policy, decoded and checked against this server's limits,
/// its fallback approver spelled as the directory spells it (as a write
/// stores it), so a plan compares like with like.
async fn proposed(s: &AppState, org: &OrgId, policy: Option<&pb::Policy>) -> Result<Proposed> {
    let mut proposed = decoded(s, policy)?;
    if let Some(config) = &mut proposed.request_config
        && let Some(id) = &config.reminders.fallback_approver_id
        && let Some(found) = s.store.user(org, &UserId::new(id)).await?
    {
        config.reminders.fallback_approver_id = Some(found.user.id.to_string());
    }
    Ok(proposed)
}

fn decoded(s: &AppState, policy: Option<&pb::Policy>) -> Result<Proposed> {
    let policy = policy.ok_or_else(|| Error::invalid("policy", "is required"))?;
    let proposed = wire::decode(policy, "policy", s.limits.max_routing_rules)?;
    if let Some(flows) = &proposed.flows
        && flows.len() > s.limits.max_access_flows
    {
        return Err(Error::invalid(
            "policy.access_flows.flows",
            format!(
                "must hold at most {} flows (this server's limit), got {}",
                s.limits.max_access_flows,
                flows.len()
            ),
        ));
    }
    Ok(proposed)
}

fn change(
    object: pb::PolicyObject,
    action: Action,
    key: &str,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> pb::PolicyChange {
    pb::PolicyChange {
        object: object as i32,
        action: match action {
            Action::Add => pb::PolicyAction::Add,
            Action::Change => pb::PolicyAction::Change,
            Action::Remove => pb::PolicyAction::Remove,
        } as i32,
        key: key.to_string(),
        fields: wire::field_changes(before.as_ref(), after.as_ref()),
    }
}

/// `plan` on the wire: every changed object with its changed fields.
fn encode_plan(org: &str, plan: &Plan, base: pb::PolicyBase) -> Result<pb::PolicyPlan> {
    let mut changes = Vec::new();
    for d in &plan.rules {
        // Rules and flows as the file shows them; the request config with
        // every value in force (a value set back to its default shows).
        let json = |r: &Option<crate::domain::routing::RoutingRule>| r.as_ref().map(wire::rule_json);
        changes.push(change(
            pb::PolicyObject::RoutingRule,
            d.action(),
            &d.name,
            json(&d.before),
            json(&d.after),
        ));
    }
    for f in &plan.flows {
        let d = &f.diff;
        let json = |flow: &Option<AccessFlow>| flow.as_ref().map(wire::flow_json);
        changes.push(change(
            pb::PolicyObject::AccessFlow,
            d.action(),
            &d.name,
            json(&d.before),
            json(&d.after),
        ));
    }
    if let Some(d) = &plan.request_config {
        let json = |c: &Option<RequestConfig>| {
            c.as_ref()
                .map(|c| rest_json(&config_wire::request_config(c, None)))
                .transpose()
        };
        changes.push(change(
            pb::PolicyObject::RequestConfig,
            d.action(),
            org,
            json(&d.before)?,
            json(&d.after)?,
        ));
    }
    Ok(pb::PolicyPlan {
        changes,
        base: Some(base),
        routing_reordered: plan.reordered,
        routing_replaces_default: plan.replaces_default,
    })
}

async fn export(s: &AppState, caller: &Caller, req: pb::ExportPolicyRequest) -> Result<pb::ExportPolicyResponse> {
    let org = caller.admin_org(&req.org_id)?;
    let read = read(s, org).await?;
    Ok(pb::ExportPolicyResponse {
        policy: Some(wire::encode(&read.live)),
        base: Some(read.base()),
    })
}

async fn plan(s: &AppState, caller: &Caller, req: pb::PlanPolicyRequest) -> Result<pb::PlanPolicyResponse> {
    let org = caller.admin_org(&req.org_id)?;
    let proposed = proposed(s, org, req.policy.as_ref()).await?;
    let read = read(s, org).await?;
    let plan = policy::plan(&read.live, &proposed);
    Ok(pb::PlanPolicyResponse {
        plan: Some(encode_plan(org, &plan, read.base())?),
    })
}

async fn apply(s: &AppState, caller: &Caller, req: pb::ApplyPolicyRequest) -> Result<pb::ApplyPolicyResponse> {
    let org = caller.admin_org(&req.org_id)?;
    let proposed = proposed(s, org, req.policy.as_ref()).await?;
    let read = read(s, org).await?;
    if let Some(base) = &req.base
        && base.config_generation != read.versions.config
    {
        return Err(Error::Conflict(format!(
            "the configuration of org {org} changed since generation {} was planned (it is at {}); re-plan and retry",
            base.config_generation, read.versions.config
        )));
    }
    let plan = policy::plan(&read.live, &proposed);
    let encoded = encode_plan(org, &plan, read.base())?;
    if plan.is_empty() {
        return Ok(pb::ApplyPolicyResponse {
            plan: Some(encoded),
            applied: Some(read.base()),
        });
    }
    let config = match plan.request_config.as_ref().and_then(|d| d.after.clone()) {
        None => None,
        Some(config) => Some(config_write(s, org, &read, config).await?),
    };
    let (write, events) = writes(s, caller, org, &read, &plan, config)?;
    let new_workflow = write.workflow.as_ref().map(|w| w.id.clone());
    let versions = s.store.apply_policy(write, events).await?;
    Ok(pb::ApplyPolicyResponse {
        plan: Some(encoded),
        applied: Some(pb::PolicyBase {
            config_generation: versions.config,
            routing_version: new_workflow.unwrap_or_else(|| read.base().routing_version),
        }),
    })
}

/// A request config to write, as UpdateRequestConfig writes one: its
/// fallback approver must be a directory user (whose spelling of the id is
/// stored), and the event shows both sides' approver as the directory knows
/// them.
struct ConfigWrite {
    config: RequestConfig,
    before: Option<Identity>,
    after: Option<Identity>,
}

async fn config_write(s: &AppState, org: &OrgId, read: &Read, mut config: RequestConfig) -> Result<ConfigWrite> {
    let field = "policy.request_config.approval_reminder_and_escalation_config.fallback_approver_ref.id";
    let after = resolve_fallback(s, org, &mut config, field).await?;
    let before = fallback_identity(s, org, &read.live.request_config).await?;
    Ok(ConfigWrite { config, before, after })
}

/// What applying `plan` writes, and its audit events: the ones the single
/// writes record (a workflow version, each flow, the request config last).
fn writes(
    s: &AppState,
    caller: &Caller,
    org: &OrgId,
    read: &Read,
    plan: &Plan,
    config: Option<ConfigWrite>,
) -> Result<(PolicyWrite, Vec<NewEvent>)> {
    let now = s.clock.now();
    let mut events = Vec::new();
    let mut write = PolicyWrite {
        org_id: org.clone(),
        base_config: read.versions.config,
        workflow: None,
        deleted_flows: Vec::new(),
        updated_flows: Vec::new(),
        created_flows: Vec::new(),
        request_config: None,
    };
    if let Some(rules) = &plan.new_workflow {
        let version = NewWorkflowVersion {
            id: new_id(),
            org_id: org.clone(),
            base_number: read.workflow.as_ref().map_or(0, |w| w.number),
            created_at: now,
            created_by: caller.principal.subject.to_string(),
            rules: rules.clone(),
        };
        events.push(workflow_saved(caller, read.workflow.as_ref(), &version)?);
        write.workflow = Some(version);
    }
    for f in &plan.flows {
        match (&f.live, &f.diff.after) {
            (Some((id, revision)), None) => {
                let before = f
                    .diff
                    .before
                    .as_ref()
                    .map(|flow| stored_json(read, id, flow))
                    .transpose()?;
                events.push(caller.config_changed(org, Subject::AccessFlow, id, now, before, None));
                write.deleted_flows.push((id.clone(), *revision));
            }
            (Some((id, revision)), Some(flow)) => {
                let before = f.diff.before.as_ref().map(|b| stored_json(read, id, b)).transpose()?;
                events.push(caller.config_changed(
                    org,
                    Subject::AccessFlow,
                    id,
                    now,
                    before,
                    Some(stored_json(read, id, flow)?),
                ));
                write.updated_flows.push(AccessFlowUpdate {
                    id: id.clone(),
                    org_id: org.clone(),
                    base_revision: *revision,
                    updated_at: now,
                    flow: flow.clone(),
                });
            }
            (None, Some(flow)) => {
                let id = new_id();
                let after = flow_audit(&id, now, flow)?;
                events.push(caller.config_changed(org, Subject::AccessFlow, &id, now, None, Some(after)));
                write.created_flows.push(NewAccessFlow {
                    id,
                    org_id: org.clone(),
                    created_at: now,
                    flow: flow.clone(),
                });
            }
            (None, None) => {}
        }
    }
    if let Some(c) = config {
        let before = rest_json(&config_wire::request_config(&read.live.request_config, c.before))?;
        let after = rest_json(&config_wire::request_config(&c.config, c.after))?;
        events.push(caller.config_changed(org, Subject::RequestConfig, org, now, Some(before), Some(after)));
        write.request_config = Some(RequestConfigReplace {
            config: c.config,
            read: read.stored_config.clone(),
        });
    }
    Ok((write, events))
}

/// A flow as its REST GET shows it (the audit form), with its stored
/// creation date.
fn stored_json(read: &Read, id: &str, flow: &AccessFlow) -> Result<serde_json::Value> {
    let created = read.created.get(id).copied().unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    flow_audit(id, created, flow)
}

super::rpcs! {
    PolicyService for PolicyApi {
        export_policy: ExportPolicyRequest => ExportPolicyResponse = export;
        plan_policy: PlanPolicyRequest => PlanPolicyResponse = plan;
        apply_policy: ApplyPolicyRequest => ApplyPolicyResponse = apply;
        simulate_config_change: SimulateConfigChangeRequest => SimulateConfigChangeResponse = simulate::simulate;
    }
}

//! RoutingService: P0-style routing configuration.

use super::{
    AppState, Caller,
    audit::{Subject, rest_json},
};
use crate::{
    api::{routing::decode, timestamp::wire_timestamp},
    clock::new_id,
    domain::{
        ids::OrgId,
        routing::{
            RoutingRule,
            edit::{self, Expectation},
        },
    },
    error::{Error, Result},
    pb::v1::{self as pb, routing_service_server::RoutingService},
    store::{NewEvent, NewWorkflowVersion, WorkflowVersion, read_modify_write},
};

pub struct RoutingApi {
    state: AppState,
}

impl RoutingApi {
    pub fn new(state: AppState) -> Self {
        Self { state }
    }
}

pub(super) fn encode_rules(rules: &[RoutingRule]) -> Vec<pb::RoutingRule> {
    rules.iter().map(Into::into).collect()
}

/// The audit event of saving `version` on top of `previous`: the whole
/// workflow before and after, as GetWorkflow shows them.
pub(super) fn workflow_saved(
    caller: &Caller,
    previous: Option<&WorkflowVersion>,
    version: &NewWorkflowVersion,
) -> Result<NewEvent> {
    let after = pb::Workflow {
        id: version.id.clone(),
        created_date: Some(wire_timestamp(version.created_at)),
        rules: encode_rules(&version.rules),
    };
    let before = previous.map(|v| rest_json(&encode_workflow(Some(v)))).transpose()?;
    Ok(caller.config_changed(
        &version.org_id,
        Subject::RoutingWorkflow,
        &version.id,
        version.created_at,
        before,
        Some(rest_json(&after)?),
    ))
}

pub(super) fn encode_workflow(version: Option<&WorkflowVersion>) -> pb::Workflow {
    match version {
        Some(v) => pb::Workflow {
            id: v.id.clone(),
            created_date: Some(wire_timestamp(v.created_at)),
            rules: encode_rules(&v.rules),
        },
        None => pb::Workflow::default(),
    }
}

/// The audit record of one routing change: a rule's, with the rule before
/// and after as REST JSON, or the whole workflow's, which the write renders
/// itself (its new version's id and time are known only there).
enum Change {
    Rule {
        name: String,
        before: Option<Box<pb::RoutingRule>>,
        after: Option<Box<pb::RoutingRule>>,
    },
    Workflow,
}

impl Change {
    /// A rule's change, with the rule as it was before and after.
    fn rule(name: &str, before: Option<&RoutingRule>, after: Option<&RoutingRule>) -> Self {
        let wire = |r: &RoutingRule| Box::new(pb::RoutingRule::from(r));
        Self::Rule {
            name: name.to_string(),
            before: before.map(wire),
            after: after.map(wire),
        }
    }
}

/// Reads the latest version, applies `edit` to its rules, and appends the
/// result as the next version, with its audit event, in one transaction.
///
/// If another writer appended first, the edit is re-applied to the new
/// latest version when the caller asserted no version; otherwise the call
/// fails with ABORTED. Either way no write is ever lost or half-done.
async fn write<T>(
    s: &AppState,
    caller: &Caller,
    org: &OrgId,
    expectation: Expectation,
    edit: impl Fn(Vec<RoutingRule>) -> Result<(Vec<RoutingRule>, Change, T)>,
) -> Result<(WorkflowVersion, T)> {
    // A lost race runs the edit again on the new latest version; when the
    // caller asserted a version, that run's check refuses it instead.
    let (edit, expectation) = (&edit, &expectation);
    read_modify_write("the routing workflow", |_| async move {
        let previous = s.store.latest_workflow(org).await?;
        expectation.check(previous.as_ref().map(|v| v.id.as_str()))?;
        let (base_number, rules) = previous
            .as_ref()
            .map(|v| (v.number, v.rules.clone()))
            .unwrap_or_default();
        let (rules, change, output) = edit(rules)?;
        let now = s.clock.now();
        let version = NewWorkflowVersion {
            id: new_id(),
            org_id: org.clone(),
            base_number,
            created_at: now,
            created_by: caller.principal.subject.to_string(),
            rules,
        };
        let event = match change {
            Change::Rule { name, before, after } => caller.config_changed(
                org,
                Subject::RoutingRule,
                &name,
                now,
                before.as_deref().map(rest_json).transpose()?,
                after.as_deref().map(rest_json).transpose()?,
            ),
            Change::Workflow => workflow_saved(caller, previous.as_ref(), &version)?,
        };
        let saved = s.store.append_workflow(version, event).await?;
        Ok((saved, output))
    })
    .await
}

async fn get_config(
    s: &AppState,
    caller: &Caller,
    req: pb::GetRoutingConfigRequest,
) -> Result<pb::GetRoutingConfigResponse> {
    let org = caller.admin_org(&req.org_id)?;
    // From the compiled policy: the latest workflow without a read.
    let compiled = s.cache.compiled(org).await?;
    let workflow = match (&compiled.policy.routing, compiled.routing_saved_at) {
        (Some(routing), Some(saved_at)) => pb::Workflow {
            id: routing.id.clone(),
            created_date: Some(wire_timestamp(saved_at)),
            rules: routing.rules.iter().map(|r| (&r.rule).into()).collect(),
        },
        _ => pb::Workflow::default(),
    };
    Ok(pb::GetRoutingConfigResponse {
        workflow: Some(workflow),
    })
}

async fn save_config(
    s: &AppState,
    caller: &Caller,
    req: pb::SaveRoutingConfigRequest,
) -> Result<pb::SaveRoutingConfigResponse> {
    let org = caller.admin_org(&req.org_id)?;
    let workflow = req.workflow.ok_or_else(|| Error::invalid("workflow", "is required"))?;
    let rules = decode::workflow_rules(&workflow.rules, "workflow.rules", s.limits.max_routing_rules)?;
    let expectation = Expectation::from_current_version(req.current_version.as_deref());
    let (saved, ()) = write(s, caller, org, expectation, |_| {
        Ok((rules.clone(), Change::Workflow, ()))
    })
    .await?;
    Ok(pb::SaveRoutingConfigResponse {
        rules: encode_rules(&saved.rules),
        version: saved.id,
    })
}

async fn get_rule(s: &AppState, caller: &Caller, req: pb::GetRoutingRuleRequest) -> Result<pb::GetRoutingRuleResponse> {
    let org = caller.admin_org(&req.org_id)?;
    decode::rule_name(&req.name, "name")?;
    let latest = s.store.latest_workflow(org).await?;
    let (rules, version) = latest.map(|v| (v.rules, v.id)).unwrap_or_default();
    let rule = edit::find(&rules, &req.name)?;
    Ok(pb::GetRoutingRuleResponse {
        rule: Some(rule.into()),
        version,
    })
}

async fn create_rule(
    s: &AppState,
    caller: &Caller,
    req: pb::CreateRoutingRuleRequest,
) -> Result<pb::CreateRoutingRuleResponse> {
    let org = caller.admin_org(&req.org_id)?;
    decode::rule_name(&req.name, "name")?;
    let mut wire = req.rule.ok_or_else(|| Error::invalid("rule", "is required"))?;
    if wire.name.is_empty() {
        wire.name = req.name.clone();
    } else if wire.name != req.name {
        return Err(Error::invalid(
            "rule.name",
            format!("must equal the name in the path ({:?})", req.name),
        ));
    }
    let rule = decode::rule(&wire, "rule")?;
    let expectation = Expectation::from_current_version(req.current_version.as_deref());
    let (saved, ()) = write(s, caller, org, expectation, |rules| {
        let change = Change::rule(&rule.name, None, Some(&rule));
        let max = s.limits.max_routing_rules;
        Ok((edit::create(rules, rule.clone(), max)?, change, ()))
    })
    .await?;
    Ok(pb::CreateRoutingRuleResponse {
        rule: Some((&rule).into()),
        version: saved.id,
    })
}

async fn update_rule(
    s: &AppState,
    caller: &Caller,
    req: pb::UpdateRoutingRuleRequest,
) -> Result<pb::UpdateRoutingRuleResponse> {
    let org = caller.admin_org(&req.org_id)?;
    decode::rule_name(&req.name, "name")?;
    let mut wire = req.rule.ok_or_else(|| Error::invalid("rule", "is required"))?;
    if wire.name.is_empty() {
        wire.name = req.name.clone();
    }
    let rule = decode::rule(&wire, "rule")?;
    let expectation = Expectation::from_current_version(req.current_version.as_deref());
    let (saved, ()) = write(s, caller, org, expectation, |rules| {
        let change = Change::rule(&req.name, Some(edit::find(&rules, &req.name)?), Some(&rule));
        Ok((edit::update(rules, &req.name, rule.clone())?, change, ()))
    })
    .await?;
    Ok(pb::UpdateRoutingRuleResponse {
        rule: Some((&rule).into()),
        version: saved.id,
    })
}

async fn delete_rule(
    s: &AppState,
    caller: &Caller,
    req: pb::DeleteRoutingRuleRequest,
) -> Result<pb::DeleteRoutingRuleResponse> {
    let org = caller.admin_org(&req.org_id)?;
    decode::rule_name(&req.name, "name")?;
    let expectation = Expectation::from_current_version(req.current_version.as_deref());
    let (saved, ()) = write(s, caller, org, expectation, |rules| {
        let (rules, removed) = edit::delete(rules, &req.name)?;
        let change = Change::rule(&req.name, Some(&removed), None);
        Ok((rules, change, ()))
    })
    .await?;
    Ok(pb::DeleteRoutingRuleResponse { version: saved.id })
}

async fn read_workflow(s: &AppState, caller: &Caller, req: pb::GetWorkflowRequest) -> Result<pb::GetWorkflowResponse> {
    let org = caller.admin_org(&req.org_id)?;
    let mut v = crate::domain::violations::Violations::new();
    v.check_text("workflow_id", &req.workflow_id, 64);
    v.into_result(())?;
    let version = s
        .store
        .workflow(org, &req.workflow_id)
        .await?
        .ok_or_else(|| Error::NotFound(format!("workflow version {:?}", req.workflow_id)))?;
    Ok(pb::GetWorkflowResponse {
        workflow: Some(encode_workflow(Some(&version))),
    })
}

super::rpcs! {
    RoutingService for RoutingApi {
        get_routing_config: GetRoutingConfigRequest => GetRoutingConfigResponse = get_config;
        save_routing_config: SaveRoutingConfigRequest => SaveRoutingConfigResponse = save_config;
        get_routing_rule: GetRoutingRuleRequest => GetRoutingRuleResponse = get_rule;
        create_routing_rule: CreateRoutingRuleRequest => CreateRoutingRuleResponse = create_rule;
        update_routing_rule: UpdateRoutingRuleRequest => UpdateRoutingRuleResponse = update_rule;
        delete_routing_rule: DeleteRoutingRuleRequest => DeleteRoutingRuleResponse = delete_rule;
        get_workflow: GetWorkflowRequest => GetWorkflowResponse = read_workflow;
    }
}

//! Policy as code: what a proposed policy document changes against the live
//! configuration, object by object (routing rules and access flows by name,
//! the request configuration as one object), and the configuration the
//! proposal amounts to once its unset parts keep the live ones.
//!
//! Pure: equality is the domain models' own, so an exported document read
//! back plans no change however its JSON was spelled.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::{
    access_flow::AccessFlow,
    evaluation::{Evaluation, PolicyKind},
    request_config::RequestConfig,
    routing::RoutingRule,
};

/// An access flow as stored: its server id and revision (what an update is
/// conditional on) and the flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveFlow {
    pub id: String,
    pub revision: i64,
    pub flow: AccessFlow,
}

/// The org's configuration now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Live {
    /// `None`: no workflow was ever saved (evaluation applies the default
    /// rule).
    pub routing: Option<Vec<RoutingRule>>,
    pub flows: Vec<LiveFlow>,
    pub request_config: RequestConfig,
}

/// A proposed policy, decoded and validated. `None` parts keep the live
/// ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proposed {
    pub routing: Option<Vec<RoutingRule>>,
    pub flows: Option<Vec<AccessFlow>>,
    pub request_config: Option<RequestConfig>,
}

/// What a change does to its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    Add,
    Change,
    Remove,
}

/// One object that changes: its state before (`None`: added) and after
/// (`None`: removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff<T> {
    pub name: String,
    pub before: Option<T>,
    pub after: Option<T>,
}

impl<T> Diff<T> {
    pub fn action(&self) -> Action {
        match (&self.before, &self.after) {
            (None, _) => Action::Add,
            (Some(_), None) => Action::Remove,
            (Some(_), Some(_)) => Action::Change,
        }
    }
}

/// A flow that changes, with the live id and revision its write is
/// conditional on (`None` for an added flow).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowDiff {
    pub live: Option<(String, i64)>,
    pub diff: Diff<AccessFlow>,
}

/// Everything a proposal changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Rules added or changed, in the proposed order, then removed ones in
    /// their live order.
    pub rules: Vec<Diff<RoutingRule>>,
    /// Whether the rules present on both sides change order.
    pub reordered: bool,
    /// Whether the org never saved a workflow, so saving one replaces P0's
    /// default rule (even a workflow with no rules, which denies).
    pub replaces_default: bool,
    /// The rules to save as the new workflow version, when the workflow
    /// changes at all (rules, order, or the first save of an org).
    pub new_workflow: Option<Vec<RoutingRule>>,
    /// Flows added, changed or removed, by name.
    pub flows: Vec<FlowDiff>,
    pub request_config: Option<Diff<RequestConfig>>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.new_workflow.is_none() && self.flows.is_empty() && self.request_config.is_none()
    }
}

/// What applying `proposed` to `live` changes.
pub fn plan(live: &Live, proposed: &Proposed) -> Plan {
    let mut plan = Plan::default();
    if let Some(rules) = &proposed.routing {
        let empty = Vec::new();
        let live_rules = live.routing.as_ref().unwrap_or(&empty);
        plan.rules = by_name(live_rules, rules, |r| &r.name);
        let kept_order = |rules: &[RoutingRule], other: &[RoutingRule]| -> Vec<String> {
            let others: HashSet<&str> = other.iter().map(|o| o.name.as_str()).collect();
            rules
                .iter()
                .filter(|r| others.contains(r.name.as_str()))
                .map(|r| r.name.clone())
                .collect()
        };
        plan.reordered = kept_order(live_rules, rules) != kept_order(rules, live_rules);
        plan.replaces_default = live.routing.is_none();
        // Saving an identical workflow would only bump the version; an org
        // that never saved one does change (the default rule goes away).
        if live.routing.as_ref() != Some(rules) {
            plan.new_workflow = Some(rules.clone());
        }
    }
    if let Some(flows) = &proposed.flows {
        // Live names are unique (the store's index), so a name is a key.
        let live_by_name: HashMap<&str, &LiveFlow> = live.flows.iter().map(|f| (f.flow.name.as_str(), f)).collect();
        let live_flows: Vec<AccessFlow> = live.flows.iter().map(|f| f.flow.clone()).collect();
        let mut diffs = by_name(&live_flows, flows, |f| &f.name);
        diffs.sort_by(|a, b| a.name.cmp(&b.name));
        plan.flows = diffs
            .into_iter()
            .map(|diff| FlowDiff {
                live: live_by_name.get(diff.name.as_str()).map(|f| (f.id.clone(), f.revision)),
                diff,
            })
            .collect();
    }
    if let Some(config) = &proposed.request_config
        && *config != live.request_config
    {
        plan.request_config = Some(Diff {
            name: String::new(),
            before: Some(live.request_config.clone()),
            after: Some(config.clone()),
        });
    }
    plan
}

/// The objects that differ between `live` and `proposed`, matched by name:
/// added and changed ones in the proposed order, then removed ones.
fn by_name<T: Clone + PartialEq>(live: &[T], proposed: &[T], name: impl Fn(&T) -> &String) -> Vec<Diff<T>> {
    let live_by_name: BTreeMap<&String, &T> = live.iter().map(|t| (name(t), t)).collect();
    let mut diffs: Vec<Diff<T>> = proposed
        .iter()
        .filter_map(|after| {
            let before = live_by_name.get(name(after)).copied();
            (before != Some(after)).then(|| Diff {
                name: name(after).clone(),
                before: before.cloned(),
                after: Some(after.clone()),
            })
        })
        .collect();
    let proposed_names: HashSet<&String> = proposed.iter().map(&name).collect();
    diffs.extend(
        live.iter()
            .filter(|before| !proposed_names.contains(name(before)))
            .map(|before| Diff {
                name: name(before).clone(),
                before: Some(before.clone()),
                after: None,
            }),
    );
    diffs
}

/// The configuration `proposed` amounts to: its own parts, and the live
/// ones where it leaves a part unset. Flows keep their live ids and their
/// live order where the name matches (new ones follow, as the store would
/// list them, named `proposed:<name>`), so a simulation's paths name and
/// order the same flows the same way on both sides.
pub fn resolve(
    live: &Live,
    proposed: &Proposed,
) -> (Option<Vec<RoutingRule>>, Vec<(String, AccessFlow)>, RequestConfig) {
    let routing = proposed.routing.clone().or_else(|| live.routing.clone());
    let flows = match &proposed.flows {
        None => live.flows.iter().map(|f| (f.id.clone(), f.flow.clone())).collect(),
        Some(flows) => {
            let live_order: HashMap<&str, (usize, &str)> = live
                .flows
                .iter()
                .enumerate()
                .map(|(i, l)| (l.flow.name.as_str(), (i, l.id.as_str())))
                .collect();
            let mut ordered: Vec<(usize, String, AccessFlow)> = flows
                .iter()
                .enumerate()
                .map(|(i, flow)| match live_order.get(flow.name.as_str()) {
                    Some(&(at, id)) => (at, id.to_string(), flow.clone()),
                    None => (live.flows.len() + i, format!("proposed:{}", flow.name), flow.clone()),
                })
                .collect();
            ordered.sort_by_key(|(at, _, _)| *at);
            ordered.into_iter().map(|(_, id, flow)| (id, flow)).collect()
        }
    };
    let config = proposed
        .request_config
        .clone()
        .unwrap_or_else(|| live.request_config.clone());
    (routing, flows, config)
}

/// What a decision comes to, beyond its outcome: the approval paths, who
/// could approve, and the longest window a path allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// `rule:{name}#{approval}`, `flow:{id}`, `default` or `entitlement`.
    pub paths: Vec<String>,
    /// Everyone who could decide on some path, as `{kind}:{id}`.
    pub approvers: BTreeSet<String>,
    /// In seconds; `None`: some path has no maximum, or there is no path.
    pub max_window: Option<u32>,
}

pub fn summary(e: &Evaluation) -> Summary {
    Summary {
        paths: path_names(e),
        approvers: approvers(e),
        max_window: max_window(e),
    }
}

/// How two evaluations of one request differ, in words: the outcome, the
/// approval paths, the approvers who could decide, and the longest window
/// a path allows. Empty: the same decision.
pub fn decision_differences(live: &Evaluation, proposed: &Evaluation) -> Vec<String> {
    let mut out = Vec::new();
    if live.outcome != proposed.outcome {
        out.push(format!(
            "outcome {} → {}",
            live.outcome.as_str(),
            proposed.outcome.as_str()
        ));
    }
    let (l, p) = (summary(live), summary(proposed));
    if l.paths != p.paths {
        out.push(format!("paths [{}] → [{}]", l.paths.join(", "), p.paths.join(", ")));
    }
    let gained: Vec<&str> = p.approvers.difference(&l.approvers).map(String::as_str).collect();
    let lost: Vec<&str> = l.approvers.difference(&p.approvers).map(String::as_str).collect();
    if !gained.is_empty() {
        out.push(format!("approvers gain {}", gained.join(", ")));
    }
    if !lost.is_empty() {
        out.push(format!("approvers lose {}", lost.join(", ")));
    }
    if l.max_window != p.max_window {
        let show = |w: Option<u32>| w.map_or_else(|| "unbounded".to_string(), |s| format!("{s}s"));
        out.push(format!(
            "maximum window {} → {}",
            show(l.max_window),
            show(p.max_window)
        ));
    }
    out
}

/// `rule:{name}#{approval}`, `flow:{id}`, `default` or `entitlement`.
fn path_names(e: &Evaluation) -> Vec<String> {
    e.paths
        .iter()
        .map(|p| match p.policy_kind {
            PolicyKind::RoutingRule => format!("rule:{}#{}", p.policy_id, p.approval_index),
            PolicyKind::AccessFlow => format!("flow:{}", p.policy_id),
            other => other.as_str().to_string(),
        })
        .collect()
}

/// Everyone who could decide on some path, as `{kind}:{id}`.
fn approvers(e: &Evaluation) -> BTreeSet<String> {
    e.paths
        .iter()
        .flat_map(|p| &p.steps)
        .flat_map(|s| &s.approvers)
        .map(|a| format!("{}:{}", a.kind.as_str(), a.id))
        .collect()
}

/// The longest window any path that could approve allows, in seconds
/// (`None`: some path has no maximum, or no path at all).
fn max_window(e: &Evaluation) -> Option<u32> {
    let mut longest: Option<u32> = None;
    for p in &e.paths {
        match p.constraints.max_duration {
            None => return None,
            Some(d) => longest = Some(longest.map_or(d, |l| l.max(d))),
        }
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::routing::{Approval, ApprovalKind, Requestor, Resource};

    fn rule(name: &str, kind: ApprovalKind) -> RoutingRule {
        RoutingRule {
            name: name.into(),
            disabled: false,
            requestor: Requestor::Any,
            resource: Resource::Any,
            approvals: vec![Approval { kind, options: None }],
        }
    }

    fn live_rules(rules: Vec<RoutingRule>) -> Live {
        Live {
            routing: Some(rules),
            ..Live::default()
        }
    }

    fn routing(rules: Vec<RoutingRule>) -> Proposed {
        Proposed {
            routing: Some(rules),
            ..Proposed::default()
        }
    }

    #[test]
    fn the_live_policy_proposed_again_changes_nothing() {
        let live = live_rules(vec![rule("a", ApprovalKind::P0), rule("b", ApprovalKind::Persistent)]);
        let again = routing(live.routing.clone().unwrap());
        assert!(plan(&live, &again).is_empty());
        assert!(
            plan(&live, &Proposed::default()).is_empty(),
            "unset parts keep the live ones"
        );
    }

    #[test]
    fn rules_are_added_changed_and_removed_by_name() {
        let live = live_rules(vec![rule("a", ApprovalKind::P0), rule("gone", ApprovalKind::P0)]);
        let proposed = routing(vec![rule("new", ApprovalKind::P0), rule("a", ApprovalKind::Persistent)]);
        let p = plan(&live, &proposed);
        let summary: Vec<(&str, Action)> = p.rules.iter().map(|d| (d.name.as_str(), d.action())).collect();
        assert_eq!(
            summary,
            [("new", Action::Add), ("a", Action::Change), ("gone", Action::Remove)]
        );
        assert!(!p.reordered, "the one rule on both sides keeps its place");
        assert_eq!(p.new_workflow.unwrap().len(), 2);
    }

    #[test]
    fn a_new_order_alone_is_a_change() {
        let live = live_rules(vec![rule("a", ApprovalKind::P0), rule("b", ApprovalKind::P0)]);
        let p = plan(
            &live,
            &routing(vec![rule("b", ApprovalKind::P0), rule("a", ApprovalKind::P0)]),
        );
        assert!(p.rules.is_empty());
        assert!(p.reordered);
        assert!(!p.is_empty());
    }

    #[test]
    fn a_first_save_replaces_the_default_rule_even_with_no_rules() {
        let p = plan(&Live::default(), &routing(vec![]));
        assert_eq!(p.new_workflow, Some(vec![]));
        assert!(p.replaces_default && p.rules.is_empty() && !p.is_empty());
    }

    #[test]
    fn a_resolved_proposal_keeps_the_live_flows_order_and_ids() {
        use crate::domain::access_flow::{RevokeAfter, Settings, Trigger};
        let flow = |name: &str| AccessFlow {
            name: name.into(),
            active: true,
            trigger: Trigger::default(),
            grantees: vec![],
            integration_targets: vec![],
            bundle_targets: vec![],
            approvers: vec![],
            revoke_after: RevokeAfter::Never,
            settings: Settings::default(),
        };
        let live = Live {
            flows: vec![
                LiveFlow {
                    id: "id-z".into(),
                    revision: 1,
                    flow: flow("z"),
                },
                LiveFlow {
                    id: "id-a".into(),
                    revision: 1,
                    flow: flow("a"),
                },
            ],
            ..Live::default()
        };
        // A file lists flows by name; the store lists them by creation.
        let proposed = Proposed {
            flows: Some(vec![flow("a"), flow("new"), flow("z")]),
            ..Proposed::default()
        };
        let (_, flows, _) = resolve(&live, &proposed);
        let ids: Vec<&str> = flows.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["id-z", "id-a", "proposed:new"]);
    }

    #[test]
    fn a_changed_request_config_is_one_object() {
        let mut config = RequestConfig::default();
        config.entitlements.allowed = !config.entitlements.allowed;
        let p = plan(
            &Live::default(),
            &Proposed {
                request_config: Some(config.clone()),
                ..Proposed::default()
            },
        );
        assert_eq!(p.request_config.unwrap().after, Some(config));
    }
}

//! An org's routing rules, access flows and request configuration compiled
//! for evaluation: every pattern compiled once, rules indexed by the
//! service they cover and by who may use them, flows by grantee and
//! integration. Built once per configuration change and shared, read-only,
//! by every evaluation until the next change, so a decision looks only at
//! the policies that could apply to it: its cost grows with the candidates,
//! not with the size of the org.

use std::collections::{BTreeSet, HashMap};

use super::{
    input::RequestedResource,
    resource::{CompiledResource, Patterns},
    snapshot::{FlowRecord, RoutingVersion},
};
use crate::domain::{
    access_flow::{AccessFlow, PrincipalKind},
    directory::ids::{GroupId, UserId},
    request_config::RequestConfig,
    routing::{GroupEffect, Requestor, RoutingRule},
};

/// The compiled configuration of one org.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// The latest routing workflow; `None` when the org never saved one.
    pub routing: Option<CompiledRouting>,
    /// Every flow of the org, active or not, in listing order.
    pub flows: Vec<FlowRecord>,
    flow_index: FlowIndex,
    /// The org's request configuration (its default when never saved).
    pub request_config: RequestConfig,
    /// Whether any approval of any enabled rule has a cooldown: only then
    /// does an evaluation need the requester's earlier grants.
    pub has_cooldowns: bool,
}

#[derive(Debug, Clone)]
pub struct CompiledRouting {
    pub id: String,
    /// In the workflow's order.
    pub rules: Vec<CompiledRule>,
    index: RuleIndex,
}

#[derive(Debug, Clone)]
pub struct CompiledRule {
    pub rule: RoutingRule,
    pub resource: CompiledResource,
}

impl Policy {
    pub fn compile(routing: Option<RoutingVersion>, flows: Vec<FlowRecord>, request_config: RequestConfig) -> Self {
        let routing = routing.map(|version| {
            let mut patterns = Patterns::default();
            let rules: Vec<CompiledRule> = version
                .rules
                .into_iter()
                .map(|rule| CompiledRule {
                    resource: CompiledResource::with_patterns(&rule.resource, &mut patterns),
                    rule,
                })
                .collect();
            CompiledRouting {
                id: version.id,
                index: RuleIndex::new(&rules),
                rules,
            }
        });
        let has_cooldowns = routing.iter().flat_map(|r| &r.rules).any(|r| {
            !r.rule.disabled
                && r.rule
                    .approvals
                    .iter()
                    .any(|a| a.options.as_ref().and_then(|o| o.cooldown).is_some_and(|c| c > 0))
        });
        Self {
            flow_index: FlowIndex::new(&flows),
            routing,
            flows,
            request_config,
            has_cooldowns,
        }
    }

    /// The enabled rules that could apply to a request for `service` by
    /// `user` in `groups`, in workflow order. Matching each
    /// candidate in full decides; a rule left out cannot match.
    pub fn candidate_rules(&self, service: &str, user: &UserId, groups: &BTreeSet<GroupId>) -> Vec<&CompiledRule> {
        let Some(routing) = &self.routing else {
            return Vec::new();
        };
        routing
            .index
            .candidates(service, user, groups)
            .into_iter()
            .map(|i| &routing.rules[i])
            .collect()
    }

    /// The active flows that could apply to `resource` for `user` in
    /// `groups`, in listing order.
    pub fn candidate_flows(
        &self,
        resource: &RequestedResource,
        user: &UserId,
        groups: &BTreeSet<GroupId>,
    ) -> Vec<&FlowRecord> {
        self.flow_index
            .candidates(resource, user, groups)
            .into_iter()
            .map(|i| &self.flows[i])
            .collect()
    }

    /// About how many bytes the compiled policy holds (what an org costs the
    /// policy cache): three times the configuration's JSON size, a stable
    /// and cheap stand-in for its heap, indexes and regexes.
    pub fn approx_bytes(&self) -> usize {
        let rules: usize = self
            .routing
            .iter()
            .flat_map(|r| &r.rules)
            .map(|r| json_len(&r.rule))
            .sum();
        let flows: usize = self.flows.iter().map(|f| json_len(&f.flow)).sum();
        std::mem::size_of::<Self>() + 3 * (rules + flows)
    }
}

fn json_len<T: serde::Serialize>(value: &T) -> usize {
    serde_json::to_vec(value).map_or(0, |v| v.len())
}

/// Rule indexes by the requestor side of one resource bucket.
#[derive(Debug, Clone, Default)]
struct Bucket {
    any_requestor: Vec<usize>,
    /// By `requestor.uid`, folded into a [`UserId`].
    by_user: HashMap<UserId, Vec<usize>>,
    /// `keep` groups, by group id.
    by_group: HashMap<GroupId, Vec<usize>>,
    /// `remove` groups apply to everyone outside them: always candidates.
    group_remove: Vec<usize>,
}

impl Bucket {
    fn add(&mut self, i: usize, requestor: &Requestor) {
        match requestor {
            Requestor::Any => self.any_requestor.push(i),
            Requestor::User { uid } => self.by_user.entry(UserId::new(uid)).or_default().push(i),
            Requestor::Group { id, effect, .. } => match effect.unwrap_or(GroupEffect::Keep) {
                GroupEffect::Keep => self.by_group.entry(GroupId::from(id.as_str())).or_default().push(i),
                GroupEffect::Remove => self.group_remove.push(i),
            },
        }
    }

    fn collect(&self, user: &UserId, groups: &BTreeSet<GroupId>, out: &mut Vec<usize>) {
        out.extend(&self.any_requestor);
        if let Some(rules) = self.by_user.get(user) {
            out.extend(rules);
        }
        for group in groups {
            if let Some(rules) = self.by_group.get(group) {
                out.extend(rules);
            }
        }
        out.extend(&self.group_remove);
    }
}

/// The enabled rules by the service their resource names (`any` resources
/// in a bucket of their own), then by requestor.
#[derive(Debug, Clone, Default)]
struct RuleIndex {
    by_service: HashMap<String, Bucket>,
    any_service: Bucket,
}

impl RuleIndex {
    fn new(rules: &[CompiledRule]) -> Self {
        let mut index = Self::default();
        for (i, r) in rules.iter().enumerate().filter(|(_, r)| !r.rule.disabled) {
            let bucket = match r.resource.service() {
                Some(service) => index.by_service.entry(service.to_string()).or_default(),
                None => &mut index.any_service,
            };
            bucket.add(i, &r.rule.requestor);
        }
        index
    }

    fn candidates(&self, service: &str, user: &UserId, groups: &BTreeSet<GroupId>) -> Vec<usize> {
        let mut out = Vec::new();
        if let Some(bucket) = self.by_service.get(service) {
            bucket.collect(user, groups, &mut out);
        }
        self.any_service.collect(user, groups, &mut out);
        // Each rule sits in one list, and `groups` is a set, so sorting
        // back into workflow order is all that is left.
        out.sort_unstable();
        out
    }
}

/// Where an active flow's targets point.
#[derive(Debug, Clone, Default)]
struct Targets {
    by_integration: HashMap<String, Vec<usize>>,
    /// Flows with bundle targets (bundles are matched by id in full).
    bundles: Vec<usize>,
}

impl Targets {
    fn add(&mut self, i: usize, flow: &AccessFlow) {
        let mut integrations: Vec<&str> = flow
            .integration_targets
            .iter()
            .map(|t| t.integration_id.as_str())
            .collect();
        integrations.sort_unstable();
        integrations.dedup();
        for integration in integrations {
            self.by_integration.entry(integration.to_string()).or_default().push(i);
        }
        if !flow.bundle_targets.is_empty() {
            self.bundles.push(i);
        }
    }

    fn collect(&self, resource: &RequestedResource, out: &mut Vec<usize>) {
        if let Some(flows) = self.by_integration.get(&resource.service) {
            out.extend(flows);
        }
        if resource.resource_type == "bundle" {
            out.extend(&self.bundles);
        }
    }
}

/// The active flows by grantee (a user id or a group id), then by target.
#[derive(Debug, Clone, Default)]
struct FlowIndex {
    by_user: HashMap<UserId, Targets>,
    by_group: HashMap<GroupId, Targets>,
}

impl FlowIndex {
    fn new(flows: &[FlowRecord]) -> Self {
        let mut index = Self::default();
        for (i, record) in flows.iter().enumerate().filter(|(_, r)| r.flow.active) {
            let mut users = BTreeSet::new();
            let mut groups = BTreeSet::new();
            for g in &record.flow.grantees {
                match g.kind {
                    PrincipalKind::User => users.insert(UserId::new(&g.id)),
                    PrincipalKind::Group => groups.insert(GroupId::from(g.id.as_str())),
                };
            }
            for user in users {
                index.by_user.entry(user).or_default().add(i, &record.flow);
            }
            for group in groups {
                index.by_group.entry(group).or_default().add(i, &record.flow);
            }
        }
        index
    }

    fn candidates(&self, resource: &RequestedResource, user: &UserId, groups: &BTreeSet<GroupId>) -> Vec<usize> {
        let mut out = Vec::new();
        if let Some(targets) = self.by_user.get(user) {
            targets.collect(resource, &mut out);
        }
        for group in groups {
            if let Some(targets) = self.by_group.get(group) {
                targets.collect(resource, &mut out);
            }
        }
        // A flow reached through several grantees or targets counts once.
        out.sort_unstable();
        out.dedup();
        out
    }
}

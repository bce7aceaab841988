//! Synthetic orgs for jitgate's benchmarks: a directory of users, groups,
//! managers and on-call rosters, routing rules and access flows spread
//! over many services and teams the way a large org's are, and requests
//! against them. Deterministic (one seed), so every run measures the same
//! org, and shaped like the real thing: a large org has more rules because
//! it has more services and teams, not because more rules apply to each
//! request. Five rules apply to any resource; every other rule routes one
//! of 50 rules per service (10,000 rules: 200 services), for anyone (20%),
//! a team (55%), everyone outside a team (5%) or one person (20%), most
//! for a name pattern (ten patterns, repeated across services).

use std::{collections::BTreeMap, num::NonZeroU32};

use jitgate::{
    domain::{
        access_flow::{
            AccessFlow, Approver, Grantee, IntegrationTarget, PrincipalKind, RevokeAfter, Settings, Trigger,
        },
        directory::{OwnershipKey, User, ids::UserId, resolve::Memberships},
        evaluation::{DirectoryView, FlowRecord, Grant, Request, RequestedResource, RoutingVersion},
        request_config::RequestConfig,
        routing::{
            Approval, ApprovalKind, ApprovalOptions, FilterEffect, GroupEffect, Requestor, Resource, ResourceFilter,
            RoutingRule,
        },
    },
    pb::v1 as pb,
};

pub mod echo {
    //! The echo service's generated code.
    #![allow(clippy::doc_lazy_continuation)]
    tonic::include_proto!("jitgate.bench.v1");
}

/// The size of a synthetic org.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub rules: usize,
    pub flows: usize,
    pub users: usize,
}

impl Size {
    pub const fn new(rules: usize, flows: usize, users: usize) -> Self {
        Self { rules, flows, users }
    }

    /// Services: one per 50 rules, at least 10 (an org of 10,000 rules
    /// routes 200 services).
    pub fn services(&self) -> usize {
        (self.rules.max(self.flows) / 50).max(10)
    }

    /// Groups (teams): one per 10 users, at least 5.
    pub fn groups(&self) -> usize {
        (self.users / 10).max(5)
    }
}

/// SplitMix64: small and stable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

pub fn user_id(n: usize) -> String {
    format!("user{n}@acme.test")
}

pub fn group_id(n: usize) -> String {
    format!("team-{n}")
}

pub fn service(n: usize) -> String {
    format!("svc-{n}")
}

/// A synthetic org, in the domain's types.
pub struct Org {
    pub size: Size,
    pub routing: RoutingVersion,
    pub flows: Vec<FlowRecord>,
    pub request_config: RequestConfig,
    pub directory: DirectoryView,
    /// Every user's groups, for building directory batches.
    pub members: BTreeMap<String, Vec<String>>,
}

/// The org of `size`, always the same for the same size.
pub fn org(size: Size) -> Org {
    let mut rng = Rng::new(0x0062_656e_6368);
    let groups = size.groups();
    let services = size.services();
    let mut users = BTreeMap::new();
    let mut pairs = Vec::new();
    let mut members: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for n in 0..size.users {
        let id = UserId::from(user_id(n));
        // A tree: every user reports to someone with a smaller number.
        let manager_id = (n > 0).then(|| UserId::from(user_id(rng.below(n))));
        let mut attributes = BTreeMap::new();
        attributes.insert("department".to_string(), format!("dept-{}", n % 20));
        users.insert(
            id.clone(),
            User {
                email: id.to_string(),
                display_name: format!("User {n}"),
                id: id.clone(),
                manager_id,
                attributes,
            },
        );
        // One or two teams each.
        for _ in 0..1 + rng.below(2) {
            let group = group_id(rng.below(groups));
            pairs.push((group.clone(), id.clone()));
            members.entry(group).or_default().push(id.to_string());
        }
    }
    let mut on_call = BTreeMap::new();
    for s in 0..services {
        let roster: Vec<UserId> = (0..3).map(|_| user_id(rng.below(size.users)).into()).collect();
        on_call.insert(("pagerduty".to_string(), service(s)), roster);
    }
    let mut owners = BTreeMap::new();
    for s in 0..services {
        let key = OwnershipKey {
            service: service(s),
            resource_id: None,
        };
        owners.insert(key, vec![user_id(rng.below(size.users)).into()]);
    }
    let directory = DirectoryView::new(users, Memberships::from_pairs(pairs), on_call, owners);
    let rules = (0..size.rules).map(|n| rule(&mut rng, n, size)).collect();
    let flows = (0..size.flows)
        .map(|n| FlowRecord {
            id: format!("flow-{n:05}"),
            flow: flow(&mut rng, n, size),
        })
        .collect();
    Org {
        size,
        routing: RoutingVersion { id: "v1".into(), rules },
        flows,
        request_config: RequestConfig::default(),
        directory,
        members,
    }
}

fn rule(rng: &mut Rng, n: usize, size: Size) -> RoutingRule {
    // 20% anyone, 55% a team, 5% everyone outside a team, 20% one person.
    let requestor = match rng.below(100) {
        0..20 => Requestor::Any,
        20..75 => Requestor::Group {
            directory: "okta".into(),
            id: group_id(rng.below(size.groups())),
            label: None,
            effect: None,
        },
        75..80 => Requestor::Group {
            directory: "okta".into(),
            id: group_id(rng.below(size.groups())),
            label: None,
            effect: Some(GroupEffect::Remove),
        },
        _ => Requestor::User {
            uid: user_id(rng.below(size.users)),
        },
    };
    // The first five rules are org-wide (any resource: break-glass, a
    // default path); every other rule routes one service, most of them a
    // subset of its resources.
    let resource = if n < 5 {
        Resource::Any
    } else {
        let mut filters = BTreeMap::new();
        if rng.chance(70) {
            filters.insert(
                "name".to_string(),
                ResourceFilter {
                    effect: FilterEffect::Keep,
                    key: None,
                    value: None,
                    pattern: Some(format!("^(prod|stage)-{}-.*$", rng.below(10))),
                },
            );
        }
        if rng.chance(20) {
            filters.insert(
                "pii".to_string(),
                ResourceFilter {
                    effect: FilterEffect::Remove,
                    key: None,
                    value: Some(true),
                    pattern: None,
                },
            );
        }
        Resource::Integration {
            service: service(rng.below(size.services())),
            access_type: None,
            filters,
        }
    };
    let kind = match rng.below(10) {
        0..4 => ApprovalKind::Group {
            directory: "okta".into(),
            id: group_id(rng.below(size.groups())),
            label: Some("Approvers".into()),
        },
        4..7 => ApprovalKind::RequestorProfile {
            directory: "okta".into(),
            profile_property: "manager".into(),
        },
        7 => ApprovalKind::Escalation {
            integration: "pagerduty".into(),
            services: vec![service(rng.below(size.services()))],
        },
        8 => ApprovalKind::Auto {
            integration: "pagerduty".into(),
            services: vec![],
        },
        _ => ApprovalKind::P0,
    };
    RoutingRule {
        name: format!("rule-{n:05}"),
        disabled: rng.chance(3),
        requestor,
        resource,
        approvals: vec![Approval {
            kind,
            options: Some(ApprovalOptions {
                allow_one_party: Some(false),
                require_reason: Some(rng.chance(30)),
                cooldown: None,
                duration: Some(3_600 * (1 + rng.below(8) as u32)),
            }),
        }],
    }
}

fn flow(rng: &mut Rng, n: usize, size: Size) -> AccessFlow {
    let grantee = if rng.chance(80) {
        Grantee {
            kind: PrincipalKind::Group,
            id: group_id(rng.below(size.groups())),
        }
    } else {
        Grantee {
            kind: PrincipalKind::User,
            id: user_id(rng.below(size.users)),
        }
    };
    AccessFlow {
        name: format!("flow-{n:05}"),
        active: !rng.chance(5),
        trigger: Trigger::default(),
        grantees: vec![grantee],
        integration_targets: vec![IntegrationTarget {
            integration_id: service(rng.below(size.services())),
            resource_type: "role".into(),
            resource_tag_includes: vec![],
            resource_tag_excludes: vec![],
            permissions: vec![],
        }],
        bundle_targets: vec![],
        approvers: vec![if rng.chance(50) {
            Approver::Manager
        } else {
            Approver::Group {
                id: group_id(rng.below(size.groups())),
            }
        }],
        revoke_after: RevokeAfter::Seconds(NonZeroU32::new(3_600).expect("non-zero")),
        settings: Settings::default(),
    }
}

/// `count` requests against `org`: random users asking for a random
/// resource of a random service, a one-hour window, with a reason.
pub fn requests(org: &Org, count: usize) -> Vec<Request> {
    let mut rng = Rng::new(0x0072_6571_7565_7374);
    let now = chrono::DateTime::parse_from_rfc3339("2026-06-01T10:00:00Z")
        .expect("a time")
        .to_utc();
    (0..count)
        .map(|_| {
            let user = user_id(rng.below(org.size.users));
            Request {
                requester_id: UserId::from(user.clone()),
                requester_groups: vec![],
                requester_roles: vec![],
                target_user_id: UserId::from(user),
                resource: resource(&mut rng, org.size),
                grant: Grant::TimeRestricted {
                    start: now,
                    end: now + chrono::Duration::hours(1),
                },
                justification: "incident 42".into(),
                now,
            }
        })
        .collect()
}

/// A resource of a random service of an org of `size`.
pub fn resource(rng: &mut Rng, size: Size) -> RequestedResource {
    let env = if rng.chance(50) { "prod" } else { "stage" };
    RequestedResource {
        service: service(rng.below(size.services())),
        resource_type: "role".into(),
        resource_id: format!("{env}-{}-db", rng.below(10)),
        ..Default::default()
    }
}

/// The org's routing rules on the wire (SaveRoutingConfig).
pub fn wire_rules(org: &Org) -> Vec<pb::RoutingRule> {
    org.routing.rules.iter().map(pb::RoutingRule::from).collect()
}

/// One access flow on the wire (CreateAccessFlow).
pub fn wire_flow(flow: &AccessFlow) -> pb::AccessFlow {
    let mut wire = jitgate::api::access_flow::access_flow("", chrono::Utc::now(), flow);
    wire.id = String::new();
    wire.created_date = String::new();
    wire
}

/// The org's directory on the wire, as batches of at most `per_batch`
/// items (BatchUpsert): users first, then groups with their members, then
/// rosters.
pub fn wire_directory(org: &Org, per_batch: usize) -> Vec<pb::BatchUpsertRequest> {
    let mut users: Vec<pb::User> = org
        .directory
        .users
        .values()
        .map(|u| pb::User {
            id: u.id.to_string(),
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            manager_id: u.manager_id.as_ref().map(UserId::to_string).unwrap_or_default(),
            attributes: u.attributes.clone().into_iter().collect(),
            ..Default::default()
        })
        .collect();
    // Managers before their reports: every manager has a smaller number.
    users.sort_by_key(|u| {
        u.id["user".len()..]
            .split('@')
            .next()
            .and_then(|n| n.parse::<usize>().ok())
    });
    let mut batches: Vec<pb::BatchUpsertRequest> = users
        .chunks(per_batch)
        .map(|chunk| pb::BatchUpsertRequest {
            users: chunk.to_vec(),
            ..Default::default()
        })
        .collect();
    let groups: Vec<pb::Group> = org
        .members
        .keys()
        .map(|g| pb::Group {
            id: g.clone(),
            display_name: g.clone(),
            ..Default::default()
        })
        .collect();
    let members: Vec<pb::GroupMembers> = org
        .members
        .iter()
        .map(|(g, users)| {
            let mut ids = users.clone();
            ids.sort();
            ids.dedup();
            pb::GroupMembers {
                group_id: g.clone(),
                user_ids: ids,
            }
        })
        .collect();
    let rosters: Vec<pb::OnCallRoster> = org
        .directory
        .on_call
        .iter()
        .map(|((integration, service), users)| {
            let mut ids = users.clone();
            ids.sort();
            ids.dedup();
            pb::OnCallRoster {
                integration: integration.clone(),
                service: service.clone(),
                user_ids: ids.iter().map(UserId::to_string).collect(),
            }
        })
        .collect();
    batches.push(pb::BatchUpsertRequest {
        groups,
        group_members: members,
        on_call_rosters: rosters,
        ..Default::default()
    });
    batches
}

//! Randomized configurations, directories and requests for the evaluator,
//! built from a fixed seed so every run sees the same ones.
//!
//! `tests/evaluation/random.golden` holds a digest of every evaluation as
//! the evaluator decided it when the file was written (the evaluator that
//! loaded the whole org from the database on every call). The compiled,
//! indexed evaluator must decide every one of them identically, down to the
//! last reason; `JITGATE_BLESS=1` rewrites the file, which is only right
//! when a change of the decisions is intended.

use std::{
    collections::{BTreeMap, BTreeSet},
    num::NonZeroU32,
};

use chrono::{DateTime, Duration, TimeZone, Utc};
use jitgate::domain::{
    access_flow::{
        AccessFlow, Approver, BundleTarget, Day, Grantee, IntegrationTarget, PrincipalKind, ResourceTag, RevokeAfter,
        Settings, Timeframe, Trigger,
    },
    directory::{
        OwnershipKey, User,
        ids::{GroupId, UserId},
        resolve::Memberships,
    },
    evaluation::*,
    request_config::{ApprovalScheme, RequestConfig},
    roles::Role,
    routing::{
        Approval, ApprovalKind, ApprovalOptions, FilterEffect, GroupEffect, Requestor, Resource, ResourceFilter,
        RoutingRule,
    },
};

/// How many configurations, and requests evaluated against each.
pub const CONFIGURATIONS: u64 = 400;
pub const REQUESTS_PER_CONFIGURATION: u64 = 6;

/// SplitMix64: tiny, fast and stable across versions of everything.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `percent` in 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    fn some<T>(&mut self, percent: u64, make: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.chance(percent) { Some(make(self)) } else { None }
    }

    fn several<T>(&mut self, max: u64, mut make: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let n = self.below(max + 1);
        (0..n).map(|_| make(self)).collect()
    }
}

const SERVICES: &[&str] = &["aws", "gcp", "pg", "k8s"];
const RESOURCE_TYPES: &[&str] = &["role", "db", "entitlement", "bundle", ""];
const RESOURCE_IDS: &[&str] = &["prod-db", "dev-db", "admin", "r1", "b1"];
const ACCESS_TYPES: &[&str] = &["", "permission-set", "role"];
const TAG_NAMES: &[&str] = &["env", "pii", "team"];
const TAG_VALUES: &[&str] = &["prod", "dev", "true", "false", "TRUE"];
const FILTER_NAMES: &[&str] = &["id", "name", "type", "env", "pii", "team", "access_type", "service"];
const PATTERNS: &[&str] = &["prod-.*", "dev", ".*", "(prod|dev)-db", "r[0-9]", "admin|b1", "("];
const GROUPS: &[&str] = &["g0", "g1", "g2", "G3", "g4"];
const INTEGRATIONS: &[&str] = &["pagerduty", "opsgenie"];
const ROSTER_SERVICES: &[&str] = &["db", "web"];
const PERMISSIONS: &[&str] = &["read", "write", "admin"];
const ZONES: &[chrono_tz::Tz] = &[
    chrono_tz::UTC,
    chrono_tz::Europe::Helsinki,
    chrono_tz::America::New_York,
];

fn user_id(rng: &mut Rng) -> String {
    let n = rng.below(10);
    // Sometimes spelled in another case, as rules and tokens may be.
    if rng.chance(15) {
        format!("U{n}@X.test")
    } else {
        format!("u{n}@x.test")
    }
}

fn directory(rng: &mut Rng) -> DirectoryView {
    let mut users = BTreeMap::new();
    for n in 0..8 {
        let id = format!("u{n}@x.test");
        let mut attributes = BTreeMap::new();
        if rng.chance(30) {
            attributes.insert("securityContact".to_string(), user_id(rng).to_lowercase());
        }
        if rng.chance(10) {
            attributes.insert("manager".to_string(), user_id(rng).to_lowercase());
        }
        let manager_id = rng
            .some(70, |r| format!("u{}@x.test", r.below(10)))
            .filter(|m| *m != id);
        let display_name = if rng.chance(50) {
            format!("User {n}")
        } else {
            String::new()
        };
        let key = UserId::new(&id);
        users.insert(
            key.clone(),
            User {
                email: id,
                id: key,
                display_name,
                manager_id: manager_id.map(UserId::from),
                attributes,
            },
        );
    }
    let mut pairs = Vec::new();
    for group in GROUPS {
        for _ in 0..rng.below(4) {
            pairs.push((group.to_string(), user_id(rng)));
        }
    }
    let mut on_call = BTreeMap::new();
    for integration in INTEGRATIONS {
        for service in ROSTER_SERVICES {
            if rng.chance(60) {
                let members: Vec<UserId> = rng.several(3, |r| UserId::from(user_id(r).to_lowercase()));
                on_call.insert((integration.to_string(), service.to_string()), members);
            }
        }
    }
    let mut owners = BTreeMap::new();
    for service in SERVICES {
        if rng.chance(50) {
            let key = OwnershipKey {
                service: service.to_string(),
                resource_id: None,
            };
            owners.insert(key, vec![UserId::from(user_id(rng).to_lowercase())]);
        }
        if rng.chance(30) {
            let key = OwnershipKey {
                service: service.to_string(),
                resource_id: Some(rng.pick(RESOURCE_IDS).to_string()),
            };
            let (first, second) = (user_id(rng), user_id(rng));
            owners.insert(
                key,
                vec![UserId::from(first.to_lowercase()), UserId::from(second.to_lowercase())],
            );
        }
    }
    DirectoryView::new(users, Memberships::from_pairs(pairs), on_call, owners)
}

fn requestor(rng: &mut Rng) -> Requestor {
    match rng.below(4) {
        0 | 1 => Requestor::Any,
        2 => Requestor::User { uid: user_id(rng) },
        _ => Requestor::Group {
            directory: "okta".into(),
            id: rng.pick(GROUPS).to_string(),
            label: None,
            effect: *rng.pick(&[None, Some(GroupEffect::Keep), Some(GroupEffect::Remove)]),
        },
    }
}

fn filter(rng: &mut Rng) -> ResourceFilter {
    let effect = *rng.pick(&[
        FilterEffect::Keep,
        FilterEffect::Keep,
        FilterEffect::Remove,
        FilterEffect::RemoveAll,
    ]);
    let boolean = effect != FilterEffect::RemoveAll && rng.chance(20);
    ResourceFilter {
        effect,
        key: rng.some(15, |r| r.pick(FILTER_NAMES).to_string()),
        value: boolean.then(|| rng.chance(50)),
        pattern: (effect != FilterEffect::RemoveAll && !boolean).then(|| rng.pick(PATTERNS).to_string()),
    }
}

fn resource(rng: &mut Rng) -> Resource {
    if rng.chance(25) {
        return Resource::Any;
    }
    let mut filters = BTreeMap::new();
    for _ in 0..rng.below(3) {
        filters.insert(rng.pick(FILTER_NAMES).to_string(), filter(rng));
    }
    Resource::Integration {
        service: rng.pick(SERVICES).to_string(),
        access_type: rng.some(15, |r| r.pick(ACCESS_TYPES).to_string()),
        filters,
    }
}

fn services(rng: &mut Rng) -> Vec<String> {
    let mut picked: Vec<String> = rng.several(2, |r| r.pick(ROSTER_SERVICES).to_string());
    picked.sort();
    picked.dedup();
    picked
}

fn approval(rng: &mut Rng) -> Approval {
    let kind = match rng.below(10) {
        0 => ApprovalKind::Auto {
            integration: rng.pick(INTEGRATIONS).to_string(),
            services: services(rng),
        },
        1 => ApprovalKind::Deny,
        2 => ApprovalKind::Escalation {
            integration: rng.pick(INTEGRATIONS).to_string(),
            services: {
                let s = services(rng);
                if s.is_empty() { vec!["db".into()] } else { s }
            },
        },
        3 | 4 => ApprovalKind::Group {
            directory: "okta".into(),
            id: rng.pick(GROUPS).to_string(),
            label: rng.some(30, |_| "Label".to_string()),
        },
        5 => ApprovalKind::Persistent,
        6 => ApprovalKind::RequestorProfile {
            directory: "okta".into(),
            profile_property: rng.pick(&["manager", "securityContact", "missing"]).to_string(),
        },
        _ => ApprovalKind::P0,
    };
    let options = rng.some(60, |r| ApprovalOptions {
        allow_one_party: r.some(40, |r| r.chance(50)),
        require_reason: r.some(40, |r| r.chance(50)),
        cooldown: r.some(20, |r| *r.pick(&[0, 600, 86_400])),
        duration: r.some(40, |r| *r.pick(&[0, 3_600, 7_200, 86_400])),
    });
    Approval { kind, options }
}

fn rule(rng: &mut Rng, n: usize) -> RoutingRule {
    RoutingRule {
        name: format!("rule-{n}"),
        disabled: rng.chance(10),
        requestor: requestor(rng),
        resource: resource(rng),
        approvals: rng.several(3, approval),
    }
}

fn tag(rng: &mut Rng) -> ResourceTag {
    ResourceTag {
        name: rng.pick(TAG_NAMES).to_string(),
        value: rng.pick(TAG_VALUES).to_string(),
    }
}

fn flow(rng: &mut Rng) -> AccessFlow {
    let timeframe = rng.some(35, |r| {
        let start = r.below(20) as u32 * 3_600;
        let end = (start + 3_600 * (1 + r.below(10) as u32)).min(86_400);
        let mut days: Vec<Day> = r.several(3, |r| *r.pick(&Day::ALL));
        days.sort_by_key(|d| *d as usize);
        days.dedup();
        Timeframe {
            start_second: start,
            end_second: end,
            days,
            time_zone: *r.pick(ZONES),
        }
    });
    let grantees = (0..1 + rng.below(3))
        .map(|_| {
            if rng.chance(50) {
                Grantee {
                    kind: PrincipalKind::User,
                    id: user_id(rng),
                }
            } else {
                Grantee {
                    kind: PrincipalKind::Group,
                    id: rng.pick(GROUPS).to_string(),
                }
            }
        })
        .collect();
    let integration_targets = rng.several(2, |r| IntegrationTarget {
        integration_id: r.pick(SERVICES).to_string(),
        resource_type: r.pick(RESOURCE_TYPES).to_string(),
        resource_tag_includes: r.several(1, tag),
        resource_tag_excludes: r.several(1, tag),
        permissions: r.several(2, |r| r.pick(PERMISSIONS).to_string()),
    });
    let bundle_targets = rng.several(1, |r| BundleTarget {
        bundle_id: r.pick(RESOURCE_IDS).to_string(),
    });
    let approvers = rng.several(2, |r| match r.below(4) {
        0 => Approver::User { id: user_id(r) },
        1 => Approver::Group {
            id: r.pick(GROUPS).to_string(),
        },
        2 => Approver::Manager,
        _ => Approver::Owner,
    });
    AccessFlow {
        name: format!("flow-{}", rng.below(1_000_000)),
        active: rng.chance(85),
        trigger: Trigger { timeframe },
        grantees,
        integration_targets,
        bundle_targets,
        approvers,
        revoke_after: if rng.chance(40) {
            RevokeAfter::Never
        } else {
            RevokeAfter::Seconds(NonZeroU32::new(*rng.pick(&[1_800, 3_600, 7_200, 86_400])).unwrap())
        },
        settings: Settings {
            require_justification_on_request_again: rng.chance(25),
            require_all_approvers: rng.chance(30),
            require_approver_justification: rng.chance(20),
            approver_cannot_approve_himself: rng.chance(30),
        },
    }
}

fn request_config(rng: &mut Rng) -> RequestConfig {
    let mut c = RequestConfig::default();
    if rng.chance(50) {
        return c;
    }
    c.approvals_must_be_external = rng.chance(5);
    c.auto_approval_enabled = rng.chance(30);
    c.on_behalf_of.anyone_by_anyone = rng.chance(30);
    c.on_behalf_of.employee_by_manager = rng.chance(40);
    c.reminders.fallback_approver_id = rng.some(40, |r| user_id(r).to_lowercase());
    c.entitlements.allowed = rng.chance(80);
    c.entitlements.request_comments_required = rng.chance(25);
    c.entitlements.denied_comments_required = rng.chance(25);
    c.entitlements.approval_schemes = rng.several(3, |r| match r.below(4) {
        0 => ApprovalScheme::EntitlementOwner,
        1 => ApprovalScheme::SourceOwner,
        2 => ApprovalScheme::Manager,
        _ => ApprovalScheme::Workgroup(r.pick(GROUPS).to_string()),
    });
    c
}

/// One random org: routing, flows, request configuration and directory.
pub struct Org {
    pub routing: Option<RoutingVersion>,
    pub flows: Vec<FlowRecord>,
    pub request_config: RequestConfig,
    pub directory: DirectoryView,
}

pub fn org(rng: &mut Rng) -> Org {
    let routing = rng.some(85, |r| RoutingVersion {
        id: format!("v{}", r.below(100)),
        rules: (0..r.below(13) as usize).map(|n| rule(r, n)).collect(),
    });
    let flows = (0..rng.below(5))
        .map(|n| FlowRecord {
            id: format!("flow-id-{n}"),
            flow: flow(rng),
        })
        .collect();
    Org {
        routing,
        request_config: request_config(rng),
        directory: directory(rng),
        flows,
    }
}

fn base_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 0, 0, 0).unwrap()
}

/// One random request against an org, and the prior grants cooldowns read.
pub fn request(rng: &mut Rng) -> (Request, Vec<PriorGrant>) {
    let now = base_time() + Duration::minutes(rng.below(7 * 24 * 60) as i64 + 60 * 24 * 3);
    let requester = user_id(rng);
    let target = if rng.chance(80) {
        requester.clone()
    } else {
        user_id(rng)
    };
    let mut tags = BTreeMap::new();
    for _ in 0..rng.below(3) {
        tags.insert(rng.pick(TAG_NAMES).to_string(), rng.pick(TAG_VALUES).to_string());
    }
    let resource = RequestedResource {
        service: rng.pick(SERVICES).to_string(),
        resource_type: rng.pick(RESOURCE_TYPES).to_string(),
        resource_id: rng.pick(RESOURCE_IDS).to_string(),
        access_type: rng.pick(ACCESS_TYPES).to_string(),
        tags,
        permissions: rng.several(2, |r| r.pick(PERMISSIONS).to_string()),
    };
    let grant = match rng.below(3) {
        0 => Grant::Permanent,
        1 => {
            let start = now + Duration::minutes(rng.below(120) as i64 - 30);
            let end = start + Duration::seconds(*rng.pick(&[0, 1_800, 3_600, 7_200, 90_000]));
            Grant::TimeRestricted { start, end }
        }
        _ => Grant::Floating {
            hours: rng.below(26) as u32,
        },
    };
    let groups: BTreeSet<GroupId> = rng.several(2, |r| GroupId::from(*r.pick(GROUPS))).into_iter().collect();
    let roles = rng.several(1, |r| *r.pick(&[Role::Approver, Role::OrgAdmin]));
    let prior = rng.several(2, |r| PriorGrant {
        rule: format!("rule-{}", r.below(12)),
        resource_key: resource.key(),
        user_id: UserId::from(target.to_lowercase()),
        granted_at: now - Duration::seconds(r.below(100_000) as i64),
    });
    let request = Request {
        requester_id: UserId::from(requester),
        requester_groups: groups.into_iter().collect(),
        requester_roles: roles,
        target_user_id: UserId::from(target),
        resource,
        grant,
        justification: if rng.chance(60) {
            "on call".into()
        } else {
            String::new()
        },
        now,
    };
    (request, prior)
}

/// FNV-1a, 64 bits: a digest of an evaluation's JSON.
pub fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

//! Access requests seeded straight into the store (for the scheduler, which
//! never files them itself), directory users, and reading back the events
//! written about requests.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use jitgate::{
    clock::new_id,
    domain::{
        access_request::{
            AccessRequest, Action, ApproverEntry, FollowUp, PathProgress, Person, State, StepProgress, StepState,
        },
        directory::{User, ids::UserId},
        evaluation::{ApproverKind, Evaluation, Grant, Outcome, Quorum, RequestedResource},
        ids::OrgId,
    },
    store::{Filed, NewEvent, Store},
};

/// Builds an [`AccessRequest`] as filing would have stored it: by default
/// PENDING_APPROVAL on one step ("Managers") that `dev@x.test` approves,
/// started when filed, with no deadline and no reminders or escalation.
pub struct RequestBuilder {
    request: AccessRequest,
}

pub fn request(org: &str, filed: DateTime<Utc>) -> RequestBuilder {
    let person = |id: &str| Person {
        id: id.into(),
        display_name: String::new(),
    };
    let resource = RequestedResource {
        service: "aws".into(),
        resource_type: "account".into(),
        resource_id: "prod".into(),
        ..Default::default()
    };
    RequestBuilder {
        request: AccessRequest {
            id: new_id(),
            org_id: org.into(),
            client_request_id: String::new(),
            requester: person("req@x.test"),
            target_user: person("req@x.test"),
            requested_role: None,
            resource: resource.clone(),
            justification: "on call".into(),
            name: "prod access".into(),
            comment: String::new(),
            action: Action::Grant,
            approver_can_revoke: false,
            can_bypass_revoke_workflow: false,
            requested: Grant::Permanent,
            grant: Grant::Permanent,
            activated_window: None,
            plan: Evaluation {
                outcome: Outcome::Pending,
                reasons: vec![],
                evaluated_at: filed,
                requester_id: "req@x.test".into(),
                target_user_id: "req@x.test".into(),
                resource,
                routing_version: String::new(),
                policies: vec![],
                paths: vec![],
                violations: vec![],
                grant: Grant::Permanent,
            },
            paths: vec![PathProgress {
                current_step: 0,
                steps: vec![StepProgress {
                    name: "Managers".into(),
                    quorum: Quorum::Any,
                    approvers: vec![ApproverEntry {
                        kind: ApproverKind::User,
                        id: "dev@x.test".into(),
                        display_name: String::new(),
                        source: "approver".into(),
                        decision: None,
                    }],
                    state: StepState::Pending,
                    started_at: Some(filed),
                    reminders_sent: 0,
                    escalation_level: 0,
                }],
            }],
            state: State::PendingApproval,
            created: filed,
            updated: filed,
            decision_deadline: None,
            approved_via: None,
            approved_at: None,
            revocation: None,
            self_approval_enabled: false,
            approvals_external: false,
            follow_up: FollowUp::default(),
            revision: 1,
        },
    }
}

impl RequestBuilder {
    /// APPROVED (its step approved) for the window `start..end`.
    pub fn approved_window(mut self, start: DateTime<Utc>, end: DateTime<Utc>) -> Self {
        let r = &mut self.request;
        r.state = State::Approved;
        r.grant = Grant::TimeRestricted { start, end };
        r.requested = r.grant;
        r.approved_at = Some(r.created);
        for step in r.paths.iter_mut().flat_map(|p| &mut p.steps) {
            step.state = StepState::Approved;
        }
        r.paths[0].current_step = 1;
        self
    }

    pub fn deadline(mut self, at: DateTime<Utc>) -> Self {
        self.request.decision_deadline = Some(at);
        self
    }

    pub fn reminders(mut self, every_secs: i64, max: u32) -> Self {
        self.request.follow_up.reminder_every = Some(every_secs);
        self.request.follow_up.max_reminders = max;
        self
    }

    pub fn escalation(mut self, after_secs: i64, fallback: Option<&str>) -> Self {
        self.request.follow_up.escalate_after = Some(after_secs);
        self.request.follow_up.fallback_approver = fallback.map(String::from);
        self
    }

    pub fn build(self) -> AccessRequest {
        self.request
    }

    /// Stores the request (without events, as if filed long ago).
    pub async fn file(self, store: &dyn Store) -> AccessRequest {
        let basis = store.org_versions(&self.request.org_id).await.expect("versions");
        match store
            .file_access_request(&self.request, vec![], basis)
            .await
            .expect("file")
        {
            Filed::New(r) => r,
            Filed::Existing(r) => panic!("request {} was filed already", r.id),
        }
    }
}

/// Creates directory users: `(id, manager)` pairs, managers first.
pub async fn seed_users(store: &dyn Store, org: &str, users: &[(&str, Option<&str>)]) {
    for (id, manager) in users {
        let user = User {
            id: UserId::new(id),
            email: id.to_string(),
            display_name: id.to_uppercase(),
            manager_id: manager.map(UserId::new),
            attributes: BTreeMap::new(),
        };
        store
            .upsert_user(&OrgId::from(org), user, directory_event(org, id))
            .await
            .expect("upsert user");
    }
}

pub fn directory_event(org: &str, user_id: &str) -> NewEvent {
    NewEvent {
        id: new_id(),
        org_id: org.into(),
        kind: "DIRECTORY_CHANGED".into(),
        subject_type: "user".into(),
        subject_id: user_id.into(),
        actor: "test".into(),
        request_id: String::new(),
        occurred_at: Utc::now(),
        before: None,
        after: None,
        access_request_id: String::new(),
        comment: String::new(),
    }
}

/// Every access-request event of `org`, oldest first.
///
/// The one place tests read events through `EventStore` (its API is
/// changing on another branch): adapt only this function.
pub async fn request_events(store: &dyn Store, org: &str) -> Vec<NewEvent> {
    let mut events = Vec::new();
    let mut after = 0;
    loop {
        let page = store.events(&OrgId::from(org), after, 500).await.expect("read events");
        let Some(last) = page.last() else { break };
        after = last.sequence;
        events.extend(
            page.into_iter()
                .map(|stored| stored.event)
                .filter(|e| !e.access_request_id.is_empty()),
        );
    }
    events
}

/// The kinds of `events` about request `id`, in order.
pub fn kinds_of(events: &[NewEvent], id: &str) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.access_request_id == id)
        .map(|e| e.kind.clone())
        .collect()
}

//! The lifecycle rules of docs/spec.md §6.2–§6.4 as pure transitions on a stored
//! request: filing an evaluated request, deciding a step, canceling,
//! revoking and activating. Each returns the [`Change`]s it made (one event
//! each) or the error the caller gets; on error the request is untouched.
//! Time-driven transitions are in [`timed`](super::timed).

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use super::{
    filing::Filing,
    model::{
        AccessRequest, Action, ApproverEntry, Change, ChangeKind, Decision, DecisionRecord, FollowUp, PathProgress,
        Person, Revocation, State, StepProgress, StepState, Window,
    },
    options::LifecycleOptions,
    schedule,
};
use crate::{
    domain::{
        directory::ids::{GroupId, UserId},
        evaluation::{ApprovalPath, ApproverKind, Evaluation, Grant, Outcome, Quorum},
        ids::OrgId,
        roles::Role,
    },
    error::{Error, FieldViolation, Reason, Result},
};

/// What is filed besides the evaluation: the request as the client asked
/// it, who it is from and for, and what of the org's configuration it keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    pub id: String,
    pub org_id: OrgId,
    pub requester: Person,
    pub target_user: Person,
    /// The client's input; its grant was settled into `requested` at the
    /// evaluation's instant.
    pub filing: Filing,
    pub requested: Grant,
    pub self_approval_enabled: bool,
    pub approvals_external: bool,
    pub follow_up: FollowUp,
    /// The deployment's lifecycle settings (the decision timeout).
    pub lifecycle: LifecycleOptions,
}

/// Files an evaluated request. A REFUSED evaluation files nothing and is the
/// error the client gets; a DENIED one is stored as DENIED, an approved one
/// as APPROVED (ACTIVE at once when its window has started).
pub fn file(new: NewRequest, plan: Evaluation, now: DateTime<Utc>) -> Result<(AccessRequest, Vec<Change>)> {
    if plan.outcome == Outcome::Refused {
        return Err(refusal(&plan));
    }
    let paths = plan.paths.iter().map(|p| progress(p, now)).collect();
    let timeout_deadline = new.lifecycle.decision_deadline(now);
    let name = if new.filing.name.is_empty() {
        default_name(&new.filing, &new.target_user)
    } else {
        new.filing.name.clone()
    };
    let Filing {
        client_request_id,
        requested_role,
        resource,
        justification,
        comment,
        action,
        approver_can_revoke,
        can_bypass_revoke_workflow,
        ..
    } = new.filing;
    let mut request = AccessRequest {
        id: new.id,
        org_id: new.org_id,
        client_request_id,
        requester: new.requester,
        target_user: new.target_user,
        requested_role,
        resource,
        justification,
        name,
        comment,
        action,
        approver_can_revoke,
        can_bypass_revoke_workflow,
        requested: new.requested,
        grant: plan.grant,
        activated_window: None,
        paths,
        state: State::PendingApproval,
        created: now,
        updated: now,
        decision_deadline: None,
        approved_via: None,
        approved_at: None,
        revocation: None,
        self_approval_enabled: new.self_approval_enabled,
        approvals_external: new.approvals_external,
        follow_up: new.follow_up,
        revision: 1,
        plan,
    };
    let mut changes = vec![Change::new(ChangeKind::RequestFiled)];
    match request.plan.outcome {
        Outcome::Denied => {
            request.state = State::Denied;
            changes.push(Change::with_comment(
                ChangeKind::RequestDenied,
                &request.plan.reasons.join("; "),
            ));
        }
        Outcome::Approved => {
            let via = request
                .plan
                .paths
                .iter()
                .position(|p| p.violations.is_empty() && p.auto_approve.is_some());
            approve(&mut request, via.unwrap_or(0), now, &mut changes);
        }
        Outcome::Pending => {
            // Stored as the scheduler reads it: the timeout, or the end of
            // the window if that comes first (a decision after the window
            // closed could grant nothing).
            request.decision_deadline = timeout_deadline;
            request.decision_deadline = schedule::decision_deadline(&request);
        }
        // Answered with an error above.
        Outcome::Refused => {}
    }
    Ok((request, changes))
}

/// The error a refused evaluation answers with: PERMISSION_DENIED for an
/// on-behalf-of request the org does not allow, INVALID_ARGUMENT listing
/// every bad field (window, justification, grant type), else
/// FAILED_PRECONDITION (cooldown with its retry delay, disabled
/// entitlements, external approvals).
pub fn refusal(plan: &Evaluation) -> Error {
    let violations = &plan.violations;
    if let Some(v) = violations.iter().find(|v| v.constraint == "on_behalf_of") {
        return Error::denied_because(Reason::OnBehalfOfNotAllowed, v.description.clone());
    }
    let invalid: Vec<FieldViolation> = violations
        .iter()
        .filter(|v| matches!(v.constraint.as_str(), "max_duration" | "require_reason" | "grant_type"))
        .map(|v| FieldViolation::new(format!("access_request.{}", v.field), v.description.clone()))
        .collect();
    if !invalid.is_empty() {
        return Error::InvalidArgument(invalid);
    }
    let retry = violations.iter().map(|v| v.retry_after_seconds).max().unwrap_or(0);
    let message = violations
        .iter()
        .map(|v| v.description.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    // The rule that refused, most specific first.
    let reason = [
        ("cooldown", Reason::CooldownActive),
        ("entitlement_requests_disabled", Reason::EntitlementsDisabled),
        ("approvals_external", Reason::ApprovalsExternal),
    ]
    .into_iter()
    .find(|(constraint, _)| violations.iter().any(|v| v.constraint == *constraint))
    .map_or(Reason::RequestRefused, |(_, reason)| reason);
    Error::FailedPrecondition {
        reason,
        message: if message.is_empty() {
            "the request was refused".into()
        } else {
            message
        },
        retry_after: (retry > 0).then(|| std::time::Duration::from_secs(u64::from(retry))),
    }
}

fn default_name(filing: &Filing, target_user: &Person) -> String {
    let what = match &filing.requested_role {
        Some(role) if filing.resource.service == "privx" => format!("role {}", role.id),
        _ => format!("{} {}", filing.resource.service, filing.resource.resource_id),
    };
    let verb = match filing.action {
        Action::Grant => "Grant",
        Action::Remove => "Remove",
    };
    format!("{verb} {what} for {}", target_user.id)
}

/// The progress of a path just filed: its first step pending; a path the
/// request violates cannot approve, so its steps are closed.
fn progress(path: &ApprovalPath, now: DateTime<Utc>) -> PathProgress {
    let open = path.violations.is_empty();
    let steps = path
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| StepProgress {
            name: s.name.clone(),
            quorum: s.quorum,
            approvers: s
                .approvers
                .iter()
                .map(|a| ApproverEntry {
                    kind: a.kind,
                    id: a.id.clone(),
                    display_name: a.display_name.clone(),
                    source: a.source.clone(),
                    decision: None,
                })
                .collect(),
            state: match (open, i) {
                (false, _) => StepState::Closed,
                (true, 0) => StepState::Pending,
                (true, _) => StepState::Waiting,
            },
            started_at: (open && i == 0).then_some(now),
            reminders_sent: 0,
            escalation_level: 0,
        })
        .collect();
    PathProgress { current_step: 0, steps }
}

/// Who acts on a request, as resolved when they act: their groups (token
/// and directory), roles (token) and the rosters they are on call for now
/// (`{integration}/{service}`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    pub person: Person,
    pub groups: BTreeSet<GroupId>,
    pub roles: BTreeSet<Role>,
    pub on_call: BTreeSet<String>,
    pub is_admin: bool,
}

impl Actor {
    fn id(&self) -> &UserId {
        &self.person.id
    }

    /// Whether the entry names this actor. An entry's id is one of several
    /// kinds of name; a user's is read as a user id here.
    pub fn matches(&self, entry: &ApproverEntry) -> bool {
        match entry.kind {
            ApproverKind::User => UserId::new(&entry.id) == *self.id(),
            ApproverKind::Group => self.groups.contains(entry.id.as_str()),
            ApproverKind::Role => Role::parse(&entry.id).is_some_and(|r| self.roles.contains(&r)),
            ApproverKind::OnCall => self.on_call.contains(&entry.id),
        }
    }
}

/// Whether `actor` is the request's requester or target user: someone who
/// would approve access for themselves.
fn is_party(request: &AccessRequest, actor: &Actor) -> bool {
    let me = actor.id();
    request.requester.id == *me || request.target_user.id == *me
}

/// Whether `actor` may decide on path `p` at all, as far as self-approval
/// goes: a party to the request only where the path allows one party and
/// never where it forbids approving oneself.
fn self_rule_allows(request: &AccessRequest, p: usize, actor: &Actor) -> bool {
    if !is_party(request, actor) {
        return true;
    }
    let c = &request.plan.paths[p].constraints;
    !c.requester_cannot_approve && (c.allow_one_party || request.self_approval_enabled)
}

fn has_decided(step: &StepProgress, actor: &Actor) -> bool {
    let me = actor.id();
    step.approvers
        .iter()
        .filter_map(|a| a.decision.as_ref())
        .any(|d| d.user.id == *me)
}

/// The current steps (path, step) the actor may decide now.
fn decidable(request: &AccessRequest, actor: &Actor) -> Vec<(usize, usize)> {
    if request.state != State::PendingApproval {
        return vec![];
    }
    let mut out = Vec::new();
    for (p, path) in request.paths.iter().enumerate() {
        let s = path.current_step;
        let Some(step) = path.steps.get(s) else { continue };
        if step.state == StepState::Pending && request.approvals_external {
            // The external system decides through its ORG_ADMIN account.
            if actor.is_admin && !has_decided(step, actor) {
                out.push((p, s));
            }
            continue;
        }
        if step.state == StepState::Pending
            && step.approvers.iter().any(|a| actor.matches(a))
            && self_rule_allows(request, p, actor)
            && !has_decided(step, actor)
        {
            out.push((p, s));
        }
    }
    out
}

/// Whether the request waits for this actor's decision (the TO_APPROVE
/// listing).
pub fn awaits(request: &AccessRequest, actor: &Actor) -> bool {
    !decidable(request, actor).is_empty()
}

/// Whether `actor` may see the request: an ORG_ADMIN, its requester or
/// target user, or an approver of any of its steps (eligible or decided).
pub fn visible_to(request: &AccessRequest, actor: &Actor) -> bool {
    actor.is_admin || is_party(request, actor) || is_approver(request, actor)
}

fn is_approver(request: &AccessRequest, actor: &Actor) -> bool {
    let me = actor.id();
    request.paths.iter().flat_map(|p| &p.steps).any(|s| {
        s.approvers
            .iter()
            .any(|a| actor.matches(a) || a.decision.as_ref().is_some_and(|d| d.user.id == *me))
    })
}

/// A decision as the approver sent it, already decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionInput {
    /// The index in the flat step list (path by path); `None`: every current
    /// step the actor may decide.
    pub step: Option<usize>,
    pub decision: Decision,
    pub comment: String,
    pub grant_start: Option<DateTime<Utc>>,
    pub grant_end: Option<DateTime<Utc>>,
    pub floating_length: Option<u32>,
}

/// Approves or denies the current step(s) of a pending request.
pub fn decide(
    request: &mut AccessRequest,
    actor: &Actor,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<Vec<Change>> {
    require_state(
        request,
        &[State::PendingApproval],
        Reason::RequestNotPending,
        "only PENDING_APPROVAL requests can be decided",
    )?;
    if let Some(deadline) = schedule::decision_deadline(request)
        && deadline <= now
    {
        // The scheduler expires it shortly; a late decision must not win.
        return Err(Error::precondition(
            Reason::RequestExpired,
            format!("request {} expired undecided at {}", request.id, deadline.to_rfc3339()),
        ));
    }
    let targets = targets(request, actor, input.step)?;
    let needs_comment = targets.iter().any(|&(p, _)| {
        let c = &request.plan.paths[p].constraints;
        c.require_approver_justification || (input.decision == Decision::Deny && c.require_denial_comment)
    });
    if needs_comment && input.comment.trim().is_empty() {
        let why = if input.decision == Decision::Deny {
            "is required: this path requires a comment on denials or on every decision"
        } else {
            "is required: this path requires approvers to justify every decision"
        };
        return Err(Error::invalid("comment", why));
    }
    let shortened = match input.decision {
        Decision::Approve => shorten(request.grant, input, now)?,
        Decision::Deny => {
            if input.grant_start.is_some() || input.grant_end.is_some() || input.floating_length.is_some() {
                return Err(Error::invalid(
                    "grant_end",
                    "a denial cannot change the window; send the window only with an approval",
                ));
            }
            request.grant
        }
    };

    let record = DecisionRecord {
        decision: input.decision,
        user: actor.person.clone(),
        at: now,
        comment: input.comment.clone(),
    };
    let external = request.approvals_external;
    let mut changes = Vec::new();
    request.updated = now;
    if input.decision == Decision::Deny {
        for &(p, s) in &targets {
            let step = &mut request.paths[p].steps[s];
            mark(step, actor, &record, external);
            step.state = StepState::Denied;
        }
        request.state = State::Denied;
        request.decision_deadline = None;
        close_open_steps(request);
        changes.push(Change::with_comment(ChangeKind::RequestDenied, &input.comment));
        return Ok(changes);
    }

    request.grant = shortened;
    let mut met_path = None;
    for &(p, s) in &targets {
        let path = &mut request.paths[p];
        let step = &mut path.steps[s];
        mark(step, actor, &record, external);
        if !quorum_met(step) {
            changes.push(Change::with_comment(ChangeKind::ApprovalRecorded, &input.comment));
            continue;
        }
        step.state = StepState::Approved;
        changes.push(Change::with_comment(ChangeKind::StepApproved, &input.comment));
        path.current_step = s + 1;
        match path.steps.get_mut(s + 1) {
            Some(next) => {
                next.state = StepState::Pending;
                next.started_at = Some(now);
            }
            None => {
                met_path.get_or_insert(p);
            }
        }
    }
    if let Some(p) = met_path {
        approve(request, p, now, &mut changes);
    }
    Ok(changes)
}

/// The steps a decision applies to, or why it cannot be made.
fn targets(request: &AccessRequest, actor: &Actor, step: Option<usize>) -> Result<Vec<(usize, usize)>> {
    let decidable = decidable(request, actor);
    let Some(flat) = step else {
        if decidable.is_empty() {
            return Err(not_allowed(request, actor, None));
        }
        return Ok(decidable);
    };
    let Some((p, s)) = locate(request, flat) else {
        return Err(Error::invalid(
            "step",
            format!(
                "must index the request's steps (0 to {})",
                request
                    .paths
                    .iter()
                    .map(|p| p.steps.len())
                    .sum::<usize>()
                    .saturating_sub(1)
            ),
        ));
    };
    if decidable.contains(&(p, s)) {
        return Ok(vec![(p, s)]);
    }
    let step_state = request.paths[p].steps[s].state;
    if step_state != StepState::Pending || request.paths[p].current_step != s {
        return Err(Error::precondition(
            Reason::StepNotCurrent,
            format!("step {p}.{s} is not a current step of request {}", request.id),
        ));
    }
    Err(not_allowed(request, actor, Some((p, s))))
}

/// Why an actor may not decide: they already did, they may not approve
/// their own request, or they are not an eligible approver.
fn not_allowed(request: &AccessRequest, actor: &Actor, only: Option<(usize, usize)>) -> Error {
    if request.approvals_external && !actor.is_admin {
        return Error::denied_because(
            Reason::ApprovalsExternal,
            format!(
                "request {} is decided by an external system: only an ORG_ADMIN account may decide it",
                request.id
            ),
        );
    }
    let current: Vec<(usize, usize)> = request
        .paths
        .iter()
        .enumerate()
        .filter(|(_, path)| {
            path.steps
                .get(path.current_step)
                .is_some_and(|s| s.state == StepState::Pending)
        })
        .map(|(p, path)| (p, path.current_step))
        .filter(|ps| only.is_none_or(|o| o == *ps))
        .collect();
    let eligible: Vec<&(usize, usize)> = current
        .iter()
        .filter(|(p, s)| request.paths[*p].steps[*s].approvers.iter().any(|a| actor.matches(a)))
        .collect();
    if eligible.is_empty() {
        return Error::denied_because(
            Reason::NotAnApprover,
            format!(
                "{} is not an eligible approver of a current step of request {}",
                actor.person.id, request.id
            ),
        );
    }
    if eligible
        .iter()
        .all(|(p, s)| has_decided(&request.paths[*p].steps[*s], actor))
    {
        return Error::precondition(
            Reason::AlreadyDecided,
            format!(
                "{} already decided the current step of request {}",
                actor.person.id, request.id
            ),
        );
    }
    Error::denied_because(
        Reason::SelfApprovalNotAllowed,
        format!(
            "{} may not approve their own request {}: the path does not allow one-party approval",
            actor.person.id, request.id
        ),
    )
}

/// The (path, step) of a flat step index.
fn locate(request: &AccessRequest, flat: usize) -> Option<(usize, usize)> {
    let mut rest = flat;
    for (p, path) in request.paths.iter().enumerate() {
        if rest < path.steps.len() {
            return Some((p, rest));
        }
        rest -= path.steps.len();
    }
    None
}

/// Records the decision on one entry the actor matches: their own user
/// entry first, so that under ALL a member's approval never stands in for
/// a named approver who has yet to decide... unless it is theirs.
fn mark(step: &mut StepProgress, actor: &Actor, record: &DecisionRecord, external: bool) {
    let undecided = |a: &ApproverEntry| a.decision.is_none() && (external || actor.matches(a));
    let index = step
        .approvers
        .iter()
        .position(|a| undecided(a) && a.kind == ApproverKind::User)
        .or_else(|| step.approvers.iter().position(undecided));
    if let Some(i) = index {
        step.approvers[i].decision = Some(record.clone());
    }
}

fn quorum_met(step: &StepProgress) -> bool {
    let approved = |a: &ApproverEntry| a.decision.as_ref().is_some_and(|d| d.decision == Decision::Approve);
    match step.quorum {
        Quorum::Any => step.approvers.iter().any(approved),
        Quorum::All => !step.approvers.is_empty() && step.approvers.iter().all(approved),
    }
}

/// The window after an approval's changes: a later start, an earlier end, a
/// shorter floating length — never longer.
fn shorten(grant: Grant, input: &DecisionInput, now: DateTime<Utc>) -> Result<Grant> {
    let mut out = grant;
    if let Some(hours) = input.floating_length {
        let Grant::Floating { hours: current } = grant else {
            return Err(Error::invalid(
                "floating_length",
                format!("applies only to FLOATING requests; this one is {}", grant.type_name()),
            ));
        };
        if hours == 0 || hours > current {
            return Err(Error::invalid(
                "floating_length",
                format!("may only shorten the window: 1 to {current} hours"),
            ));
        }
        out = Grant::Floating { hours };
    }
    if input.grant_start.is_none() && input.grant_end.is_none() {
        return Ok(out);
    }
    let (start, end) = match grant {
        Grant::TimeRestricted { start, end } => (start, Some(end)),
        Grant::Permanent => (now, None),
        Grant::Floating { .. } => {
            let field = if input.grant_start.is_some() {
                "grant_start"
            } else {
                "grant_end"
            };
            return Err(Error::invalid(
                field,
                "a FLOATING window starts at activation; shorten it with floating_length",
            ));
        }
    };
    let new_start = input.grant_start.unwrap_or(start);
    if new_start < start {
        return Err(Error::invalid(
            "grant_start",
            format!("may only move the start later than {}", start.to_rfc3339()),
        ));
    }
    let new_end = match (input.grant_end, end) {
        (Some(e), Some(current)) if e > current => {
            return Err(Error::invalid(
                "grant_end",
                format!("may only move the end earlier than {}", current.to_rfc3339()),
            ));
        }
        (Some(e), _) => e,
        (None, Some(current)) => current,
        (None, None) => {
            return Err(Error::invalid(
                "grant_end",
                "is required to give a PERMANENT request a later start",
            ));
        }
    };
    if new_end <= new_start || new_end <= now {
        return Err(Error::invalid("grant_end", "must be after the start and in the future"));
    }
    Ok(Grant::TimeRestricted {
        start: new_start,
        end: new_end,
    })
}

/// Marks the request approved through path `via`, closes every other open
/// step, and starts the grant at once when its window has begun.
fn approve(request: &mut AccessRequest, via: usize, now: DateTime<Utc>, changes: &mut Vec<Change>) {
    request.state = State::Approved;
    request.approved_via = Some(via);
    request.approved_at = Some(now);
    request.decision_deadline = None;
    request.updated = now;
    close_open_steps(request);
    changes.push(Change::new(ChangeKind::RequestApproved));
    let started = match request.grant {
        Grant::Permanent => true,
        Grant::TimeRestricted { start, .. } => start <= now,
        Grant::Floating { .. } => false,
    };
    if started {
        request.state = State::Active;
        changes.push(Change::new(ChangeKind::GrantActivated));
    }
}

fn close_open_steps(request: &mut AccessRequest) {
    for step in request.paths.iter_mut().flat_map(|p| &mut p.steps) {
        if matches!(step.state, StepState::Pending | StepState::Waiting) {
            step.state = StepState::Closed;
        }
    }
}

/// FAILED_PRECONDITION (`reason`) unless `request` is in one of `states`:
/// "request {id} is {state}: {rule}".
fn require_state(request: &AccessRequest, states: &[State], reason: Reason, rule: &str) -> Result<()> {
    if states.contains(&request.state) {
        return Ok(());
    }
    Err(Error::precondition(
        reason,
        format!("request {} is {}: {rule}", request.id, request.state.as_str()),
    ))
}

/// Cancels a pending request: its requester or an ORG_ADMIN.
pub fn cancel(request: &mut AccessRequest, actor: &Actor, comment: &str, now: DateTime<Utc>) -> Result<Vec<Change>> {
    if !(actor.is_admin || request.requester.id == *actor.id()) {
        return Err(Error::denied(format!(
            "only the requester or an ORG_ADMIN may cancel request {}",
            request.id
        )));
    }
    require_state(
        request,
        &[State::PendingApproval],
        Reason::RequestNotPending,
        "only PENDING_APPROVAL requests can be canceled (revoke granted access instead)",
    )?;
    request.state = State::Canceled;
    request.decision_deadline = None;
    request.updated = now;
    close_open_steps(request);
    Ok(vec![Change::with_comment(ChangeKind::RequestCanceled, comment)])
}

/// Revokes granted access at once: an ORG_ADMIN, the requester or target
/// user (giving it up), or, with `approver_can_revoke`, an approver.
pub fn revoke(request: &mut AccessRequest, actor: &Actor, comment: &str, now: DateTime<Utc>) -> Result<Vec<Change>> {
    let allowed =
        actor.is_admin || is_party(request, actor) || (request.approver_can_revoke && is_approver(request, actor));
    if !allowed {
        return Err(Error::denied(format!(
            "{} may not revoke request {}: only an ORG_ADMIN, its requester or target user{} may",
            actor.person.id,
            request.id,
            if request.approver_can_revoke {
                ", or its approvers"
            } else {
                ""
            }
        )));
    }
    require_state(
        request,
        &[State::Approved, State::Active],
        Reason::RequestNotGranted,
        "only APPROVED or ACTIVE requests can be revoked",
    )?;
    request.state = State::Revoked;
    request.updated = now;
    request.revocation = Some(Revocation {
        by: actor.person.clone(),
        at: now,
        comment: comment.to_string(),
    });
    Ok(vec![Change::with_comment(ChangeKind::GrantRevoked, comment)])
}

/// Starts an approved FLOATING window at first use: the target user or an
/// ORG_ADMIN.
pub fn activate(request: &mut AccessRequest, actor: &Actor, now: DateTime<Utc>) -> Result<Vec<Change>> {
    if !(actor.is_admin || request.target_user.id == *actor.id()) {
        return Err(Error::denied(format!(
            "only the target user or an ORG_ADMIN may activate request {}",
            request.id
        )));
    }
    let Grant::Floating { hours } = request.grant else {
        return Err(Error::precondition(
            Reason::GrantNotFloating,
            format!(
                "request {} is {}: only FLOATING grants are activated by hand",
                request.id,
                request.grant.type_name()
            ),
        ));
    };
    require_state(
        request,
        &[State::Approved],
        Reason::RequestNotGranted,
        "only APPROVED requests can be activated",
    )?;
    request.state = State::Active;
    request.updated = now;
    request.activated_window = Some(Window {
        start: now,
        end: now + Duration::hours(i64::from(hours)),
    });
    Ok(vec![Change::new(ChangeKind::GrantActivated)])
}

import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { JsonObject, Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/access_request.proto.
 */
export declare const file_jitgate_v1_access_request: GenFile;
/**
 * An access request (PrivX's request object, plus jitgate's fields).
 *
 * On create only the fields marked as input are read; the rest are
 * server-filled and ignored on input.
 *
 * @generated from message jitgate.v1.AccessRequest
 */
export type AccessRequest = Message<"jitgate.v1.AccessRequest"> & {
    /**
     * Server-assigned id (a UUID). Read-only.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Input. The client's idempotency key, 1 to 128 characters (a UUID is
     * recommended), unique per requester. Empty: no idempotency.
     *
     * @generated from field: string request_id = 2 [json_name = "request_id"];
     */
    requestId: string;
    /**
     * Input. The PrivX role requested, by id; `name` is stored for posterity.
     * When `resource` is unset the role is the resource: it is evaluated as
     * `{service: "privx", resource_type: "role", resource_id: <role id>}`.
     * When both are set, `resource` is evaluated and this is informational.
     *
     * @generated from field: jitgate.v1.RoleRef requested_role = 3 [json_name = "requested_role"];
     */
    requestedRole?: RoleRef | undefined;
    /**
     * Input. The resource access is requested to. Required unless
     * `requested_role` is set.
     *
     * @generated from field: jitgate.v1.RequestedResource resource = 4;
     */
    resource?: RequestedResource | undefined;
    /**
     * Input. The requester's justification, at most 4096 characters. Required
     * when a path has `require_reason`, or for entitlement requests when
     * `requestCommentsRequired`.
     *
     * @generated from field: string request_justification = 5 [json_name = "request_justification"];
     */
    requestJustification: string;
    /**
     * The effective grant type, `PERMANENT`, `TIME_RESTRICTED` or `FLOATING`:
     * the requested one, as a decision may have shortened it. On create, read
     * as the requested type when `requested_grant_type` is empty (older PrivX
     * clients).
     *
     * @generated from field: string grant_type = 6 [json_name = "grant_type"];
     */
    grantType: string;
    /**
     * Read-only. The grant types the request's paths allow; `PERMANENT` only
     * when some path has no maximum duration.
     *
     * @generated from field: repeated string grant_types = 7 [json_name = "grant_types"];
     */
    grantTypes: string[];
    /**
     * The effective start of the grant window (TIME_RESTRICTED, or FLOATING
     * once activated). On create, read as the requested start when
     * `requested_grant_start` is unset.
     *
     * @generated from field: google.protobuf.Timestamp grant_start = 8 [json_name = "grant_start"];
     */
    grantStart?: Timestamp | undefined;
    /**
     * The effective end of the grant window. On create, read as the requested
     * end when `requested_grant_end` is unset.
     *
     * @generated from field: google.protobuf.Timestamp grant_end = 9 [json_name = "grant_end"];
     */
    grantEnd?: Timestamp | undefined;
    /**
     * The effective FLOATING window length, in hours. On create, read as the
     * requested length when `requested_floating_length` is 0.
     *
     * @generated from field: int32 floating_length = 10 [json_name = "floating_length"];
     */
    floatingLength: number;
    /**
     * Read-only. The longest FLOATING window the request's paths allow, in
     * whole hours (rounded down); 0: no limit.
     *
     * @generated from field: int32 max_floating_duration = 11 [json_name = "max_floating_duration"];
     */
    maxFloatingDuration: number;
    /**
     * Read-only. The longest TIME_RESTRICTED window the request's paths
     * allow, in whole days (rounded down); 0: no limit (or under one day: see
     * the plan's `max_duration_seconds`).
     *
     * @generated from field: int32 max_time_restricted_duration = 12 [json_name = "max_time_restricted_duration"];
     */
    maxTimeRestrictedDuration: number;
    /**
     * Input. The grant type asked for: `PERMANENT`, `TIME_RESTRICTED` (with
     * start and end) or `FLOATING` (with a length, starting at first use).
     * Default `TIME_RESTRICTED`; other values are INVALID_ARGUMENT.
     *
     * @generated from field: string requested_grant_type = 13 [json_name = "requested_grant_type"];
     */
    requestedGrantType: string;
    /**
     * Input. For TIME_RESTRICTED: the requested start. Unset: now. Every
     * timestamp a client sends lies between 1970-01-01T00:00:00Z and
     * 2999-12-31T23:59:59Z; others are INVALID_ARGUMENT.
     *
     * @generated from field: google.protobuf.Timestamp requested_grant_start = 14 [json_name = "requested_grant_start"];
     */
    requestedGrantStart?: Timestamp | undefined;
    /**
     * Input. For TIME_RESTRICTED: the requested end, after the start. Unset:
     * the path's maximum duration (INVALID_ARGUMENT when it has none).
     *
     * @generated from field: google.protobuf.Timestamp requested_grant_end = 15 [json_name = "requested_grant_end"];
     */
    requestedGrantEnd?: Timestamp | undefined;
    /**
     * Input. For FLOATING: the requested window length in hours, 1 to 87600
     * (ten years); others are INVALID_ARGUMENT.
     *
     * @generated from field: int32 requested_floating_length = 16 [json_name = "requested_floating_length"];
     */
    requestedFloatingLength: number;
    /**
     * Input. The user the access is for, by `id`. Unset: the requester.
     * Anyone else is an on-behalf-of request, allowed only as
     * `requestOnBehalfOfConfig` says.
     *
     * @generated from field: jitgate.v1.UserRef target_user = 17 [json_name = "target_user"];
     */
    targetUser?: UserRef | undefined;
    /**
     * Read-only. The roles the request targets: `[requested_role]` when set.
     *
     * @generated from field: repeated jitgate.v1.RoleRef target_roles = 18 [json_name = "target_roles"];
     */
    targetRoles: RoleRef[];
    /**
     * Read-only. The id of the routing workflow version the request was
     * evaluated against; empty when the org has none (PrivX: the workflow the
     * request is based on).
     *
     * @generated from field: string workflow_id = 19 [json_name = "workflow"];
     */
    workflowId: string;
    /**
     * Input. `GRANT` (give the access; the default) or `REMOVE` (take it
     * away for the window).
     *
     * @generated from field: string action = 20;
     */
    action: string;
    /**
     * Input. The request's title, 4 to 4096 characters. Empty: derived from
     * the action, resource and target user.
     *
     * @generated from field: string name = 21;
     */
    name: string;
    /**
     * Input. A free-form comment describing the request, at most 4096
     * characters.
     *
     * @generated from field: string comment = 22;
     */
    comment: string;
    /**
     * Input. When true, the request's approvers may revoke the granted
     * access. Default false.
     *
     * @generated from field: bool approver_can_revoke = 23 [json_name = "approver_can_revoke"];
     */
    approverCanRevoke: boolean;
    /**
     * Read-only. True once the access was revoked through
     * RevokeAccessRequest.
     *
     * @generated from field: bool target_role_revoked = 24 [json_name = "target_role_revoked"];
     */
    targetRoleRevoked: boolean;
    /**
     * Read-only. Who revoked the access.
     *
     * @generated from field: jitgate.v1.UserRef target_role_revoked_by = 25 [json_name = "target_role_revoked_by"];
     */
    targetRoleRevokedBy?: UserRef | undefined;
    /**
     * Read-only. When the access was revoked.
     *
     * @generated from field: google.protobuf.Timestamp target_role_revocation_time = 26 [json_name = "target_role_revocation_time"];
     */
    targetRoleRevocationTime?: Timestamp | undefined;
    /**
     * Input. PrivX's flag letting approvers revoke without a revoke workflow.
     * Default false. Stored and returned; RevokeAccessRequest takes effect at
     * once whatever its value, as jitgate has no revoke workflow to bypass.
     *
     * @generated from field: bool can_bypass_revoke_workflow = 27 [json_name = "can_bypass_revoke_workflow"];
     */
    canBypassRevokeWorkflow: boolean;
    /**
     * Read-only. The steps of every path of the plan with their decisions,
     * path by path, each path's steps in order. DecideAccessRequest's `step`
     * indexes this list.
     *
     * @generated from field: repeated jitgate.v1.RequestStep steps = 28;
     */
    steps: RequestStep[];
    /**
     * Read-only. The request's state.
     *
     * @generated from field: jitgate.v1.RequestState state = 29;
     */
    state: RequestState;
    /**
     * Read-only. Who filed the request (the caller of CreateAccessRequest).
     *
     * @generated from field: jitgate.v1.UserRef requester = 30;
     */
    requester?: UserRef | undefined;
    /**
     * Read-only. When the request was filed.
     *
     * @generated from field: google.protobuf.Timestamp created = 31;
     */
    created?: Timestamp | undefined;
    /**
     * Read-only. When the request last changed.
     *
     * @generated from field: google.protobuf.Timestamp updated = 32;
     */
    updated?: Timestamp | undefined;
    /**
     * Read-only. The evaluation made when the request was filed, copied so
     * that later configuration changes do not alter it; each path's
     * `current_step` tracks progress.
     *
     * @generated from field: jitgate.v1.Evaluation plan = 33;
     */
    plan?: Evaluation | undefined;
    /**
     * Read-only. When a PENDING_APPROVAL request expires undecided; unset: no
     * deadline other than the end of its requested window.
     *
     * @generated from field: google.protobuf.Timestamp decision_deadline = 34 [json_name = "decision_deadline"];
     */
    decisionDeadline?: Timestamp | undefined;
    /**
     * Read-only. Reminders sent for the current step at its current
     * escalation level (each level starts over for its new approvers).
     *
     * @generated from field: int32 reminders_sent = 35 [json_name = "reminders_sent"];
     */
    remindersSent: number;
    /**
     * Read-only. Escalation level of the current step: 0 none, 1 the pending
     * user approvers' managers were added, 2 those managers' managers were
     * added, 3 the fallback approver was added. A level that found nobody
     * still counts (its ESCALATED event says so).
     *
     * @generated from field: int32 escalation_level = 36 [json_name = "escalation_level"];
     */
    escalationLevel: number;
    /**
     * Read-only. `state` as PrivX clients read it: `pending`
     * (PENDING_APPROVAL), `approved`, `active`, `denied`, `canceled`,
     * `expired` or `revoked`. Ignored when sent.
     *
     * @generated from field: string status = 37;
     */
    status: string;
};
/**
 * Describes the message jitgate.v1.AccessRequest.
 * Use `create(AccessRequestSchema)` to create a new message.
 */
export declare const AccessRequestSchema: GenMessage<AccessRequest>;
/**
 * A reference to a PrivX role.
 *
 * @generated from message jitgate.v1.RoleRef
 */
export type RoleRef = Message<"jitgate.v1.RoleRef"> & {
    /**
     * The role's id. Required where a role is given.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The role's display name, stored for posterity.
     *
     * @generated from field: string name = 2;
     */
    name: string;
};
/**
 * Describes the message jitgate.v1.RoleRef.
 * Use `create(RoleRefSchema)` to create a new message.
 */
export declare const RoleRefSchema: GenMessage<RoleRef>;
/**
 * A reference to a user.
 *
 * @generated from message jitgate.v1.UserRef
 */
export type UserRef = Message<"jitgate.v1.UserRef"> & {
    /**
     * The user's id (see `User.id` in directory.proto).
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The user's display name, filled from the directory. Read-only.
     *
     * @generated from field: string display_name = 2 [json_name = "display_name"];
     */
    displayName: string;
};
/**
 * Describes the message jitgate.v1.UserRef.
 * Use `create(UserRefSchema)` to create a new message.
 */
export declare const UserRefSchema: GenMessage<UserRef>;
/**
 * The resource a request asks access to.
 *
 * Matched against routing rules (`service`, `access_type`, filters on
 * `resource_id`, `resource_type` and `tags`) and access flow targets
 * (`integration_id` = `service`, `resource_type`, tags, permissions). A
 * `resource_type` of `entitlement` makes an entitlement request; `bundle`
 * with the bundle id as `resource_id` requests a bundle.
 *
 * @generated from message jitgate.v1.RequestedResource
 */
export type RequestedResource = Message<"jitgate.v1.RequestedResource"> & {
    /**
     * The integration, such as `aws`, `gcloud`, `k8s`, `postgres`. Required.
     * 1 to 255 characters.
     *
     * @generated from field: string service = 1;
     */
    service: string;
    /**
     * The resource type within the service, such as `role`. At most 255
     * characters.
     *
     * @generated from field: string resource_type = 2 [json_name = "resource_type"];
     */
    resourceType: string;
    /**
     * The resource's id within the service, such as an ARN. 1 to 1024
     * characters. Required.
     *
     * @generated from field: string resource_id = 3 [json_name = "resource_id"];
     */
    resourceId: string;
    /**
     * The resource's tags, as known to the requester's client. At most 100.
     *
     * @generated from field: map<string, string> tags = 4;
     */
    tags: {
        [key: string]: string;
    };
    /**
     * The permissions asked for. Empty: the resource's default access.
     *
     * @generated from field: repeated string permissions = 5;
     */
    permissions: string[];
    /**
     * The access type, such as `role` or `permission-set`, matched against
     * routing rules' `access_type`. Empty: none.
     *
     * @generated from field: string access_type = 6 [json_name = "access_type"];
     */
    accessType: string;
};
/**
 * Describes the message jitgate.v1.RequestedResource.
 * Use `create(RequestedResourceSchema)` to create a new message.
 */
export declare const RequestedResourceSchema: GenMessage<RequestedResource>;
/**
 * One step of a request, with its decisions (PrivX's request step).
 *
 * @generated from message jitgate.v1.RequestStep
 */
export type RequestStep = Message<"jitgate.v1.RequestStep"> & {
    /**
     * The step's id within the request, `{path_index}.{step_index}`.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * A human readable name, such as `Manager approval`.
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * The step's quorum.
     *
     * @generated from field: jitgate.v1.Quorum match = 3;
     */
    match: Quorum;
    /**
     * The step's approver entries with their decisions. Escalation appends
     * entries.
     *
     * @generated from field: repeated jitgate.v1.RequestStepApprover approvers = 4;
     */
    approvers: RequestStepApprover[];
    /**
     * The step's progress.
     *
     * @generated from field: jitgate.v1.StepState state = 5;
     */
    state: StepState;
    /**
     * The index of the step's path in the plan's `paths`.
     *
     * @generated from field: int32 path_index = 6 [json_name = "path_index"];
     */
    pathIndex: number;
    /**
     * The index of the step within its path.
     *
     * @generated from field: int32 step_index = 7 [json_name = "step_index"];
     */
    stepIndex: number;
};
/**
 * Describes the message jitgate.v1.RequestStep.
 * Use `create(RequestStepSchema)` to create a new message.
 */
export declare const RequestStepSchema: GenMessage<RequestStep>;
/**
 * One approver entry of a request step and its decision.
 *
 * @generated from message jitgate.v1.RequestStepApprover
 */
export type RequestStepApprover = Message<"jitgate.v1.RequestStepApprover"> & {
    /**
     * The approver's id: a user id, group id, role name or
     * `{integration}/{service}` on-call roster, per `type`.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * `user`, `group` (any member), `role` (anyone with the role, such as
     * `APPROVER`) or `oncall` (whoever is on call when deciding).
     *
     * @generated from field: string type = 2;
     */
    type: string;
    /**
     * The approver's display name, from the directory.
     *
     * @generated from field: string display_name = 3 [json_name = "display_name"];
     */
    displayName: string;
    /**
     * The decision; DECISION_UNSPECIFIED while undecided.
     *
     * @generated from field: jitgate.v1.Decision decision = 4;
     */
    decision: Decision;
    /**
     * Who decided (for group, role and on-call entries, the member).
     *
     * @generated from field: jitgate.v1.UserRef user = 5;
     */
    user?: UserRef | undefined;
    /**
     * When the decision was made.
     *
     * @generated from field: google.protobuf.Timestamp decision_time = 6 [json_name = "decision_time"];
     */
    decisionTime?: Timestamp | undefined;
    /**
     * The decider's comment.
     *
     * @generated from field: string comment = 7;
     */
    comment: string;
    /**
     * How the entry was derived, such as `approver`, `manager`,
     * `profile_property:manager`, `sourceOwner`, `escalation:manager` or
     * `escalation:fallback`.
     *
     * @generated from field: string source = 8;
     */
    source: string;
};
/**
 * Describes the message jitgate.v1.RequestStepApprover.
 * Use `create(RequestStepApproverSchema)` to create a new message.
 */
export declare const RequestStepApproverSchema: GenMessage<RequestStepApprover>;
/**
 * The result of evaluating a request: the decision, its reasons, and the
 * approval plan.
 *
 * @generated from message jitgate.v1.Evaluation
 */
export type Evaluation = Message<"jitgate.v1.Evaluation"> & {
    /**
     * The outcome.
     *
     * @generated from field: jitgate.v1.EvaluationOutcome outcome = 1;
     */
    outcome: EvaluationOutcome;
    /**
     * Why, in order, as human readable sentences (such as "rule `prod-db`
     * denies: approval `deny`").
     *
     * @generated from field: repeated string reasons = 2;
     */
    reasons: string[];
    /**
     * The time the evaluation used (timeframes, on-call, cooldowns).
     *
     * @generated from field: google.protobuf.Timestamp evaluated_at = 3 [json_name = "evaluated_at"];
     */
    evaluatedAt?: Timestamp | undefined;
    /**
     * The requester evaluated.
     *
     * @generated from field: string requester_id = 4 [json_name = "requester_id"];
     */
    requesterId: string;
    /**
     * The target user evaluated.
     *
     * @generated from field: string target_user_id = 5 [json_name = "target_user_id"];
     */
    targetUserId: string;
    /**
     * The resource evaluated (from `resource` or `requested_role`).
     *
     * @generated from field: jitgate.v1.RequestedResource resource = 6;
     */
    resource?: RequestedResource | undefined;
    /**
     * The routing workflow version used; empty when the org has none.
     *
     * @generated from field: string routing_version = 7 [json_name = "routing_version"];
     */
    routingVersion: string;
    /**
     * Every policy considered, matched or not, with reasons.
     *
     * @generated from field: repeated jitgate.v1.PolicyMatch policies = 8;
     */
    policies: PolicyMatch[];
    /**
     * The alternative approval paths; meeting any one approves. Empty when the
     * outcome is DENIED or REFUSED.
     *
     * @generated from field: repeated jitgate.v1.ApprovalPath paths = 9;
     */
    paths: ApprovalPath[];
    /**
     * Request-wide violations (org gates, grant type); path-specific ones are
     * on the paths. Non-empty exactly when the outcome is REFUSED.
     *
     * @generated from field: repeated jitgate.v1.ConstraintViolation violations = 10;
     */
    violations: ConstraintViolation[];
    /**
     * The grant window the request would get: the requested one, an
     * open-ended one set to the maximum duration.
     *
     * @generated from field: jitgate.v1.GrantWindow grant = 11;
     */
    grant?: GrantWindow | undefined;
};
/**
 * Describes the message jitgate.v1.Evaluation.
 * Use `create(EvaluationSchema)` to create a new message.
 */
export declare const EvaluationSchema: GenMessage<Evaluation>;
/**
 * One policy an evaluation considered.
 *
 * @generated from message jitgate.v1.PolicyMatch
 */
export type PolicyMatch = Message<"jitgate.v1.PolicyMatch"> & {
    /**
     * The kind of policy.
     *
     * @generated from field: jitgate.v1.PolicyKind kind = 1;
     */
    kind: PolicyKind;
    /**
     * The rule's name, the flow's id, `default` or `entitlement`.
     *
     * @generated from field: string id = 2;
     */
    id: string;
    /**
     * A display name (the rule's or flow's name).
     *
     * @generated from field: string name = 3;
     */
    name: string;
    /**
     * Whether the policy applies to the request.
     *
     * @generated from field: bool matched = 4;
     */
    matched: boolean;
    /**
     * Why it matched or not, such as "requestor: not in group `eng`",
     * "timeframe: outside MONDAY 09:00-17:00 Europe/Helsinki", "tag
     * `env=prod` excluded".
     *
     * @generated from field: repeated string reasons = 5;
     */
    reasons: string[];
};
/**
 * Describes the message jitgate.v1.PolicyMatch.
 * Use `create(PolicyMatchSchema)` to create a new message.
 */
export declare const PolicyMatchSchema: GenMessage<PolicyMatch>;
/**
 * One alternative approval path: ordered steps, all of which must be met.
 *
 * @generated from message jitgate.v1.ApprovalPath
 */
export type ApprovalPath = Message<"jitgate.v1.ApprovalPath"> & {
    /**
     * The path's index in `paths`.
     *
     * @generated from field: int32 index = 1;
     */
    index: number;
    /**
     * The kind of policy the path comes from.
     *
     * @generated from field: jitgate.v1.PolicyKind policy_kind = 2 [json_name = "policy_kind"];
     */
    policyKind: PolicyKind;
    /**
     * The rule's name, the flow's id, `default` or `entitlement`.
     *
     * @generated from field: string policy_id = 3 [json_name = "policy_id"];
     */
    policyId: string;
    /**
     * For routing rules: the index of the approval entry in the rule's
     * `approval` list. 0 otherwise.
     *
     * @generated from field: int32 approval_index = 4 [json_name = "approval_index"];
     */
    approvalIndex: number;
    /**
     * For routing rules: the approval type (`auto`, `escalation`, `group`,
     * `persistent`, `requestor-profile`, `p0`). Empty otherwise.
     *
     * @generated from field: string approval_type = 5 [json_name = "approval_type"];
     */
    approvalType: string;
    /**
     * The ordered steps.
     *
     * @generated from field: repeated jitgate.v1.PlanStep steps = 6;
     */
    steps: PlanStep[];
    /**
     * The constraints of requests approved through this path.
     *
     * @generated from field: jitgate.v1.PathConstraints constraints = 7;
     */
    constraints?: PathConstraints | undefined;
    /**
     * True when the path approves at once (`persistent`; `auto` with the
     * requester on call; a flow without approvers; `autoApprovalEnabled` with
     * the requester an eligible approver).
     *
     * @generated from field: bool auto_approve = 8 [json_name = "auto_approve"];
     */
    autoApprove: boolean;
    /**
     * Why the path approves at once; empty otherwise.
     *
     * @generated from field: string auto_approve_reason = 9 [json_name = "auto_approve_reason"];
     */
    autoApproveReason: string;
    /**
     * Violations of this path's constraints by the request. A path with
     * violations cannot approve it; when no path is left the outcome is
     * REFUSED.
     *
     * @generated from field: repeated jitgate.v1.ConstraintViolation violations = 10;
     */
    violations: ConstraintViolation[];
    /**
     * In a stored request: the index of the step awaiting decisions, equal to
     * the number of steps once the path is met. Always 0 in a dry run.
     *
     * @generated from field: int32 current_step = 11 [json_name = "current_step"];
     */
    currentStep: number;
};
/**
 * Describes the message jitgate.v1.ApprovalPath.
 * Use `create(ApprovalPathSchema)` to create a new message.
 */
export declare const ApprovalPathSchema: GenMessage<ApprovalPath>;
/**
 * One step of an approval path: who may approve, and how many must.
 *
 * @generated from message jitgate.v1.PlanStep
 */
export type PlanStep = Message<"jitgate.v1.PlanStep"> & {
    /**
     * A human readable name, such as `Manager approval`.
     *
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * The quorum over `approvers` entries.
     *
     * @generated from field: jitgate.v1.Quorum match = 2;
     */
    match: Quorum;
    /**
     * The eligible approver entries. Users derived from the directory
     * (managers, profile properties, owners) are resolved when the request is
     * filed; group, role and on-call entries are resolved when deciding.
     *
     * @generated from field: repeated jitgate.v1.EligibleApprover approvers = 3;
     */
    approvers: EligibleApprover[];
};
/**
 * Describes the message jitgate.v1.PlanStep.
 * Use `create(PlanStepSchema)` to create a new message.
 */
export declare const PlanStepSchema: GenMessage<PlanStep>;
/**
 * An eligible approver entry of a plan step.
 *
 * @generated from message jitgate.v1.EligibleApprover
 */
export type EligibleApprover = Message<"jitgate.v1.EligibleApprover"> & {
    /**
     * `user`, `group`, `role` or `oncall`.
     *
     * @generated from field: string type = 1;
     */
    type: string;
    /**
     * A user id, group id, role name (`APPROVER`) or
     * `{integration}/{service}`, per `type`.
     *
     * @generated from field: string id = 2;
     */
    id: string;
    /**
     * A display name, from the directory.
     *
     * @generated from field: string display_name = 3 [json_name = "display_name"];
     */
    displayName: string;
    /**
     * How the entry was derived, such as `approver`, `manager`,
     * `profile_property:manager`, `sourceOwner`, `workgroup`, `escalation`.
     *
     * @generated from field: string source = 4;
     */
    source: string;
    /**
     * The users the entry stands for at evaluation time (members, role
     * holders, people on call), sorted. Informational.
     *
     * @generated from field: repeated string user_ids = 5 [json_name = "user_ids"];
     */
    userIds: string[];
};
/**
 * Describes the message jitgate.v1.EligibleApprover.
 * Use `create(EligibleApproverSchema)` to create a new message.
 */
export declare const EligibleApproverSchema: GenMessage<EligibleApprover>;
/**
 * The constraints of an approval path.
 *
 * @generated from message jitgate.v1.PathConstraints
 */
export type PathConstraints = Message<"jitgate.v1.PathConstraints"> & {
    /**
     * A justification is required (P0 `require_reason`, flow
     * `require_justification_on_request_again`).
     *
     * @generated from field: bool require_reason = 1 [json_name = "require_reason"];
     */
    requireReason: boolean;
    /**
     * The requester may approve their own request (P0 `allow_one_party`).
     *
     * @generated from field: bool allow_one_party = 2 [json_name = "allow_one_party"];
     */
    allowOneParty: boolean;
    /**
     * The requester may never approve their own request (flow
     * `approver_cannot_approve_himself`).
     *
     * @generated from field: bool requester_cannot_approve = 3 [json_name = "requester_cannot_approve"];
     */
    requesterCannotApprove: boolean;
    /**
     * Approvers must comment on every decision (flow
     * `require_approver_justification`).
     *
     * @generated from field: bool require_approver_justification = 4 [json_name = "require_approver_justification"];
     */
    requireApproverJustification: boolean;
    /**
     * Denials need a comment (entitlement `deniedCommentsRequired`).
     *
     * @generated from field: bool require_denial_comment = 5 [json_name = "require_denial_comment"];
     */
    requireDenialComment: boolean;
    /**
     * The longest grant window, in seconds (P0 `duration`, flow
     * `revoke_after_in_sec`); 0: no limit.
     *
     * @generated from field: int32 max_duration_seconds = 6 [json_name = "max_duration_seconds"];
     */
    maxDurationSeconds: number;
    /**
     * Seconds after a grant for the same resource under the same rule during
     * which a repeat request is refused (P0 `cooldown`); 0: none.
     *
     * @generated from field: int32 cooldown_seconds = 7 [json_name = "cooldown_seconds"];
     */
    cooldownSeconds: number;
};
/**
 * Describes the message jitgate.v1.PathConstraints.
 * Use `create(PathConstraintsSchema)` to create a new message.
 */
export declare const PathConstraintsSchema: GenMessage<PathConstraints>;
/**
 * A constraint a request violates.
 *
 * `constraint` is one of (with the status CreateAccessRequest answers):
 * `max_duration` (INVALID_ARGUMENT), `require_reason` (INVALID_ARGUMENT),
 * `grant_type` (INVALID_ARGUMENT), `cooldown` (FAILED_PRECONDITION with
 * RetryInfo), `entitlement_requests_disabled` (FAILED_PRECONDITION),
 * `approvals_external` (FAILED_PRECONDITION), `on_behalf_of`
 * (PERMISSION_DENIED).
 *
 * @generated from message jitgate.v1.ConstraintViolation
 */
export type ConstraintViolation = Message<"jitgate.v1.ConstraintViolation"> & {
    /**
     * The request field at fault, such as `requested_grant_end`.
     *
     * @generated from field: string field = 1;
     */
    field: string;
    /**
     * The constraint violated.
     *
     * @generated from field: string constraint = 2;
     */
    constraint: string;
    /**
     * A human readable description naming the limit, such as "window of 8h
     * exceeds the maximum of 4h (rule `prod-db`)".
     *
     * @generated from field: string description = 3;
     */
    description: string;
    /**
     * For `cooldown`: seconds until a new request may succeed. 0 otherwise.
     *
     * @generated from field: int32 retry_after_seconds = 4 [json_name = "retry_after_seconds"];
     */
    retryAfterSeconds: number;
};
/**
 * Describes the message jitgate.v1.ConstraintViolation.
 * Use `create(ConstraintViolationSchema)` to create a new message.
 */
export declare const ConstraintViolationSchema: GenMessage<ConstraintViolation>;
/**
 * A grant window.
 *
 * @generated from message jitgate.v1.GrantWindow
 */
export type GrantWindow = Message<"jitgate.v1.GrantWindow"> & {
    /**
     * `PERMANENT`, `TIME_RESTRICTED` or `FLOATING`.
     *
     * @generated from field: string grant_type = 1 [json_name = "grant_type"];
     */
    grantType: string;
    /**
     * The start (TIME_RESTRICTED).
     *
     * @generated from field: google.protobuf.Timestamp grant_start = 2 [json_name = "grant_start"];
     */
    grantStart?: Timestamp | undefined;
    /**
     * The end (TIME_RESTRICTED).
     *
     * @generated from field: google.protobuf.Timestamp grant_end = 3 [json_name = "grant_end"];
     */
    grantEnd?: Timestamp | undefined;
    /**
     * The window length in hours (FLOATING).
     *
     * @generated from field: int32 floating_length = 4 [json_name = "floating_length"];
     */
    floatingLength: number;
};
/**
 * Describes the message jitgate.v1.GrantWindow.
 * Use `create(GrantWindowSchema)` to create a new message.
 */
export declare const GrantWindowSchema: GenMessage<GrantWindow>;
/**
 * An event: one state change, written in the same transaction.
 *
 * @generated from message jitgate.v1.Event
 */
export type Event = Message<"jitgate.v1.Event"> & {
    /**
     * Opaque position of this event in the org's stream; pass it to
     * WatchEvents or ListAuditEvents to continue after it.
     *
     * @generated from field: string cursor = 1;
     */
    cursor: string;
    /**
     * The event's position in the org's stream: strictly increasing.
     *
     * @generated from field: int64 sequence = 2;
     */
    sequence: bigint;
    /**
     * The org.
     *
     * @generated from field: string org = 3;
     */
    org: string;
    /**
     * What happened.
     *
     * @generated from field: jitgate.v1.EventKind kind = 4;
     */
    kind: EventKind;
    /**
     * When it happened: the writing server's clock when the change was made
     * (order events by `sequence`, which is commit order, not by this).
     *
     * @generated from field: google.protobuf.Timestamp occurred_at = 5 [json_name = "occurred_at"];
     */
    occurredAt?: Timestamp | undefined;
    /**
     * Who did it: a user id, or `system:scheduler` for time-driven changes.
     *
     * @generated from field: string actor = 6;
     */
    actor: string;
    /**
     * The kind of object changed: `access_request`, `routing_workflow`,
     * `access_flow`, `request_config`, `user`, `group`, `group_member`,
     * `oncall_roster`, `ownership` or `directory_batch` (one BatchUpsert).
     *
     * @generated from field: string subject_type = 7 [json_name = "subject_type"];
     */
    subjectType: string;
    /**
     * The changed object's id (a request id, flow id, workflow version id,
     * user id, `{group}/{user}`, `{integration}/{service}`,
     * `{service}[/{resource_id}]`; empty for `request_config` and
     * `directory_batch`).
     *
     * @generated from field: string subject_id = 8 [json_name = "subject_id"];
     */
    subjectId: string;
    /**
     * The access request's `id` for request events; empty otherwise.
     *
     * @generated from field: string access_request_id = 9 [json_name = "access_request_id"];
     */
    accessRequestId: string;
    /**
     * The object before the change, as its REST JSON; unset on creation.
     *
     * @generated from field: google.protobuf.Struct before = 10;
     */
    before?: JsonObject | undefined;
    /**
     * The object after the change, as its REST JSON; unset on deletion.
     *
     * @generated from field: google.protobuf.Struct after = 11;
     */
    after?: JsonObject | undefined;
    /**
     * The actor's comment, if any (a decision, cancel or revoke comment).
     *
     * @generated from field: string comment = 12;
     */
    comment: string;
    /**
     * The id of the API call that caused the change (the `RequestInfo`
     * request id); empty for time-driven changes.
     *
     * @generated from field: string tracking_id = 13 [json_name = "tracking_id"];
     */
    trackingId: string;
};
/**
 * Describes the message jitgate.v1.Event.
 * Use `create(EventSchema)` to create a new message.
 */
export declare const EventSchema: GenMessage<Event>;
/**
 * Request for CreateAccessRequest.
 *
 * @generated from message jitgate.v1.CreateAccessRequestRequest
 */
export type CreateAccessRequestRequest = Message<"jitgate.v1.CreateAccessRequestRequest"> & {
    /**
     * The request to file; only its input fields are read.
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.CreateAccessRequestRequest.
 * Use `create(CreateAccessRequestRequestSchema)` to create a new message.
 */
export declare const CreateAccessRequestRequestSchema: GenMessage<CreateAccessRequestRequest>;
/**
 * Response of CreateAccessRequest. Over REST the body is the request itself.
 *
 * @generated from message jitgate.v1.CreateAccessRequestResponse
 */
export type CreateAccessRequestResponse = Message<"jitgate.v1.CreateAccessRequestResponse"> & {
    /**
     * The request as stored (or as first stored, on an idempotent retry).
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.CreateAccessRequestResponse.
 * Use `create(CreateAccessRequestResponseSchema)` to create a new message.
 */
export declare const CreateAccessRequestResponseSchema: GenMessage<CreateAccessRequestResponse>;
/**
 * Request for GetAccessRequest.
 *
 * @generated from message jitgate.v1.GetAccessRequestRequest
 */
export type GetAccessRequestRequest = Message<"jitgate.v1.GetAccessRequestRequest"> & {
    /**
     * The request's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.GetAccessRequestRequest.
 * Use `create(GetAccessRequestRequestSchema)` to create a new message.
 */
export declare const GetAccessRequestRequestSchema: GenMessage<GetAccessRequestRequest>;
/**
 * Response of GetAccessRequest. Over REST the body is the request itself.
 *
 * @generated from message jitgate.v1.GetAccessRequestResponse
 */
export type GetAccessRequestResponse = Message<"jitgate.v1.GetAccessRequestResponse"> & {
    /**
     * The request.
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.GetAccessRequestResponse.
 * Use `create(GetAccessRequestResponseSchema)` to create a new message.
 */
export declare const GetAccessRequestResponseSchema: GenMessage<GetAccessRequestResponse>;
/**
 * Request for ListAccessRequests.
 *
 * @generated from message jitgate.v1.ListAccessRequestsRequest
 */
export type ListAccessRequestsRequest = Message<"jitgate.v1.ListAccessRequestsRequest"> & {
    /**
     * Number of requests to skip; zero or more. Default 0.
     *
     * @generated from field: int32 offset = 1;
     */
    offset: number;
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 2;
     */
    limit: number;
    /**
     * Which requests. Default MINE.
     *
     * @generated from field: jitgate.v1.AccessRequestFilter filter = 3;
     */
    filter: AccessRequestFilter;
    /**
     * When non-empty, only requests in these states.
     *
     * @generated from field: repeated jitgate.v1.RequestState states = 4;
     */
    states: RequestState[];
};
/**
 * Describes the message jitgate.v1.ListAccessRequestsRequest.
 * Use `create(ListAccessRequestsRequestSchema)` to create a new message.
 */
export declare const ListAccessRequestsRequestSchema: GenMessage<ListAccessRequestsRequest>;
/**
 * Response of ListAccessRequests (PrivX's `{"count", "items"}`).
 *
 * @generated from message jitgate.v1.ListAccessRequestsResponse
 */
export type ListAccessRequestsResponse = Message<"jitgate.v1.ListAccessRequestsResponse"> & {
    /**
     * The number of requests matching across all pages.
     *
     * @generated from field: int32 count = 1;
     */
    count: number;
    /**
     * The requests of this page.
     *
     * @generated from field: repeated jitgate.v1.AccessRequest items = 2;
     */
    items: AccessRequest[];
};
/**
 * Describes the message jitgate.v1.ListAccessRequestsResponse.
 * Use `create(ListAccessRequestsResponseSchema)` to create a new message.
 */
export declare const ListAccessRequestsResponseSchema: GenMessage<ListAccessRequestsResponse>;
/**
 * Request for CancelAccessRequest.
 *
 * @generated from message jitgate.v1.CancelAccessRequestRequest
 */
export type CancelAccessRequestRequest = Message<"jitgate.v1.CancelAccessRequestRequest"> & {
    /**
     * The request's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Why; at most 4096 characters. Recorded in the event.
     *
     * @generated from field: string comment = 2;
     */
    comment: string;
};
/**
 * Describes the message jitgate.v1.CancelAccessRequestRequest.
 * Use `create(CancelAccessRequestRequestSchema)` to create a new message.
 */
export declare const CancelAccessRequestRequestSchema: GenMessage<CancelAccessRequestRequest>;
/**
 * Response of CancelAccessRequest. Over REST the body is the request itself.
 *
 * @generated from message jitgate.v1.CancelAccessRequestResponse
 */
export type CancelAccessRequestResponse = Message<"jitgate.v1.CancelAccessRequestResponse"> & {
    /**
     * The request as stored.
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.CancelAccessRequestResponse.
 * Use `create(CancelAccessRequestResponseSchema)` to create a new message.
 */
export declare const CancelAccessRequestResponseSchema: GenMessage<CancelAccessRequestResponse>;
/**
 * Request for DecideAccessRequest.
 *
 * @generated from message jitgate.v1.DecideAccessRequestRequest
 */
export type DecideAccessRequestRequest = Message<"jitgate.v1.DecideAccessRequestRequest"> & {
    /**
     * The request's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The index in the request's `steps` of the step decided. Unset: every
     * current step the caller is eligible for. A step that is not current is
     * FAILED_PRECONDITION.
     *
     * @generated from field: optional int32 step = 2;
     */
    step?: number | undefined;
    /**
     * The decision. Required.
     *
     * @generated from field: jitgate.v1.Decision decision = 3;
     */
    decision: Decision;
    /**
     * The approver's comment, at most 4096 characters; required as the RPC
     * describes.
     *
     * @generated from field: string comment = 4;
     */
    comment: string;
    /**
     * On approval: a later start than the request's (TIME_RESTRICTED).
     *
     * @generated from field: google.protobuf.Timestamp grant_start = 5 [json_name = "grant_start"];
     */
    grantStart?: Timestamp | undefined;
    /**
     * On approval: an earlier end than the request's.
     *
     * @generated from field: google.protobuf.Timestamp grant_end = 6 [json_name = "grant_end"];
     */
    grantEnd?: Timestamp | undefined;
    /**
     * On approval: a shorter FLOATING length, in hours, 1 to 87600.
     *
     * @generated from field: optional int32 floating_length = 7 [json_name = "floating_length"];
     */
    floatingLength?: number | undefined;
};
/**
 * Describes the message jitgate.v1.DecideAccessRequestRequest.
 * Use `create(DecideAccessRequestRequestSchema)` to create a new message.
 */
export declare const DecideAccessRequestRequestSchema: GenMessage<DecideAccessRequestRequest>;
/**
 * Response of DecideAccessRequest. Over REST the body is the request itself.
 *
 * @generated from message jitgate.v1.DecideAccessRequestResponse
 */
export type DecideAccessRequestResponse = Message<"jitgate.v1.DecideAccessRequestResponse"> & {
    /**
     * The request as stored.
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.DecideAccessRequestResponse.
 * Use `create(DecideAccessRequestResponseSchema)` to create a new message.
 */
export declare const DecideAccessRequestResponseSchema: GenMessage<DecideAccessRequestResponse>;
/**
 * Request for RevokeAccessRequest.
 *
 * @generated from message jitgate.v1.RevokeAccessRequestRequest
 */
export type RevokeAccessRequestRequest = Message<"jitgate.v1.RevokeAccessRequestRequest"> & {
    /**
     * The request's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Why; at most 4096 characters. Recorded in the event.
     *
     * @generated from field: string comment = 2;
     */
    comment: string;
};
/**
 * Describes the message jitgate.v1.RevokeAccessRequestRequest.
 * Use `create(RevokeAccessRequestRequestSchema)` to create a new message.
 */
export declare const RevokeAccessRequestRequestSchema: GenMessage<RevokeAccessRequestRequest>;
/**
 * Response of RevokeAccessRequest. Over REST the body is the request itself.
 *
 * @generated from message jitgate.v1.RevokeAccessRequestResponse
 */
export type RevokeAccessRequestResponse = Message<"jitgate.v1.RevokeAccessRequestResponse"> & {
    /**
     * The request as stored.
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.RevokeAccessRequestResponse.
 * Use `create(RevokeAccessRequestResponseSchema)` to create a new message.
 */
export declare const RevokeAccessRequestResponseSchema: GenMessage<RevokeAccessRequestResponse>;
/**
 * Request for ActivateAccessRequest.
 *
 * @generated from message jitgate.v1.ActivateAccessRequestRequest
 */
export type ActivateAccessRequestRequest = Message<"jitgate.v1.ActivateAccessRequestRequest"> & {
    /**
     * The request's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.ActivateAccessRequestRequest.
 * Use `create(ActivateAccessRequestRequestSchema)` to create a new message.
 */
export declare const ActivateAccessRequestRequestSchema: GenMessage<ActivateAccessRequestRequest>;
/**
 * Response of ActivateAccessRequest. Over REST the body is the request
 * itself.
 *
 * @generated from message jitgate.v1.ActivateAccessRequestResponse
 */
export type ActivateAccessRequestResponse = Message<"jitgate.v1.ActivateAccessRequestResponse"> & {
    /**
     * The request as stored.
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.ActivateAccessRequestResponse.
 * Use `create(ActivateAccessRequestResponseSchema)` to create a new message.
 */
export declare const ActivateAccessRequestResponseSchema: GenMessage<ActivateAccessRequestResponse>;
/**
 * Request for EvaluateAccessRequest.
 *
 * @generated from message jitgate.v1.EvaluateAccessRequestRequest
 */
export type EvaluateAccessRequestRequest = Message<"jitgate.v1.EvaluateAccessRequestRequest"> & {
    /**
     * The request as it would be filed; only its input fields are read
     * (`request_id` is ignored).
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 1 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
    /**
     * The requester to evaluate for. Empty: the caller. Another user:
     * ORG_ADMIN only (PERMISSION_DENIED otherwise).
     *
     * @generated from field: string requester_id = 2 [json_name = "requester_id"];
     */
    requesterId: string;
    /**
     * The time to evaluate at (timeframes, on-call, cooldowns). Unset: now.
     *
     * @generated from field: google.protobuf.Timestamp evaluation_time = 3 [json_name = "evaluation_time"];
     */
    evaluationTime?: Timestamp | undefined;
    /**
     * How much to explain; unset: FULL. Over REST, a query parameter
     * (`?view=EVALUATION_VIEW_BASIC`).
     *
     * @generated from field: jitgate.v1.EvaluationView view = 4;
     */
    view: EvaluationView;
};
/**
 * Describes the message jitgate.v1.EvaluateAccessRequestRequest.
 * Use `create(EvaluateAccessRequestRequestSchema)` to create a new message.
 */
export declare const EvaluateAccessRequestRequestSchema: GenMessage<EvaluateAccessRequestRequest>;
/**
 * Response of EvaluateAccessRequest. Over REST the body is the evaluation
 * itself.
 *
 * @generated from message jitgate.v1.EvaluateAccessRequestResponse
 */
export type EvaluateAccessRequestResponse = Message<"jitgate.v1.EvaluateAccessRequestResponse"> & {
    /**
     * The evaluation.
     *
     * @generated from field: jitgate.v1.Evaluation evaluation = 1;
     */
    evaluation?: Evaluation | undefined;
};
/**
 * Describes the message jitgate.v1.EvaluateAccessRequestResponse.
 * Use `create(EvaluateAccessRequestResponseSchema)` to create a new message.
 */
export declare const EvaluateAccessRequestResponseSchema: GenMessage<EvaluateAccessRequestResponse>;
/**
 * Request for WatchEvents.
 *
 * @generated from message jitgate.v1.WatchEventsRequest
 */
export type WatchEventsRequest = Message<"jitgate.v1.WatchEventsRequest"> & {
    /**
     * Resume after this event's cursor. Empty: start with events committed
     * after the call (unless `from_beginning`). An unknown cursor is
     * INVALID_ARGUMENT.
     *
     * @generated from field: string cursor = 1;
     */
    cursor: string;
    /**
     * Start with the org's first event. INVALID_ARGUMENT together with
     * `cursor`.
     *
     * @generated from field: bool from_beginning = 2 [json_name = "from_beginning"];
     */
    fromBeginning: boolean;
    /**
     * When non-empty, only events of these kinds (cursors still advance).
     *
     * @generated from field: repeated jitgate.v1.EventKind kinds = 3;
     */
    kinds: EventKind[];
    /**
     * When set, only events of this access request.
     *
     * @generated from field: string access_request_id = 4 [json_name = "access_request_id"];
     */
    accessRequestId: string;
};
/**
 * Describes the message jitgate.v1.WatchEventsRequest.
 * Use `create(WatchEventsRequestSchema)` to create a new message.
 */
export declare const WatchEventsRequestSchema: GenMessage<WatchEventsRequest>;
/**
 * One streamed event. Over REST the result is the event itself.
 *
 * @generated from message jitgate.v1.WatchEventsResponse
 */
export type WatchEventsResponse = Message<"jitgate.v1.WatchEventsResponse"> & {
    /**
     * The event.
     *
     * @generated from field: jitgate.v1.Event event = 1;
     */
    event?: Event | undefined;
};
/**
 * Describes the message jitgate.v1.WatchEventsResponse.
 * Use `create(WatchEventsResponseSchema)` to create a new message.
 */
export declare const WatchEventsResponseSchema: GenMessage<WatchEventsResponse>;
/**
 * Request for CheckAccess.
 *
 * @generated from message jitgate.v1.CheckAccessRequest
 */
export type CheckAccessRequest = Message<"jitgate.v1.CheckAccessRequest"> & {
    /**
     * The user whose access is checked. Empty: the caller. Another user:
     * ORG_ADMIN or ACCESS_CHECKER only (PERMISSION_DENIED otherwise).
     *
     * @generated from field: string user_id = 1 [json_name = "user_id"];
     */
    userId: string;
    /**
     * The resource: `service` and `resource_id` required; `resource_type`,
     * `access_type` and `permissions` as granted; `tags` are ignored.
     *
     * @generated from field: jitgate.v1.RequestedResource resource = 2;
     */
    resource?: RequestedResource | undefined;
};
/**
 * Describes the message jitgate.v1.CheckAccessRequest.
 * Use `create(CheckAccessRequestSchema)` to create a new message.
 */
export declare const CheckAccessRequestSchema: GenMessage<CheckAccessRequest>;
/**
 * Response of CheckAccess.
 *
 * @generated from message jitgate.v1.CheckAccessResponse
 */
export type CheckAccessResponse = Message<"jitgate.v1.CheckAccessResponse"> & {
    /**
     * Whether at least one grant is in force.
     *
     * @generated from field: bool allowed = 1;
     */
    allowed: boolean;
    /**
     * The grants in force, earliest ending first (open-ended last).
     *
     * @generated from field: repeated jitgate.v1.ActiveGrant grants = 2;
     */
    grants: ActiveGrant[];
    /**
     * The instant checked.
     *
     * @generated from field: google.protobuf.Timestamp checked_at = 3 [json_name = "checked_at"];
     */
    checkedAt?: Timestamp | undefined;
};
/**
 * Describes the message jitgate.v1.CheckAccessResponse.
 * Use `create(CheckAccessResponseSchema)` to create a new message.
 */
export declare const CheckAccessResponseSchema: GenMessage<CheckAccessResponse>;
/**
 * A grant in force.
 *
 * @generated from message jitgate.v1.ActiveGrant
 */
export type ActiveGrant = Message<"jitgate.v1.ActiveGrant"> & {
    /**
     * The access request that granted it.
     *
     * @generated from field: string access_request_id = 1 [json_name = "access_request_id"];
     */
    accessRequestId: string;
    /**
     * When the grant started; unset: at approval (an open-ended grant).
     *
     * @generated from field: google.protobuf.Timestamp grant_start = 2 [json_name = "grant_start"];
     */
    grantStart?: Timestamp | undefined;
    /**
     * When it ends; unset: it does not end by itself.
     *
     * @generated from field: google.protobuf.Timestamp grant_end = 3 [json_name = "grant_end"];
     */
    grantEnd?: Timestamp | undefined;
};
/**
 * Describes the message jitgate.v1.ActiveGrant.
 * Use `create(ActiveGrantSchema)` to create a new message.
 */
export declare const ActiveGrantSchema: GenMessage<ActiveGrant>;
/**
 * Request for BatchCheckAccess.
 *
 * @generated from message jitgate.v1.BatchCheckAccessRequest
 */
export type BatchCheckAccessRequest = Message<"jitgate.v1.BatchCheckAccessRequest"> & {
    /**
     * As CheckAccessRequest's `user_id`.
     *
     * @generated from field: string user_id = 1 [json_name = "user_id"];
     */
    userId: string;
    /**
     * 1 to 100 resources, as CheckAccessRequest's `resource`.
     *
     * @generated from field: repeated jitgate.v1.RequestedResource resources = 2;
     */
    resources: RequestedResource[];
};
/**
 * Describes the message jitgate.v1.BatchCheckAccessRequest.
 * Use `create(BatchCheckAccessRequestSchema)` to create a new message.
 */
export declare const BatchCheckAccessRequestSchema: GenMessage<BatchCheckAccessRequest>;
/**
 * Response of BatchCheckAccess.
 *
 * @generated from message jitgate.v1.BatchCheckAccessResponse
 */
export type BatchCheckAccessResponse = Message<"jitgate.v1.BatchCheckAccessResponse"> & {
    /**
     * One result per requested resource, in order.
     *
     * @generated from field: repeated jitgate.v1.CheckAccessResponse results = 1;
     */
    results: CheckAccessResponse[];
    /**
     * The instant checked, the same for every result.
     *
     * @generated from field: google.protobuf.Timestamp checked_at = 2 [json_name = "checked_at"];
     */
    checkedAt?: Timestamp | undefined;
};
/**
 * Describes the message jitgate.v1.BatchCheckAccessResponse.
 * Use `create(BatchCheckAccessResponseSchema)` to create a new message.
 */
export declare const BatchCheckAccessResponseSchema: GenMessage<BatchCheckAccessResponse>;
/**
 * Request for ListAuditEvents.
 *
 * @generated from message jitgate.v1.ListAuditEventsRequest
 */
export type ListAuditEventsRequest = Message<"jitgate.v1.ListAuditEventsRequest"> & {
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 1;
     */
    limit: number;
    /**
     * Continue after this cursor (a `next_cursor` or an event's `cursor`).
     * Empty: from the first (or, with `newest_first`, the last) event.
     *
     * @generated from field: string cursor = 2;
     */
    cursor: string;
    /**
     * List newest first; `next_cursor` then continues backwards.
     *
     * @generated from field: bool newest_first = 3 [json_name = "newest_first"];
     */
    newestFirst: boolean;
    /**
     * When non-empty, only events of these kinds.
     *
     * @generated from field: repeated jitgate.v1.EventKind kinds = 4;
     */
    kinds: EventKind[];
    /**
     * When set, only events about objects of this type.
     *
     * @generated from field: string subject_type = 5 [json_name = "subject_type"];
     */
    subjectType: string;
    /**
     * When set, only events about this object (with `subject_type`).
     *
     * @generated from field: string subject_id = 6 [json_name = "subject_id"];
     */
    subjectId: string;
    /**
     * When set, only events of this access request.
     *
     * @generated from field: string access_request_id = 7 [json_name = "access_request_id"];
     */
    accessRequestId: string;
    /**
     * When set, only events by this actor.
     *
     * @generated from field: string actor = 8;
     */
    actor: string;
    /**
     * When set, only events that occurred at or after this time.
     *
     * @generated from field: google.protobuf.Timestamp since = 9;
     */
    since?: Timestamp | undefined;
    /**
     * When set, only events that occurred before this time.
     *
     * @generated from field: google.protobuf.Timestamp until = 10;
     */
    until?: Timestamp | undefined;
};
/**
 * Describes the message jitgate.v1.ListAuditEventsRequest.
 * Use `create(ListAuditEventsRequestSchema)` to create a new message.
 */
export declare const ListAuditEventsRequestSchema: GenMessage<ListAuditEventsRequest>;
/**
 * Response of ListAuditEvents.
 *
 * @generated from message jitgate.v1.ListAuditEventsResponse
 */
export type ListAuditEventsResponse = Message<"jitgate.v1.ListAuditEventsResponse"> & {
    /**
     * The events of this page, in the requested order.
     *
     * @generated from field: repeated jitgate.v1.Event events = 1;
     */
    events: Event[];
    /**
     * The cursor to pass for the next page: the last event's cursor, or the
     * request's cursor when the page is empty.
     *
     * @generated from field: string next_cursor = 2 [json_name = "next_cursor"];
     */
    nextCursor: string;
    /**
     * Whether more events matched when the page was read.
     *
     * @generated from field: bool has_more = 3 [json_name = "has_more"];
     */
    hasMore: boolean;
};
/**
 * Describes the message jitgate.v1.ListAuditEventsResponse.
 * Use `create(ListAuditEventsResponseSchema)` to create a new message.
 */
export declare const ListAuditEventsResponseSchema: GenMessage<ListAuditEventsResponse>;
/**
 * How much an evaluation explains (AIP-157).
 *
 * @generated from enum jitgate.v1.EvaluationView
 */
export declare enum EvaluationView {
    /**
     * FULL.
     *
     * @generated from enum value: EVALUATION_VIEW_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The outcome, the policies that apply with their reasons, the paths with
     * their steps and constraints. Policies that do not apply are left out,
     * so an org's other rules and flows cost nothing to explain.
     *
     * @generated from enum value: EVALUATION_VIEW_BASIC = 1;
     */
    BASIC = 1,
    /**
     * Everything BASIC has, plus every policy considered with why it does not
     * apply.
     *
     * @generated from enum value: EVALUATION_VIEW_FULL = 2;
     */
    FULL = 2
}
/**
 * Describes the enum jitgate.v1.EvaluationView.
 */
export declare const EvaluationViewSchema: GenEnum<EvaluationView>;
/**
 * The state of an access request.
 *
 * @generated from enum jitgate.v1.RequestState
 */
export declare enum RequestState {
    /**
     * Never used.
     *
     * @generated from enum value: REQUEST_STATE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Waiting for decisions.
     *
     * @generated from enum value: REQUEST_STATE_PENDING_APPROVAL = 1;
     */
    PENDING_APPROVAL = 1,
    /**
     * Approved; the grant window has not started (or a FLOATING window awaits
     * activation).
     *
     * @generated from enum value: REQUEST_STATE_APPROVED = 2;
     */
    APPROVED = 2,
    /**
     * The grant is in force (for a REMOVE request: the removal is in force).
     *
     * @generated from enum value: REQUEST_STATE_ACTIVE = 3;
     */
    ACTIVE = 3,
    /**
     * Denied by an approver, or at evaluation (no applicable policy, or a
     * `deny` approval).
     *
     * @generated from enum value: REQUEST_STATE_DENIED = 4;
     */
    DENIED = 4,
    /**
     * Canceled by the requester or an ORG_ADMIN before a decision.
     *
     * @generated from enum value: REQUEST_STATE_CANCELED = 5;
     */
    CANCELED = 5,
    /**
     * Ended by time: the grant window closed, or the request was undecided at
     * its `decision_deadline`.
     *
     * @generated from enum value: REQUEST_STATE_EXPIRED = 6;
     */
    EXPIRED = 6,
    /**
     * Access taken away before the window closed (RevokeAccessRequest).
     *
     * @generated from enum value: REQUEST_STATE_REVOKED = 7;
     */
    REVOKED = 7
}
/**
 * Describes the enum jitgate.v1.RequestState.
 */
export declare const RequestStateSchema: GenEnum<RequestState>;
/**
 * How many approver entries of a step must approve.
 *
 * @generated from enum jitgate.v1.Quorum
 */
export declare enum Quorum {
    /**
     * Never used.
     *
     * @generated from enum value: QUORUM_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Any one approver entry.
     *
     * @generated from enum value: QUORUM_ANY = 1;
     */
    ANY = 1,
    /**
     * Every approver entry (a group entry is met by any one member).
     *
     * @generated from enum value: QUORUM_ALL = 2;
     */
    ALL = 2
}
/**
 * Describes the enum jitgate.v1.Quorum.
 */
export declare const QuorumSchema: GenEnum<Quorum>;
/**
 * An approver's decision.
 *
 * @generated from enum jitgate.v1.Decision
 */
export declare enum Decision {
    /**
     * No decision yet. INVALID_ARGUMENT in DecideAccessRequest.
     *
     * @generated from enum value: DECISION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Approve.
     *
     * @generated from enum value: DECISION_APPROVED = 1;
     */
    APPROVED = 1,
    /**
     * Deny.
     *
     * @generated from enum value: DECISION_DENIED = 2;
     */
    DENIED = 2
}
/**
 * Describes the enum jitgate.v1.Decision.
 */
export declare const DecisionSchema: GenEnum<Decision>;
/**
 * The progress of one step of a request.
 *
 * @generated from enum jitgate.v1.StepState
 */
export declare enum StepState {
    /**
     * Never used.
     *
     * @generated from enum value: STEP_STATE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * An earlier step of its path is not complete yet.
     *
     * @generated from enum value: STEP_STATE_WAITING = 1;
     */
    WAITING = 1,
    /**
     * The current step of its path: awaiting decisions.
     *
     * @generated from enum value: STEP_STATE_PENDING = 2;
     */
    PENDING = 2,
    /**
     * Its quorum is met.
     *
     * @generated from enum value: STEP_STATE_APPROVED = 3;
     */
    APPROVED = 3,
    /**
     * An approver denied it (the request is DENIED).
     *
     * @generated from enum value: STEP_STATE_DENIED = 4;
     */
    DENIED = 4,
    /**
     * Not decided and no longer decidable: the request was approved through
     * another path, canceled or expired.
     *
     * @generated from enum value: STEP_STATE_CLOSED = 5;
     */
    CLOSED = 5
}
/**
 * Describes the enum jitgate.v1.StepState.
 */
export declare const StepStateSchema: GenEnum<StepState>;
/**
 * Which requests ListAccessRequests returns.
 *
 * @generated from enum jitgate.v1.AccessRequestFilter
 */
export declare enum AccessRequestFilter {
    /**
     * The same as MINE.
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Requests the caller filed or that target the caller.
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_MINE = 1;
     */
    MINE = 1,
    /**
     * PENDING_APPROVAL requests on which the caller is an eligible approver of
     * a current step and has not decided yet.
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_TO_APPROVE = 2;
     */
    TO_APPROVE = 2,
    /**
     * Requests of MINE whose grant is in force (state ACTIVE).
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_ACTIVE = 3;
     */
    ACTIVE = 3,
    /**
     * Every request of the org. ORG_ADMIN only (PERMISSION_DENIED otherwise).
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_ALL = 4;
     */
    ALL = 4
}
/**
 * Describes the enum jitgate.v1.AccessRequestFilter.
 */
export declare const AccessRequestFilterSchema: GenEnum<AccessRequestFilter>;
/**
 * The outcome of evaluating a request.
 *
 * @generated from enum jitgate.v1.EvaluationOutcome
 */
export declare enum EvaluationOutcome {
    /**
     * Never used.
     *
     * @generated from enum value: EVALUATION_OUTCOME_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Approved at once (an auto-approving path).
     *
     * @generated from enum value: EVALUATION_OUTCOME_APPROVED = 1;
     */
    APPROVED = 1,
    /**
     * Needs decisions along one of `paths`.
     *
     * @generated from enum value: EVALUATION_OUTCOME_PENDING = 2;
     */
    PENDING = 2,
    /**
     * Denied: no applicable policy, or a `deny` approval (deny wins).
     *
     * @generated from enum value: EVALUATION_OUTCOME_DENIED = 3;
     */
    DENIED = 3,
    /**
     * Would be refused before routing (nothing filed): see `violations`.
     *
     * @generated from enum value: EVALUATION_OUTCOME_REFUSED = 4;
     */
    REFUSED = 4
}
/**
 * Describes the enum jitgate.v1.EvaluationOutcome.
 */
export declare const EvaluationOutcomeSchema: GenEnum<EvaluationOutcome>;
/**
 * The kind of policy an evaluation considered.
 *
 * @generated from enum jitgate.v1.PolicyKind
 */
export declare enum PolicyKind {
    /**
     * Never used.
     *
     * @generated from enum value: POLICY_KIND_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A routing rule of the latest routing workflow version (P0).
     *
     * @generated from enum value: POLICY_KIND_ROUTING_RULE = 1;
     */
    ROUTING_RULE = 1,
    /**
     * P0's default rule (any requestor, any resource, approval `p0`), applied
     * when the org has no routing workflow and no access flows.
     *
     * @generated from enum value: POLICY_KIND_DEFAULT_RULE = 2;
     */
    DEFAULT_RULE = 2,
    /**
     * An access flow (Apono).
     *
     * @generated from enum value: POLICY_KIND_ACCESS_FLOW = 3;
     */
    ACCESS_FLOW = 3,
    /**
     * The entitlement approval schemes of the request configuration
     * (SailPoint), for entitlement requests.
     *
     * @generated from enum value: POLICY_KIND_ENTITLEMENT_SCHEMES = 4;
     */
    ENTITLEMENT_SCHEMES = 4
}
/**
 * Describes the enum jitgate.v1.PolicyKind.
 */
export declare const PolicyKindSchema: GenEnum<PolicyKind>;
/**
 * The kind of an event.
 *
 * @generated from enum jitgate.v1.EventKind
 */
export declare enum EventKind {
    /**
     * Never used.
     *
     * @generated from enum value: EVENT_KIND_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A request was filed.
     *
     * @generated from enum value: EVENT_KIND_REQUEST_FILED = 1;
     */
    REQUEST_FILED = 1,
    /**
     * One approver's approval was recorded on a step whose quorum is not yet
     * met.
     *
     * @generated from enum value: EVENT_KIND_APPROVAL_RECORDED = 2;
     */
    APPROVAL_RECORDED = 2,
    /**
     * A step's quorum was met.
     *
     * @generated from enum value: EVENT_KIND_STEP_APPROVED = 3;
     */
    STEP_APPROVED = 3,
    /**
     * A request was approved (by decisions or at once).
     *
     * @generated from enum value: EVENT_KIND_REQUEST_APPROVED = 4;
     */
    REQUEST_APPROVED = 4,
    /**
     * A request was denied (by an approver or at evaluation).
     *
     * @generated from enum value: EVENT_KIND_REQUEST_DENIED = 5;
     */
    REQUEST_DENIED = 5,
    /**
     * A request was canceled.
     *
     * @generated from enum value: EVENT_KIND_REQUEST_CANCELED = 6;
     */
    REQUEST_CANCELED = 6,
    /**
     * A grant came into force: provisioners grant (for REMOVE requests,
     * remove) the access now.
     *
     * @generated from enum value: EVENT_KIND_GRANT_ACTIVATED = 7;
     */
    GRANT_ACTIVATED = 7,
    /**
     * A grant's window closed: provisioners take the access away (for REMOVE
     * requests, restore it).
     *
     * @generated from enum value: EVENT_KIND_GRANT_EXPIRED = 8;
     */
    GRANT_EXPIRED = 8,
    /**
     * A request expired undecided.
     *
     * @generated from enum value: EVENT_KIND_REQUEST_EXPIRED = 9;
     */
    REQUEST_EXPIRED = 9,
    /**
     * A grant was revoked early: provisioners take the access away.
     *
     * @generated from enum value: EVENT_KIND_GRANT_REVOKED = 10;
     */
    GRANT_REVOKED = 10,
    /**
     * A reminder to the pending approvers of a step is due.
     *
     * @generated from enum value: EVENT_KIND_REMINDER_DUE = 11;
     */
    REMINDER_DUE = 11,
    /**
     * A step escalated (to the approvers' managers, or the fallback
     * approver).
     *
     * @generated from enum value: EVENT_KIND_ESCALATED = 12;
     */
    ESCALATED = 12,
    /**
     * Configuration changed: routing workflow, access flow or request
     * configuration.
     *
     * @generated from enum value: EVENT_KIND_CONFIG_CHANGED = 13;
     */
    CONFIG_CHANGED = 13,
    /**
     * The directory changed: users, groups, memberships, rosters or owners.
     *
     * @generated from enum value: EVENT_KIND_DIRECTORY_CHANGED = 14;
     */
    DIRECTORY_CHANGED = 14
}
/**
 * Describes the enum jitgate.v1.EventKind.
 */
export declare const EventKindSchema: GenEnum<EventKind>;
/**
 * AccessRequestService files, reads and decides access requests, and streams
 * the events every state change writes.
 *
 * The org is the caller's token `org`; requests of other orgs, and requests
 * the caller may not see, are NOT_FOUND. A caller may see a request when
 * they are its requester, its target user, an eligible approver of any of
 * its steps, or an ORG_ADMIN.
 *
 * Lifecycle: PENDING_APPROVAL then APPROVED then ACTIVE then EXPIRED or
 * REVOKED; or PENDING_APPROVAL then DENIED, CANCELED or EXPIRED (undecided
 * in time). A request refused at evaluation (outcome REFUSED) is not stored;
 * one denied at evaluation is stored as DENIED; one auto-approved is stored
 * as APPROVED.
 *
 * @generated from service jitgate.v1.AccessRequestService
 */
export declare const AccessRequestService: GenService<{
    /**
     * Files a request (any org member). The server evaluates it (see
     * EvaluateAccessRequest), copies the plan into the request so later
     * configuration changes do not alter it, and stores it with its first
     * REQUEST_FILED event.
     *
     * Idempotent on the client's `request_id`: a retry with a `request_id` the
     * same requester already used returns the first request unchanged (the
     * body is not compared) and files nothing.
     *
     * Refusals (nothing stored): INVALID_ARGUMENT for a malformed body, a
     * window longer than the path's maximum (the violation names the limit) or
     * a missing required justification; FAILED_PRECONDITION for a cooldown
     * (with RetryInfo), disabled entitlement requests, or external approvals;
     * PERMISSION_DENIED for an on-behalf-of request the org configuration
     * does not allow. Over REST the request and response bodies are the access
     * request itself.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.CreateAccessRequest
     */
    createAccessRequest: {
        methodKind: "unary";
        input: typeof CreateAccessRequestRequestSchema;
        output: typeof CreateAccessRequestResponseSchema;
    };
    /**
     * Returns one request the caller may see; NOT_FOUND otherwise. Over REST
     * the body is the access request itself.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.GetAccessRequest
     */
    getAccessRequest: {
        methodKind: "unary";
        input: typeof GetAccessRequestRequestSchema;
        output: typeof GetAccessRequestResponseSchema;
    };
    /**
     * Lists requests, newest first (by `created`, then `id`), offset-paged.
     * Over REST the body is PrivX's `{"count": N, "items": [...]}`.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.ListAccessRequests
     */
    listAccessRequests: {
        methodKind: "unary";
        input: typeof ListAccessRequestsRequestSchema;
        output: typeof ListAccessRequestsResponseSchema;
    };
    /**
     * Cancels a PENDING_APPROVAL request (state CANCELED). Only its requester
     * or an ORG_ADMIN may cancel; in any other state it is
     * FAILED_PRECONDITION (use RevokeAccessRequest for granted access).
     *
     * @generated from rpc jitgate.v1.AccessRequestService.CancelAccessRequest
     */
    cancelAccessRequest: {
        methodKind: "unary";
        input: typeof CancelAccessRequestRequestSchema;
        output: typeof CancelAccessRequestResponseSchema;
    };
    /**
     * Approves or denies the current step of a PENDING_APPROVAL request.
     *
     * Only an eligible approver of a current step may decide (others get
     * PERMISSION_DENIED; a request in another state is FAILED_PRECONDITION).
     * The requester may approve their own request only where the path allows
     * one party (`allow_one_party`, `autoApprovalEnabled`) and never when it
     * sets `requester_cannot_approve`. A user's approval counts once per step,
     * and is recorded on every path whose current step they are eligible for.
     * A step completes when its quorum is met (ANY: one approver entry; ALL:
     * every entry, a group entry being met by any one member); the request is
     * APPROVED when every step of any one path is complete. A denial by any
     * eligible approver denies the request. A comment is required
     * (INVALID_ARGUMENT) on denial when `require_denial_comment`, and on any
     * decision when `require_approver_justification`.
     *
     * An approval may shorten the grant window, never lengthen it: a later
     * `grant_start`, an earlier `grant_end` (which makes a PERMANENT request
     * TIME_RESTRICTED), or a shorter `floating_length`; anything longer is
     * INVALID_ARGUMENT. Over REST the body is PrivX's
     * `{"step", "decision", "comment"}` and the response body the access
     * request itself.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.DecideAccessRequest
     */
    decideAccessRequest: {
        methodKind: "unary";
        input: typeof DecideAccessRequestRequestSchema;
        output: typeof DecideAccessRequestResponseSchema;
    };
    /**
     * Revokes the access of an APPROVED or ACTIVE request at once (state
     * REVOKED; `target_role_revoked` set). Allowed to an ORG_ADMIN, the
     * requester and the target user (giving access up), and, when
     * `approver_can_revoke`, the request's approvers. Other states are
     * FAILED_PRECONDITION.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.RevokeAccessRequest
     */
    revokeAccessRequest: {
        methodKind: "unary";
        input: typeof RevokeAccessRequestRequestSchema;
        output: typeof RevokeAccessRequestResponseSchema;
    };
    /**
     * Starts the window of an APPROVED `FLOATING` request at first use: sets
     * `grant_start` to now and `grant_end` to now plus `floating_length`
     * hours, and makes it ACTIVE. Allowed to the target user and an
     * ORG_ADMIN (such as a provisioner's service account). Any other state or
     * grant type is FAILED_PRECONDITION.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.ActivateAccessRequest
     */
    activateAccessRequest: {
        methodKind: "unary";
        input: typeof ActivateAccessRequestRequestSchema;
        output: typeof ActivateAccessRequestResponseSchema;
    };
    /**
     * Dry run: evaluates a request as CreateAccessRequest would and explains
     * the result (which rules and flows matched and why, the alternative
     * approval paths with their ordered steps, eligible approvers and quorum,
     * constraints, and the outcome). Stores nothing and writes no event. Any
     * org member may call it; a malformed body is INVALID_ARGUMENT, but
     * constraint violations are reported in the answer (outcome REFUSED), not
     * as errors. Over REST the body is the access request as it would be
     * filed, and the response body the evaluation itself.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.EvaluateAccessRequest
     */
    evaluateAccessRequest: {
        methodKind: "unary";
        input: typeof EvaluateAccessRequestRequestSchema;
        output: typeof EvaluateAccessRequestResponseSchema;
    };
    /**
     * Streams the org's events in order, from a cursor or from now, until the
     * client cancels. Resuming with the cursor of the last event received
     * loses and repeats nothing. ORG_ADMIN only. Over REST the response is
     * newline-delimited JSON, one `{"result": <event>}` object per event.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.WatchEvents
     */
    watchEvents: {
        methodKind: "server_streaming";
        input: typeof WatchEventsRequestSchema;
        output: typeof WatchEventsResponseSchema;
    };
    /**
     * Pages through the org's audit events (the same events WatchEvents
     * streams), oldest first unless `newest_first`. ORG_ADMIN only.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.ListAuditEvents
     */
    listAuditEvents: {
        methodKind: "unary";
        input: typeof ListAuditEventsRequestSchema;
        output: typeof ListAuditEventsResponseSchema;
    };
    /**
     * Whether a user holds a grant in force for a resource now, through
     * which requests, and until when: the question enforcement points
     * (proxies, provisioners, sidecars) ask on every connection, answered
     * from memory. A grant answers when its request is ACTIVE, grants (not
     * REMOVE), its window contains the present instant, and it is for the
     * same `service`, `resource_type` and `resource_id`; a check that names
     * an `access_type` needs a grant of that access type, and one that names
     * `permissions` a grant that listed each of them. Any org member may
     * check their own access; checking another user's needs the ORG_ADMIN or
     * ACCESS_CHECKER role.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.CheckAccess
     */
    checkAccess: {
        methodKind: "unary";
        input: typeof CheckAccessRequestSchema;
        output: typeof CheckAccessResponseSchema;
    };
    /**
     * CheckAccess for up to 100 resources at once, answered in order.
     *
     * @generated from rpc jitgate.v1.AccessRequestService.BatchCheckAccess
     */
    batchCheckAccess: {
        methodKind: "unary";
        input: typeof BatchCheckAccessRequestSchema;
        output: typeof BatchCheckAccessResponseSchema;
    };
}>;

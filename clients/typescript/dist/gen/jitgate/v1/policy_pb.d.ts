import type { GenEnum, GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { AccessFlow } from "./access_flow_pb.js";
import type { AccessRequest, Evaluation } from "./access_request_pb.js";
import type { AccessRequestConfig } from "./request_config_pb.js";
import type { RoutingRule } from "./routing_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/policy.proto.
 */
export declare const file_jitgate_v1_policy: GenFile;
/**
 * An org's policy as one document. Routing rules are identified by name
 * (their order is kept: it is the order of approval paths); access flows by
 * name (ids are the server's); read-only fields (ids, dates, revisions) are
 * ignored on input and omitted on export.
 *
 * @generated from message jitgate.v1.Policy
 */
export type Policy = Message<"jitgate.v1.Policy"> & {
    /**
     * The routing workflow's rules. Unset (null) keeps the live rules; an
     * empty list saves a workflow without rules.
     *
     * @generated from field: jitgate.v1.RoutingRules routing = 1;
     */
    routing?: RoutingRules | undefined;
    /**
     * The access flows, by unique name. Unset keeps the live flows; an empty
     * list deletes every flow.
     *
     * @generated from field: jitgate.v1.AccessFlows access_flows = 2 [json_name = "access_flows"];
     */
    accessFlows?: AccessFlows | undefined;
    /**
     * The request configuration. Unset keeps the live configuration.
     *
     * @generated from field: jitgate.v1.AccessRequestConfig request_config = 3 [json_name = "request_config"];
     */
    requestConfig?: AccessRequestConfig | undefined;
};
/**
 * Describes the message jitgate.v1.Policy.
 * Use `create(PolicySchema)` to create a new message.
 */
export declare const PolicySchema: GenMessage<Policy>;
/**
 * The rules of a policy's routing workflow.
 *
 * @generated from message jitgate.v1.RoutingRules
 */
export type RoutingRules = Message<"jitgate.v1.RoutingRules"> & {
    /**
     * In order; names are unique.
     *
     * @generated from field: repeated jitgate.v1.RoutingRule rules = 1;
     */
    rules: RoutingRule[];
};
/**
 * Describes the message jitgate.v1.RoutingRules.
 * Use `create(RoutingRulesSchema)` to create a new message.
 */
export declare const RoutingRulesSchema: GenMessage<RoutingRules>;
/**
 * The access flows of a policy.
 *
 * @generated from message jitgate.v1.AccessFlows
 */
export type AccessFlows = Message<"jitgate.v1.AccessFlows"> & {
    /**
     * Names are unique within the document.
     *
     * @generated from field: repeated jitgate.v1.AccessFlow flows = 1;
     */
    flows: AccessFlow[];
};
/**
 * Describes the message jitgate.v1.AccessFlows.
 * Use `create(AccessFlowsSchema)` to create a new message.
 */
export declare const AccessFlowsSchema: GenMessage<AccessFlows>;
/**
 * The versions a policy was read at. ApplyPolicy given a base applies only if
 * the org is still there.
 *
 * @generated from message jitgate.v1.PolicyBase
 */
export type PolicyBase = Message<"jitgate.v1.PolicyBase"> & {
    /**
     * The org's configuration generation: moves with every change of routing,
     * flows or the request config.
     *
     * @generated from field: int64 config_generation = 1 [json_name = "config_generation"];
     */
    configGeneration: bigint;
    /**
     * The routing workflow version read (empty: none saved).
     *
     * @generated from field: string routing_version = 2 [json_name = "routing_version"];
     */
    routingVersion: string;
};
/**
 * Describes the message jitgate.v1.PolicyBase.
 * Use `create(PolicyBaseSchema)` to create a new message.
 */
export declare const PolicyBaseSchema: GenMessage<PolicyBase>;
/**
 * Request for ExportPolicy.
 *
 * @generated from message jitgate.v1.ExportPolicyRequest
 */
export type ExportPolicyRequest = Message<"jitgate.v1.ExportPolicyRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1 [json_name = "org_id"];
     */
    orgId: string;
};
/**
 * Describes the message jitgate.v1.ExportPolicyRequest.
 * Use `create(ExportPolicyRequestSchema)` to create a new message.
 */
export declare const ExportPolicyRequestSchema: GenMessage<ExportPolicyRequest>;
/**
 * Response of ExportPolicy.
 *
 * @generated from message jitgate.v1.ExportPolicyResponse
 */
export type ExportPolicyResponse = Message<"jitgate.v1.ExportPolicyResponse"> & {
    /**
     * The live policy: rules in order, flows sorted by name, defaults omitted.
     *
     * @generated from field: jitgate.v1.Policy policy = 1;
     */
    policy?: Policy | undefined;
    /**
     * What it was read at.
     *
     * @generated from field: jitgate.v1.PolicyBase base = 2;
     */
    base?: PolicyBase | undefined;
};
/**
 * Describes the message jitgate.v1.ExportPolicyResponse.
 * Use `create(ExportPolicyResponseSchema)` to create a new message.
 */
export declare const ExportPolicyResponseSchema: GenMessage<ExportPolicyResponse>;
/**
 * Request for PlanPolicy.
 *
 * @generated from message jitgate.v1.PlanPolicyRequest
 */
export type PlanPolicyRequest = Message<"jitgate.v1.PlanPolicyRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1 [json_name = "org_id"];
     */
    orgId: string;
    /**
     * The proposed policy.
     *
     * @generated from field: jitgate.v1.Policy policy = 2;
     */
    policy?: Policy | undefined;
};
/**
 * Describes the message jitgate.v1.PlanPolicyRequest.
 * Use `create(PlanPolicyRequestSchema)` to create a new message.
 */
export declare const PlanPolicyRequestSchema: GenMessage<PlanPolicyRequest>;
/**
 * One changed field of an object: its path in the object's REST JSON (such
 * as `approval[0].options.duration`) and its value before and after, as JSON
 * text (empty: absent).
 *
 * @generated from message jitgate.v1.FieldChange
 */
export type FieldChange = Message<"jitgate.v1.FieldChange"> & {
    /**
     * The field's path in the object's REST JSON.
     *
     * @generated from field: string path = 1;
     */
    path: string;
    /**
     * The value before, as JSON text; empty when the field was absent.
     *
     * @generated from field: string before = 2;
     */
    before: string;
    /**
     * The value after, as JSON text; empty when the field goes away.
     *
     * @generated from field: string after = 3;
     */
    after: string;
};
/**
 * Describes the message jitgate.v1.FieldChange.
 * Use `create(FieldChangeSchema)` to create a new message.
 */
export declare const FieldChangeSchema: GenMessage<FieldChange>;
/**
 * One object a plan changes.
 *
 * @generated from message jitgate.v1.PolicyChange
 */
export type PolicyChange = Message<"jitgate.v1.PolicyChange"> & {
    /**
     * What kind of object changes.
     *
     * @generated from field: jitgate.v1.PolicyObject object = 1;
     */
    object: PolicyObject;
    /**
     * Whether it is added, changed or removed.
     *
     * @generated from field: jitgate.v1.PolicyAction action = 2;
     */
    action: PolicyAction;
    /**
     * The rule's or flow's name; the org for the request config.
     *
     * @generated from field: string key = 3;
     */
    key: string;
    /**
     * For CHANGE: the fields that differ. For ADD and REMOVE: every field of
     * the added or removed object.
     *
     * @generated from field: repeated jitgate.v1.FieldChange fields = 4;
     */
    fields: FieldChange[];
};
/**
 * Describes the message jitgate.v1.PolicyChange.
 * Use `create(PolicyChangeSchema)` to create a new message.
 */
export declare const PolicyChangeSchema: GenMessage<PolicyChange>;
/**
 * A plan: what applying a policy would change.
 *
 * @generated from message jitgate.v1.PolicyPlan
 */
export type PolicyPlan = Message<"jitgate.v1.PolicyPlan"> & {
    /**
     * In order: routing rules (in the proposed order, removals last), access
     * flows by name, the request config.
     *
     * @generated from field: repeated jitgate.v1.PolicyChange changes = 1;
     */
    changes: PolicyChange[];
    /**
     * The versions the plan was made against.
     *
     * @generated from field: jitgate.v1.PolicyBase base = 2;
     */
    base?: PolicyBase | undefined;
    /**
     * Whether the rules' order changes (with or without other changes).
     *
     * @generated from field: bool routing_reordered = 3 [json_name = "routing_reordered"];
     */
    routingReordered: boolean;
    /**
     * Whether the org never saved a routing workflow, so applying replaces
     * P0's default rule — even with no rules (which then denies every request
     * no flow covers).
     *
     * @generated from field: bool routing_replaces_default = 4 [json_name = "routing_replaces_default"];
     */
    routingReplacesDefault: boolean;
};
/**
 * Describes the message jitgate.v1.PolicyPlan.
 * Use `create(PolicyPlanSchema)` to create a new message.
 */
export declare const PolicyPlanSchema: GenMessage<PolicyPlan>;
/**
 * Response of PlanPolicy.
 *
 * @generated from message jitgate.v1.PlanPolicyResponse
 */
export type PlanPolicyResponse = Message<"jitgate.v1.PlanPolicyResponse"> & {
    /**
     * The plan; no changes when the policy is already live.
     *
     * @generated from field: jitgate.v1.PolicyPlan plan = 1;
     */
    plan?: PolicyPlan | undefined;
};
/**
 * Describes the message jitgate.v1.PlanPolicyResponse.
 * Use `create(PlanPolicyResponseSchema)` to create a new message.
 */
export declare const PlanPolicyResponseSchema: GenMessage<PlanPolicyResponse>;
/**
 * Request for ApplyPolicy.
 *
 * @generated from message jitgate.v1.ApplyPolicyRequest
 */
export type ApplyPolicyRequest = Message<"jitgate.v1.ApplyPolicyRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1 [json_name = "org_id"];
     */
    orgId: string;
    /**
     * The policy to apply.
     *
     * @generated from field: jitgate.v1.Policy policy = 2;
     */
    policy?: Policy | undefined;
    /**
     * When set, the versions the caller planned against: if the org's
     * configuration moved since, nothing is written (ABORTED, VERSION_CONFLICT).
     *
     * @generated from field: jitgate.v1.PolicyBase base = 3;
     */
    base?: PolicyBase | undefined;
};
/**
 * Describes the message jitgate.v1.ApplyPolicyRequest.
 * Use `create(ApplyPolicyRequestSchema)` to create a new message.
 */
export declare const ApplyPolicyRequestSchema: GenMessage<ApplyPolicyRequest>;
/**
 * Response of ApplyPolicy.
 *
 * @generated from message jitgate.v1.ApplyPolicyResponse
 */
export type ApplyPolicyResponse = Message<"jitgate.v1.ApplyPolicyResponse"> & {
    /**
     * What was applied (no changes: nothing was written).
     *
     * @generated from field: jitgate.v1.PolicyPlan plan = 1;
     */
    plan?: PolicyPlan | undefined;
    /**
     * The versions after the apply.
     *
     * @generated from field: jitgate.v1.PolicyBase applied = 2;
     */
    applied?: PolicyBase | undefined;
};
/**
 * Describes the message jitgate.v1.ApplyPolicyResponse.
 * Use `create(ApplyPolicyResponseSchema)` to create a new message.
 */
export declare const ApplyPolicyResponseSchema: GenMessage<ApplyPolicyResponse>;
/**
 * Request for SimulateConfigChange.
 *
 * @generated from message jitgate.v1.SimulateConfigChangeRequest
 */
export type SimulateConfigChangeRequest = Message<"jitgate.v1.SimulateConfigChangeRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1 [json_name = "org_id"];
     */
    orgId: string;
    /**
     * The proposed policy (unset parts keep the live ones).
     *
     * @generated from field: jitgate.v1.Policy policy = 2;
     */
    policy?: Policy | undefined;
    /**
     * Stored requests filed at or after this time are re-evaluated. Unset:
     * seven days before `until`. At most 90 days before `until`.
     *
     * @generated from field: google.protobuf.Timestamp since = 3;
     */
    since?: Timestamp | undefined;
    /**
     * ... and at or before this time. Unset: now.
     *
     * @generated from field: google.protobuf.Timestamp until = 4;
     */
    until?: Timestamp | undefined;
    /**
     * At most this many stored requests, newest first. 0: 1,000; at most
     * 10,000.
     *
     * @generated from field: int32 limit = 5;
     */
    limit: number;
    /**
     * Requests that were never filed, evaluated as their requester would file
     * them now (`requester_id` names the requester). At most 100.
     *
     * @generated from field: repeated jitgate.v1.HypotheticalRequest hypothetical = 6;
     */
    hypothetical: HypotheticalRequest[];
};
/**
 * Describes the message jitgate.v1.SimulateConfigChangeRequest.
 * Use `create(SimulateConfigChangeRequestSchema)` to create a new message.
 */
export declare const SimulateConfigChangeRequestSchema: GenMessage<SimulateConfigChangeRequest>;
/**
 * A request to simulate: who asks, and what they would file.
 *
 * @generated from message jitgate.v1.HypotheticalRequest
 */
export type HypotheticalRequest = Message<"jitgate.v1.HypotheticalRequest"> & {
    /**
     * The requester, a directory user id.
     *
     * @generated from field: string requester_id = 1 [json_name = "requester_id"];
     */
    requesterId: string;
    /**
     * The request as CreateAccessRequest takes it.
     *
     * @generated from field: jitgate.v1.AccessRequest access_request = 2 [json_name = "access_request"];
     */
    accessRequest?: AccessRequest | undefined;
};
/**
 * Describes the message jitgate.v1.HypotheticalRequest.
 * Use `create(HypotheticalRequestSchema)` to create a new message.
 */
export declare const HypotheticalRequestSchema: GenMessage<HypotheticalRequest>;
/**
 * One request whose decision differs between the live and the proposed
 * policy.
 *
 * @generated from message jitgate.v1.DecisionChange
 */
export type DecisionChange = Message<"jitgate.v1.DecisionChange"> & {
    /**
     * The stored request's id; empty for a hypothetical one.
     *
     * @generated from field: string access_request_id = 1 [json_name = "access_request_id"];
     */
    accessRequestId: string;
    /**
     * The index of the hypothetical request; -1 for a stored one.
     *
     * @generated from field: int32 hypothetical_index = 2 [json_name = "hypothetical_index"];
     */
    hypotheticalIndex: number;
    /**
     * Who filed (or would file) the request.
     *
     * @generated from field: string requester_id = 3 [json_name = "requester_id"];
     */
    requesterId: string;
    /**
     * `service/resource_type/resource_id`.
     *
     * @generated from field: string resource = 4;
     */
    resource: string;
    /**
     * What differs, in words: `outcome PENDING → DENIED`, `approvers lose
     * user:lead@x.test`, `maximum window 3600s → 1800s`, `paths ...`.
     *
     * @generated from field: repeated string differences = 5;
     */
    differences: string[];
    /**
     * The evaluation under the live policy, explained as the BASIC view
     * explains one: the matching policies with their reasons, the paths.
     *
     * @generated from field: jitgate.v1.Evaluation live = 6;
     */
    live?: Evaluation | undefined;
    /**
     * The evaluation under the proposed policy, explained the same way.
     *
     * @generated from field: jitgate.v1.Evaluation proposed = 7;
     */
    proposed?: Evaluation | undefined;
};
/**
 * Describes the message jitgate.v1.DecisionChange.
 * Use `create(DecisionChangeSchema)` to create a new message.
 */
export declare const DecisionChangeSchema: GenMessage<DecisionChange>;
/**
 * Response of SimulateConfigChange.
 *
 * @generated from message jitgate.v1.SimulateConfigChangeResponse
 */
export type SimulateConfigChangeResponse = Message<"jitgate.v1.SimulateConfigChangeResponse"> & {
    /**
     * Every request whose decision changes, stored ones newest first, then
     * the hypothetical ones in order.
     *
     * @generated from field: repeated jitgate.v1.DecisionChange changes = 1;
     */
    changes: DecisionChange[];
    /**
     * How many requests were evaluated (stored and hypothetical).
     *
     * @generated from field: int32 evaluated = 2;
     */
    evaluated: number;
    /**
     * Whether a bound (the limit, the page budget or the time budget) stopped
     * the simulation before every request in the window was evaluated.
     *
     * @generated from field: bool truncated = 3;
     */
    truncated: boolean;
    /**
     * Why it was cut short, in words; empty when not truncated.
     *
     * @generated from field: string truncated_reason = 4 [json_name = "truncated_reason"];
     */
    truncatedReason: string;
    /**
     * The start of the window evaluated.
     *
     * @generated from field: google.protobuf.Timestamp since = 5;
     */
    since?: Timestamp | undefined;
    /**
     * The end of the window evaluated.
     *
     * @generated from field: google.protobuf.Timestamp until = 6;
     */
    until?: Timestamp | undefined;
    /**
     * The versions the live policy was read at.
     *
     * @generated from field: jitgate.v1.PolicyBase base = 7;
     */
    base?: PolicyBase | undefined;
};
/**
 * Describes the message jitgate.v1.SimulateConfigChangeResponse.
 * Use `create(SimulateConfigChangeResponseSchema)` to create a new message.
 */
export declare const SimulateConfigChangeResponseSchema: GenMessage<SimulateConfigChangeResponse>;
/**
 * What kind of object a change is about.
 *
 * @generated from enum jitgate.v1.PolicyObject
 */
export declare enum PolicyObject {
    /**
     * Never used.
     *
     * @generated from enum value: POLICY_OBJECT_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * A routing rule (key: its name).
     *
     * @generated from enum value: POLICY_OBJECT_ROUTING_RULE = 1;
     */
    ROUTING_RULE = 1,
    /**
     * An access flow (key: its name).
     *
     * @generated from enum value: POLICY_OBJECT_ACCESS_FLOW = 2;
     */
    ACCESS_FLOW = 2,
    /**
     * The request configuration (key: the org).
     *
     * @generated from enum value: POLICY_OBJECT_REQUEST_CONFIG = 3;
     */
    REQUEST_CONFIG = 3
}
/**
 * Describes the enum jitgate.v1.PolicyObject.
 */
export declare const PolicyObjectSchema: GenEnum<PolicyObject>;
/**
 * What a change does to its object.
 *
 * @generated from enum jitgate.v1.PolicyAction
 */
export declare enum PolicyAction {
    /**
     * Never used.
     *
     * @generated from enum value: POLICY_ACTION_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * The object is new.
     *
     * @generated from enum value: POLICY_ACTION_ADD = 1;
     */
    ADD = 1,
    /**
     * The object exists and changes.
     *
     * @generated from enum value: POLICY_ACTION_CHANGE = 2;
     */
    CHANGE = 2,
    /**
     * The object is removed.
     *
     * @generated from enum value: POLICY_ACTION_REMOVE = 3;
     */
    REMOVE = 3
}
/**
 * Describes the enum jitgate.v1.PolicyAction.
 */
export declare const PolicyActionSchema: GenEnum<PolicyAction>;
/**
 * PolicyService reads, plans, applies and simulates an org's policy as one
 * document. Every call requires the ORG_ADMIN role of the org.
 *
 * @generated from service jitgate.v1.PolicyService
 */
export declare const PolicyService: GenService<{
    /**
     * The org's live policy as a document, and the versions it was read at.
     *
     * @generated from rpc jitgate.v1.PolicyService.ExportPolicy
     */
    exportPolicy: {
        methodKind: "unary";
        input: typeof ExportPolicyRequestSchema;
        output: typeof ExportPolicyResponseSchema;
    };
    /**
     * What applying `policy` would change, object by object and field by
     * field. Writes nothing.
     *
     * @generated from rpc jitgate.v1.PolicyService.PlanPolicy
     */
    planPolicy: {
        methodKind: "unary";
        input: typeof PlanPolicyRequestSchema;
        output: typeof PlanPolicyResponseSchema;
    };
    /**
     * Applies `policy`: every change of its plan in one transaction, with one
     * CONFIG_CHANGED audit event per changed object. Conditional on `base`
     * when given (and always on what the server read to plan): a concurrent
     * change fails the call with ABORTED (reason VERSION_CONFLICT) and writes
     * nothing. Applying a document that changes nothing writes nothing.
     *
     * @generated from rpc jitgate.v1.PolicyService.ApplyPolicy
     */
    applyPolicy: {
        methodKind: "unary";
        input: typeof ApplyPolicyRequestSchema;
        output: typeof ApplyPolicyResponseSchema;
    };
    /**
     * Re-evaluates the org's requests filed in a time window (newest first, at
     * most `limit`) and the given hypothetical requests under the live and the
     * proposed policy, and reports each one whose decision would change. The
     * configuration and directory are read once; stored requests page by page
     * in a window that ends no later than now (the fields evaluated never
     * change once filed). Stores nothing. Bounded: at most 10,000 stored
     * requests, 100 hypothetical ones, a window of at most 90 days and a few
     * seconds of work; the answer says when a bound cut it short.
     *
     * @generated from rpc jitgate.v1.PolicyService.SimulateConfigChange
     */
    simulateConfigChange: {
        methodKind: "unary";
        input: typeof SimulateConfigChangeRequestSchema;
        output: typeof SimulateConfigChangeResponseSchema;
    };
}>;

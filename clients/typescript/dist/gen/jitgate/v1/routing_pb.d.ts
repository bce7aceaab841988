import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/routing.proto.
 */
export declare const file_jitgate_v1_routing: GenFile;
/**
 * One saved version of an org's routing configuration (P0's WorkflowConfig).
 *
 * @generated from message jitgate.v1.Workflow
 */
export type Workflow = Message<"jitgate.v1.Workflow"> & {
    /**
     * The version id. Also the value to pass as `current_version` when saving
     * on top of this version. Empty for an org that never saved a workflow.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * When this version was saved. Unset for an org that never saved a workflow.
     *
     * @generated from field: google.protobuf.Timestamp created_date = 2;
     */
    createdDate?: Timestamp | undefined;
    /**
     * The rules, in the order they were saved. Names are unique.
     *
     * @generated from field: repeated jitgate.v1.RoutingRule rules = 3;
     */
    rules: RoutingRule[];
};
/**
 * Describes the message jitgate.v1.Workflow.
 * Use `create(WorkflowSchema)` to create a new message.
 */
export declare const WorkflowSchema: GenMessage<Workflow>;
/**
 * A routing rule: which requestors asking for which resources are routed to
 * which approvals.
 *
 * @generated from message jitgate.v1.RoutingRule
 */
export type RoutingRule = Message<"jitgate.v1.RoutingRule"> & {
    /**
     * A human readable name, unique within the workflow. 1 to 255 characters.
     *
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * When true the rule is not evaluated. Unset or false: it is evaluated.
     *
     * @generated from field: bool disabled = 2;
     */
    disabled: boolean;
    /**
     * Who the rule applies to.
     *
     * @generated from field: jitgate.v1.Requestor requestor = 3;
     */
    requestor?: Requestor | undefined;
    /**
     * Which resources the rule applies to.
     *
     * @generated from field: jitgate.v1.Resource resource = 4;
     */
    resource?: Resource | undefined;
    /**
     * The alternative approval paths. Meeting any one of them approves the
     * request; a `deny` entry (or an empty list) denies it.
     *
     * @generated from field: repeated jitgate.v1.Approval approval = 5;
     */
    approval: Approval[];
};
/**
 * Describes the message jitgate.v1.RoutingRule.
 * Use `create(RoutingRuleSchema)` to create a new message.
 */
export declare const RoutingRuleSchema: GenMessage<RoutingRule>;
/**
 * The requestors a rule applies to.
 *
 * @generated from message jitgate.v1.Requestor
 */
export type Requestor = Message<"jitgate.v1.Requestor"> & {
    /**
     * One of `any` (every requestor), `user` (one user, by `uid`) or `group`
     * (the members of one directory group, by `directory` and `id`).
     *
     * @generated from field: string type = 1;
     */
    type: string;
    /**
     * For `user`: the user's id (see `User.id`).
     *
     * @generated from field: optional string uid = 2;
     */
    uid?: string | undefined;
    /**
     * For `group`: the directory the group lives in, such as `okta`,
     * `azure-ad` or `workspace`.
     *
     * @generated from field: optional string directory = 3;
     */
    directory?: string | undefined;
    /**
     * For `group`: the group's id in that directory.
     *
     * @generated from field: optional string id = 4;
     */
    id?: string | undefined;
    /**
     * For `group`: the group's display name. Informational.
     *
     * @generated from field: optional string label = 5;
     */
    label?: string | undefined;
    /**
     * For `group`: `keep` (members match; the default) or `remove` (everyone
     * but the members matches).
     *
     * @generated from field: optional string effect = 6;
     */
    effect?: string | undefined;
};
/**
 * Describes the message jitgate.v1.Requestor.
 * Use `create(RequestorSchema)` to create a new message.
 */
export declare const RequestorSchema: GenMessage<Requestor>;
/**
 * The resources a rule applies to.
 *
 * @generated from message jitgate.v1.Resource
 */
export type Resource = Message<"jitgate.v1.Resource"> & {
    /**
     * One of `any` (every resource) or `integration` (resources of one
     * integration's `service`, optionally narrowed by `filters`).
     *
     * @generated from field: string type = 1;
     */
    type: string;
    /**
     * For `integration`: the integration, such as `aws`, `gcloud`, `k8s`,
     * `ssh`, `okta`.
     *
     * @generated from field: optional string service = 2;
     */
    service?: string | undefined;
    /**
     * For `integration`: limit the rule to one access type of the service, such
     * as `role` or `permission-set`.
     *
     * @generated from field: optional string access_type = 3;
     */
    accessType?: string | undefined;
    /**
     * For `integration`: filters on the resource's attributes, keyed by
     * attribute name. A resource matches when every filter keeps it.
     *
     * @generated from field: map<string, jitgate.v1.ResourceFilter> filters = 4;
     */
    filters: {
        [key: string]: ResourceFilter;
    };
};
/**
 * Describes the message jitgate.v1.Resource.
 * Use `create(ResourceSchema)` to create a new message.
 */
export declare const ResourceSchema: GenMessage<Resource>;
/**
 * A filter on one attribute of a requested resource.
 *
 * @generated from message jitgate.v1.ResourceFilter
 */
export type ResourceFilter = Message<"jitgate.v1.ResourceFilter"> & {
    /**
     * `keep` (keep resources that match), `remove` (remove resources that
     * match) or `removeAll` (remove every resource that has this attribute).
     *
     * @generated from field: string effect = 1;
     */
    effect: string;
    /**
     * For attributes that are maps (such as tags): the key within the map.
     *
     * @generated from field: optional string key = 2;
     */
    key?: string | undefined;
    /**
     * For boolean attributes: the value that matches.
     *
     * @generated from field: optional bool value = 3;
     */
    value?: boolean | undefined;
    /**
     * For string attributes: a regular expression the whole value must match.
     *
     * @generated from field: optional string pattern = 4;
     */
    pattern?: string | undefined;
};
/**
 * Describes the message jitgate.v1.ResourceFilter.
 * Use `create(ResourceFilterSchema)` to create a new message.
 */
export declare const ResourceFilterSchema: GenMessage<ResourceFilter>;
/**
 * One approval path of a rule.
 *
 * @generated from message jitgate.v1.Approval
 */
export type Approval = Message<"jitgate.v1.Approval"> & {
    /**
     * One of `auto` (approved when the requestor is on call for `integration`),
     * `deny` (always denied), `escalation` (approved by the on-call members of
     * `services` in `integration`), `group` (approved by a member of the
     * directory group `id`), `persistent` (always approved, access does not
     * expire), `requestor-profile` (approved by the user named in the
     * requestor's `profile_property`, such as their manager) or `p0` (approved
     * by anyone with the APPROVER role).
     *
     * @generated from field: string type = 1;
     */
    type: string;
    /**
     * For `group` and `requestor-profile`: the directory to read.
     *
     * @generated from field: optional string directory = 2;
     */
    directory?: string | undefined;
    /**
     * For `auto` and `escalation`: the on-call integration, such as `pagerduty`.
     *
     * @generated from field: optional string integration = 3;
     */
    integration?: string | undefined;
    /**
     * For `requestor-profile`: the profile attribute holding the approver's id,
     * such as `manager`.
     *
     * @generated from field: optional string profile_property = 4 [json_name = "profile_property"];
     */
    profileProperty?: string | undefined;
    /**
     * For `escalation`: the on-call services whose members may approve.
     *
     * @generated from field: repeated string services = 5;
     */
    services: string[];
    /**
     * For `group`: the group's id in `directory`.
     *
     * @generated from field: optional string id = 6;
     */
    id?: string | undefined;
    /**
     * For `group`: the group's display name. Informational.
     *
     * @generated from field: optional string label = 7;
     */
    label?: string | undefined;
    /**
     * Constraints on requests approved through this path.
     *
     * @generated from field: jitgate.v1.ApprovalOptions options = 8;
     */
    options?: ApprovalOptions | undefined;
};
/**
 * Describes the message jitgate.v1.Approval.
 * Use `create(ApprovalSchema)` to create a new message.
 */
export declare const ApprovalSchema: GenMessage<Approval>;
/**
 * Constraints on requests approved through one approval path.
 *
 * @generated from message jitgate.v1.ApprovalOptions
 */
export type ApprovalOptions = Message<"jitgate.v1.ApprovalOptions"> & {
    /**
     * When true, a requestor who is also an eligible approver may approve their
     * own request.
     *
     * @generated from field: optional bool allow_one_party = 1 [json_name = "allow_one_party"];
     */
    allowOneParty?: boolean | undefined;
    /**
     * When true, requests must carry a justification.
     *
     * @generated from field: optional bool require_reason = 2 [json_name = "require_reason"];
     */
    requireReason?: boolean | undefined;
    /**
     * Seconds after a grant through this path during which a repeat request for
     * the same resource is refused. 0 to 315360000 (ten years).
     *
     * @generated from field: optional int32 cooldown = 3;
     */
    cooldown?: number | undefined;
    /**
     * The longest grant, in seconds, this path may approve. 0 to 315360000
     * (ten years); zero or unset means no limit.
     *
     * @generated from field: optional int32 duration = 4;
     */
    duration?: number | undefined;
};
/**
 * Describes the message jitgate.v1.ApprovalOptions.
 * Use `create(ApprovalOptionsSchema)` to create a new message.
 */
export declare const ApprovalOptionsSchema: GenMessage<ApprovalOptions>;
/**
 * Request for GetRoutingConfig.
 *
 * @generated from message jitgate.v1.GetRoutingConfigRequest
 */
export type GetRoutingConfigRequest = Message<"jitgate.v1.GetRoutingConfigRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1;
     */
    orgId: string;
};
/**
 * Describes the message jitgate.v1.GetRoutingConfigRequest.
 * Use `create(GetRoutingConfigRequestSchema)` to create a new message.
 */
export declare const GetRoutingConfigRequestSchema: GenMessage<GetRoutingConfigRequest>;
/**
 * Response of GetRoutingConfig. Over REST the body is the workflow itself.
 *
 * @generated from message jitgate.v1.GetRoutingConfigResponse
 */
export type GetRoutingConfigResponse = Message<"jitgate.v1.GetRoutingConfigResponse"> & {
    /**
     * The latest version.
     *
     * @generated from field: jitgate.v1.Workflow workflow = 1;
     */
    workflow?: Workflow | undefined;
};
/**
 * Describes the message jitgate.v1.GetRoutingConfigResponse.
 * Use `create(GetRoutingConfigResponseSchema)` to create a new message.
 */
export declare const GetRoutingConfigResponseSchema: GenMessage<GetRoutingConfigResponse>;
/**
 * Request for SaveRoutingConfig.
 *
 * @generated from message jitgate.v1.SaveRoutingConfigRequest
 */
export type SaveRoutingConfigRequest = Message<"jitgate.v1.SaveRoutingConfigRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1;
     */
    orgId: string;
    /**
     * The version this save is based on. When set it must equal the latest
     * version's id, or the call fails with ABORTED and nothing is written; the
     * empty string asserts that no version has been saved yet. When unset the
     * save is unconditional.
     *
     * @generated from field: optional string current_version = 2;
     */
    currentVersion?: string | undefined;
    /**
     * The workflow to save. Its `id` and `created_date` are ignored.
     *
     * @generated from field: jitgate.v1.Workflow workflow = 3;
     */
    workflow?: Workflow | undefined;
};
/**
 * Describes the message jitgate.v1.SaveRoutingConfigRequest.
 * Use `create(SaveRoutingConfigRequestSchema)` to create a new message.
 */
export declare const SaveRoutingConfigRequestSchema: GenMessage<SaveRoutingConfigRequest>;
/**
 * Response of SaveRoutingConfig.
 *
 * @generated from message jitgate.v1.SaveRoutingConfigResponse
 */
export type SaveRoutingConfigResponse = Message<"jitgate.v1.SaveRoutingConfigResponse"> & {
    /**
     * The rules of the saved version.
     *
     * @generated from field: repeated jitgate.v1.RoutingRule rules = 1;
     */
    rules: RoutingRule[];
    /**
     * The id of the saved version.
     *
     * @generated from field: string version = 2;
     */
    version: string;
};
/**
 * Describes the message jitgate.v1.SaveRoutingConfigResponse.
 * Use `create(SaveRoutingConfigResponseSchema)` to create a new message.
 */
export declare const SaveRoutingConfigResponseSchema: GenMessage<SaveRoutingConfigResponse>;
/**
 * Request for GetRoutingRule.
 *
 * @generated from message jitgate.v1.GetRoutingRuleRequest
 */
export type GetRoutingRuleRequest = Message<"jitgate.v1.GetRoutingRuleRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1;
     */
    orgId: string;
    /**
     * The rule's name.
     *
     * @generated from field: string name = 2;
     */
    name: string;
};
/**
 * Describes the message jitgate.v1.GetRoutingRuleRequest.
 * Use `create(GetRoutingRuleRequestSchema)` to create a new message.
 */
export declare const GetRoutingRuleRequestSchema: GenMessage<GetRoutingRuleRequest>;
/**
 * Response of GetRoutingRule. Over REST the body is the rule itself.
 *
 * @generated from message jitgate.v1.GetRoutingRuleResponse
 */
export type GetRoutingRuleResponse = Message<"jitgate.v1.GetRoutingRuleResponse"> & {
    /**
     * The rule.
     *
     * @generated from field: jitgate.v1.RoutingRule rule = 1;
     */
    rule?: RoutingRule | undefined;
    /**
     * The id of the version the rule was read from.
     *
     * @generated from field: string version = 2;
     */
    version: string;
};
/**
 * Describes the message jitgate.v1.GetRoutingRuleResponse.
 * Use `create(GetRoutingRuleResponseSchema)` to create a new message.
 */
export declare const GetRoutingRuleResponseSchema: GenMessage<GetRoutingRuleResponse>;
/**
 * Request for CreateRoutingRule.
 *
 * @generated from message jitgate.v1.CreateRoutingRuleRequest
 */
export type CreateRoutingRuleRequest = Message<"jitgate.v1.CreateRoutingRuleRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1;
     */
    orgId: string;
    /**
     * The new rule's name.
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * The rule. Its `name`, when set, must equal `name`.
     *
     * @generated from field: jitgate.v1.RoutingRule rule = 3;
     */
    rule?: RoutingRule | undefined;
    /**
     * When set, the latest version's id must equal it, or the call fails with
     * ABORTED. When unset the rule is added to whatever version is latest.
     *
     * @generated from field: optional string current_version = 4;
     */
    currentVersion?: string | undefined;
};
/**
 * Describes the message jitgate.v1.CreateRoutingRuleRequest.
 * Use `create(CreateRoutingRuleRequestSchema)` to create a new message.
 */
export declare const CreateRoutingRuleRequestSchema: GenMessage<CreateRoutingRuleRequest>;
/**
 * Response of CreateRoutingRule. Over REST the body is the rule itself.
 *
 * @generated from message jitgate.v1.CreateRoutingRuleResponse
 */
export type CreateRoutingRuleResponse = Message<"jitgate.v1.CreateRoutingRuleResponse"> & {
    /**
     * The rule as stored.
     *
     * @generated from field: jitgate.v1.RoutingRule rule = 1;
     */
    rule?: RoutingRule | undefined;
    /**
     * The id of the version the edit produced.
     *
     * @generated from field: string version = 2;
     */
    version: string;
};
/**
 * Describes the message jitgate.v1.CreateRoutingRuleResponse.
 * Use `create(CreateRoutingRuleResponseSchema)` to create a new message.
 */
export declare const CreateRoutingRuleResponseSchema: GenMessage<CreateRoutingRuleResponse>;
/**
 * Request for UpdateRoutingRule.
 *
 * @generated from message jitgate.v1.UpdateRoutingRuleRequest
 */
export type UpdateRoutingRuleRequest = Message<"jitgate.v1.UpdateRoutingRuleRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1;
     */
    orgId: string;
    /**
     * The name of the rule to replace.
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * The replacement. An empty `name` keeps the current name.
     *
     * @generated from field: jitgate.v1.RoutingRule rule = 3;
     */
    rule?: RoutingRule | undefined;
    /**
     * When set, the latest version's id must equal it, or the call fails with
     * ABORTED. When unset the edit applies to whatever version is latest.
     *
     * @generated from field: optional string current_version = 4;
     */
    currentVersion?: string | undefined;
};
/**
 * Describes the message jitgate.v1.UpdateRoutingRuleRequest.
 * Use `create(UpdateRoutingRuleRequestSchema)` to create a new message.
 */
export declare const UpdateRoutingRuleRequestSchema: GenMessage<UpdateRoutingRuleRequest>;
/**
 * Response of UpdateRoutingRule. Over REST the body is the rule itself.
 *
 * @generated from message jitgate.v1.UpdateRoutingRuleResponse
 */
export type UpdateRoutingRuleResponse = Message<"jitgate.v1.UpdateRoutingRuleResponse"> & {
    /**
     * The rule as stored.
     *
     * @generated from field: jitgate.v1.RoutingRule rule = 1;
     */
    rule?: RoutingRule | undefined;
    /**
     * The id of the version the edit produced.
     *
     * @generated from field: string version = 2;
     */
    version: string;
};
/**
 * Describes the message jitgate.v1.UpdateRoutingRuleResponse.
 * Use `create(UpdateRoutingRuleResponseSchema)` to create a new message.
 */
export declare const UpdateRoutingRuleResponseSchema: GenMessage<UpdateRoutingRuleResponse>;
/**
 * Request for DeleteRoutingRule.
 *
 * @generated from message jitgate.v1.DeleteRoutingRuleRequest
 */
export type DeleteRoutingRuleRequest = Message<"jitgate.v1.DeleteRoutingRuleRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1;
     */
    orgId: string;
    /**
     * The name of the rule to remove.
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * When set, the latest version's id must equal it, or the call fails with
     * ABORTED. When unset the edit applies to whatever version is latest.
     *
     * @generated from field: optional string current_version = 3;
     */
    currentVersion?: string | undefined;
};
/**
 * Describes the message jitgate.v1.DeleteRoutingRuleRequest.
 * Use `create(DeleteRoutingRuleRequestSchema)` to create a new message.
 */
export declare const DeleteRoutingRuleRequestSchema: GenMessage<DeleteRoutingRuleRequest>;
/**
 * Response of DeleteRoutingRule.
 *
 * @generated from message jitgate.v1.DeleteRoutingRuleResponse
 */
export type DeleteRoutingRuleResponse = Message<"jitgate.v1.DeleteRoutingRuleResponse"> & {
    /**
     * The id of the version the edit produced.
     *
     * @generated from field: string version = 1;
     */
    version: string;
};
/**
 * Describes the message jitgate.v1.DeleteRoutingRuleResponse.
 * Use `create(DeleteRoutingRuleResponseSchema)` to create a new message.
 */
export declare const DeleteRoutingRuleResponseSchema: GenMessage<DeleteRoutingRuleResponse>;
/**
 * Request for GetWorkflow.
 *
 * @generated from message jitgate.v1.GetWorkflowRequest
 */
export type GetWorkflowRequest = Message<"jitgate.v1.GetWorkflowRequest"> & {
    /**
     * The org; must be the caller's own.
     *
     * @generated from field: string org_id = 1;
     */
    orgId: string;
    /**
     * The version id.
     *
     * @generated from field: string workflow_id = 2;
     */
    workflowId: string;
};
/**
 * Describes the message jitgate.v1.GetWorkflowRequest.
 * Use `create(GetWorkflowRequestSchema)` to create a new message.
 */
export declare const GetWorkflowRequestSchema: GenMessage<GetWorkflowRequest>;
/**
 * Response of GetWorkflow. Over REST the body is the workflow itself.
 *
 * @generated from message jitgate.v1.GetWorkflowResponse
 */
export type GetWorkflowResponse = Message<"jitgate.v1.GetWorkflowResponse"> & {
    /**
     * The saved version.
     *
     * @generated from field: jitgate.v1.Workflow workflow = 1;
     */
    workflow?: Workflow | undefined;
};
/**
 * Describes the message jitgate.v1.GetWorkflowResponse.
 * Use `create(GetWorkflowResponseSchema)` to create a new message.
 */
export declare const GetWorkflowResponseSchema: GenMessage<GetWorkflowResponse>;
/**
 * RoutingService reads and writes an org's routing workflow.
 *
 * Writes use optimistic concurrency: a save that names a `current_version`
 * other than the latest fails with ABORTED and writes nothing. Rule edits by
 * name are applied to whatever version is latest when they commit, so two
 * concurrent edits never lose one another. Writes require the ORG_ADMIN role.
 *
 * @generated from service jitgate.v1.RoutingService
 */
export declare const RoutingService: GenService<{
    /**
     * Returns the latest saved workflow of the org. An org that never saved one
     * gets an empty workflow (empty `id`, no rules); evaluation then applies
     * P0's default rule.
     *
     * @generated from rpc jitgate.v1.RoutingService.GetRoutingConfig
     */
    getRoutingConfig: {
        methodKind: "unary";
        input: typeof GetRoutingConfigRequestSchema;
        output: typeof GetRoutingConfigResponseSchema;
    };
    /**
     * Saves a whole new version of the workflow. The `id` and `created_date` of
     * the submitted workflow are ignored: the server assigns them.
     *
     * @generated from rpc jitgate.v1.RoutingService.SaveRoutingConfig
     */
    saveRoutingConfig: {
        methodKind: "unary";
        input: typeof SaveRoutingConfigRequestSchema;
        output: typeof SaveRoutingConfigResponseSchema;
    };
    /**
     * Returns one rule of the latest version by name; NOT_FOUND if absent.
     *
     * @generated from rpc jitgate.v1.RoutingService.GetRoutingRule
     */
    getRoutingRule: {
        methodKind: "unary";
        input: typeof GetRoutingRuleRequestSchema;
        output: typeof GetRoutingRuleResponseSchema;
    };
    /**
     * Adds a rule to the latest version, producing a new version.
     * ALREADY_EXISTS if a rule of that name exists.
     *
     * @generated from rpc jitgate.v1.RoutingService.CreateRoutingRule
     */
    createRoutingRule: {
        methodKind: "unary";
        input: typeof CreateRoutingRuleRequestSchema;
        output: typeof CreateRoutingRuleResponseSchema;
    };
    /**
     * Replaces the rule called `name` in the latest version, producing a new
     * version. The body's `name`, when set and different, renames the rule.
     * NOT_FOUND if absent; ALREADY_EXISTS if the new name is taken.
     *
     * @generated from rpc jitgate.v1.RoutingService.UpdateRoutingRule
     */
    updateRoutingRule: {
        methodKind: "unary";
        input: typeof UpdateRoutingRuleRequestSchema;
        output: typeof UpdateRoutingRuleResponseSchema;
    };
    /**
     * Removes the rule called `name` from the latest version, producing a new
     * version. NOT_FOUND if absent. Over REST it answers 204 with no body.
     *
     * @generated from rpc jitgate.v1.RoutingService.DeleteRoutingRule
     */
    deleteRoutingRule: {
        methodKind: "unary";
        input: typeof DeleteRoutingRuleRequestSchema;
        output: typeof DeleteRoutingRuleResponseSchema;
    };
    /**
     * Returns one saved version of the workflow by its id; NOT_FOUND if the org
     * has no version with that id.
     *
     * @generated from rpc jitgate.v1.RoutingService.GetWorkflow
     */
    getWorkflow: {
        methodKind: "unary";
        input: typeof GetWorkflowRequestSchema;
        output: typeof GetWorkflowResponseSchema;
    };
}>;

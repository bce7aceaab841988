import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { FieldMask } from "@bufbuild/protobuf/wkt";
import type { Pagination } from "./common_pb.js";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/access_flow.proto.
 */
export declare const file_jitgate_v1_access_flow: GenFile;
/**
 * An access flow (Apono): grantees who may request access to targets, during
 * a timeframe, approved by approvers, for a bounded time.
 *
 * A flow applies to a request when it is `active`, its grantees include the
 * requester, its timeframe contains the evaluation time, and one of its
 * targets matches the requested resource. Each applicable flow is one
 * alternative approval path with a single step.
 *
 * @generated from message jitgate.v1.AccessFlow
 */
export type AccessFlow = Message<"jitgate.v1.AccessFlow"> & {
    /**
     * Server-assigned id (a UUID). Read-only: ignored on create and update.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * Human readable name, 1 to 255 characters, unique within the org
     * (ALREADY_EXISTS otherwise). Required on create.
     *
     * @generated from field: optional string name = 2;
     */
    name?: string | undefined;
    /**
     * Whether the flow is evaluated. Defaults to true when omitted on create.
     *
     * @generated from field: optional bool active = 3;
     */
    active?: boolean | undefined;
    /**
     * When and how the flow is triggered. Omitted on create: `user_request`
     * at any time.
     *
     * @generated from field: jitgate.v1.AccessFlowTrigger trigger = 4;
     */
    trigger?: AccessFlowTrigger | undefined;
    /**
     * Who may request access through this flow. At least one, at most 500,
     * no duplicates.
     *
     * @generated from field: repeated jitgate.v1.AccessFlowGrantee grantees = 5;
     */
    grantees: AccessFlowGrantee[];
    /**
     * The integration resources this flow grants. A flow needs at least one
     * integration or bundle target; at most 100 of each.
     *
     * @generated from field: repeated jitgate.v1.IntegrationTarget integration_targets = 6 [json_name = "integration_targets"];
     */
    integrationTargets: IntegrationTarget[];
    /**
     * The bundles this flow grants.
     *
     * @generated from field: repeated jitgate.v1.BundleTarget bundle_targets = 7 [json_name = "bundle_targets"];
     */
    bundleTargets: BundleTarget[];
    /**
     * Who approves. Empty: requests through this flow are approved at once.
     * At most 100, no duplicates.
     *
     * @generated from field: repeated jitgate.v1.AccessFlowApprover approvers = 8;
     */
    approvers: AccessFlowApprover[];
    /**
     * How long a grant lasts, in seconds, which is also the longest grant this
     * flow may approve. `-1` means the grant does not expire; otherwise 1 to
     * 31536000 (365 days). Zero and values below -1 are INVALID_ARGUMENT.
     * Required on create.
     *
     * @generated from field: optional int32 revoke_after_in_sec = 9 [json_name = "revoke_after_in_sec"];
     */
    revokeAfterInSec?: number | undefined;
    /**
     * Approval and justification settings. Omitted: all false.
     *
     * @generated from field: jitgate.v1.AccessFlowSettings settings = 10;
     */
    settings?: AccessFlowSettings | undefined;
    /**
     * When the flow was created, as the string "{seconds}.{nanos}": decimal
     * seconds since the Unix epoch, a dot, and the nanoseconds zero-padded to
     * nine digits, such as "1718000000.123456789". Server-filled, read-only.
     *
     * @generated from field: string created_date = 11 [json_name = "created_date"];
     */
    createdDate: string;
};
/**
 * Describes the message jitgate.v1.AccessFlow.
 * Use `create(AccessFlowSchema)` to create a new message.
 */
export declare const AccessFlowSchema: GenMessage<AccessFlow>;
/**
 * When an access flow applies.
 *
 * @generated from message jitgate.v1.AccessFlowTrigger
 */
export type AccessFlowTrigger = Message<"jitgate.v1.AccessFlowTrigger"> & {
    /**
     * The trigger type. Only `user_request` (a person files a request) is
     * supported; empty is read as `user_request`, other values are
     * INVALID_ARGUMENT.
     *
     * @generated from field: string type = 1;
     */
    type: string;
    /**
     * When the flow applies. Unset: at any time.
     *
     * @generated from field: jitgate.v1.Timeframe timeframe = 2;
     */
    timeframe?: Timeframe | undefined;
};
/**
 * Describes the message jitgate.v1.AccessFlowTrigger.
 * Use `create(AccessFlowTriggerSchema)` to create a new message.
 */
export declare const AccessFlowTriggerSchema: GenMessage<AccessFlowTrigger>;
/**
 * A weekly time window, in a time zone.
 *
 * @generated from message jitgate.v1.Timeframe
 */
export type Timeframe = Message<"jitgate.v1.Timeframe"> & {
    /**
     * Start of the window, in seconds since local midnight: 0 to 86399.
     *
     * @generated from field: int32 start_of_day_time_in_seconds = 1 [json_name = "start_of_day_time_in_seconds"];
     */
    startOfDayTimeInSeconds: number;
    /**
     * End of the window (exclusive), in seconds since local midnight: 1 to
     * 86400, and after the start: a window does not run past midnight (22:00
     * to 06:00 is two flows, 22:00 to 24:00 and 00:00 to 06:00).
     *
     * @generated from field: int32 end_of_day_time_in_seconds = 2 [json_name = "end_of_day_time_in_seconds"];
     */
    endOfDayTimeInSeconds: number;
    /**
     * The days on which the window applies: `MONDAY`, `TUESDAY`, `WEDNESDAY`,
     * `THURSDAY`, `FRIDAY`, `SATURDAY`, `SUNDAY` (upper case, no duplicates).
     * Empty: every day.
     *
     * @generated from field: repeated string days_in_week = 3 [json_name = "days_in_week"];
     */
    daysInWeek: string[];
    /**
     * IANA time zone name, such as `Europe/Helsinki`. Empty: `UTC` (and it
     * reads back as `UTC`). An unknown zone is INVALID_ARGUMENT.
     *
     * @generated from field: string time_zone = 4 [json_name = "time_zone"];
     */
    timeZone: string;
};
/**
 * Describes the message jitgate.v1.Timeframe.
 * Use `create(TimeframeSchema)` to create a new message.
 */
export declare const TimeframeSchema: GenMessage<Timeframe>;
/**
 * A grantee of an access flow: a principal who may request through it.
 *
 * @generated from message jitgate.v1.AccessFlowGrantee
 */
export type AccessFlowGrantee = Message<"jitgate.v1.AccessFlowGrantee"> & {
    /**
     * For `user`: the user's id (see `User.id`). For `group`: the
     * directory group's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * `user` or `group`; other values are INVALID_ARGUMENT.
     *
     * @generated from field: string type = 2;
     */
    type: string;
};
/**
 * Describes the message jitgate.v1.AccessFlowGrantee.
 * Use `create(AccessFlowGranteeSchema)` to create a new message.
 */
export declare const AccessFlowGranteeSchema: GenMessage<AccessFlowGrantee>;
/**
 * An approver of an access flow.
 *
 * @generated from message jitgate.v1.AccessFlowApprover
 */
export type AccessFlowApprover = Message<"jitgate.v1.AccessFlowApprover"> & {
    /**
     * For `user`: the user's id (see `User.id`). For `group`: the
     * directory group's id, any member of which may approve. Must be empty
     * for `manager` and `owner`.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * `user`, `group`, `manager` (the requester's manager in the directory)
     * or `owner` (the owners of the requested resource, else of its service,
     * in the directory); other values are INVALID_ARGUMENT.
     *
     * @generated from field: string type = 2;
     */
    type: string;
};
/**
 * Describes the message jitgate.v1.AccessFlowApprover.
 * Use `create(AccessFlowApproverSchema)` to create a new message.
 */
export declare const AccessFlowApproverSchema: GenMessage<AccessFlowApprover>;
/**
 * A set of resources of one integration that an access flow grants.
 *
 * A request's resource matches when its `service` equals `integration_id`,
 * its `resource_type` equals `resource_type`, it carries every tag of
 * `resource_tag_includes` and none of `resource_tag_excludes`, and every
 * permission it asks for is in `permissions`.
 *
 * @generated from message jitgate.v1.IntegrationTarget
 */
export type IntegrationTarget = Message<"jitgate.v1.IntegrationTarget"> & {
    /**
     * The integration, matched against a request's `resource.service` (such
     * as `aws`, `postgres`). Required.
     *
     * @generated from field: string integration_id = 1 [json_name = "integration_id"];
     */
    integrationId: string;
    /**
     * The resource type within the integration, such as `aws-iam-role`.
     * Required.
     *
     * @generated from field: string resource_type = 2 [json_name = "resource_type"];
     */
    resourceType: string;
    /**
     * Tags a resource must all carry to match. Empty: no requirement. At
     * most 50, no duplicates.
     *
     * @generated from field: repeated jitgate.v1.ResourceTag resource_tag_includes = 3 [json_name = "resource_tag_includes"];
     */
    resourceTagIncludes: ResourceTag[];
    /**
     * Tags a resource must carry none of to match. Empty: no exclusion. At
     * most 50, no duplicates, none also in `resource_tag_includes`.
     *
     * @generated from field: repeated jitgate.v1.ResourceTag resource_tag_excludes = 4 [json_name = "resource_tag_excludes"];
     */
    resourceTagExcludes: ResourceTag[];
    /**
     * The permissions that may be requested. Empty: any permission. At most
     * 100, no duplicates.
     *
     * @generated from field: repeated string permissions = 5;
     */
    permissions: string[];
};
/**
 * Describes the message jitgate.v1.IntegrationTarget.
 * Use `create(IntegrationTargetSchema)` to create a new message.
 */
export declare const IntegrationTargetSchema: GenMessage<IntegrationTarget>;
/**
 * A resource tag (a name and value pair).
 *
 * @generated from message jitgate.v1.ResourceTag
 */
export type ResourceTag = Message<"jitgate.v1.ResourceTag"> & {
    /**
     * The tag name, 1 to 255 characters. Required.
     *
     * @generated from field: string name = 1;
     */
    name: string;
    /**
     * The tag value, compared exactly (case-sensitive): at most 255
     * characters, and may be empty.
     *
     * @generated from field: string value = 2;
     */
    value: string;
};
/**
 * Describes the message jitgate.v1.ResourceTag.
 * Use `create(ResourceTagSchema)` to create a new message.
 */
export declare const ResourceTagSchema: GenMessage<ResourceTag>;
/**
 * A bundle an access flow grants.
 *
 * jitgate does not manage bundle contents: a request for a bundle names
 * `resource_type` `bundle` and the bundle's id as `resource_id`.
 *
 * @generated from message jitgate.v1.BundleTarget
 */
export type BundleTarget = Message<"jitgate.v1.BundleTarget"> & {
    /**
     * The bundle's id. Required.
     *
     * @generated from field: string bundle_id = 1 [json_name = "bundle_id"];
     */
    bundleId: string;
};
/**
 * Describes the message jitgate.v1.BundleTarget.
 * Use `create(BundleTargetSchema)` to create a new message.
 */
export declare const BundleTargetSchema: GenMessage<BundleTarget>;
/**
 * Approval settings of an access flow.
 *
 * @generated from message jitgate.v1.AccessFlowSettings
 */
export type AccessFlowSettings = Message<"jitgate.v1.AccessFlowSettings"> & {
    /**
     * When true, every request through this flow must carry a justification,
     * repeat requests for the same access included. When false it is optional.
     *
     * @generated from field: bool require_justification_on_request_again = 1 [json_name = "require_justification_on_request_again"];
     */
    requireJustificationOnRequestAgain: boolean;
    /**
     * When true every approver must approve (quorum ALL); when false any one
     * approver suffices (quorum ANY).
     *
     * @generated from field: bool require_all_approvers = 2 [json_name = "require_all_approvers"];
     */
    requireAllApprovers: boolean;
    /**
     * When true, approvers must give a comment with their decision.
     *
     * @generated from field: bool require_approver_justification = 3 [json_name = "require_approver_justification"];
     */
    requireApproverJustification: boolean;
    /**
     * When true, a requester who is also an approver can never approve their
     * own request, even under `autoApprovalEnabled`.
     *
     * @generated from field: bool approver_cannot_approve_himself = 4 [json_name = "approver_cannot_approve_himself"];
     */
    approverCannotApproveHimself: boolean;
};
/**
 * Describes the message jitgate.v1.AccessFlowSettings.
 * Use `create(AccessFlowSettingsSchema)` to create a new message.
 */
export declare const AccessFlowSettingsSchema: GenMessage<AccessFlowSettings>;
/**
 * Request for GetAccessFlow.
 *
 * @generated from message jitgate.v1.GetAccessFlowRequest
 */
export type GetAccessFlowRequest = Message<"jitgate.v1.GetAccessFlowRequest"> & {
    /**
     * The flow's id.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.GetAccessFlowRequest.
 * Use `create(GetAccessFlowRequestSchema)` to create a new message.
 */
export declare const GetAccessFlowRequestSchema: GenMessage<GetAccessFlowRequest>;
/**
 * Response of GetAccessFlow. Over REST the body is the flow itself.
 *
 * @generated from message jitgate.v1.GetAccessFlowResponse
 */
export type GetAccessFlowResponse = Message<"jitgate.v1.GetAccessFlowResponse"> & {
    /**
     * The flow.
     *
     * @generated from field: jitgate.v1.AccessFlow access_flow = 1 [json_name = "access_flow"];
     */
    accessFlow?: AccessFlow | undefined;
};
/**
 * Describes the message jitgate.v1.GetAccessFlowResponse.
 * Use `create(GetAccessFlowResponseSchema)` to create a new message.
 */
export declare const GetAccessFlowResponseSchema: GenMessage<GetAccessFlowResponse>;
/**
 * Request for ListAccessFlows.
 *
 * @generated from message jitgate.v1.ListAccessFlowsRequest
 */
export type ListAccessFlowsRequest = Message<"jitgate.v1.ListAccessFlowsRequest"> & {
    /**
     * Page size: 1 to 100; zero or unset means 50. Above 100 is
     * INVALID_ARGUMENT.
     *
     * @generated from field: int32 limit = 1;
     */
    limit: number;
    /**
     * Number of flows to skip; zero or more. Defaults to 0.
     *
     * @generated from field: int32 offset = 2;
     */
    offset: number;
};
/**
 * Describes the message jitgate.v1.ListAccessFlowsRequest.
 * Use `create(ListAccessFlowsRequestSchema)` to create a new message.
 */
export declare const ListAccessFlowsRequestSchema: GenMessage<ListAccessFlowsRequest>;
/**
 * Response of ListAccessFlows.
 *
 * @generated from message jitgate.v1.ListAccessFlowsResponse
 */
export type ListAccessFlowsResponse = Message<"jitgate.v1.ListAccessFlowsResponse"> & {
    /**
     * The flows of this page.
     *
     * @generated from field: repeated jitgate.v1.AccessFlow data = 1;
     */
    data: AccessFlow[];
    /**
     * The paging summary.
     *
     * @generated from field: jitgate.v1.Pagination pagination = 2;
     */
    pagination?: Pagination | undefined;
};
/**
 * Describes the message jitgate.v1.ListAccessFlowsResponse.
 * Use `create(ListAccessFlowsResponseSchema)` to create a new message.
 */
export declare const ListAccessFlowsResponseSchema: GenMessage<ListAccessFlowsResponse>;
/**
 * Request for CreateAccessFlow.
 *
 * @generated from message jitgate.v1.CreateAccessFlowRequest
 */
export type CreateAccessFlowRequest = Message<"jitgate.v1.CreateAccessFlowRequest"> & {
    /**
     * The flow to create. Its `id` and `created_date` are ignored.
     *
     * @generated from field: jitgate.v1.AccessFlow access_flow = 1 [json_name = "access_flow"];
     */
    accessFlow?: AccessFlow | undefined;
};
/**
 * Describes the message jitgate.v1.CreateAccessFlowRequest.
 * Use `create(CreateAccessFlowRequestSchema)` to create a new message.
 */
export declare const CreateAccessFlowRequestSchema: GenMessage<CreateAccessFlowRequest>;
/**
 * Response of CreateAccessFlow. Over REST the body is the flow itself.
 *
 * @generated from message jitgate.v1.CreateAccessFlowResponse
 */
export type CreateAccessFlowResponse = Message<"jitgate.v1.CreateAccessFlowResponse"> & {
    /**
     * The flow as stored.
     *
     * @generated from field: jitgate.v1.AccessFlow access_flow = 1 [json_name = "access_flow"];
     */
    accessFlow?: AccessFlow | undefined;
};
/**
 * Describes the message jitgate.v1.CreateAccessFlowResponse.
 * Use `create(CreateAccessFlowResponseSchema)` to create a new message.
 */
export declare const CreateAccessFlowResponseSchema: GenMessage<CreateAccessFlowResponse>;
/**
 * Request for UpdateAccessFlow.
 *
 * @generated from message jitgate.v1.UpdateAccessFlowRequest
 */
export type UpdateAccessFlowRequest = Message<"jitgate.v1.UpdateAccessFlowRequest"> & {
    /**
     * The id of the flow to change.
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The new field values; which of them apply is described on the RPC.
     *
     * @generated from field: jitgate.v1.AccessFlow access_flow = 2 [json_name = "access_flow"];
     */
    accessFlow?: AccessFlow | undefined;
    /**
     * The top-level AccessFlow fields to replace. Unset: the fields present in
     * the body (see the RPC).
     *
     * @generated from field: google.protobuf.FieldMask update_mask = 3 [json_name = "update_mask"];
     */
    updateMask?: FieldMask | undefined;
};
/**
 * Describes the message jitgate.v1.UpdateAccessFlowRequest.
 * Use `create(UpdateAccessFlowRequestSchema)` to create a new message.
 */
export declare const UpdateAccessFlowRequestSchema: GenMessage<UpdateAccessFlowRequest>;
/**
 * Response of UpdateAccessFlow. Over REST the body is the flow itself.
 *
 * @generated from message jitgate.v1.UpdateAccessFlowResponse
 */
export type UpdateAccessFlowResponse = Message<"jitgate.v1.UpdateAccessFlowResponse"> & {
    /**
     * The flow as stored.
     *
     * @generated from field: jitgate.v1.AccessFlow access_flow = 1 [json_name = "access_flow"];
     */
    accessFlow?: AccessFlow | undefined;
};
/**
 * Describes the message jitgate.v1.UpdateAccessFlowResponse.
 * Use `create(UpdateAccessFlowResponseSchema)` to create a new message.
 */
export declare const UpdateAccessFlowResponseSchema: GenMessage<UpdateAccessFlowResponse>;
/**
 * Request for DeleteAccessFlow.
 *
 * @generated from message jitgate.v1.DeleteAccessFlowRequest
 */
export type DeleteAccessFlowRequest = Message<"jitgate.v1.DeleteAccessFlowRequest"> & {
    /**
     * The id of the flow to delete.
     *
     * @generated from field: string id = 1;
     */
    id: string;
};
/**
 * Describes the message jitgate.v1.DeleteAccessFlowRequest.
 * Use `create(DeleteAccessFlowRequestSchema)` to create a new message.
 */
export declare const DeleteAccessFlowRequestSchema: GenMessage<DeleteAccessFlowRequest>;
/**
 * Response of DeleteAccessFlow: empty (REST 204).
 *
 * @generated from message jitgate.v1.DeleteAccessFlowResponse
 */
export type DeleteAccessFlowResponse = Message<"jitgate.v1.DeleteAccessFlowResponse"> & {};
/**
 * Describes the message jitgate.v1.DeleteAccessFlowResponse.
 * Use `create(DeleteAccessFlowResponseSchema)` to create a new message.
 */
export declare const DeleteAccessFlowResponseSchema: GenMessage<DeleteAccessFlowResponse>;
/**
 * AccessFlowService reads and writes an org's access flows.
 *
 * The org is the caller's token `org`; flows of other orgs are NOT_FOUND.
 * Like all configuration, reads and writes require the ORG_ADMIN role
 * (PERMISSION_DENIED otherwise). Every write is validated whole
 * (INVALID_ARGUMENT with one field violation per bad field, nothing stored)
 * and leaves a CONFIG_CHANGED audit event with before and after. Changes
 * apply only to requests filed afterwards.
 *
 * @generated from service jitgate.v1.AccessFlowService
 */
export declare const AccessFlowService: GenService<{
    /**
     * Returns one access flow by id; NOT_FOUND if the org has none with that id.
     * Over REST the body is the flow itself.
     *
     * @generated from rpc jitgate.v1.AccessFlowService.GetAccessFlow
     */
    getAccessFlow: {
        methodKind: "unary";
        input: typeof GetAccessFlowRequestSchema;
        output: typeof GetAccessFlowResponseSchema;
    };
    /**
     * Lists the org's access flows, oldest first (by `created_date`, then
     * `id`), one page at a time. A flow created while a client pages sorts
     * after every existing one, so pages never shift under inserts. Over REST
     * the body is `{"data": [...], "pagination": {...}}`.
     *
     * @generated from rpc jitgate.v1.AccessFlowService.ListAccessFlows
     */
    listAccessFlows: {
        methodKind: "unary";
        input: typeof ListAccessFlowsRequestSchema;
        output: typeof ListAccessFlowsResponseSchema;
    };
    /**
     * Creates an access flow. The server assigns `id` and `created_date`
     * (values in the body are ignored). ORG_ADMIN only. Over REST the request
     * and response bodies are the flow itself.
     *
     * @generated from rpc jitgate.v1.AccessFlowService.CreateAccessFlow
     */
    createAccessFlow: {
        methodKind: "unary";
        input: typeof CreateAccessFlowRequestSchema;
        output: typeof CreateAccessFlowResponseSchema;
    };
    /**
     * Changes some fields of an access flow (PATCH). ORG_ADMIN only.
     *
     * Which fields change: when `update_mask` is set, exactly the top-level
     * AccessFlow fields it names (by proto field name, such as `name`,
     * `active`, `trigger`, `grantees`, `integration_targets`,
     * `bundle_targets`, `approvers`, `revoke_after_in_sec`, `settings`); a named
     * field that is absent from the body gets what create would give it (its
     * default, or INVALID_ARGUMENT for the required `name` and
     * `revoke_after_in_sec`), so a named list absent from the body is cleared.
     * An unknown or nested path is INVALID_ARGUMENT naming it. When `update_mask`
     * is unset, every field present in the body is replaced: over REST the
     * top-level keys present in the JSON body (as grpc-gateway infers the mask
     * for PATCH), so an Apono PATCH body works unchanged and `"approvers": []`
     * clears the approvers; over gRPC the scalars that are set (proto3
     * presence), the sub-objects that are set, and the lists that are
     * non-empty (name a list in `update_mask` to clear it). A sub-object
     * (`trigger`, `settings`) is always replaced whole. `id` and
     * `created_date` are read-only: ignored in the body, INVALID_ARGUMENT when
     * named in the mask. The result is validated whole. A PATCH that changes
     * nothing writes nothing (and leaves no audit event). Concurrent PATCHes
     * of different fields all apply: each is re-applied to the latest state
     * if another lands first. NOT_FOUND if absent.
     *
     * @generated from rpc jitgate.v1.AccessFlowService.UpdateAccessFlow
     */
    updateAccessFlow: {
        methodKind: "unary";
        input: typeof UpdateAccessFlowRequestSchema;
        output: typeof UpdateAccessFlowResponseSchema;
    };
    /**
     * Deletes an access flow. Requests already filed keep their copied plan.
     * ORG_ADMIN only. NOT_FOUND if absent. Over REST it answers 204 with no
     * body.
     *
     * @generated from rpc jitgate.v1.AccessFlowService.DeleteAccessFlow
     */
    deleteAccessFlow: {
        methodKind: "unary";
        input: typeof DeleteAccessFlowRequestSchema;
        output: typeof DeleteAccessFlowResponseSchema;
    };
}>;

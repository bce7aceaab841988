import type { GenFile, GenMessage, GenService } from "@bufbuild/protobuf/codegenv2";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/request_config.proto.
 */
export declare const file_jitgate_v1_request_config: GenFile;
/**
 * An org's access-request configuration (SailPoint's AccessRequestConfig).
 *
 * @generated from message jitgate.v1.AccessRequestConfig
 */
export type AccessRequestConfig = Message<"jitgate.v1.AccessRequestConfig"> & {
    /**
     * When true, approvals are processed by an external system: only ORG_ADMIN
     * callers (such as that system's service account) may file or decide
     * requests; anyone else gets FAILED_PRECONDITION. Default false.
     *
     * @generated from field: bool approvals_must_be_external = 1;
     */
    approvalsMustBeExternal: boolean;
    /**
     * When true, a requester who is an eligible approver of an approval path
     * of their own request is approved at once through that path (unless the
     * path forbids it, as `approver_cannot_approve_himself` does). Default
     * false.
     *
     * @generated from field: bool auto_approval_enabled = 2;
     */
    autoApprovalEnabled: boolean;
    /**
     * Who may request on behalf of someone else. Omitted: both false.
     *
     * @generated from field: jitgate.v1.RequestOnBehalfOfConfig request_on_behalf_of_config = 3;
     */
    requestOnBehalfOfConfig?: RequestOnBehalfOfConfig | undefined;
    /**
     * Reminders and escalation of undecided requests. Omitted: all defaults.
     *
     * @generated from field: jitgate.v1.ApprovalReminderAndEscalationConfig approval_reminder_and_escalation_config = 4;
     */
    approvalReminderAndEscalationConfig?: ApprovalReminderAndEscalationConfig | undefined;
    /**
     * Entitlement requests. Omitted: all defaults. An entitlement request is
     * one whose `resource.resource_type` is `entitlement`.
     *
     * @generated from field: jitgate.v1.EntitlementRequestConfig entitlement_request_config = 5;
     */
    entitlementRequestConfig?: EntitlementRequestConfig | undefined;
    /**
     * SailPoint's re-authorization flag, stored and returned for its clients;
     * jitgate does not re-authenticate approvers. Default false.
     *
     * @generated from field: bool reauthorization_enabled = 6;
     */
    reauthorizationEnabled: boolean;
    /**
     * SailPoint's governance-group visibility flag, stored and returned;
     * jitgate has no governance groups. Default false.
     *
     * @generated from field: bool gov_group_visibility_enabled = 7;
     */
    govGroupVisibilityEnabled: boolean;
    /**
     * SailPoint's machine-identity flag, stored and returned; jitgate has no
     * machine identities. Omitted: true, SailPoint's default.
     *
     * @generated from field: optional bool machine_identity_access_request_enabled = 8;
     */
    machineIdentityAccessRequestEnabled?: boolean | undefined;
};
/**
 * Describes the message jitgate.v1.AccessRequestConfig.
 * Use `create(AccessRequestConfigSchema)` to create a new message.
 */
export declare const AccessRequestConfigSchema: GenMessage<AccessRequestConfig>;
/**
 * Who may file a request whose target user is not the requester.
 *
 * @generated from message jitgate.v1.RequestOnBehalfOfConfig
 */
export type RequestOnBehalfOfConfig = Message<"jitgate.v1.RequestOnBehalfOfConfig"> & {
    /**
     * When true, anyone may request access for anyone. Default false.
     *
     * @generated from field: bool allow_request_on_behalf_of_anyone_by_anyone = 1;
     */
    allowRequestOnBehalfOfAnyoneByAnyone: boolean;
    /**
     * When true, a manager may request access for their direct reports (users
     * whose directory `managerId` is the manager). Default false.
     *
     * @generated from field: bool allow_request_on_behalf_of_employee_by_manager = 2;
     */
    allowRequestOnBehalfOfEmployeeByManager: boolean;
    /**
     * SailPoint's machine-identity flags, stored and returned for its
     * clients; jitgate has no machine identities. Omitted: true.
     *
     * @generated from field: optional bool allow_request_on_behalf_of_for_machine_identity = 3;
     */
    allowRequestOnBehalfOfForMachineIdentity?: boolean | undefined;
    /**
     * Omitted: false.
     *
     * @generated from field: bool allow_request_for_machine_by_owner = 4;
     */
    allowRequestForMachineByOwner: boolean;
};
/**
 * Describes the message jitgate.v1.RequestOnBehalfOfConfig.
 * Use `create(RequestOnBehalfOfConfigSchema)` to create a new message.
 */
export declare const RequestOnBehalfOfConfigSchema: GenMessage<RequestOnBehalfOfConfig>;
/**
 * Reminders to approvers of an undecided request, then escalation.
 *
 * Timeline of an undecided step: the first reminder is due
 * `daysUntilEscalation` days after the step began; up to `maxReminders`
 * reminders are due `daysBetweenReminders` days apart; one interval after the
 * last reminder (or at `daysUntilEscalation` when `maxReminders` is 0) the
 * step escalates to the pending approvers' managers. Each escalation starts
 * the timeline over for the step's new approvers: the next level (their
 * managers, then the fallback approver) comes after a full round of
 * reminders again. Each is a REMINDER_DUE or ESCALATED event.
 *
 * @generated from message jitgate.v1.ApprovalReminderAndEscalationConfig
 */
export type ApprovalReminderAndEscalationConfig = Message<"jitgate.v1.ApprovalReminderAndEscalationConfig"> & {
    /**
     * Days to wait before the first reminder; with no reminders configured,
     * days to wait before escalation. 0 to 3650; 0 (the default) disables
     * reminders and escalation. Outside that range is INVALID_ARGUMENT.
     *
     * @generated from field: optional int32 days_until_escalation = 1;
     */
    daysUntilEscalation?: number | undefined;
    /**
     * Days between reminders, and from the last reminder to escalation.
     * Escalation starts the cycle over for the new approvers: the first
     * reminder after days_until_escalation, and so on. 1 to 3650;
     * default 1 when omitted. Outside that range is INVALID_ARGUMENT.
     *
     * @generated from field: optional int32 days_between_reminders = 2;
     */
    daysBetweenReminders?: number | undefined;
    /**
     * Maximum number of reminders to send before escalating. 0 to 20; default
     * 1 when omitted (SailPoint's v3 model cannot read 0). Outside that range
     * is INVALID_ARGUMENT.
     *
     * @generated from field: optional int32 max_reminders = 3;
     */
    maxReminders?: number | undefined;
    /**
     * The last-resort approver of an escalation. Nullable: omitted or `null`
     * means escalation stops at the approvers' managers.
     *
     * @generated from field: jitgate.v1.FallbackApproverRef fallback_approver_ref = 4;
     */
    fallbackApproverRef?: FallbackApproverRef | undefined;
};
/**
 * Describes the message jitgate.v1.ApprovalReminderAndEscalationConfig.
 * Use `create(ApprovalReminderAndEscalationConfigSchema)` to create a new message.
 */
export declare const ApprovalReminderAndEscalationConfigSchema: GenMessage<ApprovalReminderAndEscalationConfig>;
/**
 * A reference to the fallback approver, an identity of the directory.
 *
 * @generated from message jitgate.v1.FallbackApproverRef
 */
export type FallbackApproverRef = Message<"jitgate.v1.FallbackApproverRef"> & {
    /**
     * Always `IDENTITY`; empty is read as `IDENTITY`, any other value is
     * INVALID_ARGUMENT.
     *
     * @generated from field: string type = 1;
     */
    type: string;
    /**
     * The identity's id: a directory user id. An unknown user is
     * INVALID_ARGUMENT; empty: no fallback approver (the whole reference is
     * read as unset).
     *
     * @generated from field: string id = 2;
     */
    id: string;
    /**
     * The identity's display name, filled from the directory. Read-only:
     * ignored on input.
     *
     * @generated from field: string name = 3;
     */
    name: string;
    /**
     * The identity's email address, filled from the directory. Read-only:
     * ignored on input.
     *
     * @generated from field: string email = 4;
     */
    email: string;
};
/**
 * Describes the message jitgate.v1.FallbackApproverRef.
 * Use `create(FallbackApproverRefSchema)` to create a new message.
 */
export declare const FallbackApproverRefSchema: GenMessage<FallbackApproverRef>;
/**
 * Entitlement requests: whether they are allowed and how they are approved.
 *
 * @generated from message jitgate.v1.EntitlementRequestConfig
 */
export type EntitlementRequestConfig = Message<"jitgate.v1.EntitlementRequestConfig"> & {
    /**
     * When true, entitlement requests may be filed; when false they are
     * refused with FAILED_PRECONDITION. Default true.
     *
     * @generated from field: optional bool allow_entitlement_request = 1;
     */
    allowEntitlementRequest?: boolean | undefined;
    /**
     * When true, entitlement requests must carry a justification
     * (`request_justification`). Default false.
     *
     * @generated from field: bool request_comments_required = 2;
     */
    requestCommentsRequired: boolean;
    /**
     * When true, denying an entitlement request requires a comment. Default
     * false.
     *
     * @generated from field: bool denied_comments_required = 3;
     */
    deniedCommentsRequired: boolean;
    /**
     * The approval steps of entitlement requests, in order, as a
     * comma-separated list (spaces around commas are ignored). Each scheme is
     * `entitlementOwner` (the owners of the requested resource),
     * `sourceOwner` (the owners of its service), `manager` (the target user's
     * manager) or `workgroup:{id}` (any member of directory group `id`); a
     * scheme may appear once. The empty string means no approval is needed.
     * Default `sourceOwner` when omitted. An unknown scheme is
     * INVALID_ARGUMENT.
     *
     * @generated from field: optional string grant_request_approval_schemes = 4;
     */
    grantRequestApprovalSchemes?: string | undefined;
    /**
     * SailPoint's newer shape of the same settings (its v2024 and v2025 APIs
     * and SDK 2.x), written on every read beside the flat keys above:
     * `approvalSchemes` is `grantRequestApprovalSchemes`,
     * `requestCommentRequired` is `requestCommentsRequired` and
     * `denialCommentRequired` is `deniedCommentsRequired`. A write may send
     * either shape or both; when both are sent and disagree, the one that
     * differs from the stored configuration wins (a client echoing what it
     * read while editing the other), and INVALID_ARGUMENT when both differ
     * from it (decision 0022).
     *
     * @generated from field: jitgate.v1.EntitlementAccessRequestConfig access_request_config = 5;
     */
    accessRequestConfig?: EntitlementAccessRequestConfig | undefined;
    /**
     * How revocations of entitlements are approved (SailPoint's shape).
     * Stored and returned; jitgate revokes at once (RevokeAccessRequest).
     *
     * @generated from field: jitgate.v1.EntitlementRevocationRequestConfig revocation_request_config = 6;
     */
    revocationRequestConfig?: EntitlementRevocationRequestConfig | undefined;
};
/**
 * Describes the message jitgate.v1.EntitlementRequestConfig.
 * Use `create(EntitlementRequestConfigSchema)` to create a new message.
 */
export declare const EntitlementRequestConfigSchema: GenMessage<EntitlementRequestConfig>;
/**
 * SailPoint's `EntitlementAccessRequestConfig`.
 *
 * @generated from message jitgate.v1.EntitlementAccessRequestConfig
 */
export type EntitlementAccessRequestConfig = Message<"jitgate.v1.EntitlementAccessRequestConfig"> & {
    /**
     * The approval steps, in order: `grantRequestApprovalSchemes` as a list.
     * At most 10.
     *
     * @generated from field: repeated jitgate.v1.EntitlementApprovalScheme approval_schemes = 1;
     */
    approvalSchemes: EntitlementApprovalScheme[];
    /**
     * `requestCommentsRequired`. Unset: as the flat key says.
     *
     * @generated from field: optional bool request_comment_required = 2;
     */
    requestCommentRequired?: boolean | undefined;
    /**
     * `deniedCommentsRequired`. Unset: as the flat key says.
     *
     * @generated from field: optional bool denial_comment_required = 3;
     */
    denialCommentRequired?: boolean | undefined;
    /**
     * SailPoint's re-authorization flag. Stored and returned; jitgate has no
     * re-authentication step. Default false.
     *
     * @generated from field: bool reauthorization_required = 4;
     */
    reauthorizationRequired: boolean;
    /**
     * SailPoint's flag requiring an end date. Stored and returned. Default
     * false.
     *
     * @generated from field: bool require_end_date = 5;
     */
    requireEndDate: boolean;
    /**
     * SailPoint's longest permitted access. Stored and returned. Unset: none.
     *
     * @generated from field: jitgate.v1.MaxPermittedAccessDuration max_permitted_access_duration = 6;
     */
    maxPermittedAccessDuration?: MaxPermittedAccessDuration | undefined;
    /**
     * SailPoint's form definition. Stored and returned, at most 255
     * characters. Unset: none.
     *
     * @generated from field: optional string form_definition_id = 7;
     */
    formDefinitionId?: string | undefined;
};
/**
 * Describes the message jitgate.v1.EntitlementAccessRequestConfig.
 * Use `create(EntitlementAccessRequestConfigSchema)` to create a new message.
 */
export declare const EntitlementAccessRequestConfigSchema: GenMessage<EntitlementAccessRequestConfig>;
/**
 * SailPoint's `EntitlementRevocationRequestConfig`.
 *
 * @generated from message jitgate.v1.EntitlementRevocationRequestConfig
 */
export type EntitlementRevocationRequestConfig = Message<"jitgate.v1.EntitlementRevocationRequestConfig"> & {
    /**
     * The approval steps of a revocation. At most 10. Default: none.
     *
     * @generated from field: repeated jitgate.v1.EntitlementApprovalScheme approval_schemes = 1;
     */
    approvalSchemes: EntitlementApprovalScheme[];
};
/**
 * Describes the message jitgate.v1.EntitlementRevocationRequestConfig.
 * Use `create(EntitlementRevocationRequestConfigSchema)` to create a new message.
 */
export declare const EntitlementRevocationRequestConfigSchema: GenMessage<EntitlementRevocationRequestConfig>;
/**
 * One approval step in SailPoint's newer shape.
 *
 * @generated from message jitgate.v1.EntitlementApprovalScheme
 */
export type EntitlementApprovalScheme = Message<"jitgate.v1.EntitlementApprovalScheme"> & {
    /**
     * `ENTITLEMENT_OWNER` (entitlementOwner), `SOURCE_OWNER` (sourceOwner),
     * `MANAGER` (manager) or `GOVERNANCE_GROUP` (workgroup:{approver_id}).
     * `WORKFLOW` and other values are INVALID_ARGUMENT: jitgate runs no
     * SailPoint workflows.
     *
     * @generated from field: string approver_type = 1;
     */
    approverType: string;
    /**
     * The group id of a GOVERNANCE_GROUP step; empty (or null) for the other
     * types.
     *
     * @generated from field: string approver_id = 2;
     */
    approverId: string;
};
/**
 * Describes the message jitgate.v1.EntitlementApprovalScheme.
 * Use `create(EntitlementApprovalSchemeSchema)` to create a new message.
 */
export declare const EntitlementApprovalSchemeSchema: GenMessage<EntitlementApprovalScheme>;
/**
 * A length of time in SailPoint's units.
 *
 * @generated from message jitgate.v1.MaxPermittedAccessDuration
 */
export type MaxPermittedAccessDuration = Message<"jitgate.v1.MaxPermittedAccessDuration"> & {
    /**
     * 1 to 10000.
     *
     * @generated from field: int32 value = 1;
     */
    value: number;
    /**
     * `HOURS`, `DAYS`, `WEEKS` or `MONTHS`.
     *
     * @generated from field: string time_unit = 2;
     */
    timeUnit: string;
};
/**
 * Describes the message jitgate.v1.MaxPermittedAccessDuration.
 * Use `create(MaxPermittedAccessDurationSchema)` to create a new message.
 */
export declare const MaxPermittedAccessDurationSchema: GenMessage<MaxPermittedAccessDuration>;
/**
 * Request for GetRequestConfig.
 *
 * @generated from message jitgate.v1.GetRequestConfigRequest
 */
export type GetRequestConfigRequest = Message<"jitgate.v1.GetRequestConfigRequest"> & {};
/**
 * Describes the message jitgate.v1.GetRequestConfigRequest.
 * Use `create(GetRequestConfigRequestSchema)` to create a new message.
 */
export declare const GetRequestConfigRequestSchema: GenMessage<GetRequestConfigRequest>;
/**
 * Response of GetRequestConfig. Over REST the body is the configuration
 * itself.
 *
 * @generated from message jitgate.v1.GetRequestConfigResponse
 */
export type GetRequestConfigResponse = Message<"jitgate.v1.GetRequestConfigResponse"> & {
    /**
     * The configuration, with defaults filled in.
     *
     * @generated from field: jitgate.v1.AccessRequestConfig access_request_config = 1;
     */
    accessRequestConfig?: AccessRequestConfig | undefined;
};
/**
 * Describes the message jitgate.v1.GetRequestConfigResponse.
 * Use `create(GetRequestConfigResponseSchema)` to create a new message.
 */
export declare const GetRequestConfigResponseSchema: GenMessage<GetRequestConfigResponse>;
/**
 * Request for UpdateRequestConfig.
 *
 * @generated from message jitgate.v1.UpdateRequestConfigRequest
 */
export type UpdateRequestConfigRequest = Message<"jitgate.v1.UpdateRequestConfigRequest"> & {
    /**
     * The whole new configuration.
     *
     * @generated from field: jitgate.v1.AccessRequestConfig access_request_config = 1;
     */
    accessRequestConfig?: AccessRequestConfig | undefined;
};
/**
 * Describes the message jitgate.v1.UpdateRequestConfigRequest.
 * Use `create(UpdateRequestConfigRequestSchema)` to create a new message.
 */
export declare const UpdateRequestConfigRequestSchema: GenMessage<UpdateRequestConfigRequest>;
/**
 * Response of UpdateRequestConfig. Over REST the body is the configuration
 * itself.
 *
 * @generated from message jitgate.v1.UpdateRequestConfigResponse
 */
export type UpdateRequestConfigResponse = Message<"jitgate.v1.UpdateRequestConfigResponse"> & {
    /**
     * The configuration as stored, with defaults and read-only fields filled.
     *
     * @generated from field: jitgate.v1.AccessRequestConfig access_request_config = 1;
     */
    accessRequestConfig?: AccessRequestConfig | undefined;
};
/**
 * Describes the message jitgate.v1.UpdateRequestConfigResponse.
 * Use `create(UpdateRequestConfigResponseSchema)` to create a new message.
 */
export declare const UpdateRequestConfigResponseSchema: GenMessage<UpdateRequestConfigResponse>;
/**
 * RequestConfigService reads and replaces the org's access-request
 * configuration. There is exactly one per org; an org that never saved one
 * reads the defaults documented on each field.
 *
 * The org is the caller's token `org`. Reading and replacing both require
 * the ORG_ADMIN role (decision 0010). Changes apply only to requests filed
 * afterwards, and leave a CONFIG_CHANGED audit event with before and after.
 *
 * @generated from service jitgate.v1.RequestConfigService
 */
export declare const RequestConfigService: GenService<{
    /**
     * Returns the org's configuration (the defaults if never saved). Over REST
     * the body is the configuration itself. Also served at the paths
     * SailPoint's SDKs call: /v3, /beta, /v2024 and /v2025 before
     * /access-request-config, and /access-request-config/v1 (decision 0022).
     *
     * @generated from rpc jitgate.v1.RequestConfigService.GetRequestConfig
     */
    getRequestConfig: {
        methodKind: "unary";
        input: typeof GetRequestConfigRequestSchema;
        output: typeof GetRequestConfigResponseSchema;
    };
    /**
     * Replaces the org's whole configuration (PUT): an omitted field takes its
     * default, it does not keep its old value. The body is validated whole:
     * INVALID_ARGUMENT with one field violation per bad field, nothing stored.
     * ORG_ADMIN only. Over REST the request and response bodies are the
     * configuration itself; the response carries the read-only fields filled.
     *
     * @generated from rpc jitgate.v1.RequestConfigService.UpdateRequestConfig
     */
    updateRequestConfig: {
        methodKind: "unary";
        input: typeof UpdateRequestConfigRequestSchema;
        output: typeof UpdateRequestConfigResponseSchema;
    };
}>;

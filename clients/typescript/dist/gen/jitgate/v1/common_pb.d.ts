import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file jitgate/v1/common.proto.
 */
export declare const file_jitgate_v1_common: GenFile;
/**
 * The paging summary of an offset-paged list, as in Apono's list responses:
 * `{"total": 1, "limit": 1, "offset": 1}`.
 *
 * Offset-paged list requests take `limit` and `offset` (query parameters
 * over REST). `limit` defaults to 50 when zero or unset and may be at most
 * 100; a larger or negative `limit`, or a negative `offset`, is
 * INVALID_ARGUMENT. An `offset` at or past `total` yields an empty page.
 *
 * @generated from message jitgate.v1.Pagination
 */
export type Pagination = Message<"jitgate.v1.Pagination"> & {
    /**
     * The number of items matching the request across all pages.
     *
     * @generated from field: int32 total = 1;
     */
    total: number;
    /**
     * The page size applied (the request's `limit`, or the default 50).
     *
     * @generated from field: int32 limit = 2;
     */
    limit: number;
    /**
     * The number of matching items skipped before this page.
     *
     * @generated from field: int32 offset = 3;
     */
    offset: number;
};
/**
 * Describes the message jitgate.v1.Pagination.
 * Use `create(PaginationSchema)` to create a new message.
 */
export declare const PaginationSchema: GenMessage<Pagination>;
/**
 * Why a call failed, machine-readable: the `reason` of the
 * `google.rpc.ErrorInfo` detail (domain `jitgate.dev`) of every error
 * status, spelled as the value's name (`COOLDOWN_ACTIVE`). The gRPC code
 * stays the coarse class; the reason says which rule refused, so a client
 * can switch on it. New reasons may be added: treat an unknown one by its
 * code. (Values are not prefixed: ErrorInfo reasons are bare
 * UPPER_SNAKE_CASE names, AIP-193.)
 *
 * @generated from enum jitgate.v1.ErrorReason
 */
export declare enum ErrorReason {
    /**
     * Never sent.
     *
     * @generated from enum value: ERROR_REASON_UNSPECIFIED = 0;
     */
    ERROR_REASON_UNSPECIFIED = 0,
    /**
     * INVALID_ARGUMENT: fields break rules; the BadRequest detail names each.
     *
     * @generated from enum value: INVALID_ARGUMENT = 1;
     */
    INVALID_ARGUMENT = 1,
    /**
     * UNAUTHENTICATED: no token, or one that does not verify.
     *
     * @generated from enum value: UNAUTHENTICATED = 2;
     */
    UNAUTHENTICATED = 2,
    /**
     * PERMISSION_DENIED: the token lacks the role, or names another org.
     *
     * @generated from enum value: PERMISSION_DENIED = 3;
     */
    PERMISSION_DENIED = 3,
    /**
     * PERMISSION_DENIED: the caller is not an eligible approver of a current
     * step of the request.
     *
     * @generated from enum value: NOT_AN_APPROVER = 4;
     */
    NOT_AN_APPROVER = 4,
    /**
     * PERMISSION_DENIED: the caller filed the request and its path does not
     * allow one-party approval.
     *
     * @generated from enum value: SELF_APPROVAL_NOT_ALLOWED = 5;
     */
    SELF_APPROVAL_NOT_ALLOWED = 5,
    /**
     * `approvalsMustBeExternal`: only an ORG_ADMIN (the external system's
     * account) decides (PERMISSION_DENIED) or files (FAILED_PRECONDITION).
     *
     * @generated from enum value: APPROVALS_EXTERNAL = 6;
     */
    APPROVALS_EXTERNAL = 6,
    /**
     * PERMISSION_DENIED: an on-behalf-of request the request configuration
     * does not allow.
     *
     * @generated from enum value: ON_BEHALF_OF_NOT_ALLOWED = 7;
     */
    ON_BEHALF_OF_NOT_ALLOWED = 7,
    /**
     * NOT_FOUND: the object does not exist, or belongs to another org.
     *
     * @generated from enum value: NOT_FOUND = 8;
     */
    NOT_FOUND = 8,
    /**
     * ALREADY_EXISTS: an object with that name exists.
     *
     * @generated from enum value: ALREADY_EXISTS = 9;
     */
    ALREADY_EXISTS = 9,
    /**
     * ABORTED: a concurrent change won (a stale `current_version`, a
     * changed flow, a busy request); re-read and retry.
     *
     * @generated from enum value: VERSION_CONFLICT = 10;
     */
    VERSION_CONFLICT = 10,
    /**
     * FAILED_PRECONDITION, not otherwise listed.
     *
     * @generated from enum value: FAILED_PRECONDITION = 11;
     */
    FAILED_PRECONDITION = 11,
    /**
     * FAILED_PRECONDITION: the request is not PENDING_APPROVAL (deciding,
     * canceling).
     *
     * @generated from enum value: REQUEST_NOT_PENDING = 12;
     */
    REQUEST_NOT_PENDING = 12,
    /**
     * FAILED_PRECONDITION: the request is not APPROVED or ACTIVE (revoking),
     * or not APPROVED (activating).
     *
     * @generated from enum value: REQUEST_NOT_GRANTED = 13;
     */
    REQUEST_NOT_GRANTED = 13,
    /**
     * FAILED_PRECONDITION: activating a request whose grant is not FLOATING.
     *
     * @generated from enum value: GRANT_NOT_FLOATING = 14;
     */
    GRANT_NOT_FLOATING = 14,
    /**
     * FAILED_PRECONDITION: the request passed its decision deadline
     * undecided.
     *
     * @generated from enum value: REQUEST_EXPIRED = 15;
     */
    REQUEST_EXPIRED = 15,
    /**
     * FAILED_PRECONDITION: the step named is not a current step.
     *
     * @generated from enum value: STEP_NOT_CURRENT = 16;
     */
    STEP_NOT_CURRENT = 16,
    /**
     * FAILED_PRECONDITION: the caller already decided the current step.
     *
     * @generated from enum value: ALREADY_DECIDED = 17;
     */
    ALREADY_DECIDED = 17,
    /**
     * FAILED_PRECONDITION: a cooldown after an earlier grant is running;
     * RetryInfo says when it ends.
     *
     * @generated from enum value: COOLDOWN_ACTIVE = 18;
     */
    COOLDOWN_ACTIVE = 18,
    /**
     * FAILED_PRECONDITION: the request configuration disallows entitlement
     * requests.
     *
     * @generated from enum value: ENTITLEMENTS_DISABLED = 19;
     */
    ENTITLEMENTS_DISABLED = 19,
    /**
     * FAILED_PRECONDITION: no policy lets the request through (no applicable
     * rule or flow, or a `deny` approval).
     *
     * @generated from enum value: REQUEST_REFUSED = 20;
     */
    REQUEST_REFUSED = 20,
    /**
     * FAILED_PRECONDITION: the org holds the maximum number of rules or
     * flows.
     *
     * @generated from enum value: LIMIT_REACHED = 21;
     */
    LIMIT_REACHED = 21,
    /**
     * FAILED_PRECONDITION: the user is still a manager or the fallback
     * approver.
     *
     * @generated from enum value: USER_IN_USE = 22;
     */
    USER_IN_USE = 22,
    /**
     * RESOURCE_EXHAUSTED: a message, body or list is over its limit.
     *
     * @generated from enum value: RESOURCE_EXHAUSTED = 23;
     */
    RESOURCE_EXHAUSTED = 23,
    /**
     * RESOURCE_EXHAUSTED: too many calls; RetryInfo says when to retry.
     *
     * @generated from enum value: RATE_LIMITED = 24;
     */
    RATE_LIMITED = 24,
    /**
     * UNAVAILABLE: the database cannot be reached; retry.
     *
     * @generated from enum value: UNAVAILABLE = 25;
     */
    UNAVAILABLE = 25,
    /**
     * INTERNAL: a bug; the request id finds it in the server log.
     *
     * @generated from enum value: INTERNAL = 26;
     */
    INTERNAL = 26
}
/**
 * Describes the enum jitgate.v1.ErrorReason.
 */
export declare const ErrorReasonSchema: GenEnum<ErrorReason>;

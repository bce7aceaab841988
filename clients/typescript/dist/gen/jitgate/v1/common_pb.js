// Messages shared by more than one jitgate service.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
/**
 * Describes the file jitgate/v1/common.proto.
 */
export const file_jitgate_v1_common = /*@__PURE__*/ fileDesc("ChdqaXRnYXRlL3YxL2NvbW1vbi5wcm90bxIKaml0Z2F0ZS52MSI6CgpQYWdpbmF0aW9uEg0KBXRvdGFsGAEgASgFEg0KBWxpbWl0GAIgASgFEg4KBm9mZnNldBgDIAEoBSrlBAoLRXJyb3JSZWFzb24SHAoYRVJST1JfUkVBU09OX1VOU1BFQ0lGSUVEEAASFAoQSU5WQUxJRF9BUkdVTUVOVBABEhMKD1VOQVVUSEVOVElDQVRFRBACEhUKEVBFUk1JU1NJT05fREVOSUVEEAMSEwoPTk9UX0FOX0FQUFJPVkVSEAQSHQoZU0VMRl9BUFBST1ZBTF9OT1RfQUxMT1dFRBAFEhYKEkFQUFJPVkFMU19FWFRFUk5BTBAGEhwKGE9OX0JFSEFMRl9PRl9OT1RfQUxMT1dFRBAHEg0KCU5PVF9GT1VORBAIEhIKDkFMUkVBRFlfRVhJU1RTEAkSFAoQVkVSU0lPTl9DT05GTElDVBAKEhcKE0ZBSUxFRF9QUkVDT05ESVRJT04QCxIXChNSRVFVRVNUX05PVF9QRU5ESU5HEAwSFwoTUkVRVUVTVF9OT1RfR1JBTlRFRBANEhYKEkdSQU5UX05PVF9GTE9BVElORxAOEhMKD1JFUVVFU1RfRVhQSVJFRBAPEhQKEFNURVBfTk9UX0NVUlJFTlQQEBITCg9BTFJFQURZX0RFQ0lERUQQERITCg9DT09MRE9XTl9BQ1RJVkUQEhIZChVFTlRJVExFTUVOVFNfRElTQUJMRUQQExITCg9SRVFVRVNUX1JFRlVTRUQQFBIRCg1MSU1JVF9SRUFDSEVEEBUSDwoLVVNFUl9JTl9VU0UQFhIWChJSRVNPVVJDRV9FWEhBVVNURUQQFxIQCgxSQVRFX0xJTUlURUQQGBIPCgtVTkFWQUlMQUJMRRAZEgwKCElOVEVSTkFMEBpiBnByb3RvMw");
/**
 * Describes the message jitgate.v1.Pagination.
 * Use `create(PaginationSchema)` to create a new message.
 */
export const PaginationSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_common, 0);
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
export var ErrorReason;
(function (ErrorReason) {
    /**
     * Never sent.
     *
     * @generated from enum value: ERROR_REASON_UNSPECIFIED = 0;
     */
    ErrorReason[ErrorReason["ERROR_REASON_UNSPECIFIED"] = 0] = "ERROR_REASON_UNSPECIFIED";
    /**
     * INVALID_ARGUMENT: fields break rules; the BadRequest detail names each.
     *
     * @generated from enum value: INVALID_ARGUMENT = 1;
     */
    ErrorReason[ErrorReason["INVALID_ARGUMENT"] = 1] = "INVALID_ARGUMENT";
    /**
     * UNAUTHENTICATED: no token, or one that does not verify.
     *
     * @generated from enum value: UNAUTHENTICATED = 2;
     */
    ErrorReason[ErrorReason["UNAUTHENTICATED"] = 2] = "UNAUTHENTICATED";
    /**
     * PERMISSION_DENIED: the token lacks the role, or names another org.
     *
     * @generated from enum value: PERMISSION_DENIED = 3;
     */
    ErrorReason[ErrorReason["PERMISSION_DENIED"] = 3] = "PERMISSION_DENIED";
    /**
     * PERMISSION_DENIED: the caller is not an eligible approver of a current
     * step of the request.
     *
     * @generated from enum value: NOT_AN_APPROVER = 4;
     */
    ErrorReason[ErrorReason["NOT_AN_APPROVER"] = 4] = "NOT_AN_APPROVER";
    /**
     * PERMISSION_DENIED: the caller filed the request and its path does not
     * allow one-party approval.
     *
     * @generated from enum value: SELF_APPROVAL_NOT_ALLOWED = 5;
     */
    ErrorReason[ErrorReason["SELF_APPROVAL_NOT_ALLOWED"] = 5] = "SELF_APPROVAL_NOT_ALLOWED";
    /**
     * `approvalsMustBeExternal`: only an ORG_ADMIN (the external system's
     * account) decides (PERMISSION_DENIED) or files (FAILED_PRECONDITION).
     *
     * @generated from enum value: APPROVALS_EXTERNAL = 6;
     */
    ErrorReason[ErrorReason["APPROVALS_EXTERNAL"] = 6] = "APPROVALS_EXTERNAL";
    /**
     * PERMISSION_DENIED: an on-behalf-of request the request configuration
     * does not allow.
     *
     * @generated from enum value: ON_BEHALF_OF_NOT_ALLOWED = 7;
     */
    ErrorReason[ErrorReason["ON_BEHALF_OF_NOT_ALLOWED"] = 7] = "ON_BEHALF_OF_NOT_ALLOWED";
    /**
     * NOT_FOUND: the object does not exist, or belongs to another org.
     *
     * @generated from enum value: NOT_FOUND = 8;
     */
    ErrorReason[ErrorReason["NOT_FOUND"] = 8] = "NOT_FOUND";
    /**
     * ALREADY_EXISTS: an object with that name exists.
     *
     * @generated from enum value: ALREADY_EXISTS = 9;
     */
    ErrorReason[ErrorReason["ALREADY_EXISTS"] = 9] = "ALREADY_EXISTS";
    /**
     * ABORTED: a concurrent change won (a stale `current_version`, a
     * changed flow, a busy request); re-read and retry.
     *
     * @generated from enum value: VERSION_CONFLICT = 10;
     */
    ErrorReason[ErrorReason["VERSION_CONFLICT"] = 10] = "VERSION_CONFLICT";
    /**
     * FAILED_PRECONDITION, not otherwise listed.
     *
     * @generated from enum value: FAILED_PRECONDITION = 11;
     */
    ErrorReason[ErrorReason["FAILED_PRECONDITION"] = 11] = "FAILED_PRECONDITION";
    /**
     * FAILED_PRECONDITION: the request is not PENDING_APPROVAL (deciding,
     * canceling).
     *
     * @generated from enum value: REQUEST_NOT_PENDING = 12;
     */
    ErrorReason[ErrorReason["REQUEST_NOT_PENDING"] = 12] = "REQUEST_NOT_PENDING";
    /**
     * FAILED_PRECONDITION: the request is not APPROVED or ACTIVE (revoking),
     * or not APPROVED (activating).
     *
     * @generated from enum value: REQUEST_NOT_GRANTED = 13;
     */
    ErrorReason[ErrorReason["REQUEST_NOT_GRANTED"] = 13] = "REQUEST_NOT_GRANTED";
    /**
     * FAILED_PRECONDITION: activating a request whose grant is not FLOATING.
     *
     * @generated from enum value: GRANT_NOT_FLOATING = 14;
     */
    ErrorReason[ErrorReason["GRANT_NOT_FLOATING"] = 14] = "GRANT_NOT_FLOATING";
    /**
     * FAILED_PRECONDITION: the request passed its decision deadline
     * undecided.
     *
     * @generated from enum value: REQUEST_EXPIRED = 15;
     */
    ErrorReason[ErrorReason["REQUEST_EXPIRED"] = 15] = "REQUEST_EXPIRED";
    /**
     * FAILED_PRECONDITION: the step named is not a current step.
     *
     * @generated from enum value: STEP_NOT_CURRENT = 16;
     */
    ErrorReason[ErrorReason["STEP_NOT_CURRENT"] = 16] = "STEP_NOT_CURRENT";
    /**
     * FAILED_PRECONDITION: the caller already decided the current step.
     *
     * @generated from enum value: ALREADY_DECIDED = 17;
     */
    ErrorReason[ErrorReason["ALREADY_DECIDED"] = 17] = "ALREADY_DECIDED";
    /**
     * FAILED_PRECONDITION: a cooldown after an earlier grant is running;
     * RetryInfo says when it ends.
     *
     * @generated from enum value: COOLDOWN_ACTIVE = 18;
     */
    ErrorReason[ErrorReason["COOLDOWN_ACTIVE"] = 18] = "COOLDOWN_ACTIVE";
    /**
     * FAILED_PRECONDITION: the request configuration disallows entitlement
     * requests.
     *
     * @generated from enum value: ENTITLEMENTS_DISABLED = 19;
     */
    ErrorReason[ErrorReason["ENTITLEMENTS_DISABLED"] = 19] = "ENTITLEMENTS_DISABLED";
    /**
     * FAILED_PRECONDITION: no policy lets the request through (no applicable
     * rule or flow, or a `deny` approval).
     *
     * @generated from enum value: REQUEST_REFUSED = 20;
     */
    ErrorReason[ErrorReason["REQUEST_REFUSED"] = 20] = "REQUEST_REFUSED";
    /**
     * FAILED_PRECONDITION: the org holds the maximum number of rules or
     * flows.
     *
     * @generated from enum value: LIMIT_REACHED = 21;
     */
    ErrorReason[ErrorReason["LIMIT_REACHED"] = 21] = "LIMIT_REACHED";
    /**
     * FAILED_PRECONDITION: the user is still a manager or the fallback
     * approver.
     *
     * @generated from enum value: USER_IN_USE = 22;
     */
    ErrorReason[ErrorReason["USER_IN_USE"] = 22] = "USER_IN_USE";
    /**
     * RESOURCE_EXHAUSTED: a message, body or list is over its limit.
     *
     * @generated from enum value: RESOURCE_EXHAUSTED = 23;
     */
    ErrorReason[ErrorReason["RESOURCE_EXHAUSTED"] = 23] = "RESOURCE_EXHAUSTED";
    /**
     * RESOURCE_EXHAUSTED: too many calls; RetryInfo says when to retry.
     *
     * @generated from enum value: RATE_LIMITED = 24;
     */
    ErrorReason[ErrorReason["RATE_LIMITED"] = 24] = "RATE_LIMITED";
    /**
     * UNAVAILABLE: the database cannot be reached; retry.
     *
     * @generated from enum value: UNAVAILABLE = 25;
     */
    ErrorReason[ErrorReason["UNAVAILABLE"] = 25] = "UNAVAILABLE";
    /**
     * INTERNAL: a bug; the request id finds it in the server log.
     *
     * @generated from enum value: INTERNAL = 26;
     */
    ErrorReason[ErrorReason["INTERNAL"] = 26] = "INTERNAL";
})(ErrorReason || (ErrorReason = {}));
/**
 * Describes the enum jitgate.v1.ErrorReason.
 */
export const ErrorReasonSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_common, 0);

import { Code, ConnectError, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { AccessFlowService } from "./gen/jitgate/v1/access_flow_pb.js";
import { AccessRequestService, type Event, type EventKind } from "./gen/jitgate/v1/access_request_pb.js";
import { DirectoryService } from "./gen/jitgate/v1/directory_pb.js";
import { PolicyService } from "./gen/jitgate/v1/policy_pb.js";
import { RequestConfigService } from "./gen/jitgate/v1/request_config_pb.js";
import { RoutingService } from "./gen/jitgate/v1/routing_pb.js";
export * from "./gen/jitgate/v1/access_flow_pb.js";
export * from "./gen/jitgate/v1/access_request_pb.js";
export * from "./gen/jitgate/v1/common_pb.js";
export * from "./gen/jitgate/v1/directory_pb.js";
export * from "./gen/jitgate/v1/policy_pb.js";
export * from "./gen/jitgate/v1/request_config_pb.js";
export * from "./gen/jitgate/v1/routing_pb.js";
export { Code, ConnectError } from "@connectrpc/connect";
/** The `ErrorInfo.domain` of every error the jitgate server returns. */
export declare const ERROR_DOMAIN = "jitgate.dev";
/**
 * A bearer token, or a function returning the current one (called for every
 * call, so a rotating token is picked up without new clients).
 */
export type TokenSource = string | (() => string | Promise<string>);
/** One invalid field of a request (a `google.rpc.BadRequest` field violation). */
export interface FieldViolation {
    /** The field's path in the request, such as `workflow.rules[0].name`. */
    readonly field: string;
    /** What is wrong with it, such as `must not be empty`. */
    readonly description: string;
}
/**
 * A failed jitgate call: a ConnectError (so `instanceof ConnectError`,
 * `err.code` and `err.findDetails()` keep working) with the `google.rpc`
 * details jitgate sends decoded into typed fields.
 */
export declare class JitgateError extends ConnectError {
    /** `BadRequest` field violations in the server's order; empty unless the input was invalid. */
    readonly fieldViolations: readonly FieldViolation[];
    /** `ErrorInfo.reason`: a stable, machine-readable cause such as `VERSION_CONFLICT`. */
    readonly reason: string;
    /** `ErrorInfo.domain`: {@link ERROR_DOMAIN} for errors from jitgate. */
    readonly domain: string;
    /** `ErrorInfo.metadata`. */
    readonly errorMetadata: Readonly<Record<string, string>>;
    /** `RequestInfo.request_id`: quote it when reporting a problem (the server logs it). */
    readonly requestId: string;
    /** `RetryInfo.retry_delay` in milliseconds, when the server said how long to wait. */
    readonly retryDelayMs: number | undefined;
    /** Decodes the details of `error`; use {@link JitgateError.from} for any thrown value. */
    constructor(error: ConnectError);
    /** Converts anything a call threw; a JitgateError is returned as it is. */
    static from(reason: unknown, code?: Code): JitgateError;
    static [Symbol.hasInstance](value: unknown): boolean;
}
/** Sets `authorization: Bearer <token>` on every call. */
export declare function bearerToken(token: TokenSource): Interceptor;
/** Turns every failure (of unary calls and of streams mid-way) into a JitgateError. */
export declare const jitgateErrors: Interceptor;
/** The interceptors createJitgateClients installs: errors outermost, then the token. */
export declare function jitgateInterceptors(token?: TokenSource): Interceptor[];
/** Typed clients for every jitgate service, sharing one transport. */
export interface JitgateClients {
    /** RoutingService: P0 routing rules. */
    readonly routing: Client<typeof RoutingService>;
    /** AccessFlowService: Apono access flows. */
    readonly accessFlows: Client<typeof AccessFlowService>;
    /** RequestConfigService: the org's SailPoint-style request config. */
    readonly requestConfig: Client<typeof RequestConfigService>;
    /** AccessRequestService: requests, decisions, grants, evaluation, events. */
    readonly accessRequests: Client<typeof AccessRequestService>;
    /** DirectoryService: users, groups, on-call rosters, owners. */
    readonly directory: Client<typeof DirectoryService>;
    /** PolicyService: the org's policy as one document — export, plan, apply, simulate. */
    readonly policy: Client<typeof PolicyService>;
    /** Follows the org's events, resuming after dropped connections: see {@link watchEvents}. */
    watchEvents(options?: WatchEventsOptions): EventStream;
}
/**
 * Clients over a transport you configured yourself; add
 * {@link jitgateInterceptors} to its interceptors for the token and errors.
 */
export declare function createJitgateClientsForTransport(transport: Transport): JitgateClients;
/** Where a watch starts and what it follows; how it reconnects. */
export interface WatchEventsOptions {
    /** Start after this event's cursor. */
    cursor?: string;
    /** Start with the org's first event. Neither this nor `cursor`: events committed from now on. */
    fromBeginning?: boolean;
    /** Only events of these kinds. */
    kinds?: EventKind[];
    /** Only events of this access request. */
    accessRequestId?: string;
    /** Ends the iteration (and the open call) when aborted. */
    signal?: AbortSignal;
    /** The first reconnect delay; doubled per consecutive failure. Default 100 ms. */
    minBackoffMs?: number;
    /** The longest reconnect delay. Default 10 s. */
    maxBackoffMs?: number;
    /** Consecutive failed reconnects before the error is thrown. Default: no limit. */
    maxAttempts?: number;
    /** Called before each reconnect (default: a console.warn). */
    onReconnect?: (error: JitgateError, attempt: number, delayMs: number) => void;
}
/** The org's events in commit order, each once, across reconnects. */
export interface EventStream extends AsyncIterable<Event> {
    /** The cursor of the last event yielded (or the start position): pass it to a later watch. */
    readonly cursor: string;
    /** Cancels the open call and ends the iteration. */
    close(): void;
}
/**
 * Follows `WatchEvents`, resuming from the last cursor after a dropped connection.
 *
 * When the stream fails with UNAVAILABLE (the server ends open watches with it
 * at shutdown; Connect reports a dropped or refused HTTP/2 connection with it
 * too) or, over gRPC-Web, with fetch's network error, it waits
 * (exponential backoff with jitter, at least the server's RetryInfo delay, at
 * most `maxBackoffMs`) and reopens the watch after the last event it yielded,
 * with the same filters; events at or below the last yielded `sequence` are
 * skipped, so none is yielded twice. A watch "from now" first reads the org's
 * latest cursor (ListAuditEvents), at this call, so a reconnect before the
 * first event loses nothing either. Other errors are thrown as JitgateError.
 * Needs an ORG_ADMIN token. One iteration per stream.
 */
export declare function watchEvents(client: Client<typeof AccessRequestService>, options?: WatchEventsOptions): EventStream;

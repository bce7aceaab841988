// The transport-independent part of @jitgate/client: typed clients for the
// five services over any Connect transport, the bearer token on every call,
// failures as JitgateError with the google.rpc details decoded, and a
// WatchEvents iterator that resumes from its last cursor.
//
// ./node.ts (gRPC over HTTP/2) and ./web.ts (gRPC-Web, for browsers) add
// createJitgateClients({ baseUrl, token }) on top.
import { Code, ConnectError, createClient, } from "@connectrpc/connect";
import { BadRequestSchema, ErrorInfoSchema, RequestInfoSchema, RetryInfoSchema, } from "./gen/google/rpc/error_details_pb.js";
import { AccessFlowService } from "./gen/jitgate/v1/access_flow_pb.js";
import { AccessRequestService, } from "./gen/jitgate/v1/access_request_pb.js";
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
export const ERROR_DOMAIN = "jitgate.dev";
/**
 * A failed jitgate call: a ConnectError (so `instanceof ConnectError`,
 * `err.code` and `err.findDetails()` keep working) with the `google.rpc`
 * details jitgate sends decoded into typed fields.
 */
export class JitgateError extends ConnectError {
    /** `BadRequest` field violations in the server's order; empty unless the input was invalid. */
    fieldViolations;
    /** `ErrorInfo.reason`: a stable, machine-readable cause such as `VERSION_CONFLICT`. */
    reason;
    /** `ErrorInfo.domain`: {@link ERROR_DOMAIN} for errors from jitgate. */
    domain;
    /** `ErrorInfo.metadata`. */
    errorMetadata;
    /** `RequestInfo.request_id`: quote it when reporting a problem (the server logs it). */
    requestId;
    /** `RetryInfo.retry_delay` in milliseconds, when the server said how long to wait. */
    retryDelayMs;
    /** Decodes the details of `error`; use {@link JitgateError.from} for any thrown value. */
    constructor(error) {
        super(error.rawMessage, error.code, error.metadata, undefined, error.cause);
        // Keep Connect's duck-typed identity: ConnectError.from() and
        // `instanceof ConnectError` recognise it by this name, so the error
        // passes through Connect's own layers unchanged.
        this.name = "ConnectError";
        this.details = error.details;
        this.fieldViolations = error
            .findDetails(BadRequestSchema)
            .flatMap((b) => b.fieldViolations.map(({ field, description }) => ({ field, description })));
        const info = error.findDetails(ErrorInfoSchema)[0];
        this.reason = info?.reason ?? "";
        this.domain = info?.domain ?? "";
        this.errorMetadata = { ...(info?.metadata ?? {}) };
        this.requestId = error.findDetails(RequestInfoSchema)[0]?.requestId ?? "";
        const delay = error.findDetails(RetryInfoSchema)[0]?.retryDelay;
        this.retryDelayMs =
            delay === undefined ? undefined : Number(delay.seconds) * 1000 + Math.floor(delay.nanos / 1e6);
    }
    /** Converts anything a call threw; a JitgateError is returned as it is. */
    static from(reason, code = Code.Unknown) {
        if (reason instanceof JitgateError) {
            return reason;
        }
        return new JitgateError(ConnectError.from(reason, code));
    }
    static [Symbol.hasInstance](value) {
        return Function.prototype[Symbol.hasInstance].call(JitgateError, value);
    }
}
/** Sets `authorization: Bearer <token>` on every call. */
export function bearerToken(token) {
    return (next) => async (req) => {
        const value = typeof token === "function" ? await token() : token;
        req.header.set("authorization", `Bearer ${value}`);
        return next(req);
    };
}
/** Turns every failure (of unary calls and of streams mid-way) into a JitgateError. */
export const jitgateErrors = (next) => async (req) => {
    try {
        const res = await next(req);
        if (!res.stream) {
            return res;
        }
        return { ...res, message: rethrowAsJitgateError(res.message) };
    }
    catch (e) {
        throw JitgateError.from(e);
    }
};
async function* rethrowAsJitgateError(messages) {
    try {
        yield* messages;
    }
    catch (e) {
        throw JitgateError.from(e);
    }
}
/** The interceptors createJitgateClients installs: errors outermost, then the token. */
export function jitgateInterceptors(token) {
    return token === undefined || token === "" ? [jitgateErrors] : [jitgateErrors, bearerToken(token)];
}
/**
 * Clients over a transport you configured yourself; add
 * {@link jitgateInterceptors} to its interceptors for the token and errors.
 */
export function createJitgateClientsForTransport(transport) {
    const accessRequests = createClient(AccessRequestService, transport);
    return {
        routing: createClient(RoutingService, transport),
        accessFlows: createClient(AccessFlowService, transport),
        requestConfig: createClient(RequestConfigService, transport),
        accessRequests,
        directory: createClient(DirectoryService, transport),
        policy: createClient(PolicyService, transport),
        watchEvents: (options) => watchEvents(accessRequests, options),
    };
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
export function watchEvents(client, options = {}) {
    return new ResumingEventStream(client, options);
}
class ResumingEventStream {
    client;
    options;
    cursor;
    lastSequence = 0n;
    fromBeginning;
    closed = new AbortController();
    start;
    iterating = false;
    constructor(client, options) {
        this.client = client;
        this.options = options;
        if (options.cursor && options.fromBeginning) {
            throw new TypeError("give either cursor or fromBeginning, not both");
        }
        this.cursor = options.cursor ?? "";
        this.fromBeginning = options.fromBeginning ?? false;
        if (options.signal?.aborted) {
            this.close();
        }
        options.signal?.addEventListener("abort", () => this.close(), { once: true });
        this.start = this.cursor || this.fromBeginning ? Promise.resolve() : this.anchorNow();
        // The anchor's failure is reported by the iteration; never unhandled.
        this.start.catch(() => undefined);
    }
    // "From now" becomes an explicit position, the org's latest event, so that
    // reconnecting from it loses nothing. An org without events starts at the
    // beginning.
    async anchorNow() {
        const page = await this.client.listAuditEvents({ limit: 1, newestFirst: true }, { signal: this.closed.signal });
        const latest = page.events[0];
        if (latest) {
            this.cursor = latest.cursor;
            this.lastSequence = latest.sequence;
        }
        else {
            this.fromBeginning = true;
        }
    }
    close() {
        this.closed.abort();
    }
    [Symbol.asyncIterator]() {
        if (this.iterating) {
            throw new TypeError("an EventStream can be iterated once");
        }
        this.iterating = true;
        return this.run();
    }
    async *run() {
        const minBackoff = this.options.minBackoffMs ?? 100;
        const maxBackoff = Math.max(this.options.maxBackoffMs ?? 10_000, minBackoff);
        const maxAttempts = this.options.maxAttempts ?? Number.POSITIVE_INFINITY;
        try {
            await this.start;
        }
        catch (e) {
            if (this.closed.signal.aborted)
                return;
            throw JitgateError.from(e);
        }
        let failures = 0;
        while (!this.closed.signal.aborted) {
            let error;
            try {
                const responses = this.client.watchEvents({
                    cursor: this.cursor,
                    fromBeginning: this.fromBeginning && !this.cursor,
                    kinds: this.options.kinds ?? [],
                    accessRequestId: this.options.accessRequestId ?? "",
                }, { signal: this.closed.signal });
                for await (const response of responses) {
                    const event = response.event;
                    failures = 0;
                    if (event === undefined || event.sequence <= this.lastSequence) {
                        continue; // already yielded: never twice
                    }
                    this.lastSequence = event.sequence;
                    this.cursor = event.cursor;
                    yield event;
                }
                // The server never ends a watch by itself: treat it as a drop.
                error = new JitgateError(new ConnectError("the event stream ended", Code.Unavailable));
            }
            catch (e) {
                if (this.closed.signal.aborted)
                    return;
                error = JitgateError.from(e);
                if (!isRetryable(error))
                    throw error;
            }
            failures += 1;
            if (failures > maxAttempts)
                throw error;
            let delay = Math.min(maxBackoff, minBackoff * 2 ** (failures - 1)) * (0.5 + Math.random() / 2);
            if (error.retryDelayMs !== undefined) {
                delay = Math.max(delay, Math.min(error.retryDelayMs, maxBackoff));
            }
            if (this.options.onReconnect) {
                this.options.onReconnect(error, failures, delay);
            }
            else {
                console.warn(`jitgate event stream: ${error.message}; reconnecting after ${this.cursor || "the start"} in ${Math.round(delay)} ms`);
            }
            await sleep(delay, this.closed.signal);
        }
    }
}
// UNAVAILABLE: the server ended the watch (shutdown) or, over HTTP/2, the
// connection broke or was refused. Over gRPC-Web, fetch() reports a network
// failure as a TypeError, which Connect passes on as UNKNOWN (or INTERNAL when
// the body broke off mid-stream) with that cause.
function isRetryable(error) {
    if (error.code === Code.Unavailable)
        return true;
    return (error.code === Code.Unknown || error.code === Code.Internal) && error.cause instanceof TypeError;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted) {
            resolve();
            return;
        }
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener("abort", done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener("abort", done, { once: true });
    });
}

import type { Interceptor } from "@connectrpc/connect";
import { type GrpcTransportOptions } from "@connectrpc/connect-node";
import { type JitgateClients, type TokenSource } from "./core.js";
export * from "./core.js";
/** Where the server is and who is calling. */
export interface JitgateClientsOptions {
    /** The server's URL: `http://localhost:8080` (plaintext) or `https://jitgate.example.com`. */
    baseUrl: string;
    /** The JWT sent as `authorization: Bearer <token>`, or a function returning it. */
    token?: TokenSource;
    /** More interceptors, run inside the token and error handling. */
    interceptors?: Interceptor[];
    /** Other options of the gRPC transport (TLS, keep-alive pings, timeouts...). */
    transport?: Partial<Omit<GrpcTransportOptions, "baseUrl" | "interceptors">>;
}
/**
 * Typed clients for the five jitgate services over gRPC (HTTP/2), the token on
 * every call, failures thrown as JitgateError.
 */
export declare function createJitgateClients(options: JitgateClientsOptions): JitgateClients;

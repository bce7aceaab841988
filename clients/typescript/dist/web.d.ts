import type { Interceptor } from "@connectrpc/connect";
import { type GrpcWebTransportOptions } from "@connectrpc/connect-web";
import { type JitgateClients, type TokenSource } from "./core.js";
export * from "./core.js";
/** Where the server is and who is calling. */
export interface JitgateClientsOptions {
    /** The server's URL, such as `https://jitgate.example.com`. */
    baseUrl: string;
    /** The JWT sent as `authorization: Bearer <token>`, or a function returning it. */
    token?: TokenSource;
    /** More interceptors, run inside the token and error handling. */
    interceptors?: Interceptor[];
    /** Other options of the gRPC-Web transport (fetch, credentials, timeouts...). */
    transport?: Partial<Omit<GrpcWebTransportOptions, "baseUrl" | "interceptors">>;
}
/**
 * Typed clients for the five jitgate services over gRPC-Web, the token on
 * every call, failures thrown as JitgateError.
 */
export declare function createJitgateClients(options: JitgateClientsOptions): JitgateClients;

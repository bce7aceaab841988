// @jitgate/client for Node.js: gRPC over HTTP/2 (@connectrpc/connect-node).
// This is what `import ... from "@jitgate/client"` resolves to outside browsers.

import type { Interceptor } from "@connectrpc/connect";
import { createGrpcTransport, type GrpcTransportOptions } from "@connectrpc/connect-node";
import {
  createJitgateClientsForTransport,
  jitgateInterceptors,
  type JitgateClients,
  type TokenSource,
} from "./core.js";

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
export function createJitgateClients(options: JitgateClientsOptions): JitgateClients {
  const transport = createGrpcTransport({
    ...options.transport,
    baseUrl: options.baseUrl,
    interceptors: [...jitgateInterceptors(options.token), ...(options.interceptors ?? [])],
  });
  return createJitgateClientsForTransport(transport);
}

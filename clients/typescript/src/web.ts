// @jitgate/client for browsers: gRPC-Web (@connectrpc/connect-web), which the
// server speaks on its one port. The page's origin must be allowed with the
// server's --cors-allowed-origin. This is what `import ... from
// "@jitgate/client"` resolves to in bundlers targeting browsers; Node.js may
// import "@jitgate/client/web" too (it uses fetch).

import type { Interceptor } from "@connectrpc/connect";
import { createGrpcWebTransport, type GrpcWebTransportOptions } from "@connectrpc/connect-web";
import {
  createJitgateClientsForTransport,
  jitgateInterceptors,
  type JitgateClients,
  type TokenSource,
} from "./core.js";

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
export function createJitgateClients(options: JitgateClientsOptions): JitgateClients {
  const transport = createGrpcWebTransport({
    ...options.transport,
    baseUrl: options.baseUrl,
    interceptors: [...jitgateInterceptors(options.token), ...(options.interceptors ?? [])],
  });
  return createJitgateClientsForTransport(transport);
}

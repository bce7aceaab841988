// @jitgate/client for browsers: gRPC-Web (@connectrpc/connect-web), which the
// server speaks on its one port. The page's origin must be allowed with the
// server's --cors-allowed-origin. This is what `import ... from
// "@jitgate/client"` resolves to in bundlers targeting browsers; Node.js may
// import "@jitgate/client/web" too (it uses fetch).
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { createJitgateClientsForTransport, jitgateInterceptors, } from "./core.js";
export * from "./core.js";
/**
 * Typed clients for the five jitgate services over gRPC-Web, the token on
 * every call, failures thrown as JitgateError.
 */
export function createJitgateClients(options) {
    const transport = createGrpcWebTransport({
        ...options.transport,
        baseUrl: options.baseUrl,
        interceptors: [...jitgateInterceptors(options.token), ...(options.interceptors ?? [])],
    });
    return createJitgateClientsForTransport(transport);
}

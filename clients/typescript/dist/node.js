// @jitgate/client for Node.js: gRPC over HTTP/2 (@connectrpc/connect-node).
// This is what `import ... from "@jitgate/client"` resolves to outside browsers.
import { createGrpcTransport } from "@connectrpc/connect-node";
import { createJitgateClientsForTransport, jitgateInterceptors, } from "./core.js";
export * from "./core.js";
/**
 * Typed clients for the five jitgate services over gRPC (HTTP/2), the token on
 * every call, failures thrown as JitgateError.
 */
export function createJitgateClients(options) {
    const transport = createGrpcTransport({
        ...options.transport,
        baseUrl: options.baseUrl,
        interceptors: [...jitgateInterceptors(options.token), ...(options.interceptors ?? [])],
    });
    return createJitgateClientsForTransport(transport);
}

"""A recording HTTP proxy for the vendor-SDK round trips.

Listens on 127.0.0.1 (an ephemeral port unless --port), forwards every
request unchanged to --upstream (jitgate) and appends one JSON line per
exchange to --log: method, path, request headers and body, response status
and body. It lets the harness show exactly what each vendor SDK put on the
wire (paths, headers, null handling) and what the server answered.

With --emulate-vendor-paths it also rewrites the vendors' versioned
access-request-config paths to jitgate's own `/access-request-config`
before forwarding (the log keeps the path the SDK sent and adds the one
forwarded). That previews how the SDKs fare once those paths are bound: it
is a diagnostic, never a pass.

Standard library only, so it runs under any of the harness's interpreters.
Prints `wire-proxy listening on HOST:PORT` once it accepts connections.
"""
import argparse
import http.client
import json
import re
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Hop-by-hop headers (RFC 9110 7.6.1) are not forwarded.
# The SDKs' paths for the access-request config (see docs/notes/vendor-sdks.md).
VENDOR_PATHS = re.compile(r"^(?:/(?:v3|beta|v2024|v2025)/access-request-config|/access-request-config/v[12])(?=$|\?)")

HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--upstream", required=True, help="http://HOST:PORT of the server")
    parser.add_argument("--log", required=True, help="JSON-lines file to append exchanges to")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--emulate-vendor-paths", action="store_true",
                        help="forward the vendors' access-request-config paths to /access-request-config")
    args = parser.parse_args()
    upstream = urllib.parse.urlsplit(args.upstream)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def _forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP and k.lower() != "host"}
            forwarded = VENDOR_PATHS.sub("/access-request-config", self.path) if args.emulate_vendor_paths else self.path
            conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
            try:
                conn.request(self.command, forwarded, body=body or None, headers=headers)
                resp = conn.getresponse()
                resp_body = resp.read()
                status, reason, resp_headers = resp.status, resp.reason, resp.getheaders()
            except OSError as err:
                status, reason, resp_headers = 502, "Bad Gateway", [("Content-Type", "text/plain")]
                resp_body = f"wire-proxy: upstream error: {err}".encode()
            finally:
                conn.close()
            self.send_response(status, reason)
            for k, v in resp_headers:
                if k.lower() not in HOP_BY_HOP and k.lower() != "content-length":
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(resp_body)))
            self.end_headers()
            self.wfile.write(resp_body)
            record = {
                "method": self.command,
                "path": self.path,
                **({"forwarded_path": forwarded} if forwarded != self.path else {}),
                "request_headers": {k: (_redact(v) if k.lower() == "authorization" else v) for k, v in self.headers.items()},
                "request_body": _text(body),
                "status": status,
                "response_body": _text(resp_body),
            }
            with lock, open(args.log, "a", encoding="utf-8") as out:
                out.write(json.dumps(record) + "\n")

        do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _forward

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"wire-proxy listening on 127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


def _redact(value):
    """Keeps the scheme of an Authorization header, never the credential."""
    scheme, _, credential = value.partition(" ")
    return f"{scheme} <{len(credential)} chars>" if credential else f"<{len(value)} chars, no scheme>"


def _text(data):
    if not data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return repr(data)


if __name__ == "__main__":
    sys.exit(main())

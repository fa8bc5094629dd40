import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { Hono } from "hono";
import type { Logger } from "../logging/logger.js";
import type { Metrics } from "./metrics.js";

/**
 * A request target hono may see: origin-form ("/path?query"), parseable, no backslash and no "//" authority.
 * Anything else ("//[", "http://x/", "*") is answered 400 before any URL is built, so no request can throw.
 */
export function isSafeTarget(target: string): boolean {
  if (!target.startsWith("/") || target.startsWith("//") || target.includes("\\")) return false;
  return URL.canParse(target, "http://localhost");
}

function refuseRaw(res: ServerResponse, status: 400 | 500): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res
    .writeHead(status, { "content-type": "text/plain", connection: "close" })
    .end(status === 400 ? "Bad Request" : "Internal Server Error");
}

/** The node request listener: the safe-target gate, hono, and a last-resort handler that logs and answers. */
export function createNodeListener(app: Hono, deps: { logger: Logger; metrics: Pick<Metrics, "countRefusedRequest"> }) {
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      if (!isSafeTarget(req.url ?? "")) {
        deps.metrics.countRefusedRequest("bad_request");
        deps.logger.debug({ method: req.method }, "HTTP request refused: unusable request target");
        refuseRaw(res, 400);
        return;
      }
      listener(req, res).catch((error: unknown) => lastResort(error, res, deps.logger));
    } catch (error) {
      lastResort(error, res, deps.logger);
    }
  };
}

function lastResort(error: unknown, res: ServerResponse, logger: Logger): void {
  logger.error({ err: error instanceof Error ? error.message : String(error) }, "HTTP request failed outside its route");
  try {
    refuseRaw(res, 400);
  } catch {
    res.destroy();
  }
}

/**
 * Malformed requests and timed-out ones (`headersTimeout`, `requestTimeout`) are answered with `Connection: close`
 * and counted; connections over `maxConnections` are dropped by node and counted.
 */
export function guardConnections(server: Server, deps: { logger: Logger; metrics: Pick<Metrics, "countRefusedRequest"> }): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const timedOut = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
    deps.metrics.countRefusedRequest(timedOut ? "timeout" : "bad_request");
    deps.logger.debug({ code: error.code }, "HTTP request refused");
    const status = timedOut
      ? "408 Request Timeout"
      : error.code === "HPE_HEADER_OVERFLOW"
        ? "431 Request Header Fields Too Large"
        : "400 Bad Request";
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    setTimeout(() => socket.destroy(), 1_000).unref();
  });
  server.on("drop", () => {
    deps.metrics.countRefusedRequest("max_connections");
    deps.logger.debug("HTTP connection dropped: too many connections");
  });
}

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "../logging/logger.js";
import { healthRoute, type HealthProbes } from "./health-route.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { createNodeListener, guardConnections } from "./node-listener.js";
import { refuse } from "./refuse.js";
import { webhookRoute, type WebhookRouteOptions } from "./webhook-route.js";

/** A module's routes, mounted under `path` (see the contract in ./index.ts). */
export interface HttpRoute {
  path: string;
  app: Hono;
  /** Largest request body under `path` (default 1 MB). */
  maxBodyBytes?: number;
}

export interface HttpLimits {
  /** Time to receive the request headers (default 10 s). */
  headersTimeoutMs?: number;
  /** Time to receive the whole request (default 15 s). */
  requestTimeoutMs?: number;
  /** How often node checks those two timeouts (default 1 s). */
  checkIntervalMs?: number;
  keepAliveTimeoutMs?: number;
  /** Open connections at most; more are dropped (default 512). */
  maxConnections?: number;
  /** Wait for requests in flight at `close()` before their connections are closed (default 5 s). */
  shutdownGraceMs?: number;
}

export interface HttpServerDeps {
  port: number;
  /** Interface to listen on (default: all). */
  host?: string;
  logger: Logger;
  /** A fresh registry with process metrics when absent. */
  metrics?: Metrics;
  health: HealthProbes;
  /** Webhook mode only. */
  webhook?: Omit<WebhookRouteOptions, "logger" | "metrics">;
  routes?: readonly HttpRoute[];
  limits?: HttpLimits;
}

export interface HttpServer {
  readonly server: Server;
  readonly metrics: Metrics;
  readonly app: Hono;
  /** Starts listening; resolves with the bound port, rejects when the port cannot be used. */
  listen(): Promise<number>;
  /** Stops accepting; after `graceMs` closes the remaining connections; resolves when all are gone. */
  close(graceMs?: number): Promise<void>;
}

const ONE_MB = 1024 * 1024;

/** Builds the process's HTTP server (routes, hardening, metrics); starts nothing until `listen()`. */
export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const { logger } = deps;
  const metrics = deps.metrics ?? createMetrics();
  const limits = deps.limits ?? {};
  const app = new Hono();
  const methodNotAllowed = (path: string, allowed: string): void => {
    app.all(path, (c) => {
      metrics.countRefusedRequest("method");
      logger.debug({ status: 405, method: c.req.method }, "HTTP request refused");
      c.header("allow", allowed);
      return refuse(c, 405);
    });
  };
  app.route("/", healthRoute(deps.health));
  methodNotAllowed("/healthz", "GET");
  app.get("/metrics", async (c) => {
    c.header("content-type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
  methodNotAllowed("/metrics", "GET");
  if (deps.webhook) app.route("/", webhookRoute({ ...deps.webhook, logger, metrics }));
  for (const route of deps.routes ?? []) {
    const limit = bodyLimit({
      maxSize: route.maxBodyBytes ?? ONE_MB,
      onError: (c) => {
        metrics.countRefusedRequest("too_large");
        logger.debug({ status: 413, route: route.path }, "HTTP request refused");
        return refuse(c, 413);
      },
    });
    app.use(route.path, limit);
    app.use(`${route.path}/*`, limit);
    app.route(route.path, route.app);
  }
  app.notFound((c) => {
    metrics.countRefusedRequest("not_found");
    logger.debug({ status: 404, method: c.req.method }, "HTTP request refused");
    return refuse(c, 404);
  });
  app.onError((error, c) => {
    logger.error({ err: error.message, path: c.req.routePath }, "HTTP route failed");
    c.header("connection", "close");
    return c.text("Internal Server Error", 500);
  });

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs ?? 10_000,
      requestTimeout: limits.requestTimeoutMs ?? 15_000,
      connectionsCheckingInterval: limits.checkIntervalMs ?? 1_000,
      keepAliveTimeout: limits.keepAliveTimeoutMs ?? 5_000,
    },
    createNodeListener(app, { logger, metrics }),
  );
  server.maxConnections = limits.maxConnections ?? 512;
  guardConnections(server, { logger, metrics });

  return {
    server,
    metrics,
    app,
    listen: () =>
      new Promise<number>((ready, fail) => {
        server.once("error", fail);
        const done = (): void => {
          server.off("error", fail);
          ready((server.address() as AddressInfo).port);
        };
        if (deps.host) server.listen(deps.port, deps.host, done);
        else server.listen(deps.port, done);
      }),
    async close(graceMs = limits.shutdownGraceMs ?? 5_000) {
      if (!server.listening) return;
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        server.closeIdleConnections();
        server.closeAllConnections();
      }, graceMs);
      try {
        await closed;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

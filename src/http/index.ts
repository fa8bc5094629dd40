/**
 * The one HTTP server of the process, in every mode (polling and webhook), on `PORT`:
 *
 * - `GET /healthz` — `{ db, telegram, inboxLag? }`, 503 while the database does not answer (within 2 s);
 * - `GET /metrics` — Prometheus text from this server's own registry;
 * - the Telegram webhook at the path of WEBHOOK_URL (webhook mode only);
 * - whatever other modules mount.
 *
 * **Mounting routes.** Pass `routes: [{ path: "/v", app }, { path: "/app", app }, { path: "/api", app }]`; each `app`
 * is a `Hono` whose routes are relative to `path` (`app.get("/:code", …)` under `/v` serves `/v/<code>`). Every
 * request with a body under `path` is limited to `maxBodyBytes` (default 1 MB; 413 from Content-Length or the
 * counted stream) before your handler runs. Validate params, queries and bodies with zod, answer bad input with 4xx,
 * and never throw for a stranger's input (a thrown error is logged and answered 500). A path is mounted once; the
 * built-in paths above win. Links for people are built from `config.publicUrl`.
 *
 * **Hardening** (every route gets it): request targets are checked before any URL is built (`//[` → 400);
 * `headersTimeout` 10 s, `requestTimeout` 15 s, `maxConnections`; refused requests are answered with
 * `Connection: close` (their body is not read), counted in `praktika_http_refused_requests_total` and logged at
 * debug without header values. `close()` stops accepting, then after a grace period closes idle and lingering
 * connections, so shutdown never waits behind half-sent requests.
 */
export { createHttpServer, type HttpServer, type HttpServerDeps, type HttpRoute, type HttpLimits } from "./server.js";
export { createMetrics, updateType, type Metrics, type UpdateOutcome, type SendResult, type RefusedReason } from "./metrics.js";
export { createTelegramProbe, type TelegramProbe, type TelegramState } from "./telegram-probe.js";
export type { HealthProbes } from "./health-route.js";
export type { WebhookRouteOptions } from "./webhook-route.js";

import { afterAll, beforeAll, expect, it } from "vitest";
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import mongoose from "mongoose";
import { MongoNetworkError, MongoNotConnectedError } from "mongodb";
import { createHarness } from "../support/bot-harness.js";
import { createHttpServer, createMetrics, type HttpServer } from "../../src/http/index.js";
import { createUpdateObserver, handleUpdateOrThrowUnavailable } from "../../src/bot/middlewares/observe-updates.js";
import { FAIL_FAST_CONNECTION_OPTIONS, isDatabaseUnavailable } from "../../src/db/fail-fast.js";
import { helpUpdate, memoryLogger, SECRET } from "./http-support.js";

// A database that resets every connection: the bot's own connection options (main.ts) against a real outage.
let deadDatabase: Server;
let connection: mongoose.Connection;
let http: HttpServer;
let base: string;
let h: ReturnType<typeof createHarness>;
const metrics = createMetrics({ processMetrics: false });
const { logger, lines } = memoryLogger();

beforeAll(async () => {
  deadDatabase = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((ready) => deadDatabase.listen(0, "127.0.0.1", ready));
  const port = (deadDatabase.address() as AddressInfo).port;
  connection = mongoose.createConnection(`mongodb://127.0.0.1:${port}/`, {
    ...FAIL_FAST_CONNECTION_OPTIONS,
    dbName: "outage",
    directConnection: true,
  });
  connection.on("error", () => undefined);
  const observer = createUpdateObserver({ logger, metrics });
  h = createHarness({ connection, observer });
  http = createHttpServer({
    port: 0,
    host: "127.0.0.1",
    logger,
    metrics,
    health: { pingDatabase: () => h.db.ping() },
    webhook: {
      path: "/telegram",
      secret: SECRET,
      handle: handleUpdateOrThrowUnavailable(h.bot, observer),
      isTransient: isDatabaseUnavailable,
    },
  });
  base = `http://127.0.0.1:${await http.listen()}`;
});

afterAll(async () => {
  await http.close(100);
  await connection.close().catch(() => undefined);
  await new Promise<void>((done) => deadDatabase.close(() => done()));
});

it("database unreachable: within 5 s the user is told in their language that the message was not saved, and the webhook answers 503 so Telegram redelivers it", async () => {
  const update = helpUpdate(501, 5151);
  update.message.from = { ...update.message.from, first_name: "Айгерим", language_code: "ru" };
  const started = Date.now();
  const response = await fetch(`${base}/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
  const elapsed = Date.now() - started;
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  expect(elapsed).toBeLessThan(6_000);
  expect(h.lastText(5151)).toBe(h.t("ru", "errors-not-saved"));
  const line = lines.find((entry) => entry["updateId"] === 501 && entry["msg"] === "update handled");
  expect(line).toMatchObject({ outcome: "db_unavailable", type: "message", level: 30 });
  expect(JSON.stringify(lines)).not.toContain("Айгерим");
  expect(await metrics.registry.metrics()).toContain('praktika_updates_total{type="message",outcome="db_unavailable"} 1');
}, 20_000);

it("GET /healthz answers 503 within 2 s while the database is unreachable", async () => {
  const started = Date.now();
  const response = await fetch(`${base}/healthz`);
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ db: "unavailable" });
});

it("driver errors of an unreachable database are transient; a bug or a Telegram error is not", () => {
  expect(isDatabaseUnavailable(new MongoNetworkError("connection 3 to 10.0.0.5:27017 closed"))).toBe(true);
  expect(isDatabaseUnavailable(new MongoNotConnectedError("Client must be connected before running operations"))).toBe(true);
  expect(isDatabaseUnavailable(new Error("wrapped", { cause: new MongoNetworkError("reset") }))).toBe(true);
  expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
  expect(isDatabaseUnavailable(Object.assign(new Error("E11000 duplicate key"), { name: "MongoServerError", code: 11000 }))).toBe(false);
});

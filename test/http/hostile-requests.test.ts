import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Socket } from "node:net";
import { useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { createHttpServer, createMetrics, type HttpServer } from "../../src/http/index.js";
import { createUpdateObserver, handleUpdateOrThrowUnavailable } from "../../src/bot/middlewares/observe-updates.js";
import { isDatabaseUnavailable } from "../../src/db/fail-fast.js";
import { helpUpdate, memoryLogger, rawRequest, SECRET, trickle } from "./http-support.js";

const database = useTestDatabase();
let http: HttpServer;
let port: number;
let h: ReturnType<typeof createHarness>;
let handled: number[];
const { logger, lines } = memoryLogger();

beforeAll(async () => {
  const metrics = createMetrics({ processMetrics: false });
  const observer = createUpdateObserver({ logger, metrics });
  h = createHarness({ connection: database.connection(), observer });
  handled = [];
  const handle = handleUpdateOrThrowUnavailable(h.bot, observer);
  http = createHttpServer({
    port: 0,
    host: "127.0.0.1",
    logger,
    metrics,
    health: { pingDatabase: () => h.db.ping() },
    webhook: {
      path: "/telegram",
      secret: SECRET,
      handle: async (update) => {
        handled.push(update.update_id);
        await handle(update);
      },
      isTransient: isDatabaseUnavailable,
    },
  });
  port = await http.listen();
});

afterAll(async () => {
  await http.close(100);
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET, ...headers },
    body,
  });

const webhookHead = (extra: string) =>
  `POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\n${extra}\r\n`;

async function refusedCount(reason: string): Promise<number> {
  const text = await http.metrics.registry.metrics();
  const match = new RegExp(`praktika_http_refused_requests_total\\{reason="${reason}"\\} (\\d+)`).exec(text);
  return match ? Number(match[1]) : 0;
}

async function expectStillServing(updateId: number): Promise<void> {
  const before = h.calls.length;
  const response = await post(JSON.stringify(helpUpdate(updateId)));
  expect(response.status).toBe(200);
  expect(h.calls.length).toBeGreaterThan(before);
  expect(h.lastText(4242)).toContain(h.t("en", "help-title"));
}

describe("hostile requests to the webhook server: each is refused and the bot keeps answering", () => {
  it("an unparseable request target (//[, absolute form, *) gets 400 with Connection: close and throws nothing", async () => {
    for (const target of ["//[", "http://[/", "*", "/telegram\\..\\x"]) {
      const answer = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      expect(answer.status, target).toBe(400);
      expect(answer.text.toLowerCase(), target).toContain("connection: close");
      expect(answer.closed, target).toBe(true);
    }
    expect(await refusedCount("bad_request")).toBeGreaterThanOrEqual(4);
    await expectStillServing(101);
  });

  it("a Content-Length over 1 MB gets 413 at once, without reading the body, and the connection is closed", async () => {
    const answer = await rawRequest(port, webhookHead("Content-Length: 200000000\r\n"));
    expect(answer.status).toBe(413);
    expect(answer.text.toLowerCase()).toContain("connection: close");
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(2_000);
    await expectStillServing(102);
  });

  it("a chunked body that grows past 1 MB gets 413 once 1 MB was counted, and the rest is not read", async () => {
    const chunk = "x".repeat(64 * 1024);
    const frame = `${chunk.length.toString(16)}\r\n${chunk}\r\n`;
    let written = 0;
    const answer = await rawRequest(port, webhookHead("Transfer-Encoding: chunked\r\n"), {
      then: async (socket: Socket) => {
        // 64 MB offered; the server must stop us long before.
        for (let i = 0; i < 1024 && !socket.destroyed; i++) {
          await trickle(socket, frame, 1);
          written += chunk.length;
        }
      },
    });
    expect(answer.status).toBe(413);
    expect(answer.closed).toBe(true);
    expect(written).toBeLessThan(16 * 1024 * 1024);
    expect(handled).not.toContain(Number.NaN);
    await expectStillServing(103);
  });

  it("a wrong method gets 405 with Allow: POST", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/telegram`, { headers: { "x-telegram-bot-api-secret-token": SECRET } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: "DELETE" })).status).toBe(405);
    await expectStillServing(104);
  });

  it("a body that is not declared JSON gets 415 and is not handled", async () => {
    const count = handled.length;
    const response = await post(JSON.stringify(helpUpdate(9_001)), { "content-type": "text/plain" });
    expect(response.status).toBe(415);
    expect(handled.length).toBe(count);
    await expectStillServing(105);
  });

  it("malformed JSON and JSON that is not an update are answered 200 (so Telegram does not loop), logged at debug, not handled", async () => {
    const count = handled.length;
    for (const body of ['{"update_id": 1, ', "[]", '{"hello": 1}', '{"update_id": -3, "message": {}}', '{"update_id": 7}']) {
      const response = await post(body);
      expect(response.status, body).toBe(200);
    }
    expect(handled.length).toBe(count);
    const debug = lines.filter((line) => line["msg"] === "webhook body is not a Telegram update; acknowledged so it is not sent again");
    expect(debug.length).toBe(5);
    expect(debug.every((line) => line["level"] === 20)).toBe(true);
    await expectStillServing(106);
  });

  it("a missing or wrong secret gets 401, the update is not handled, and no header value is logged", async () => {
    const count = handled.length;
    const body = JSON.stringify(helpUpdate(9_002));
    expect((await post(body, { "x-telegram-bot-api-secret-token": "wrong-secret-0000000000" })).status).toBe(401);
    const response = await fetch(`http://127.0.0.1:${port}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("connection")).toBe("close");
    expect(handled.length).toBe(count);
    expect(JSON.stringify(lines)).not.toContain("wrong-secret-0000000000");
    expect(await refusedCount("unauthorized")).toBe(2);
    await expectStillServing(107);
  });

  it("an unknown path gets 404", async () => {
    expect((await fetch(`http://127.0.0.1:${port}/nothing-here`, { method: "POST" })).status).toBe(404);
    await expectStillServing(108);
  });
});

describe("slow and lingering connections", () => {
  let slow: HttpServer;
  let slowPort: number;
  beforeAll(async () => {
    slow = createHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger,
      metrics: createMetrics({ processMetrics: false }),
      health: { pingDatabase: () => Promise.resolve(true) },
      webhook: { path: "/telegram", secret: SECRET, handle: () => Promise.resolve(), isTransient: () => false },
      limits: { headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 100, maxConnections: 20 },
    });
    slowPort = await slow.listen();
  });
  afterAll(async () => {
    await slow.close(100);
  });

  it("headers that never finish are cut after headersTimeout with 408 and Connection: close", async () => {
    const answer = await rawRequest(slowPort, "POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", {
      then: (socket) => trickle(socket, "a", 20, 100),
    });
    expect(answer.status).toBe(408);
    expect(answer.text.toLowerCase()).toContain("connection: close");
    expect(answer.ms).toBeLessThan(1_500);
  });

  it("a body that never finishes is cut after requestTimeout", async () => {
    const head = `POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\nContent-Length: 1000\r\n\r\n`;
    const answer = await rawRequest(slowPort, head, { then: (socket) => trickle(socket, "{", 30, 100) });
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(2_000);
    expect(await slow.metrics.registry.metrics()).toMatch(/praktika_http_refused_requests_total\{reason="timeout"\} [1-9]/);
  });

  it("connections over maxConnections are dropped and counted, and the server answers again once one is free", async () => {
    const small = createHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger,
      metrics: createMetrics({ processMetrics: false }),
      health: { pingDatabase: () => Promise.resolve(true) },
      limits: { maxConnections: 1 },
    });
    const smallPort = await small.listen();
    const holder = rawRequest(smallPort, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n", { waitMs: 1_500 });
    await new Promise((done) => setTimeout(done, 100));
    const dropped = await rawRequest(smallPort, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", { waitMs: 1_000 });
    expect(dropped.status).toBeUndefined();
    expect(dropped.closed).toBe(true);
    expect(await small.metrics.registry.metrics()).toContain('praktika_http_refused_requests_total{reason="max_connections"} 1');
    await holder;
    await new Promise((done) => setTimeout(done, 100));
    expect((await rawRequest(smallPort, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).status).toBe(200);
    await small.close(100);
  });

  it("shutdown does not wait behind 5 half-sent requests: the server closes them after its grace period", async () => {
    const lingering = createHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger,
      metrics: createMetrics({ processMetrics: false }),
      health: { pingDatabase: () => Promise.resolve(true) },
    });
    const lingeringPort = await lingering.listen();
    const answers = Array.from({ length: 5 }, () =>
      rawRequest(lingeringPort, "POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{", { waitMs: 10_000 }),
    );
    await new Promise((done) => setTimeout(done, 200));
    const started = Date.now();
    await lingering.close(300);
    expect(Date.now() - started).toBeLessThan(1_500);
    for (const answer of await Promise.all(answers)) expect(answer.closed).toBe(true);
  });
});

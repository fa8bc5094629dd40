import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { createHttpServer, createMetrics, createTelegramProbe, type HttpServer } from "../../src/http/index.js";
import { createUpdateObserver } from "../../src/bot/middlewares/observe-updates.js";
import { Hono } from "hono";
import { helpUpdate, memoryLogger } from "./http-support.js";

const database = useTestDatabase();
const metrics = createMetrics();
const { logger, lines } = memoryLogger();
let telegramAnswers = 200;
const probe = createTelegramProbe({ metrics });
const probedFetch = probe.wrap(() =>
  telegramAnswers === 0
    ? Promise.reject(new TypeError("fetch failed"))
    : Promise.resolve(new Response(JSON.stringify({ ok: telegramAnswers < 400, result: true }), { status: telegramAnswers })),
);
let http: HttpServer;
let base: string;
let h: ReturnType<typeof createHarness>;
let inboxLag: number | null = 3;

// Polling mode: no webhook, the server still runs.
beforeAll(async () => {
  h = createHarness({ connection: database.connection(), observer: createUpdateObserver({ logger, metrics }) });
  const verification = new Hono().get("/:code", (c) => c.text(`code ${c.req.param("code")}`)).post("/:code", (c) => c.text("posted"));
  http = createHttpServer({
    port: 0,
    host: "127.0.0.1",
    logger,
    metrics,
    health: { pingDatabase: () => h.db.ping(), telegram: probe.state, inboxLag: () => Promise.resolve(inboxLag) },
    routes: [{ path: "/v", app: verification, maxBodyBytes: 16 }],
  });
  base = `http://127.0.0.1:${await http.listen()}`;
});

afterAll(async () => {
  await http.close(100);
});

describe("the HTTP server in polling mode", () => {
  it("GET /healthz reports the database, Telegram's reachability from the last Bot API call, and the inbox lag", async () => {
    let response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ db: "ok", telegram: "unknown", inboxLag: 3 });

    await probedFetch("https://api.telegram.org/botTOKEN/sendMessage", { method: "POST" });
    inboxLag = null;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ db: "ok", telegram: "ok", inboxLag: null });

    telegramAnswers = 0;
    await expect(probedFetch("https://api.telegram.org/botTOKEN/getUpdates")).rejects.toThrow();
    response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ db: "ok", telegram: "unreachable" });

    telegramAnswers = 502;
    await probedFetch("https://api.telegram.org/botTOKEN/sendMessage", { method: "POST" });
    expect(probe.state()).toBe("unreachable");
    telegramAnswers = 403;
    await probedFetch("https://api.telegram.org/botTOKEN/sendMessage", { method: "POST" });
    expect(probe.state()).toBe("ok");
  });

  it("GET /healthz answers 503 within 2 s when the database ping hangs", async () => {
    const hanging = createHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger,
      metrics: createMetrics({ processMetrics: false }),
      health: { pingDatabase: () => new Promise<boolean>(() => undefined) },
    });
    const port = await hanging.listen();
    const started = Date.now();
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ db: "unavailable", telegram: "unknown" });
    await hanging.close(100);
  });

  it("GET /metrics: process metrics, updates by type and outcome, handling time, sends by result, refused requests; no user ids", async () => {
    await h.bot.handleUpdate(helpUpdate(1, 777_000_111));
    await h.bot.handleUpdate({
      update_id: 2,
      callback_query: {
        id: "cb-1",
        chat_instance: "ci",
        data: "nonsense:1",
        from: { id: 777_000_111, is_bot: false, first_name: "Web", language_code: "en" },
      },
    });
    await fetch(`${base}/nowhere`);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain("praktika_process_cpu_user_seconds_total");
    expect(text).toContain('praktika_updates_total{type="message",outcome="ok"} 1');
    expect(text).toContain('praktika_updates_total{type="callback_query",outcome="ok"} 1');
    expect(text).toMatch(/praktika_update_handling_seconds_count\{type="message"\} 1/);
    expect(text).toContain('praktika_telegram_sends_total{result="ok"} 1');
    expect(text).toContain('praktika_telegram_sends_total{result="5xx"} 1');
    expect(text).toContain('praktika_telegram_sends_total{result="403"} 1');
    expect(text).toContain("praktika_telegram_reachable 1");
    expect(text).toContain('praktika_http_refused_requests_total{reason="not_found"} 1');
    expect(text).not.toContain("777000111");
  });

  it("one structured line per update at debug with id, type, duration and outcome, and no personal data", () => {
    const line = lines.find((entry) => entry["updateId"] === 1 && entry["msg"] === "update handled");
    expect(line).toMatchObject({ level: 20, type: "message", outcome: "ok" });
    expect(typeof line?.["ms"]).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("777000111");
  });

  it("mounted routes are served under their path, with their own body limit", async () => {
    expect(await (await fetch(`${base}/v/ABCD-1234`)).text()).toBe("code ABCD-1234");
    expect((await fetch(`${base}/v/ABCD`, { method: "POST", body: "x".repeat(15) })).status).toBe(200);
    const tooLarge = await fetch(`${base}/v/ABCD`, { method: "POST", body: "x".repeat(17) });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get("connection")).toBe("close");
  });
});

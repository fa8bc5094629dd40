import { afterEach, expect, it } from "vitest";
import { useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { createHttpServer, type HttpServer } from "../../src/http/index.js";
import { isDatabaseUnavailable } from "../../src/db/fail-fast.js";
import { checkTimeZoneData } from "../../src/runtime/time-zone-check.js";

const database = useTestDatabase();
const SECRET = "webhook-secret-0123456789";
let server: HttpServer | undefined;

afterEach(async () => {
  await server?.close(100);
  server = undefined;
});

async function start(isHealthy: () => Promise<boolean>) {
  const h = createHarness({ connection: database.connection() });
  server = createHttpServer({
    port: 0,
    host: "127.0.0.1",
    logger: h.logger,
    health: { pingDatabase: isHealthy },
    webhook: { path: "/telegram", secret: SECRET, handle: (update) => h.bot.handleUpdate(update), isTransient: isDatabaseUnavailable },
  });
  const base = `http://127.0.0.1:${await server.listen()}`;
  return { h, base };
}

const update = {
  update_id: 1,
  message: {
    message_id: 1,
    date: 0,
    chat: { id: 4242, type: "private", first_name: "Web" },
    from: { id: 4242, is_bot: false, first_name: "Web", language_code: "en" },
    text: "/help",
    entities: [{ type: "bot_command", offset: 0, length: 5 }],
  },
};

it("accepts updates only with the secret token header and handles them", async () => {
  const { h, base } = await start(() => Promise.resolve(true));
  const post = (headers: Record<string, string>) =>
    fetch(`${base}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(update),
    });

  expect((await post({})).status).toBe(401);
  expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "wrong-secret-0000000000" })).status).toBe(401);
  expect(h.calls).toEqual([]);

  expect((await post({ "X-Telegram-Bot-Api-Secret-Token": SECRET })).status).toBe(200);
  expect(h.lastText(4242)).toContain(h.t("en", "help-title"));

  expect((await fetch(`${base}/other`, { method: "POST" })).status).toBe(404);
});

it("GET /healthz answers 200 while the database answers and 503 when it does not", async () => {
  let healthy = true;
  const { base } = await start(() => Promise.resolve(healthy));
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
  healthy = false;
  expect((await fetch(`${base}/healthz`)).status).toBe(503);
});

it("the database ping used by /healthz is true on a live connection", async () => {
  const { h } = await start(() => Promise.resolve(true));
  expect(await h.db.ping()).toBe(true);
});

it("domain.md §10: this platform's time-zone data has Almaty at UTC+5 (tz 2024a or newer)", () => {
  expect(checkTimeZoneData()).toBeNull();
  expect(checkTimeZoneData("Asia/Tokyo")).toContain("expected UTC+5");
});

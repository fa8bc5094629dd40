import { beforeEach, describe, expect, it, vi } from "vitest";
import pino from "pino";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { createPersistence } from "../../src/persistence/create-persistence.js";
import { createSendBudget } from "../../src/services/send-budget/send-budget.js";

const database = useTestDatabase();
const T0 = Date.parse("2026-11-23T09:00:00Z");
let t: number;

beforeEach(async () => {
  await clearDatabase(database.connection());
  t = T0;
});

const flooder = { id: 5101, firstName: "Flood", languageCode: "ru" };
const calm = { id: 5102, firstName: "Calm", languageCode: "en" };

function harness() {
  const h = createHarness({ connection: database.connection(), floodControl: { limit: 3, windowMs: 10_000, now: () => t } });
  return h;
}

describe("flood control (issue 16: per-user flood control)", () => {
  it("answers a flooder's first updates, tells them once to slow down, drops the rest; another person is unaffected", async () => {
    const h = harness();
    const answered: number[] = [];
    for (let i = 0; i < 8; i++) answered.push((await h.text(flooder, "/help")).filter((c) => c.method === "sendMessage").length);
    expect(answered.slice(0, 3).every((n) => n >= 1)).toBe(true);
    // The fourth update gets the notice (once, in the person's language), the rest nothing at all.
    expect(answered.slice(3)).toEqual([1, 0, 0, 0, 0]);
    const notice = h.i18n.t("ru", "flood-slow-down");
    expect(h.sentTexts(flooder.id).filter((text) => text === notice)).toHaveLength(1);
    // Someone else, meanwhile, is answered as usual.
    expect((await h.text(calm, "/help")).some((c) => c.method === "sendMessage" && c.payload["chat_id"] === calm.id)).toBe(true);
    // A button pressed while over the limit is answered (the client's spinner stops), with the notice as its toast.
    const press = await h.press(flooder, "noop:1", 1);
    expect(press.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(press[0]!.payload["text"]).toBe(notice);
    // Nothing was handled for the dropped updates: no user write, no scene state; the log names no one.
    expect(JSON.stringify(h.logs.filter((l) => String(l["msg"]).startsWith("flood control")))).not.toContain(String(flooder.id));
  });

  it("lets the person back in once the window has passed", async () => {
    const h = harness();
    for (let i = 0; i < 6; i++) await h.text(flooder, "/help");
    expect((await h.text(flooder, "/help")).filter((c) => c.method === "sendMessage")).toHaveLength(0);
    t += 10_000;
    expect((await h.text(flooder, "/help")).filter((c) => c.method === "sendMessage").length).toBeGreaterThanOrEqual(1);
  });
});

describe("the send budget under the real bot (issue 16: one send budget)", () => {
  it("meters every reply through the budget, and a 429 from Telegram pauses the whole budget for retry_after", async () => {
    const db = createPersistence(database.connection());
    await db.syncIndexes();
    const budget = createSendBudget({
      store: db.sendBudget("7000000001"),
      ratePerSecond: 30,
      logger: pino({ level: "silent" }),
      now: () => t,
    });
    budget.start();
    const waits: string[] = [];
    const gate = {
      acquire: async (priority: "interactive" | "bulk", chat?: number) => {
        waits.push(`${priority}:${chat ?? "-"}`);
        return budget.acquire(priority, chat);
      },
      pause: (until: number) => budget.pause(until),
      now: () => budget.now(),
    };
    const h = createHarness({ connection: database.connection(), sendBudget: gate, transport: { maxRateLimitWaitMs: 0 } });
    await h.text(calm, "/help");
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(waits.every((w) => w === `interactive:${calm.id}`)).toBe(true);
    h.failNext({ method: "sendMessage", errorCode: 429, description: "Too Many Requests: retry after 7", retryAfter: 7 });
    const pausedAt = t;
    // The error boundary's apology waits for the pause like every other send.
    const second = h.text(calm, "/help");
    await vi.waitFor(() => expect(budget.pausedUntil()).toBe(pausedAt + 7000));
    expect(budget.state().waiting.interactive).toBe(1);
    // Shared with every other process through the control document.
    await vi.waitFor(async () => {
      const control = await db.models.SendBudget.findById("7000000001:control").lean();
      expect(control?.pausedUntil?.getTime()).toBe(pausedAt + 7000);
    });
    t += 7000;
    budget.wake();
    expect((await second).filter((c) => c.method === "sendMessage")).toHaveLength(2);
    await budget.stop();
  });
});

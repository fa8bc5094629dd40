import { beforeEach, expect, it } from "vitest";
import pino from "pino";
import type { Update } from "grammy/types";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createUpdateIntake, type IntakeMetricsSink } from "../../src/intake/index.js";
import { textUpdate, until } from "./support.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
const person: TestPerson = { id: 74_001, firstName: "P", languageCode: "en" };
let nextId = 950_000;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

function intakeOf(handleUpdate: (u: Update) => Promise<void>, metrics?: IntakeMetricsSink) {
  return createUpdateIntake({
    bot: { botInfo: h.bot.botInfo, api: h.bot.api, handleUpdate },
    inbox: h.db.inbox,
    logger: pino({ level: "silent" }),
    leaseMs: 400,
    ...(metrics ? { metrics } : {}),
  });
}
const entryOf = (u: Update) => h.db.inbox.find(h.bot.botInfo.id, u.update_id);

it("a handler that throws marks the update failed with its attempt, keeps no text, and a redelivery does not run it again", async () => {
  let runs = 0;
  const intake = intakeOf(() => (runs++, Promise.reject(new TypeError("boom"))));
  const update: Update = { update_id: nextId++, ...textUpdate(h.telegram, person, "/help") };
  await intake.handleWebhookUpdate(update);
  await intake.handleWebhookUpdate(update);
  expect(runs).toBe(1);
  expect(await entryOf(update)).toMatchObject({ state: "failed", attempts: 1, error: "TypeError", payload: "" });
});

it("an update that was already tried 3 times (it brought the process down each time) is marked failed, not handled again", async () => {
  const update: Update = { update_id: nextId++, ...textUpdate(h.telegram, person, "/help") };
  const arrival = { botId: h.bot.botInfo.id, updateId: update.update_id, chatKey: `chat:${person.id}`, payload: JSON.stringify(update) };
  await h.db.inbox.store([arrival], "dead-1", new Date(Date.now() - 60_000), 1);
  for (const owner of ["dead-2", "dead-3"]) await h.db.inbox.claim(arrival.botId, arrival.updateId, owner, new Date(), 0);
  let runs = 0;
  const intake = intakeOf(() => (runs++, Promise.resolve()));
  await intake.startWebhook();
  await until("marked", async () => (await entryOf(update))?.state !== "pending");
  await intake.stop();
  expect(runs).toBe(0);
  expect(await entryOf(update)).toMatchObject({ state: "failed", attempts: 4, error: "gave up after 3 attempts" });
});

it("reports depth and lag to the metrics sink and through lag(), back to 0 once handled", async () => {
  const seen: Array<[number, number]> = [];
  let depth = 0;
  let lag = 0;
  const metrics: IntakeMetricsSink = {
    setInboxDepth: (n) => void (depth = n),
    setInboxLag: (s) => void ((lag = s), seen.push([depth, s])),
  };
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const intake = intakeOf(async (u) => {
    await gate;
    await h.bot.handleUpdate(u);
  }, metrics);
  const update: Update = { update_id: nextId++, ...textUpdate(h.telegram, person, "/help") };
  const handled = intake.handleWebhookUpdate(update);
  await until("taken in", () => intake.depth() === 1);
  await new Promise((tick) => setTimeout(tick, 60));
  expect(depth).toBe(1);
  expect(intake.lag()).toBeGreaterThanOrEqual(0.05);
  open();
  await handled;
  expect([depth, lag, intake.depth(), intake.lag()]).toEqual([0, 0, 0, 0]);
  expect(seen.some(([d]) => d === 1)).toBe(true);
  expect(h.lastText(person.id)).toContain(h.t("en", "help-title"));
});

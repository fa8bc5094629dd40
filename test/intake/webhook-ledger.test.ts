import { beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import type { Update } from "grammy/types";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { csv, EN_HEADER, line } from "../roster/roster-files.js";
import { createUpdateIntake, isTransientIntakeError, type UpdateIntake } from "../../src/intake/index.js";
import type { InboxRepository } from "../../src/persistence/repositories/inbox.repository.js";
import { documentUpdate, never, openProcess, sleep, textUpdate, until } from "./support.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
const silent = pino({ level: "silent" });
const LEASE_MS = 400;
let nextId = 900_000;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

function intakeOf(options: { inbox?: InboxRepository; handleUpdate?: (update: Update) => Promise<void> } = {}): UpdateIntake {
  return createUpdateIntake({
    bot: { botInfo: h.bot.botInfo, api: h.bot.api, handleUpdate: options.handleUpdate ?? ((u) => h.bot.handleUpdate(u)) },
    inbox: options.inbox ?? h.db.inbox,
    logger: silent,
    leaseMs: LEASE_MS,
    sweepMs: 60_000,
  });
}

const withId = (update: Omit<Update, "update_id">): Update => ({ update_id: nextId++, ...update });
const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isTransientIntakeError(error)) return error.reason;
    throw error;
  }
  return "accepted";
}

describe("webhook ledger: a redelivered update is a no-op", () => {
  it("a redelivered /start inv_… claims nothing twice and asks for the staff name once", async () => {
    await h.text(admin, "/newdepartment CS Department of Computer Science");
    await h.text(admin, "/invite_coordinator CS");
    const code = /start=(inv_[A-Za-z0-9_-]{22})/.exec(h.lastText(admin.id))![1]!;
    const coordinator: TestPerson = { id: 72_001, firstName: "Гүлнар", languageCode: "ru" };
    const intake = intakeOf();
    const claim = withId(textUpdate(h.telegram, coordinator, `/start ${code}`));

    await intake.handleWebhookUpdate(claim);
    const seen = h.sentTexts(coordinator.id);
    expect(seen.at(-1)).toBe(h.t("ru", "staff-name-ask"));
    await intake.handleWebhookUpdate(claim);
    await intake.handleWebhookUpdate(claim);

    expect(h.sentTexts(coordinator.id)).toEqual(seen);
    expect(seen.filter((t) => t === h.t("ru", "staff-name-ask"))).toHaveLength(1);
    const user = await h.db.users.findByTelegramId(coordinator.id);
    expect(user!.roles.map((r) => r.role)).toEqual(["coordinator"]);
    expect(await h.db.models.InboxUpdate.findById(`${h.bot.botInfo.id}:${claim.update_id}`).lean()).toMatchObject({
      state: "done",
      attempts: 1,
      payload: "",
    });
  });

  it("a redelivered roster upload downloads and imports once and sends one summary", async () => {
    const seed = createSeeder(h.db);
    const department = await seed.department("CS", "iitu");
    const coordinator = seed.person("en", "Гүлнар");
    await seed.staff(coordinator, "coordinator", { departmentId: department._id });
    await h.db.users.setLanguage(coordinator.id, "en");
    const upload = withId(
      documentUpdate(
        h.telegram,
        coordinator,
        "roster.csv",
        "text/csv",
        csv([line(), line({ studentNumber: "20210399", fullName: "Омаров Ерлан" })], { header: EN_HEADER }),
      ),
    );
    const intake = intakeOf();

    await intake.handleWebhookUpdate(upload);
    await intake.handleWebhookUpdate(upload);

    const summary = h.t("en", "roster-imported", { rows: 2 });
    expect(h.sentTexts(coordinator.id).filter((t) => t.includes(summary))).toHaveLength(1);
    expect(h.calls.filter((c) => c.method === "downloadFile")).toHaveLength(1);
    expect(h.calls.filter((c) => c.method === "sendDocument")).toHaveLength(1);
    expect(await h.db.models.Student.countDocuments()).toBe(2);
  });

  it("an update left in progress by a dead process: refused while its lease lives, handled again once it expired, then a no-op", async () => {
    const person: TestPerson = { id: 72_010, firstName: "Web", languageCode: "en" };
    const update = withId(textUpdate(h.telegram, person, "/help"));
    const dead = await openProcess(database.dbName);
    const first = intakeOf({ inbox: dead.db.inbox, handleUpdate: never });
    void first.handleWebhookUpdate(update).catch(() => undefined);
    await until("stored", async () => (await h.db.inbox.depth(h.bot.botInfo.id)) === 1);
    await dead.kill();

    const second = intakeOf();
    expect(await refusal(second.handleWebhookUpdate(update))).toBe("in-progress");
    expect(h.sentTexts(person.id)).toEqual([]);
    await sleep(LEASE_MS + 50);
    expect(await refusal(second.handleWebhookUpdate(update))).toBe("accepted");
    expect(await refusal(second.handleWebhookUpdate(update))).toBe("accepted");
    expect(h.sentTexts(person.id)).toEqual([h.lastText(person.id)]);
    expect(h.lastText(person.id)).toContain(h.t("en", "help-title"));
  });

  it("while the database is down the update is refused with a transient error (the webhook answers 5xx) and nothing is handled", async () => {
    const person: TestPerson = { id: 72_020, firstName: "Web", languageCode: "en" };
    const update = withId(textUpdate(h.telegram, person, "/help"));
    const down = await openProcess(database.dbName);
    await down.kill();
    const handled: number[] = [];
    const outage = intakeOf({ inbox: down.db.inbox, handleUpdate: (u) => (handled.push(u.update_id), Promise.resolve()) });
    const started = Date.now();
    expect(await refusal(outage.handleWebhookUpdate(update))).toBe("database");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(handled).toEqual([]);

    // Telegram delivers it again once the database is back.
    await intakeOf().handleWebhookUpdate(update);
    expect(h.sentTexts(person.id)).toHaveLength(1);
  });
});

describe("two intakes on one database", () => {
  it("never handle the same update twice: recovering a dead process's updates together, and one update delivered to both", async () => {
    const handledBy = new Map<number, string[]>();
    const tracking = (name: string) => async (u: Update) => {
      handledBy.set(u.update_id, [...(handledBy.get(u.update_id) ?? []), name]);
      await sleep(Math.floor(Math.random() * 5));
      await h.bot.handleUpdate(u);
    };
    const people: TestPerson[] = Array.from({ length: 20 }, (_, i) => ({ id: 73_000 + i, firstName: `P${i}`, languageCode: "en" }));
    const left = people.map((p) => withId(textUpdate(h.telegram, p, "/help")));
    // Stored by a process that died before handling any of them (its leases have expired).
    await h.db.inbox.store(
      left.map((u) => ({
        botId: h.bot.botInfo.id,
        updateId: u.update_id,
        chatKey: `chat:${u.message!.chat.id}`,
        payload: JSON.stringify(u),
      })),
      "dead-process",
      new Date(Date.now() - 10 * LEASE_MS),
      LEASE_MS,
    );
    const other = await openProcess(database.dbName);
    const a = intakeOf({ handleUpdate: tracking("a") });
    const b = intakeOf({ inbox: other.db.inbox, handleUpdate: tracking("b") });
    await Promise.all([a.startWebhook(), b.startWebhook()]);
    await until("all done", async () => (await h.db.models.InboxUpdate.countDocuments({ state: "done" })) === 20);

    const both = withId(textUpdate(h.telegram, people[0]!, "/help"));
    const answers = await Promise.all([refusal(a.handleWebhookUpdate(both)), refusal(b.handleWebhookUpdate(both))]);

    await Promise.all([a.stop(), b.stop()]);
    await other.kill();
    expect([...handledBy.values()].map((names) => names.length)).toEqual(Array(21).fill(1));
    expect(answers.filter((a) => a === "accepted").length).toBeGreaterThanOrEqual(1);
    for (const p of people) expect(h.sentTexts(p.id)).toHaveLength(p === people[0] ? 2 : 1);
  });
});

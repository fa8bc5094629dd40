import pino from "pino";
import { Types } from "mongoose";
import { beforeEach, describe, expect, it } from "vitest";
import { ADMIN_ID, createHarness } from "../support/bot-harness.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { createReminderJobs } from "../../src/services/reminders/index.js";
import { createRetention } from "../../src/services/retention.service.js";
import type { CronLike } from "../../src/jobs/cron-job.js";
import { RETENTION_CRON, startRetentionScheduler } from "../../src/jobs/retention-scheduler.js";
import { instantAt } from "../../src/domain/reminders/index.js";
import { toAccessPrincipal } from "../../src/domain/access/roles.js";
import { seedPlacement } from "../reminders/support.js";
import type { OutboxState } from "../../src/domain/delivery/outbox.js";

const database = useTestDatabase();
const reference = await getReferenceData();
const TZ = "Asia/Almaty";
const silent = pino({ level: "silent" });
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-11-23T22:30:00Z"); // 03:30 on 24 November in Almaty

let h: ReturnType<typeof createHarness>;
let clock: Date;

beforeEach(async () => {
  await clearDatabase(database.connection());
  clock = NOW;
  h = createHarness({ connection: database.connection(), now: () => clock });
  // The stand-in fails a write that meets mongoose's background index build on its collection ("Unknown error: null").
  await h.db.ready();
});

const retention = (outboxDays = 90, draftDays = 30) =>
  createRetention({
    db: h.db,
    now: () => clock,
    timezone: TZ,
    outboxDays,
    draftDays,
    logger: silent,
    reference,
    privacy: h.services.privacy,
  });

/** One outbox message in `state`, last changed `daysAgo` days before NOW. */
async function message(dedupeKey: string, state: OutboxState, daysAgo: number, kind = "diary-daily", ref: string | null = null) {
  await h.services.outbox.enqueue({ recipient: 1, kind, ref: ref ?? undefined, payload: { key: "reminders-diary-daily" }, dedupeKey });
  const at = new Date(NOW.getTime() - daysAgo * DAY);
  await h.db.models.OutboxMessage.collection.updateOne({ dedupeKey }, { $set: { state, updatedAt: at, createdAt: at } });
}

const keys = async () => (await h.db.models.OutboxMessage.find({}, { dedupeKey: 1 }).lean()).map((m) => m.dedupeKey).sort();

describe("retention (issue 10: no TTL indexes; an explicit nightly job)", () => {
  it("deletes sent, blocked and failed messages older than the period; keeps newer ones and anything not final", async () => {
    await message("sent-old", "sent", 91);
    await message("blocked-old", "blocked", 120);
    await message("failed-old", "failed", 91);
    await message("sent-recent", "sent", 89);
    await message("pending-old", "pending", 200);
    await message("sending-old", "sending", 200);
    expect(await retention().runOnce()).toEqual({ outbox: 3, drafts: 0, practices: 0, deletionsResumed: 0 });
    expect(await keys()).toEqual(["pending-old", "sending-old", "sent-recent"]);
    // A period from the config: 30 days deletes the 89-day-old one too.
    expect((await retention(30).runOnce()).outbox).toBe(1);
  });

  it("keeps absence alerts and escalations while their placement runs (their key stays due), deletes them after it ended", async () => {
    const running = await seedPlacement(h.db, { student: { id: 8601, firstName: "A" }, start: "2026-06-01", end: "2026-12-25", weeks: 30 });
    const endedYesterday = await seedPlacement(h.db, {
      code: "EE",
      student: { id: 8602, firstName: "B" },
      start: "2026-06-01",
      end: "2026-11-23",
      weeks: 25,
    });
    const ended = await seedPlacement(h.db, {
      code: "ME",
      student: { id: 8603, firstName: "C" },
      start: "2026-06-01",
      end: "2026-08-01",
      weeks: 9,
    });
    const ref = (p: typeof running) => `placement:${String(p.placement._id)}`;
    await message("absence-running", "sent", 150, "diary-absence-supervisors", ref(running));
    await message("pending-running", "sent", 150, "diary-pending-coordinator", ref(running));
    await message("absence-ended-yesterday", "sent", 150, "diary-absence-coordinator", ref(endedYesterday));
    await message("absence-ended", "sent", 150, "diary-absence-supervisors", ref(ended));
    await message("absence-no-placement", "sent", 150, "diary-absence-supervisors", `placement:${String(new Types.ObjectId())}`);
    await message("absence-recent-ended", "sent", 10, "diary-absence-supervisors", ref(ended));
    expect((await retention().runOnce()).outbox).toBe(2);
    expect(await keys()).toEqual(["absence-ended-yesterday", "absence-recent-ended", "absence-running", "pending-running"]);
  });

  it("dedupe still holds: a long practice's absence alert, kept past the period, is not enqueued again by the reminder job", async () => {
    const student = { id: 8611, firstName: "Айгерим" };
    const supervisor = 8699;
    await seedPlacement(h.db, { student, start: "2026-06-01", end: "2026-12-25", weeks: 30, universitySupervisor: supervisor });
    const jobs = createReminderJobs({ db: h.db, outbox: h.services.outbox, reference, now: () => clock, timezone: TZ, logger: silent });
    const alertKey = `diary-absence-3:${String((await h.db.models.Placement.findOne({}).lean())!._id)}:2026-06-01:${supervisor}`;
    await jobs.runDue(instantAt("2026-06-05", 10 * 60, TZ));
    expect(await keys()).toContain(alertKey);
    await h.db.models.OutboxMessage.updateMany({}, { $set: { state: "sent" } });
    // 120 days later the streak (no entry at all) goes on: the alert's key is due again every day.
    clock = new Date(instantAt("2026-10-05", 3 * 60 + 30, TZ).getTime());
    await h.db.models.OutboxMessage.collection.updateMany({}, { $set: { updatedAt: new Date(clock.getTime() - 120 * DAY) } });
    await retention().runOnce();
    expect(await keys()).toContain(alertKey);
    const again = await jobs.runDue(instantAt("2026-10-05", 10 * 60, TZ));
    const copies = await h.db.models.OutboxMessage.countDocuments({ dedupeKey: alertKey });
    expect(copies).toBe(1);
    expect(again.duplicates).toBeGreaterThan(0);
    // Control: had it been deleted, the job would have sent the same alert again (so the check above can fail).
    await h.db.models.OutboxMessage.deleteOne({ dedupeKey: alertKey });
    await jobs.runDue(instantAt("2026-10-05", 10 * 60, TZ));
    expect(await keys()).toContain(alertKey);
  });

  it("deletes scene drafts untouched for longer than the draft period, keeps recent ones", async () => {
    await h.db.sceneDrafts.saveAnswer(1, "ONBOARDING", "fullName", "Old", new Date(NOW.getTime() - 31 * DAY));
    await h.db.sceneDrafts.saveAnswer(2, "ONBOARDING", "fullName", "Recent", new Date(NOW.getTime() - 29 * DAY));
    expect(await retention(90, 30).runOnce()).toEqual({ outbox: 0, drafts: 1, practices: 0, deletionsResumed: 0 });
    expect(await h.db.sceneDrafts.load(2, "ONBOARDING", new Date(0))).not.toBeNull();
    expect(await h.db.sceneDrafts.load(1, "ONBOARDING", new Date(0))).toBeNull();
  });

  it("a broadcast keeps its figures in /broadcasts after the retention deleted its copies", async () => {
    const admin = toAccessPrincipal({ telegramId: ADMIN_ID, roles: [] }, [ADMIN_ID]);
    clock = new Date(NOW.getTime() - 100 * DAY);
    const broadcast = await h.db.broadcasts.create({
      departmentId: null,
      authorTelegramId: ADMIN_ID,
      text: "Hello",
      parseMode: "HTML",
      audience: {},
      recipientCount: 3,
      scheduledAt: clock,
      ackRequested: false,
    });
    await h.db.broadcasts.transition(broadcast._id, ["draft"], "sending");
    const id = String(broadcast._id);
    for (const [tg, state] of [
      [1, "sent"],
      [2, "sent"],
      [3, "blocked"],
    ] as const)
      await message(`broadcast:${id}:${tg}`, state, 100, "broadcast", id);
    const before = await h.services.broadcasts.progress(admin, id);
    expect(before).toMatchObject({ done: true, figures: { sent: 2, pending: 0, blocked: 1, failed: 0 } });
    clock = NOW;
    expect((await retention().runOnce()).outbox).toBe(3);
    const [listed] = await h.services.broadcasts.list(admin);
    expect(listed).toMatchObject({ done: true, figures: { sent: 2, pending: 0, blocked: 1, failed: 0 } });
  });

  it("runs nightly at 03:30 in the configured time zone; stop() waits for the run in progress", async () => {
    let tick: (() => Promise<void>) | undefined;
    const seen: { expression?: string; timezone?: string } = {};
    const fakeCron: CronLike = {
      schedule(expression, task, options) {
        seen.expression = expression;
        seen.timezone = options.timezone;
        tick = task;
        return { stop: () => undefined };
      },
    };
    let release!: () => void;
    let runs = 0;
    let finished = false;
    const scheduler = startRetentionScheduler({
      retention: {
        runOnce: async () => {
          runs++;
          await new Promise<void>((resolve) => (release = resolve));
          finished = true;
          return { outbox: 0, drafts: 0, practices: 0, deletionsResumed: 0 };
        },
      },
      timezone: TZ,
      logger: silent,
      cron: fakeCron,
    });
    expect(seen).toEqual({ expression: RETENTION_CRON, timezone: TZ });
    expect(RETENTION_CRON).toBe("30 3 * * *");
    expect(runs).toBe(0);
    void tick?.();
    const stopping = scheduler.stop();
    release();
    await stopping;
    expect(finished).toBe(true);
    await tick?.();
    expect(runs).toBe(1);
  });
});

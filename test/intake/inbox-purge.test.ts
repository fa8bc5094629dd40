import { beforeEach, expect, it } from "vitest";
import pino from "pino";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";
import { startInboxPurgeScheduler } from "../../src/intake/index.js";
import type { CronLike } from "../../src/jobs/cron-job.js";

const database = useTestDatabase();
let db: Persistence;
const BOT = 7000000001;
const HOUR = 3_600_000;
const now = new Date("2026-11-23T09:00:00Z");

beforeEach(async () => {
  await clearDatabase(database.connection());
  db = createPersistence(database.connection());
  await db.syncIndexes();
});

async function arrive(updateId: number, hoursAgo: number): Promise<void> {
  await db.inbox.store([{ botId: BOT, updateId, chatKey: "chat:1", payload: "{}" }], "p", new Date(now.getTime() - hoursAgo * HOUR), 1000);
}

it("the hourly purge deletes finished updates older than 48 h and keeps newer and unfinished ones (no TTL index)", async () => {
  await arrive(1, 60);
  await db.inbox.finish(BOT, 1, "p", { state: "done" }, new Date(now.getTime() - 49 * HOUR));
  await arrive(2, 60);
  await db.inbox.finish(BOT, 2, "p", { state: "failed", error: "Error" }, new Date(now.getTime() - 50 * HOUR));
  await arrive(3, 50);
  await db.inbox.finish(BOT, 3, "p", { state: "done" }, new Date(now.getTime() - 47 * HOUR));
  await arrive(4, 72);

  let tick: (() => Promise<void>) | undefined;
  const seen: { expression?: string; timezone?: string } = {};
  const cron: CronLike = {
    schedule(expression, task, options) {
      Object.assign(seen, { expression, timezone: options.timezone });
      tick = task;
      return { stop: () => undefined };
    },
  };
  const job = startInboxPurgeScheduler({
    inbox: db.inbox,
    now: () => now,
    timezone: "Asia/Almaty",
    logger: pino({ level: "silent" }),
    cron,
  });
  expect(seen).toEqual({ expression: "23 * * * *", timezone: "Asia/Almaty" });
  await tick!();
  await job.stop();

  const left = await db.models.InboxUpdate.find().sort({ updateId: 1 }).lean();
  expect(left.map((e) => [e.updateId, e.state])).toEqual([
    [3, "done"],
    [4, "pending"],
  ]);
  const indexes = await db.models.InboxUpdate.collection.indexes();
  expect(indexes.some((i) => i.expireAfterSeconds !== undefined)).toBe(false);
});

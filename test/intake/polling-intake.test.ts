import { beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import type { Api } from "grammy";
import type { Update } from "grammy/types";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createUpdateIntake, type UpdateIntake } from "../../src/intake/index.js";
import type { InboxRepository } from "../../src/persistence/repositories/inbox.repository.js";
import { never, openProcess, sleep, textUpdate, until } from "./support.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
const silent = pino({ level: "silent" });
const LEASE_MS = 400;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

const people: TestPerson[] = [1, 2, 3, 4, 5, 6].map((n) => ({ id: 71_000 + n, firstName: `P${n}`, languageCode: "en" }));

function intakeOf(options: {
  inbox?: InboxRepository;
  api?: Pick<Api, "getUpdates">;
  handleUpdate?: (update: Update) => Promise<void>;
  concurrency?: number;
}): UpdateIntake {
  return createUpdateIntake({
    bot: {
      botInfo: h.bot.botInfo,
      api: options.api ?? h.bot.api,
      handleUpdate: options.handleUpdate ?? ((u) => h.bot.handleUpdate(u)),
    },
    inbox: options.inbox ?? h.db.inbox,
    logger: silent,
    leaseMs: LEASE_MS,
    sweepMs: 100,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    polling: { pollTimeoutSeconds: 1 },
  });
}

const helpReplies = (person: TestPerson): number => h.sentTexts(person.id).filter((t) => t.includes(h.t("en", "help-title"))).length;
const countDone = (): Promise<number> => h.db.models.InboxUpdate.countDocuments({ state: "done" });

/** A Telegram transport for a process that dies: after `liveCalls` getUpdates calls, every call hangs forever. */
function dyingApi(liveCalls: number, confirmLast: boolean): Pick<Api, "getUpdates"> {
  let calls = 0;
  return {
    getUpdates: async (args, signal) => {
      calls++;
      if (calls <= liveCalls) return h.bot.api.getUpdates(args, signal);
      // The call that would confirm the last batch: made (Telegram forgets the batch) or not, then the process is gone.
      if (confirmLast && calls === liveCalls + 1) await h.bot.api.getUpdates({ ...args, timeout: 0 });
      return never().then(() => []);
    },
  };
}

describe("polling through the inbox", () => {
  it("stores each fetched batch before the next getUpdates confirms it, handles every update once and marks it done", async () => {
    const confirmedBeforeStored: number[] = [];
    const api: Pick<Api, "getUpdates"> = {
      getUpdates: async (args, signal) => {
        if (args?.offset !== undefined) {
          const stored = await h.db.models.InboxUpdate.find({ updateId: { $lt: args.offset } }, { updateId: 1 }).lean();
          const storedIds = new Set(stored.map((s) => s.updateId));
          for (const u of h.telegram.unconfirmedUpdates())
            if (u.update_id < args.offset && !storedIds.has(u.update_id)) confirmedBeforeStored.push(u.update_id);
        }
        return h.bot.api.getUpdates(args, signal);
      },
    };
    const intake = intakeOf({ api });
    await intake.startPolling();
    for (const person of people.slice(0, 3)) h.telegram.queueUpdate(textUpdate(h.telegram, person, "/help"));
    await until("three updates done", async () => (await countDone()) === 3);
    h.telegram.queueUpdate(textUpdate(h.telegram, people[0]!, "/help"));
    await until("the fourth done", async () => (await countDone()) === 4);
    await intake.stop();

    expect(confirmedBeforeStored).toEqual([]);
    expect(people.slice(0, 3).map(helpReplies)).toEqual([2, 1, 1]);
    const entries = await h.db.models.InboxUpdate.find().lean();
    expect(entries.map((e) => [e.state, e.payload, e.attempts])).toEqual(Array(4).fill(["done", "", 1]));
    // stop() confirmed what was stored: Telegram holds nothing for a next start.
    expect(h.telegram.unconfirmedUpdates()).toEqual([]);
  });

  it("a crash after the batch was stored and confirmed, before it was handled: the next start handles each update exactly once", async () => {
    const dead = await openProcess(database.dbName);
    // The first process stores the batch, confirms it to Telegram, and dies while handling.
    const first = intakeOf({ inbox: dead.db.inbox, api: dyingApi(1, true), handleUpdate: never });
    const batch = people.slice(0, 4).map((p) => h.telegram.queueUpdate(textUpdate(h.telegram, p, "/help")));
    await first.startPolling();
    await until(
      "the batch stored and confirmed",
      async () => (await h.db.inbox.depth(h.bot.botInfo.id)) === 4 && h.telegram.unconfirmedUpdates().length === 0,
    );
    await dead.kill();
    // The runner would have lost these: Telegram has forgotten them.
    expect(h.telegram.unconfirmedUpdates()).toEqual([]);
    expect(people.slice(0, 4).map(helpReplies)).toEqual([0, 0, 0, 0]);

    const second = intakeOf({});
    await second.startPolling();
    await until("all four done", async () => (await countDone()) === 4);
    await sleep(LEASE_MS);
    await second.stop();
    expect(people.slice(0, 4).map(helpReplies)).toEqual([1, 1, 1, 1]);
    const entries = await h.db.models.InboxUpdate.find().sort({ updateId: 1 }).lean();
    expect(entries.map((e) => e.updateId)).toEqual(batch.map((u) => u.update_id));
    // One attempt by the process that died, one by the next.
    expect(entries.map((e) => [e.state, e.attempts])).toEqual(Array(4).fill(["done", 2]));
  });

  it("a crash after the batch was stored but before it was confirmed: fetched again and recognised, each update handled once", async () => {
    const dead = await openProcess(database.dbName);
    const first = intakeOf({ inbox: dead.db.inbox, api: dyingApi(1, false), handleUpdate: never });
    for (const p of people.slice(0, 3)) h.telegram.queueUpdate(textUpdate(h.telegram, p, "/help"));
    await first.startPolling();
    await until("the batch stored", async () => (await h.db.inbox.depth(h.bot.botInfo.id)) === 3);
    await dead.kill();
    expect(h.telegram.unconfirmedUpdates()).toHaveLength(3);

    const second = intakeOf({});
    await second.startPolling();
    await until("all three done", async () => (await countDone()) === 3);
    await sleep(LEASE_MS);
    await second.stop();
    expect(people.slice(0, 3).map(helpReplies)).toEqual([1, 1, 1]);
    expect(await h.db.models.InboxUpdate.countDocuments()).toBe(3);
    expect(h.telegram.unconfirmedUpdates()).toEqual([]);
  });

  it("keeps each chat's updates in order and one at a time while chats are handled concurrently", async () => {
    const log: Array<{ chat: number; id: number; phase: "start" | "end" }> = [];
    let running = 0;
    let maxRunning = 0;
    const handleUpdate = async (u: Update): Promise<void> => {
      const chat = u.message!.chat.id;
      running++;
      maxRunning = Math.max(maxRunning, running);
      log.push({ chat, id: u.update_id, phase: "start" });
      await sleep(Math.floor(Math.random() * 12));
      await h.bot.handleUpdate(u);
      log.push({ chat, id: u.update_id, phase: "end" });
      running--;
    };
    const sent = new Map<number, number[]>();
    for (let round = 0; round < 6; round++)
      for (const person of people) {
        const u = h.telegram.queueUpdate(textUpdate(h.telegram, person, "/help"));
        sent.set(person.id, [...(sent.get(person.id) ?? []), u.update_id]);
      }
    const intake = intakeOf({ handleUpdate, concurrency: 100 });
    await intake.startPolling();
    await until("36 done", async () => (await countDone()) === 36, 15_000);
    await intake.stop();

    expect(maxRunning).toBeGreaterThan(1);
    for (const person of people) {
      const mine = log.filter((e) => e.chat === person.id);
      // start, end, start, end… in update order: never two of one chat at once.
      expect(mine.map((e) => e.phase)).toEqual(Array(6).fill(["start", "end"]).flat());
      expect(mine.filter((e) => e.phase === "start").map((e) => e.id)).toEqual(sent.get(person.id));
      expect(helpReplies(person)).toBe(6);
    }
  });

  it("stop() waits for the update being handled and gives the queued ones back; the next start handles them in order", async () => {
    const person = people[0]!;
    const handled: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((open) => (release = open));
    const first = intakeOf({
      concurrency: 1,
      handleUpdate: async (u) => {
        await gate;
        handled.push(u.update_id);
        await h.bot.handleUpdate(u);
      },
    });
    const ids = [1, 2, 3].map(() => h.telegram.queueUpdate(textUpdate(h.telegram, person, "/help")).update_id);
    await first.startPolling();
    await until("the batch stored", async () => (await h.db.inbox.depth(h.bot.botInfo.id)) === 3);
    let stopped = false;
    const stopping = first.stop().then(() => (stopped = true));
    await sleep(50);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(handled).toEqual([ids[0]]);
    const left = await h.db.models.InboxUpdate.find({ state: "pending" }).sort({ updateId: 1 }).lean();
    expect(left.map((e) => [e.updateId, e.leaseOwner])).toEqual([
      [ids[1], null],
      [ids[2], null],
    ]);

    const second = intakeOf({ handleUpdate: async (u) => (handled.push(u.update_id), h.bot.handleUpdate(u)) });
    await second.startPolling();
    await until("all done", async () => (await countDone()) === 3);
    await second.stop();
    expect(handled).toEqual(ids);
    expect(helpReplies(person)).toBe(3);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { OutboxInputError } from "../../src/services/outbox/index.js";
import { createClock, createFakeTelegram, createWorld, notice, type Clock } from "./support.js";

const database = useTestDatabase();
let clock: Clock;
let world: ReturnType<typeof createWorld>;

beforeEach(async () => {
  await clearDatabase(database.connection());
  clock = createClock();
  world = createWorld(database.connection(), clock, createFakeTelegram(clock));
  await world.db.syncIndexes();
});

describe("outbox: enqueue", () => {
  it("stores a pending message due now, with the recipient's user id defaulting to the chat id", async () => {
    expect(await world.outbox.enqueue(notice(101))).toBe(true);
    const stored = await world.db.outbox.findByDedupeKey("test:101");
    expect(stored).toMatchObject({
      recipient: 101,
      recipientTelegramId: 101,
      kind: "test",
      ref: null,
      state: "pending",
      attempts: 0,
      lease: null,
      lastError: null,
      telegramMessageId: null,
      payload: { key: "outbox-announcement-title", params: { department: "CS" } },
    });
    expect(stored!.notBefore).toEqual(clock.now());
  });

  it("enqueuing the same dedupe key twice is a no-op: the first message stays as it was", async () => {
    expect(await world.outbox.enqueue(notice(101, "diary-reminder:101:2026-11-23", "CS"))).toBe(true);
    expect(await world.outbox.enqueue(notice(101, "diary-reminder:101:2026-11-23", "EE"))).toBe(false);
    expect(await world.db.models.OutboxMessage.countDocuments()).toBe(1);
    expect((await world.db.outbox.findByDedupeKey("diary-reminder:101:2026-11-23"))!.payload.params).toEqual({ department: "CS" });
  });

  it("enqueueMany inserts the new ones and counts the duplicates, also duplicates inside one batch", async () => {
    await world.outbox.enqueue(notice(1));
    const batch = [notice(1), notice(2), notice(3), notice(2), notice(4)];
    expect(await world.outbox.enqueueMany(batch)).toEqual({ inserted: 3, duplicates: 2 });
    expect(await world.outbox.enqueueMany(batch)).toEqual({ inserted: 0, duplicates: 5 });
    expect(await world.db.models.OutboxMessage.countDocuments()).toBe(4);
    expect(await world.outbox.enqueueMany([])).toEqual({ inserted: 0, duplicates: 0 });
  });

  it("enqueueMany over more than one insert chunk (10,000) keeps every message once", async () => {
    const batch = Array.from({ length: 12_000 }, (_, i) => notice(10_000 + i));
    expect(await world.outbox.enqueueMany(batch.slice(0, 500))).toEqual({ inserted: 500, duplicates: 0 });
    expect(await world.outbox.enqueueMany(batch)).toEqual({ inserted: 11_500, duplicates: 500 });
    expect(await world.db.models.OutboxMessage.countDocuments()).toBe(12_000);
  });

  it("a scheduled message keeps its notBefore; ref and recipientTelegramId are stored", async () => {
    const at = new Date(clock.ms() + 3_600_000);
    await world.outbox.enqueue({ ...notice(7), recipientTelegramId: 70, ref: "broadcast:1", notBefore: at });
    expect(await world.db.outbox.findByDedupeKey("test:7")).toMatchObject({ notBefore: at, ref: "broadcast:1", recipientTelegramId: 70 });
  });

  it.each([
    ["neither key nor text", { payload: {} }],
    ["both key and text", { payload: { key: "outbox-read-button", text: "hi" } }],
    ["a photo and a document", { payload: { text: "x", photoFileId: "p", documentFileId: "d" } }],
    ["a caption over 1024 characters", { payload: { text: "x".repeat(1025), photoFileId: "p" } }],
    ["a text over 4096 characters", { payload: { text: "x".repeat(4097) } }],
    ["a button with neither callback data nor url", { payload: { text: "x", keyboard: [[{ key: "outbox-read-button" }]] } }],
    ["callback data over 64 bytes", { payload: { text: "x", keyboard: [[{ key: "outbox-read-button", callbackData: "ж".repeat(33) }]] } }],
    ["an empty dedupe key", { dedupeKey: "" }],
    ["a fractional chat id", { recipient: 1.5 }],
    ["a kind that is not kebab-case", { kind: "Diary Reminder" }],
  ])("refuses a message with %s and stores nothing", async (_, change) => {
    const message = { ...notice(5), ...change } as any;
    await expect(world.outbox.enqueue(message)).rejects.toBeInstanceOf(OutboxInputError);
    await expect(world.outbox.enqueueMany([notice(6), message])).rejects.toBeInstanceOf(OutboxInputError);
    expect(await world.db.models.OutboxMessage.countDocuments()).toBe(0);
  });

  it("progress counts a broadcast's messages per state", async () => {
    await world.outbox.enqueueMany([1, 2, 3].map((chat) => ({ ...notice(chat), ref: "b1" })));
    await world.outbox.enqueue({ ...notice(4), ref: "b2" });
    const [sent] = await world.db.outbox.claimMany({ owner: "a", now: clock.now(), leaseMs: 30_000, limit: 2, excludeRecipients: [4] });
    await world.db.outbox.complete(sent!._id, "a", { state: "sent", telegramMessageId: 1, at: clock.now() });
    expect(await world.db.outbox.progress("b1")).toEqual({ pending: 1, sending: 1, sent: 1, blocked: 0, failed: 0 });
    expect(await world.db.outbox.progress("b2")).toEqual({ pending: 1, sending: 0, sent: 0, blocked: 0, failed: 0 });
  });
});

describe("outbox: claims and leases", () => {
  it("a claim leases the oldest due message; a message is not claimed again before its lease expires", async () => {
    await world.outbox.enqueue({ ...notice(1), notBefore: new Date(clock.ms() - 1000) });
    await world.outbox.enqueue(notice(2));
    await world.outbox.enqueue({ ...notice(3), notBefore: new Date(clock.ms() + 60_000) });
    const [first] = await world.db.outbox.claimMany({ owner: "a", now: clock.now(), leaseMs: 30_000 });
    expect(first).toMatchObject({
      recipient: 1,
      state: "sending",
      attempts: 1,
      lease: { owner: "a", until: new Date(clock.ms() + 30_000) },
    });
    const second = await world.db.outbox.claimMany({ owner: "b", now: clock.now(), leaseMs: 30_000, limit: 5 });
    expect(second).toMatchObject([{ recipient: 2, lease: { owner: "b" } }]);
    expect(await world.db.outbox.claimMany({ owner: "b", now: clock.now(), leaseMs: 30_000, limit: 5 })).toEqual([]);

    clock.advance(30_000);
    const takenOver = await world.db.outbox.claimMany({ owner: "c", now: clock.now(), leaseMs: 30_000, limit: 5 });
    expect(takenOver).toMatchObject([
      { recipient: 1, attempts: 2, lease: { owner: "c" } },
      { recipient: 2, attempts: 2, lease: { owner: "c" } },
    ]);
    // The crashed owner's late completion changes nothing.
    expect(await world.db.outbox.complete(first!._id, "a", { state: "sent", telegramMessageId: 9, at: clock.now() })).toBe(false);
    expect(await world.db.outbox.findByDedupeKey("test:1")).toMatchObject({ state: "sending", telegramMessageId: null });
  });

  it("excluded recipients are skipped by the claim", async () => {
    await world.outbox.enqueueMany([notice(1), notice(2)]);
    const claimed = await world.db.outbox.claimMany({ owner: "a", now: clock.now(), leaseMs: 30_000, limit: 5, excludeRecipients: [1] });
    expect(claimed.map((doc) => doc.recipient)).toEqual([2]);
    expect(await world.db.outbox.claimMany({ owner: "a", now: clock.now(), leaseMs: 30_000, excludeRecipients: [1] })).toEqual([]);
  });

  it("a batch takes the oldest due messages, at most one per chat, up to the limit", async () => {
    await world.outbox.enqueueMany([
      { ...notice(1, "a"), notBefore: new Date(clock.ms() - 3000) },
      { ...notice(1, "b"), notBefore: new Date(clock.ms() - 2000) },
      { ...notice(2, "c"), notBefore: new Date(clock.ms() - 1000) },
      notice(3, "d"),
      notice(4, "e"),
    ]);
    const batch = await world.db.outbox.claimMany({ owner: "a", now: clock.now(), leaseMs: 30_000, limit: 3 });
    expect(batch.map((doc) => doc.dedupeKey)).toEqual(["a", "c", "d"]);
  });

  it("20 owners claiming batches at once over 50 messages: every message is leased to exactly one of them", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 50 }, (_, i) => notice(i + 1)));
    const rounds = [];
    // Racing owners see the same candidates and each message goes to one of them, so it takes a few rounds.
    for (let round = 0; round < 50 && rounds.length < 50; round++) {
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => world.db.outbox.claimMany({ owner: `o${i}`, now: clock.now(), leaseMs: 30_000, limit: 4 })),
      );
      rounds.push(...claims.flat());
    }
    const ids = rounds.map((doc) => String(doc._id));
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    expect(await world.db.models.OutboxMessage.countDocuments({ state: "sending", attempts: 1 })).toBe(50);
  });

  it("the leader lock: free → taken; held → refused; renewed by its owner; taken over after expiry; released", async () => {
    const { leases } = world.db;
    expect(await leases.acquire("lock", "a", clock.now(), 30_000)).toEqual({ previousOwner: null, pausedUntil: null });
    expect(await leases.acquire("lock", "b", clock.now(), 30_000)).toBeNull();
    clock.advance(20_000);
    expect(await leases.acquire("lock", "a", clock.now(), 30_000)).toEqual({ previousOwner: null, pausedUntil: null });
    clock.advance(29_000);
    expect(await leases.acquire("lock", "b", clock.now(), 30_000)).toBeNull();
    await leases.pause("lock", "a", new Date(clock.ms() + 5000));
    clock.advance(1_000);
    expect(await leases.acquire("lock", "b", clock.now(), 30_000)).toEqual({
      previousOwner: "a",
      pausedUntil: new Date(clock.ms() + 4000),
    });
    expect(await leases.release("lock", "a")).toBe(false);
    expect(await leases.release("lock", "b")).toBe(true);
    expect(await leases.acquire("lock", "c", clock.now(), 30_000)).toMatchObject({ previousOwner: "b" });
    expect(await leases.find("lock")).toMatchObject({ owner: "c", until: new Date(clock.ms() + 30_000) });
  });

  it("two owners racing for a free lock: exactly one gets it", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => world.db.leases.acquire("race", `o${i}`, clock.now(), 30_000)));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });
});

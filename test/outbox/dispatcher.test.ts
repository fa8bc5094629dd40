import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { DISPATCHER_LOCK } from "../../src/services/outbox/index.js";
import {
  createClock,
  createFakeTelegram,
  createWorld,
  i18n,
  maxInWindow,
  minChatInterval,
  notice,
  type Clock,
  type FakeTelegram,
} from "./support.js";

const database = useTestDatabase();
let clock: Clock;
let telegram: FakeTelegram;
let world: ReturnType<typeof createWorld>;

beforeEach(async () => {
  await clearDatabase(database.connection());
  clock = createClock();
  telegram = createFakeTelegram(clock);
  world = createWorld(database.connection(), clock, telegram);
  await world.db.syncIndexes();
});

async function addUser(telegramId: number, language: "kk" | "ru" | "en" | null) {
  await world.db.users.touch({ id: telegramId, first_name: `U${telegramId}` }, language);
}

async function stateOf(chat: number, dedupeKey = `test:${chat}`) {
  return world.db.outbox.findByDedupeKey(dedupeKey);
}

describe("dispatcher: delivery", () => {
  it("enqueued twice with one dedupe key → sent once, and its Telegram message id is recorded", async () => {
    await world.outbox.enqueue(notice(101, "diary-reminder:101:2026-11-23"));
    await world.outbox.enqueue(notice(101, "diary-reminder:101:2026-11-23"));
    const dispatcher = world.dispatcher();
    expect(await dispatcher.drain()).toMatchObject({ sent: 1 });
    expect(await dispatcher.drain()).toMatchObject({ sent: 0 });
    expect(telegram.calls).toHaveLength(1);
    const stored = await stateOf(101, "diary-reminder:101:2026-11-23");
    expect(stored).toMatchObject({ state: "sent", attempts: 1, lease: null, sentAt: new Date(telegram.calls[0]!.at) });
    expect(stored!.telegramMessageId).toBe(5001);
  });

  it("renders the text in the recipient's language at send time, not at enqueue time; verbatim texts stay as written", async () => {
    await addUser(1, "kk");
    await addUser(2, "ru");
    await addUser(3, "en");
    await world.outbox.enqueueMany([notice(1), notice(2), notice(3), notice(4)]);
    await world.outbox.enqueue({
      recipient: 5,
      kind: "broadcast",
      dedupeKey: "b:5",
      payload: { text: "<b>Ертең</b> 10:00", parseMode: "HTML" },
    });
    await world.db.users.setLanguage(2, "en"); // changed after the message was enqueued
    await world.dispatcher().drain();
    const text = (chat: number) => telegram.sentTo(chat)[0]!.payload["text"];
    expect(text(1)).toBe(i18n.t("kk", "outbox-announcement-title", { department: "CS" }));
    expect(text(1)).toContain("кафедрасының хабарландыруы");
    expect(text(2)).toBe("Announcement from the CS department");
    expect(text(3)).toBe("Announcement from the CS department");
    expect(text(4)).toBe(i18n.t("kk", "outbox-announcement-title", { department: "CS" })); // unknown user: default language
    expect(telegram.sentTo(5)[0]!.payload).toMatchObject({ text: "<b>Ертең</b> 10:00", parse_mode: "HTML" });
  });

  it("button labels are rendered in the recipient's language; photos and documents go with their caption", async () => {
    await addUser(1, "ru");
    const keyboard = [[{ key: "outbox-read-button", callbackData: "ack:b1" }], [{ key: "outbox-read-button", url: "https://example.kz/" }]];
    await world.outbox.enqueueMany([
      { recipient: 1, kind: "broadcast", ref: "b1", dedupeKey: "b1:1", payload: { text: "Объявление", keyboard } },
      { recipient: 2, kind: "broadcast", dedupeKey: "b1:2", payload: { text: "Сурет", photoFileId: "photo-1" } },
      { recipient: 3, kind: "broadcast", dedupeKey: "b1:3", payload: { key: "outbox-read-button", documentFileId: "doc-1" } },
    ]);
    await world.dispatcher().drain();
    expect(telegram.sentTo(1)[0]).toMatchObject({
      method: "sendMessage",
      payload: {
        text: "Объявление",
        reply_markup: {
          inline_keyboard: [[{ text: "Ознакомлен(а)", callback_data: "ack:b1" }], [{ text: "Ознакомлен(а)", url: "https://example.kz/" }]],
        },
      },
    });
    expect(telegram.sentTo(2)[0]).toMatchObject({ method: "sendPhoto", payload: { photo: "photo-1", caption: "Сурет" } });
    expect(telegram.sentTo(3)[0]).toMatchObject({ method: "sendDocument", payload: { document: "doc-1", caption: "Таныстым" } });
  });

  it("a key missing from the locales fails the message without sending anything", async () => {
    await world.outbox.enqueue({ recipient: 1, kind: "test", dedupeKey: "k", payload: { key: "outbox-no-such-key" } });
    expect(await world.dispatcher().drain()).toMatchObject({ failed: 1 });
    expect(telegram.calls).toHaveLength(0);
    expect(await world.db.outbox.findByDedupeKey("k")).toMatchObject({
      state: "failed",
      lastError: expect.stringContaining("outbox-no-such-key"),
    });
  });

  it("a message scheduled for later is not sent before its time", async () => {
    await world.outbox.enqueue({ ...notice(1), notBefore: new Date(clock.ms() + 60_000) });
    const dispatcher = world.dispatcher();
    expect(await dispatcher.drain()).toMatchObject({ sent: 0 });
    clock.advance(59_999);
    expect(await dispatcher.runOnce()).toBe("idle");
    clock.advance(1);
    expect(await dispatcher.runOnce()).toBe("sent");
    expect(telegram.calls.map((c) => c.at)).toEqual([clock.ms()]);
  });
});

describe("dispatcher: Telegram's errors", () => {
  it("429 pauses ALL sending for retry_after: no call to any chat before it has passed; the refused message is sent after it", async () => {
    await world.outbox.enqueueMany([1, 2, 3, 4, 5].map((chat) => notice(chat)));
    telegram.script(1, { errorCode: 429, description: "Too Many Requests: retry after 7", retryAfter: 7 });
    const summary = await world.dispatcher().drain();
    expect(summary).toMatchObject({ sent: 5, "rate-limited": 1 });

    const refusedAt = telegram.calls.find((c) => c.outcome === 429)!.at;
    const later = telegram.calls.filter((c) => c.at > refusedAt);
    expect(later).toHaveLength(5);
    for (const call of later) expect(call.at - refusedAt).toBeGreaterThanOrEqual(7000);
    expect(telegram.sentTo(1)).toHaveLength(1);
    // A rate-limited call is not an attempt.
    expect(await stateOf(1)).toMatchObject({ state: "sent", attempts: 1, lastError: "429" });
  });

  it("a 429 pause is recorded on the leader lock, so a dispatcher taking over honours it too", async () => {
    await world.outbox.enqueueMany([1, 2].map((chat) => notice(chat)));
    telegram.script(1, { errorCode: 429, description: "Too Many Requests: retry after 30", retryAfter: 30 });
    const first = world.dispatcher({ owner: "first" });
    expect(await first.runOnce()).toBe("rate-limited");
    const refusedAt = clock.ms();
    await first.stop();

    const second = world.dispatcher({ owner: "second" });
    await second.drain();
    expect(telegram.calls).toHaveLength(3);
    for (const call of telegram.calls.slice(1)) expect(call.at - refusedAt).toBeGreaterThanOrEqual(30_000);
  });

  it("on a 429, messages claimed ahead are given back untouched (not attempts) and sent after the pause", async () => {
    await world.outbox.enqueue({ ...notice(1), notBefore: new Date(clock.ms() - 1) });
    await world.outbox.enqueueMany([2, 3, 4].map((chat) => notice(chat)));
    telegram.script(1, { errorCode: 429, description: "Too Many Requests: retry after 5", retryAfter: 5 });
    const dispatcher = world.dispatcher({ rate: { globalPerSecond: 12 } }); // claims all four at once
    expect(await dispatcher.runOnce()).toBe("rate-limited");
    expect(await world.db.models.OutboxMessage.countDocuments({ state: "sending" })).toBe(0);
    expect(await world.db.models.OutboxMessage.countDocuments({ state: "pending", attempts: 0 })).toBe(4);
    expect(await dispatcher.drain()).toMatchObject({ sent: 4 });
    for (const chat of [1, 2, 3, 4]) expect(await stateOf(chat)).toMatchObject({ state: "sent", attempts: 1 });
    for (const call of telegram.calls.slice(1)) expect(call.at - telegram.calls[0]!.at).toBeGreaterThanOrEqual(5000);
  });

  it("a message claimed ahead whose lease ran out meanwhile is not sent by this dispatcher (another may have taken it over)", async () => {
    await world.outbox.enqueue({ ...notice(1), notBefore: new Date(clock.ms() - 1) });
    await world.outbox.enqueue(notice(2));
    const first = world.dispatcher({ owner: "slow", rate: { globalPerSecond: 12 }, leaseMs: 30_000 });
    expect(await first.runOnce()).toBe("sent"); // chat 2 is claimed ahead, in its ready list
    clock.advance(30_000);
    expect(await world.db.outbox.claimMany({ owner: "other", now: clock.now(), leaseMs: 30_000 })).toMatchObject([{ recipient: 2 }]);
    expect(await first.runOnce()).toBe("idle");
    expect(telegram.calls.map((c) => c.chatId)).toEqual([1]);
  });

  it("a message claimed ahead is given back, not sent, when its lease is about to run out", async () => {
    await world.outbox.enqueue({ ...notice(1), notBefore: new Date(clock.ms() - 1) });
    await world.outbox.enqueue(notice(2));
    const claimed: number[] = [];
    const { outbox } = world.db;
    const claimMany = outbox.claimMany.bind(outbox);
    outbox.claimMany = async (input) => {
      const docs = await claimMany(input);
      claimed.push(...docs.map((doc) => doc.recipient));
      return docs;
    };
    const dispatcher = world.dispatcher({ rate: { globalPerSecond: 12 }, leaseMs: 30_000 });
    expect(await dispatcher.runOnce()).toBe("sent");
    expect(await stateOf(2)).toMatchObject({ state: "sending", attempts: 1 });
    clock.advance(25_000);
    expect(await dispatcher.runOnce()).toBe("sent");
    // Given back (attempt not counted) and claimed again under a fresh lease before it was sent.
    expect(claimed).toEqual([1, 2, 2]);
    expect(await stateOf(2)).toMatchObject({ state: "sent", attempts: 1 });
    expect(telegram.calls.map((c) => c.chatId)).toEqual([1, 2]);
  });

  it("403 (blocked by the user) → blocked, the user is marked unreachable, and it is never retried", async () => {
    await addUser(301, "ru");
    await world.outbox.enqueue(notice(301));
    telegram.script(301, { errorCode: 403, description: "Forbidden: bot was blocked by the user" });
    const dispatcher = world.dispatcher();
    expect(await dispatcher.drain()).toMatchObject({ blocked: 1 });
    clock.advance(24 * 3_600_000);
    expect(await dispatcher.drain()).toMatchObject({ blocked: 0, sent: 0 });
    expect(telegram.calls).toHaveLength(1);
    expect(await stateOf(301)).toMatchObject({ state: "blocked", attempts: 1, lastError: "403: Forbidden: bot was blocked by the user" });
    const user = await world.db.users.findByTelegramId(301);
    expect(user!.unreachableAt).toEqual(new Date(telegram.calls[0]!.at));
    // Writing to the bot again makes them reachable.
    await world.db.users.touch({ id: 301, first_name: "U301" }, null);
    expect((await world.db.users.findByTelegramId(301))!.unreachableAt).toBeNull();
  });

  it("400 chat not found → failed, not retried", async () => {
    await world.outbox.enqueue(notice(401));
    telegram.script(401, { errorCode: 400, description: "Bad Request: chat not found" });
    const dispatcher = world.dispatcher();
    expect(await dispatcher.drain()).toMatchObject({ failed: 1 });
    clock.advance(3_600_000);
    await dispatcher.drain();
    expect(telegram.calls).toHaveLength(1);
    expect(await stateOf(401)).toMatchObject({ state: "failed", lastError: "400: Bad Request: chat not found" });
  });

  it("5xx is retried with exponential backoff, then failed after maxAttempts; other chats are not held up", async () => {
    await world.outbox.enqueueMany([501, 502].map((chat) => notice(chat)));
    const gateway = { errorCode: 502, description: "Bad Gateway" };
    telegram.script(501, gateway, gateway, gateway, gateway);
    const dispatcher = world.dispatcher({ maxAttempts: 3, retryBaseMs: 1000 });
    for (let round = 0; round < 10; round++) {
      await dispatcher.drain();
      clock.advance(500);
    }
    const calls = telegram.calls.filter((c) => c.chatId === 501);
    expect(calls.map((c) => c.outcome)).toEqual([502, 502, 502]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(2000);
    expect(await stateOf(501)).toMatchObject({ state: "failed", attempts: 3, lastError: "502: Bad Gateway" });
    expect(await stateOf(502)).toMatchObject({ state: "sent", attempts: 1 });
  });

  it("network errors are retried, then the message is sent once; the token never reaches lastError", async () => {
    await world.outbox.enqueue(notice(601));
    telegram.script(601, "network", "thrown");
    const dispatcher = world.dispatcher({ retryBaseMs: 2000 });
    expect(await dispatcher.drain()).toMatchObject({ retry: 1, sent: 0 });
    expect(await stateOf(601)).toMatchObject({
      state: "pending",
      attempts: 1,
      lastError: "Network request for 'sendMessage' failed! (FetchError ECONNRESET)",
    });
    clock.advance(2000);
    expect(await dispatcher.drain()).toMatchObject({ retry: 1, sent: 0 });
    expect(await stateOf(601)).toMatchObject({ state: "pending", attempts: 2, lastError: "FetchError ECONNRESET" });
    clock.advance(4000);
    expect(await dispatcher.drain()).toMatchObject({ sent: 1 });
    expect(telegram.sentTo(601)).toHaveLength(1);
    expect(await stateOf(601)).toMatchObject({ state: "sent", attempts: 3 });
    expect(JSON.stringify(await world.db.models.OutboxMessage.find().lean())).not.toContain("TEST_TOKEN");
  });
});

describe("dispatcher: rate limits (Telegram bot FAQ: 30 messages/s overall, 1/s per chat)", () => {
  it("never more than the global rate in any one-second window, and still close to it", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 100 }, (_, i) => notice(1000 + i)));
    await world.dispatcher({ rate: { globalPerSecond: 25 } }).drain();
    const times = telegram.calls.map((c) => c.at);
    expect(times).toHaveLength(100);
    expect(maxInWindow(times)).toBe(25);
    // 100 messages at 25/s: the last one leaves 3 s after the first.
    expect(times.at(-1)! - times[0]!).toBeLessThanOrEqual(3000);
  });

  it("never two messages to one chat within a second, while other chats keep going", async () => {
    const messages = [1, 2, 3].flatMap((chat) => [0, 1, 2, 3].map((n) => notice(chat, `test:${chat}:${n}`)));
    await world.outbox.enqueueMany(messages);
    await world.dispatcher({ rate: { globalPerSecond: 30 } }).drain();
    expect(telegram.calls).toHaveLength(12);
    expect(minChatInterval(telegram.calls)).toBeGreaterThanOrEqual(1000);
    expect(telegram.calls.at(-1)!.at - telegram.calls[0]!.at).toBeLessThanOrEqual(3000);
  });

  it.each([[31], [0], [2.5]])("refuses a global rate of %s per second (ceiling 30)", (globalPerSecond) => {
    expect(() => world.dispatcher({ rate: { globalPerSecond } })).toThrow(/globalPerSecond/);
  });

  it("refuses a per-chat interval under Telegram's one second", () => {
    expect(() => world.dispatcher({ rate: { perChatMinIntervalMs: 500 } })).toThrow(/perChatMinIntervalMs/);
  });
});

describe("dispatcher: crashes, leaders and shutdown", () => {
  it("a message left `sending` by a crashed sender is re-sent by another owner after its lease expires, not before", async () => {
    await world.outbox.enqueue(notice(701));
    const crashed = await world.db.outbox.claimMany({ owner: "crashed", now: clock.now(), leaseMs: 30_000 });
    expect(crashed).toMatchObject([{ state: "sending" }]);
    const dispatcher = world.dispatcher({ owner: "survivor", leaseMs: 30_000 });
    expect(await dispatcher.drain()).toMatchObject({ sent: 0 });
    clock.advance(29_999);
    expect(await dispatcher.runOnce()).toBe("idle");
    expect(telegram.calls).toHaveLength(0);
    clock.advance(1);
    expect(await dispatcher.runOnce()).toBe("sent");
    expect(telegram.sentTo(701)).toHaveLength(1);
    expect(await stateOf(701)).toMatchObject({ state: "sent", attempts: 2, lease: null });
  });

  it("a message whose lease expired on every attempt is failed instead of being sent again", async () => {
    await world.outbox.enqueue(notice(702));
    for (let i = 0; i < 3; i++) {
      await world.db.outbox.claimMany({ owner: `crash-${i}`, now: clock.now(), leaseMs: 30_000 });
      clock.advance(30_000);
    }
    expect(await world.dispatcher({ maxAttempts: 3 }).drain()).toMatchObject({ failed: 1 });
    expect(telegram.calls).toHaveLength(0);
    expect(await stateOf(702)).toMatchObject({ state: "failed", attempts: 4 });
  });

  it("only the leader sends: a second dispatcher does nothing while the first holds the lock, and takes over after it expires", async () => {
    await world.outbox.enqueue(notice(1));
    const first = world.dispatcher({ owner: "first", leaseMs: 30_000 });
    const second = world.dispatcher({ owner: "second", leaseMs: 30_000 });
    expect(await first.runOnce()).toBe("sent");
    expect(first.isLeader()).toBe(true);

    await world.outbox.enqueue(notice(2));
    expect(await second.runOnce()).toBe("not-leader");
    clock.advance(29_999);
    expect(await second.drain()).toMatchObject({ sent: 0 });
    expect(telegram.calls).toHaveLength(1);

    clock.advance(1);
    expect(await second.runOnce()).toBe("sent");
    expect(second.isLeader()).toBe(true);
    expect(await world.db.leases.find(DISPATCHER_LOCK)).toMatchObject({ owner: "second" });
    await world.outbox.enqueue(notice(3));
    expect(await first.runOnce()).toBe("not-leader");
    expect(first.isLeader()).toBe(false);
    expect(telegram.calls.map((c) => c.chatId)).toEqual([1, 2]);
  });

  it("a new leader waits one second before its first send (the old leader's sends still count in Telegram's window)", async () => {
    await world.outbox.enqueueMany([1, 2].map((chat) => notice(chat)));
    const first = world.dispatcher({ owner: "first" });
    await first.runOnce();
    await first.stop();
    const second = world.dispatcher({ owner: "second" });
    await second.runOnce();
    expect(telegram.calls[1]!.at - telegram.calls[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it("stop(): stops claiming, finishes the send in flight, releases the lock (idempotent)", async () => {
    const realClock = { ms: () => Date.now() };
    telegram = createFakeTelegram(realClock);
    world = createWorld(database.connection(), { ...clock, now: () => new Date(), ms: realClock.ms }, telegram);
    await world.outbox.enqueue(notice(801));
    const release = telegram.hold(801);
    const dispatcher = world.dispatcher({ owner: "stopping", sleep: undefined, pollMs: 20 });
    dispatcher.start();
    for (let i = 0; i < 200 && (await stateOf(801))?.state !== "sending"; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await stateOf(801)).toMatchObject({ state: "sending", lease: { owner: "stopping" } });

    const stopped = dispatcher.stop();
    expect(dispatcher.stop()).toBe(stopped);
    let done = false;
    void stopped.then(() => (done = true));
    await world.outbox.enqueue(notice(802)); // arrives after stop(): must not be claimed
    await new Promise((r) => setTimeout(r, 100));
    expect(done).toBe(false);
    release();
    await stopped;

    expect(await stateOf(801)).toMatchObject({ state: "sent" });
    expect(await stateOf(802)).toMatchObject({ state: "pending", attempts: 0 });
    const lock = await world.db.leases.find(DISPATCHER_LOCK);
    expect(lock!.until.getTime()).toBeLessThanOrEqual(Date.now());
    // The lock is free at once: the next dispatcher does not wait for it to expire.
    expect(await world.db.leases.acquire(DISPATCHER_LOCK, "next", new Date(), 30_000)).toMatchObject({ previousOwner: "stopping" });
    expect(() => dispatcher.start()).toThrow(/stopped/);
  });

  it("start(): sends in the background within both limits (real clock)", async () => {
    telegram = createFakeTelegram({ ms: () => Date.now() });
    world = createWorld(database.connection(), { ...clock, now: () => new Date(), ms: () => Date.now() }, telegram);
    const messages = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((chat) => [0, 1].map((n) => notice(chat, `bg:${chat}:${n}`)));
    await world.outbox.enqueueMany(messages);
    const dispatcher = world.dispatcher({ sleep: undefined, pollMs: 20, rate: { globalPerSecond: 8 } });
    dispatcher.start();
    for (let i = 0; i < 500 && telegram.calls.length < 20; i++) await new Promise((r) => setTimeout(r, 20));
    await dispatcher.stop();
    expect(telegram.calls).toHaveLength(20);
    expect(new Set(telegram.calls.map((c) => String(c.chatId) + c.payload["text"])).size).toBeGreaterThan(0);
    expect(maxInWindow(telegram.calls.map((c) => c.at))).toBeLessThanOrEqual(8);
    expect(minChatInterval(telegram.calls)).toBeGreaterThanOrEqual(1000);
    expect(await world.db.models.OutboxMessage.countDocuments({ state: "sent" })).toBe(20);
  });
});

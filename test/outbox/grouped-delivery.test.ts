import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { firstGroupedMessage } from "../../src/domain/delivery/grouped-message.js";
import { GROUPED_REMINDER_KINDS, REMINDER_KINDS, reminderKind } from "../../src/domain/reminders/index.js";
import { DISPATCHER_LOCK } from "../../src/services/outbox/index.js";
import { createClock, createFakeTelegram, createWorld, i18n, minChatInterval, notice, type Clock, type FakeTelegram } from "./support.js";

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

const COORDINATOR = 900001;
const ABSENCE = "diary-absence-coordinator";
const RULE = reminderKind(ABSENCE).rule;

/** Distinct student names, in a known (not alphabetical) order. */
const name = (i: number) => `Студент-${String.fromCharCode(0x0410 + ((i * 7) % 32))}${String(i).padStart(3, "0")} Ерланұлы`;

/** The coordinator's absence alert about student `i`, as the reminder jobs enqueue it. */
function absence(i: number, options: { recipient?: number; kind?: string; days?: number; since?: string; student?: string } = {}) {
  const recipient = options.recipient ?? COORDINATOR;
  const kind = options.kind ?? ABSENCE;
  return {
    recipient,
    kind,
    ref: `placement:p${i}`,
    dedupeKey: `${kind}:p${i}:2026-04-01:${recipient}`,
    payload: {
      key: `reminders-${kind}`,
      params: { student: options.student ?? name(i), days: options.days ?? 10, since: options.since ?? "01.04.2026", rule: RULE },
    },
  };
}

/** The coordinator's escalation of student `i`'s entries waiting for the supervisors (QP-06 5.9, 6.2). */
function pending(i: number) {
  const kind = "diary-pending-coordinator";
  return {
    recipient: COORDINATOR,
    kind,
    ref: `placement:p${i}`,
    dedupeKey: `${kind}:e${i}:${COORDINATOR}`,
    payload: {
      key: `reminders-${kind}`,
      params: { student: name(i), count: 2, days: 6, since: "02.04.2026", rule: reminderKind(kind).rule },
    },
  };
}

async function addUser(telegramId: number, language: "kk" | "ru" | "en") {
  await world.db.users.touch({ id: telegramId, first_name: `U${telegramId}` }, language);
}

const docsOf = (recipient: number) => world.db.models.OutboxMessage.find({ recipient }).lean();
const textsTo = (chat: number) => telegram.sentTo(chat).map((c) => String(c.payload["text"]));

describe("grouped kinds (R-23 8.1; QP-06 5.8, 6.2)", () => {
  it("are declared once, each a mandatory reminder kind about a student, with a reason and a locale line", () => {
    for (const spec of GROUPED_REMINDER_KINDS) {
      expect(REMINDER_KINDS.map((k) => k.key)).toContain(spec.key);
      expect(spec.reason.length).toBeGreaterThan(10);
      for (const locale of ["kk", "ru", "en"]) {
        expect(i18n.t(locale, `reminders-grouped-${spec.key}`, { count: 2, days: 3, rule: "R" })).not.toMatch(/^\{/);
        expect(i18n.t(locale, `reminders-grouped-line-${spec.line}`, { student: "A", count: 2, days: 3, since: "01.04.2026" })).toMatch(
          /^• A — /,
        );
      }
    }
    expect(GROUPED_REMINDER_KINDS.map((k) => k.key).sort()).toEqual(
      ["diary-absence-coordinator", "diary-absence-supervisors", "diary-pending-coordinator", "diary-pending-supervisor"].sort(),
    );
  });
});

describe("grouped delivery (R-23 8.1: the coordinator's list of silent students)", () => {
  it("14 alerts to one coordinator → ONE message listing the 14 students alphabetically, each document sent with its id", async () => {
    await addUser(COORDINATOR, "ru");
    await world.outbox.enqueueMany(Array.from({ length: 14 }, (_, i) => absence(i, { days: 10 + (i % 3) })));
    expect(await world.dispatcher().drain()).toMatchObject({ sent: 1 });
    expect(telegram.calls).toHaveLength(1);
    const [text] = textsTo(COORDINATOR);
    const lines = text!.split("\n");
    expect(lines[0]).toBe(i18n.t("ru", "reminders-grouped-diary-absence-coordinator", { count: 14, rule: RULE }));
    expect(lines[0]).toMatch(/^14 обучающихся не вносят записи в дневник\. .*основанием для отчисления\.$/u);
    const listed = lines.slice(2);
    expect(listed).toHaveLength(14);
    const names = Array.from({ length: 14 }, (_, i) => name(i));
    expect(listed.map((l) => /^• (.+) — /u.exec(l)?.[1])).toEqual([...names].sort(new Intl.Collator("ru").compare));
    expect(listed).toContain(`• ${name(1)} — 11 рабочих дней (с 01.04.2026)`);
    expect(listed).toContain(`• ${name(0)} — 10 рабочих дней (с 01.04.2026)`);
    const docs = await docsOf(COORDINATOR);
    expect(docs).toHaveLength(14);
    for (const doc of docs) expect(doc).toMatchObject({ state: "sent", attempts: 1, lease: null, telegramMessageId: 5001 });
  });

  it("plurals of the header in every language: ru one/few/many, kk, en", () => {
    const header = (locale: string, count: number) => i18n.t(locale, "reminders-grouped-diary-absence-coordinator", { count, rule: "R" });
    expect(header("ru", 2)).toMatch(/^2 обучающихся не вносят/u);
    expect(header("ru", 5)).toMatch(/^5 обучающихся не вносят/u);
    expect(header("ru", 21)).toMatch(/^21 обучающийся не вносит/u);
    expect(header("en", 14)).toMatch(/^14 students have written no diary entries/u);
    expect(header("kk", 14)).toMatch(/^14 білім алушы күнделікке жазба енгізбей жүр/u);
    const pending = (locale: string) =>
      i18n.t(locale, "reminders-grouped-diary-pending-supervisor", { count: 3, days: 3, rule: "QP-06 5.8" });
    expect(pending("ru")).toContain("дольше 3 рабочих дней у 3 обучающихся");
    expect(pending("en")).toContain("3 students have waited for your decision for more than 3 working days");
  });

  it("a single alert of a grouped kind is sent as before, in the reminder's own words", async () => {
    await addUser(COORDINATOR, "kk");
    await world.outbox.enqueue(absence(1));
    await world.dispatcher().drain();
    expect(textsTo(COORDINATOR)).toEqual([
      i18n.t("kk", "reminders-diary-absence-coordinator", { student: name(1), days: 10, since: "01.04.2026", rule: RULE }),
    ]);
  });

  it("groups by recipient AND kind: other kinds to the coordinator and alerts to other people go on their own", async () => {
    await world.outbox.enqueueMany([
      ...[1, 2, 3].map((i) => absence(i)),
      ...[4, 5].map((i) => pending(i)),
      ...[6, 7].map((i) => absence(i, { recipient: 900002 })),
      notice(COORDINATOR),
    ]);
    expect(await world.dispatcher().drain()).toMatchObject({ sent: 4 });
    const texts = textsTo(COORDINATOR);
    expect(texts).toHaveLength(3);
    expect(texts.filter((t) => t.includes(name(1)) && t.includes(name(2)) && t.includes(name(3)))).toHaveLength(1);
    expect(texts.filter((t) => t.includes(name(4)) && t.includes(name(5)))).toHaveLength(1);
    expect(textsTo(900002)).toHaveLength(1);
    // Messages to one chat keep Telegram's one-second interval.
    expect(minChatInterval(telegram.calls)).toBeGreaterThanOrEqual(1000);
  });

  it("two alerts about one student (a new streak enqueued before the old one was sent) are one line, the latest", async () => {
    await world.outbox.enqueue(absence(1, { since: "01.04.2026", days: 12 }));
    clock.advance(1000);
    await world.outbox.enqueue({ ...absence(1, { since: "10.04.2026", days: 10 }), dedupeKey: "second-streak" });
    await world.outbox.enqueue(absence(2));
    await world.dispatcher().drain();
    const [text] = textsTo(COORDINATOR);
    expect(text!.split("\n").filter((l) => l.includes(name(1)))).toEqual([`• ${name(1)} — 10 жұмыс күні (10.04.2026 күннен бастап)`]);
    expect(text).toMatch(/^2 білім алушы/u);
    expect((await docsOf(COORDINATOR)).map((d) => d.state)).toEqual(["sent", "sent", "sent"]);
  });

  it("an alert scheduled for later is not pulled into today's list", async () => {
    await world.outbox.enqueueMany([absence(1), absence(2), { ...absence(3), notBefore: new Date(clock.ms() + 3_600_000) }]);
    await world.dispatcher().drain();
    expect(textsTo(COORDINATOR)).toHaveLength(1);
    expect(textsTo(COORDINATOR)[0]).not.toContain(name(3));
    expect((await docsOf(COORDINATOR)).find((d) => d.ref === "placement:p3")).toMatchObject({ state: "pending", attempts: 0 });
  });
});

describe("grouped delivery: Telegram's 4096-character limit (R-23 8.1)", () => {
  it("120 students with long names → several messages under 4096 characters, each counting its own lines; every student exactly once", async () => {
    await addUser(COORDINATOR, "ru");
    const long = (i: number) => `${name(i)} ${"Абдрахмановна-Сейітқалиқызы ".repeat(2).trim()}`;
    await world.outbox.enqueueMany(Array.from({ length: 120 }, (_, i) => absence(i, { student: long(i) })));
    const summary = await world.dispatcher().drain();
    const texts = textsTo(COORDINATOR);
    expect(texts.length).toBeGreaterThan(1);
    expect(summary).toMatchObject({ sent: texts.length, failed: 0 });
    const continued = i18n.t("ru", "reminders-grouped-continued");
    const seen: string[] = [];
    texts.forEach((text, index) => {
      expect(text.length).toBeLessThanOrEqual(4096);
      const lines = text.split("\n").filter((l) => l.startsWith("• "));
      expect(text.split("\n")[0]).toBe(i18n.t("ru", "reminders-grouped-diary-absence-coordinator", { count: lines.length, rule: RULE }));
      expect(text.endsWith(continued)).toBe(index < texts.length - 1);
      seen.push(...lines.map((l) => /^• (.+) — /u.exec(l)![1]!));
    });
    expect(seen.sort()).toEqual(Array.from({ length: 120 }, (_, i) => long(i)).sort());
    // The first message is nearly full: the split wastes no room.
    expect(texts[0]!.length).toBeGreaterThan(4096 - 200);
    // Every document is sent once, with the id of the message that listed it; one send per message, one second apart.
    const docs = await docsOf(COORDINATOR);
    expect(docs.every((d) => d.state === "sent" && d.attempts === 1)).toBe(true);
    expect(new Set(docs.map((d) => d.telegramMessageId)).size).toBe(texts.length);
    expect(minChatInterval(telegram.calls)).toBeGreaterThanOrEqual(1000);
  });

  it("firstGroupedMessage: the footer only when lines are left; one over-long line is cut to the limit, never skipped", () => {
    const header = (n: number) => `H${n}`;
    expect(firstGroupedMessage(header, ["a", "b"], "…", 100)).toEqual({ text: "H2\n\na\nb", lines: 2 });
    expect(firstGroupedMessage(header, ["a".repeat(10), "b".repeat(10)], "more", 20)).toEqual({
      text: `H1\n\n${"a".repeat(10)}\n\nmore`,
      lines: 1,
    });
    const cut = firstGroupedMessage(header, ["x".repeat(50), "y"], "more", 20);
    expect(cut).toEqual({ text: `H1\n\n${"x".repeat(50)}\n\nmore`.slice(0, 20), lines: 1 });
    // The last line fits without the footer even where the one before did not fit with it.
    expect(firstGroupedMessage(header, ["aaaa", "b"], "a long footer", 10)).toEqual({ text: "H2\n\naaaa\nb", lines: 2 });
  });
});

describe("grouped delivery: Telegram's errors keep the whole group (R-23 8.1)", () => {
  it("429: every document of the group goes back to pending, the attempt not counted, and all are sent in one message after the pause", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 14 }, (_, i) => absence(i)));
    telegram.script(COORDINATOR, { errorCode: 429, description: "Too Many Requests: retry after 7", retryAfter: 7 });
    const dispatcher = world.dispatcher();
    expect(await dispatcher.runOnce()).toBe("rate-limited");
    const held = await docsOf(COORDINATOR);
    expect(held.every((d) => d.state === "pending" && d.attempts === 0 && d.lastError === "429" && d.lease === null)).toBe(true);
    expect(await dispatcher.drain()).toMatchObject({ sent: 1 });
    expect(telegram.calls.map((c) => c.outcome)).toEqual([429, "ok"]);
    expect(telegram.calls[1]!.at - telegram.calls[0]!.at).toBeGreaterThanOrEqual(7000);
    expect(
      textsTo(COORDINATOR)[0]!
        .split("\n")
        .filter((l) => l.startsWith("• ")),
    ).toHaveLength(14);
    expect((await docsOf(COORDINATOR)).every((d) => d.state === "sent" && d.telegramMessageId === 5001)).toBe(true);
  });

  it("5xx: every document is kept for the retry with backoff, then all are sent in one message", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 14 }, (_, i) => absence(i)));
    telegram.script(COORDINATOR, { errorCode: 502, description: "Bad Gateway" });
    const dispatcher = world.dispatcher({ retryBaseMs: 5000 });
    expect(await dispatcher.runOnce()).toBe("retry");
    const held = await docsOf(COORDINATOR);
    expect(held.every((d) => d.state === "pending" && d.attempts === 1 && d.lastError === "502: Bad Gateway")).toBe(true);
    expect(await dispatcher.drain()).toMatchObject({ sent: 0 });
    clock.advance(5000);
    expect(await dispatcher.drain()).toMatchObject({ sent: 1 });
    expect(telegram.calls.map((c) => c.outcome)).toEqual([502, "ok"]);
    expect((await docsOf(COORDINATOR)).every((d) => d.state === "sent" && d.attempts === 2)).toBe(true);
  });

  it("5xx until maxAttempts: every document fails, as a single message would", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 3 }, (_, i) => absence(i)));
    const gateway = { errorCode: 503, description: "Service Unavailable" };
    telegram.script(COORDINATOR, gateway, gateway);
    const dispatcher = world.dispatcher({ maxAttempts: 2, retryBaseMs: 1000 });
    for (let round = 0; round < 5; round++) {
      await dispatcher.drain();
      clock.advance(1000);
    }
    expect(telegram.calls.map((c) => c.outcome)).toEqual([503, 503]);
    expect((await docsOf(COORDINATOR)).map((d) => d.state)).toEqual(["failed", "failed", "failed"]);
  });

  it("403: every document of the group is blocked and the coordinator marked unreachable; nothing is retried", async () => {
    await addUser(COORDINATOR, "ru");
    await world.outbox.enqueueMany(Array.from({ length: 14 }, (_, i) => absence(i)));
    telegram.script(COORDINATOR, { errorCode: 403, description: "Forbidden: bot was blocked by the user" });
    const dispatcher = world.dispatcher();
    expect(await dispatcher.drain()).toMatchObject({ blocked: 1, sent: 0 });
    clock.advance(24 * 3_600_000);
    await dispatcher.drain();
    expect(telegram.calls).toHaveLength(1);
    expect((await docsOf(COORDINATOR)).every((d) => d.state === "blocked" && d.lastError?.startsWith("403"))).toBe(true);
    expect((await world.db.users.findByTelegramId(COORDINATOR))!.unreachableAt).toEqual(new Date(telegram.calls[0]!.at));
  });

  it("a line that cannot be rendered fails its own document only, as alone; the rest of the list is sent", async () => {
    await world.outbox.enqueueMany([
      absence(1),
      absence(2),
      { ...absence(3), payload: { key: `reminders-${ABSENCE}`, params: { student: name(3), rule: RULE } } },
    ]);
    await world.dispatcher().drain();
    const docs = await docsOf(COORDINATOR);
    expect(docs.find((d) => d.ref === "placement:p3")).toMatchObject({ state: "failed", lastError: expect.stringContaining("$days") });
    expect(docs.filter((d) => d.state === "sent").map((d) => d.ref)).toEqual(["placement:p1", "placement:p2"]);
    expect(textsTo(COORDINATOR)).toHaveLength(1);
    expect(textsTo(COORDINATOR)[0]).toMatch(/^2 білім алушы/u);
    expect(textsTo(COORDINATOR)[0]).not.toContain(name(3));
  });
});

describe("grouped delivery: two dispatchers and lease takeover (R-23 8.1)", () => {
  it("owners claiming one group at once: every document is leased to exactly one of them", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 40 }, (_, i) => absence(i)));
    const owners = ["a", "b", "c", "d", "e"];
    const claimed = await Promise.all(
      owners.map((owner) =>
        world.db.outbox.claimGroup({ owner, now: clock.now(), leaseMs: 30_000, recipient: COORDINATOR, kind: ABSENCE }),
      ),
    );
    const ids = claimed.flat().map((d) => String(d._id));
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    for (const [index, owner] of owners.entries()) for (const doc of claimed[index]!) expect(doc.lease?.owner).toBe(owner);
  });

  it("while one dispatcher's list is in flight, a second sender lists only what was enqueued since; no student is sent twice", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 14 }, (_, i) => absence(i)));
    const open = telegram.hold(COORDINATOR);
    const first = world.dispatcher({ owner: "first" });
    const inFlight = first.runOnce();
    const heldBy = (owner: string) => world.db.models.OutboxMessage.countDocuments({ state: "sending", "lease.owner": owner });
    const until = async (condition: () => Promise<boolean>) => {
      for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    // The first dispatcher has leased its list of 14 and its request hangs at Telegram.
    await until(async () => (await heldBy("first")) === 14);
    expect(await heldBy("first")).toBe(14);
    await world.outbox.enqueueMany([20, 21].map((i) => absence(i)));
    // A second sender gets the lock (the first one's released, as after a stall); the first one's leases still hold.
    await world.db.leases.release(DISPATCHER_LOCK, "first");
    clock.advance(2000);
    const second = world.dispatcher({ owner: "second" });
    const sendSecond = second.drain();
    await until(async () => (await heldBy("second")) === 2);
    expect(await heldBy("second")).toBe(2);
    expect(await heldBy("first")).toBe(14);
    open();
    expect(await inFlight).toBe("sent");
    await sendSecond;
    const texts = textsTo(COORDINATOR);
    expect(texts).toHaveLength(2);
    const listed = texts.flatMap((t) => t.split("\n").filter((l) => l.startsWith("• ")));
    expect(listed).toHaveLength(16);
    expect(new Set(listed).size).toBe(16);
    expect(texts[1]).toContain(name(20));
    expect(texts[1]).not.toContain(name(1));
    expect((await docsOf(COORDINATOR)).every((d) => d.state === "sent")).toBe(true);
  });

  it("a crashed sender's group is taken over after its leases expire, not before, and sent once, as one message", async () => {
    await world.outbox.enqueueMany(Array.from({ length: 14 }, (_, i) => absence(i)));
    const [lead] = await world.db.outbox.claimMany({ owner: "crashed", now: clock.now(), leaseMs: 30_000 });
    await world.db.outbox.claimGroup({ owner: "crashed", now: clock.now(), leaseMs: 30_000, recipient: COORDINATOR, kind: ABSENCE });
    expect(lead).toBeDefined();
    const survivor = world.dispatcher({ owner: "survivor", leaseMs: 30_000 });
    clock.advance(29_999);
    expect(await survivor.drain()).toMatchObject({ sent: 0 });
    expect(telegram.calls).toHaveLength(0);
    clock.advance(1);
    expect(await survivor.drain()).toMatchObject({ sent: 1 });
    expect(
      textsTo(COORDINATOR)[0]!
        .split("\n")
        .filter((l) => l.startsWith("• ")),
    ).toHaveLength(14);
    expect((await docsOf(COORDINATOR)).every((d) => d.state === "sent" && d.attempts === 2)).toBe(true);
  });
});

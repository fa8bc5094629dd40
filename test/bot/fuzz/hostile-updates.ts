import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { clearDatabase, useTestDatabase } from "../../support/database.js";
import { createHarness, type TestPerson } from "../../support/bot-harness.js";
import { seedDiary, type Harness } from "../diary-supervision-support.js";
import { diaryDecision } from "../../../src/bot/decision-buttons.js";
import { COMMANDS } from "../../../src/bot/commands.js";
import { CALLBACK_PREFIXES } from "../../../src/bot/callback-data.js";
import { DECISION_ROLES, ENTRY_STATUSES } from "../../../src/domain/diary/types.js";

/**
 * Hostile updates by the thousand: every role (and a stranger) sends generated commands with junk
 * arguments, free text, files, stickers, edits, group and channel posts, forged and replayed buttons,
 * in whatever order, across the scenes' states. Nothing may escape the error boundary or reach it, every
 * reply must be a finished sentence, and the database must keep its invariants (QP-06 5.12: only the
 * linked supervisors decide; QP-06 6.5: no grade before both sign-offs and the report).
 */
const database = useTestDatabase();

/** Steps per run: a step sends one update (a /diary step up to seven), about 290 updates a run. */
const STEPS_PER_RUN = 280;
/** Entries handed in before each run (announced to both supervisors). */
const SEEDED_ENTRIES = 3;

type Actor = "student" | "university" | "organisation" | "coordinator" | "stranger";
const ACTORS: Actor[] = ["student", "university", "organisation", "coordinator", "stranger"];

type Step =
  | { kind: "command"; actor: Actor; command: string; argument: string }
  | { kind: "text"; actor: Actor; text: string }
  | { kind: "shown-button"; actor: Actor; pick: number }
  | { kind: "forged-button"; actor: Actor; data: string; onShownMessage: boolean }
  | {
      kind: "file";
      actor: Actor;
      file: "photo" | "document" | "sticker" | "voice" | "location" | "contact";
      name: string;
      mime: string;
      size: number;
    }
  | { kind: "edit"; actor: Actor; text: string }
  | {
      kind: "odd";
      actor: Actor;
      shape: "group" | "channel" | "inline" | "member" | "no-message-callback" | "empty-message" | "forwarded-contact";
    }
  | { kind: "clock"; hours: number }
  | { kind: "deliver" }
  | { kind: "diary"; daysBack: number; hours: number; stopAfter: number };

/** Answers a scene accepts (hours, dates, a description, yes/no), so the generated runs reach deep scene states. */
const plausible = fc.constantFrom(
  "6",
  "4",
  "8",
  "Изучил структуру отдела, настроил рабочее место и прочитал регламент по охране труда.",
  "Бөлімнің құрылымымен таныстым, жұмыс орнын баптадым, еңбек қауіпсіздігі нұсқаулығын оқыдым.",
  "Проверил журнал: записи полные.",
  "сегодня",
  "бүгін",
  "20.11.2026",
  "23.11.2026",
  "A-",
  "92",
  "Отчёт не соответствует программе практики, доработайте раздел 2.",
);

const junk = fc.oneof(
  { weight: 3, arbitrary: plausible },
  fc.constant(""),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "6",
    "-1",
    "0",
    "24",
    "1e9",
    "NaN",
    "7.5",
    "99999999999999999999",
    "30.02.2026",
    "2026-13-01",
    "16.11.2026",
    "01.01.1970",
  ),
  fc.constantFrom("A", "FX", "F", "100", "-5", "A+", "Ә", "ДА", "иә", "yes"),
  fc.constantFrom("S-0001", "CS", "inv_000000000000", "inv_", "'; db.dropDatabase(); //", "{ $student }", "<b>x</b>", "\u0000\u202e"),
  fc.string({ minLength: 300, maxLength: 5000 }),
);

const actor = fc.constantFrom(...ACTORS);
const prefixes = Object.values(CALLBACK_PREFIXES) as string[];
const commandNames = [...new Set(COMMANDS.map((c) => c.command))];

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant("command" as const), actor, command: fc.constantFrom(...commandNames), argument: junk }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("text" as const), actor, text: junk }) },
  // Mostly the newest buttons (a scene's next step), sometimes an old one (replayed).
  {
    weight: 10,
    arbitrary: fc.record({ kind: fc.constant("shown-button" as const), actor, pick: fc.oneof(fc.constantFrom(0, 0, 1, 2), fc.nat(50)) }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "deliver" as const }) },
  // The student writes a day through /diary as the buttons lead, sometimes leaving the scene half-way.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("diary" as const),
      daysBack: fc.nat(9),
      hours: fc.integer({ min: 1, max: 8 }),
      stopAfter: fc.integer({ min: 1, max: 7 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("forged-button" as const),
      actor,
      data: fc.oneof(
        fc
          .tuple(fc.constantFrom(...prefixes), fc.constantFrom(":", ".", ":ok:", ":x:"), junk)
          .map(([p, sep, rest]) => `${p}${sep}${rest}`.slice(0, 64)),
        fc
          .tuple(fc.constantFrom(...prefixes), fc.stringMatching(/^[a-f0-9]{24}$/), fc.integer({ min: -2, max: 5 }))
          .map(([p, id, version]) => `${p}:${id}:${version}`.slice(0, 64)),
        fc.string({ maxLength: 64 }),
      ),
      onShownMessage: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("file" as const),
      actor,
      file: fc.constantFrom("photo", "document", "sticker", "voice", "location", "contact"),
      name: fc.oneof(fc.constantFrom("report.pdf", "отчёт.docx", "a.exe", "", "x".repeat(300)), fc.string({ maxLength: 20 })),
      mime: fc.constantFrom("application/pdf", "image/jpeg", "application/x-msdownload", "text/csv", ""),
      size: fc.constantFrom(0, 1024, 25 * 1024 * 1024, 2 ** 31),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("edit" as const), actor, text: junk }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("odd" as const),
      actor,
      shape: fc.constantFrom("group", "channel", "inline", "member", "no-message-callback", "empty-message", "forwarded-contact"),
    }),
  },
  // Mostly hours (the next working day), rarely past the practice's end.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("clock" as const),
      hours: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 1, arbitrary: fc.constant(24 * 20) }),
    }),
  },
);

let h: Harness;
let people: Record<Actor, TestPerson>;
let world: Awaited<ReturnType<typeof seedDiary>>;
let clock: number;

async function freshWorld(locale: "kk" | "ru" = "kk") {
  await clearDatabase(database.connection());
  clock = new Date("2026-11-23T09:00:00Z").getTime();
  h = createHarness({ connection: database.connection(), now: () => new Date(clock) });
  world = await seedDiary(h, locale);
  const stranger: TestPerson = { id: 770001, firstName: "Mallory", languageCode: "en" };
  // Three handed-in entries, announced to both supervisors with their buttons (as the student side does).
  const entries = await world.seed.entries(h.services, world.placement, world.student, [
    { date: "2026-11-17" },
    { date: "2026-11-18" },
    { date: "2026-11-19" },
  ]);
  for (const entry of entries)
    for (const supervisor of [world.university, world.organisation])
      await h.services.outbox.enqueue({
        recipient: supervisor.id,
        kind: "diary-entry",
        payload: {
          key: "supervision-entry",
          params: { student: "Әбілқасымова Айгерім", date: entry.date, hours: 6, text: entry.text },
          keyboard: diaryDecision.outboxKeyboard(entry.id, entry.version, {
            approve: "supervision-button-approve",
            return: "supervision-button-return",
          }),
        },
        dedupeKey: `fuzz-entry:${entry.id}:${entry.version}:${supervisor.id}`,
      });
  clock += 60_000;
  await h.deliver();
  people = {
    student: world.student,
    university: world.university,
    organisation: world.organisation,
    coordinator: world.coordinator,
    stranger,
  };
}

/** Presses `data` on the newest message that shows it, or on the newest keyboard (a stale press) when none does. */
async function pressIfShown(person: TestPerson, data: string) {
  const shown = shownButtons(person);
  const target = shown.find((b) => b.data === data) ?? shown[0];
  if (target?.messageId) await h.press(person, data, target.messageId);
}

/** Answers "continue the draft?" with its last button (start anew), when the newest keyboard asks it. */
async function discardResumeQuestion(person: TestPerson) {
  const shown = shownButtons(person);
  const newest = shown.filter((b) => b.messageId === shown[0]?.messageId);
  const last = newest[0];
  if (last?.messageId && !newest.some((b) => b.data.startsWith("dia.d:"))) await h.press(person, last.data, last.messageId);
}

function chatOf(person: TestPerson) {
  return { id: person.id, type: "private" as const, first_name: person.firstName };
}

function userOf(person: TestPerson) {
  return {
    id: person.id,
    is_bot: false,
    first_name: person.firstName,
    ...(person.languageCode ? { language_code: person.languageCode } : {}),
  };
}

/** Buttons the bot has shown in the chat of `person`, newest message first. */
function shownButtons(person: TestPerson): Array<{ messageId: number; data: string }> {
  const buttons: Array<{ messageId: number; data: string }> = [];
  for (const call of h.calls) {
    if (Number(call.payload["chat_id"]) !== person.id) continue;
    const markup = call.payload["reply_markup"] as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
    const messageId = Number(call.payload["message_id"] ?? call.result?.["message_id"] ?? 0);
    for (const row of markup?.inline_keyboard ?? [])
      for (const b of row) if (b.callback_data) buttons.push({ messageId, data: b.callback_data });
  }
  return buttons.reverse();
}

/** Sends the step's updates; returns how many updates reached the bot. */
async function run(s: Step): Promise<number> {
  const now = Math.floor(clock / 1000);
  if (s.kind === "clock") {
    clock += s.hours * 3_600_000;
    return 0;
  }
  if (s.kind === "deliver") {
    // The outbox's notifications (entries to approve, decisions) reach their recipients with their buttons.
    clock += 60_000;
    await h.deliver();
    return 0;
  }
  if (s.kind === "diary") {
    const student = people.student;
    const date = new Date(clock - s.daysBack * 86_400_000).toISOString().slice(0, 10);
    const script: Array<() => Promise<unknown>> = [
      () => h.text(student, "/diary"),
      () => discardResumeQuestion(student),
      () => pressIfShown(student, `dia.d:${date}`),
      () => pressIfShown(student, `dia.h:${s.hours}`),
      () => h.text(student, `Изучил документацию по проекту и подготовил отчёт по задаче за ${date}.`),
      () => pressIfShown(student, "dia.ev:done"),
      () => pressIfShown(student, "dia.cf:send"),
    ];
    for (const act of script.slice(0, s.stopAfter)) await act();
    return Math.min(s.stopAfter, script.length);
  }
  const person = people[s.actor];
  const message = (extra: Record<string, unknown>): Omit<Update, "update_id"> => ({
    message: { message_id: h.telegram.nextMessageId(), date: now, chat: chatOf(person), from: userOf(person), ...extra },
  });
  switch (s.kind) {
    case "command": {
      await h.text(person, s.argument ? `/${s.command} ${s.argument}` : `/${s.command}`);
      return 1;
    }
    case "text":
      await h.text(person, s.text);
      return 1;
    case "edit":
      await h.edit(person, s.text);
      return 1;
    case "shown-button": {
      const buttons = shownButtons(person);
      const chosen = buttons[s.pick % Math.max(1, buttons.length)];
      if (!chosen || !chosen.messageId) return 0;
      await h.press(person, chosen.data, chosen.messageId);
      return 1;
    }
    case "forged-button": {
      const target = s.onShownMessage ? shownButtons(person)[0]?.messageId : undefined;
      await h.send({
        callback_query: {
          id: String(h.telegram.nextMessageId()),
          chat_instance: "ci",
          from: userOf(person),
          data: s.data,
          message: {
            message_id: target ?? h.telegram.nextMessageId(),
            date: now,
            chat: chatOf(person),
            text: "…",
            reply_markup: { inline_keyboard: [[{ text: "x", callback_data: s.data }]] },
          },
        },
      });
      return 1;
    }
    case "file": {
      switch (s.file) {
        case "photo":
          await h.photo(person, String(h.telegram.nextMessageId()), s.name || undefined);
          return 1;
        case "document":
          await h.send(
            message({
              document: { file_id: `d${s.name}`, file_unique_id: `u${s.name}`, file_name: s.name, mime_type: s.mime, file_size: s.size },
            }),
          );
          return 1;
        case "sticker":
          await h.sticker(person);
          return 1;
        case "voice":
          await h.voice(person);
          return 1;
        case "location":
          await h.send(message({ location: { latitude: 43.25, longitude: 76.95 } }));
          return 1;
        case "contact":
          await h.send(message({ contact: { phone_number: "+77011234567", first_name: "X", user_id: s.size % 2 ? person.id : 1 } }));
          return 1;
      }
      return 1;
    }
    case "odd": {
      switch (s.shape) {
        case "group":
          await h.send({
            message: {
              message_id: 1,
              date: now,
              chat: { id: -100123, type: "supergroup", title: "g" },
              from: userOf(person),
              text: "/diary",
            } as never,
          });
          return 1;
        case "channel":
          await h.send({
            channel_post: { message_id: 1, date: now, chat: { id: -100999, type: "channel", title: "c" }, text: "/start" } as never,
          });
          return 1;
        case "inline":
          await h.send({ inline_query: { id: "iq", from: userOf(person), query: "x", offset: "" } });
          return 1;
        case "member":
          await h.send({
            my_chat_member: {
              chat: chatOf(person),
              from: userOf(person),
              date: now,
              old_chat_member: { status: "member", user: userOf(person) },
              new_chat_member: { status: "kicked", user: userOf(person), until_date: 0 },
            } as never,
          });
          return 1;
        case "no-message-callback":
          await h.send({ callback_query: { id: "cq", chat_instance: "ci", from: userOf(person), data: "dx:ok" } });
          return 1;
        case "empty-message":
          await h.send(message({}));
          return 1;
        case "forwarded-contact":
          await h.send(message({ text: "+7 701 123 45 67", forward_origin: { type: "hidden_user", sender_user_name: "X", date: now } }));
          return 1;
      }
    }
  }
}

/** What the database must hold whatever was sent. */
async function checkInvariants(): Promise<void> {
  const db = database.connection();
  const supervisors = new Set([world.university.id, world.organisation.id]);
  for (const entry of await db.collection("diary_entries").find({}).toArray()) {
    expect(ENTRY_STATUSES).toContain(entry["status"]);
    expect(String(entry["placementId"])).toBe(String(world.placement._id));
    const decision = entry["decision"] as { by: number; role: string } | undefined;
    if (decision) {
      // QP-06 5.12: only the student's linked supervisors decide on an entry.
      expect(supervisors.has(decision.by)).toBe(true);
      expect(DECISION_ROLES as readonly string[]).toContain(decision.role);
    }
    for (const item of entry["history"] as Array<{ by: number; action: string }>) {
      if (item.action === "submitted" || item.action === "edited") expect(item.by).toBe(world.student.id);
      else expect(supervisors.has(item.by)).toBe(true);
    }
  }
  for (const outcome of await db.collection("practice_outcomes").find({}).toArray()) {
    const signOffs = (outcome["signOffs"] as Array<{ by: number }> | undefined) ?? [];
    for (const s of signOffs) expect(supervisors.has(s.by)).toBe(true);
    // QP-06 6.5: the grade only after both sign-offs and the report.
    if (outcome["grade"]) {
      expect(signOffs.length).toBe(2);
      expect(outcome["report"]).toBeTruthy();
    }
  }
  const stranger = await db.collection("users").findOne({ telegramId: people.stranger.id });
  expect((stranger?.["roles"] as unknown[] | undefined) ?? []).toEqual([]);
}

/** Every text the bot sent is a finished sentence: no Fluent placeholder, no bare message id. */
function checkReplies(fromCall: number): void {
  for (const call of h.calls.slice(fromCall)) {
    const text = call.payload["text"] ?? call.payload["caption"];
    if (typeof text !== "string") continue;
    expect(text.trim().length, `${call.method} sent an empty text`).toBeGreaterThan(0);
    expect(text, `${call.method}: ${text}`).not.toMatch(/\{\$[a-z][a-z-]*\}|^[a-z]+(-[a-z0-9]+)+$/);
  }
}

/**
 * Registers the fuzz test: `runs` runs from `seed` (fixed, so a failure is reproduced by running the file
 * again; FUZZ_RUNS overrides the count while working on it). Two files share the 10,000 updates, so both
 * test workers carry them.
 */
export function fuzzHostileUpdates(SEED: number, defaultRuns: number): void {
  const RUNS = Number(process.env["FUZZ_RUNS"] ?? defaultRuns);
  describe("fuzz: 10,000 hostile updates across scene states", () => {
    beforeAll(async () => {
      await freshWorld();
      await h.db.syncIndexes();
    });

    it("QP-06 5.12, 6.5: nothing escapes or reaches the error boundary, replies are finished sentences, the database keeps its invariants", async () => {
      let sent = 0;
      const reached = { written: 0, decided: 0, interrupted: 0 };
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("kk" as const, "ru" as const),
          fc.array(step, { minLength: STEPS_PER_RUN, maxLength: STEPS_PER_RUN }),
          async (locale, steps) => {
            await freshWorld(locale);
            const firstCall = h.calls.length;
            for (const [index, s] of steps.entries()) {
              try {
                sent += await run(s);
              } catch (error) {
                throw new Error(`step ${index} ${JSON.stringify(s).slice(0, 300)} threw: ${String(error)}`, { cause: error });
              }
            }
            const failures = h.logs.filter((line) => Number(line["level"]) >= 50);
            expect(failures.map((line) => JSON.stringify(line).slice(0, 600))).toEqual([]);
            checkReplies(firstCall);
            await checkInvariants();
            const entries = database.connection().collection("diary_entries");
            reached.written += (await entries.countDocuments({})) - SEEDED_ENTRIES;
            reached.decided += await entries.countDocuments({ decision: { $exists: true } });
            reached.interrupted += await database.connection().collection("conversation_states").countDocuments({});
          },
        ),
        {
          numRuns: RUNS,
          seed: SEED,
          endOnFailure: true,
          // The counterexample is 280 steps long: report the failing step (above) and the run, not the whole list.
          reporter: (details) => {
            if (details.failed)
              throw new Error(`run ${details.numRuns} of seed ${SEED} failed: ${String(details.errorInstance)}`.slice(0, 4000));
          },
        },
      );
      expect(sent).toBeGreaterThanOrEqual(RUNS * 250);
      // The runs went deep: entries written through /diary, decisions taken, scenes left half-way.
      expect(reached.written).toBeGreaterThan(0);
      expect(reached.decided).toBeGreaterThan(0);
      expect(reached.interrupted).toBeGreaterThan(0);
    }, 900_000);
  });
}

import mongoose from "mongoose";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { clearDatabase } from "../support/database.js";
import { createSeeder } from "../support/seed.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import pino from "pino";
import type { Update } from "grammy/types";
import { createInboxProcessor } from "../../src/intake/inbox-processor.js";
import { textUpdate, until } from "../intake/support.js";

/**
 * Database commands per ordinary update, counted with the driver's command monitoring (`commandStarted`)
 * while the real bot handles each update over the real database. Goal: at most 3 per ordinary update —
 * the user read together with the scene state, the step's own write, the scene state's write.
 */
let connection: mongoose.Connection;
const commands: string[] = [];

beforeAll(async () => {
  connection = await mongoose
    .createConnection(inject("mongoUri"), { dbName: `t_${randomBytes(6).toString("hex")}`, monitorCommands: true })
    .asPromise();
  connection.getClient().on("commandStarted", (event) => {
    const target = (event.command as Record<string, unknown>)[event.commandName];
    commands.push(`${event.commandName} ${typeof target === "string" ? target : ""}`.trim());
  });
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

/** Wednesday 20 January 2027, 14:00 in Almaty: the second week of the practice (11 Jan – 5 Mar 2027). */
const TODAY = new Date("2027-01-20T09:00:00Z");
const TEXT = "Написал модульные тесты для платёжного модуля и исправил найденные ошибки.";
const student: TestPerson = { id: 7201, firstName: "Аружан", languageCode: "ru" };
const organisation: TestPerson = { id: 7203, firstName: "Ерлан", languageCode: "ru" };
let h: ReturnType<typeof createHarness>;

beforeEach(async () => {
  await clearDatabase(connection);
  h = createHarness({ connection, now: () => TODAY });
  await h.db.syncIndexes();
  const seed = createSeeder(h.db);
  const department = await seed.department("CS", "iitu");
  await seed.student(student, department, { fullName: "Сейтқали Аружан", studentNumber: "20210345" });
  await seed.placementThroughBase(student, { stage: "approved", organisationSupervisor: organisation });
  for (const person of [student, organisation]) {
    await h.db.users.touch({ id: person.id, first_name: person.firstName }, null);
    await h.db.users.setLanguage(person.id, "ru");
  }
  // Each person's first update publishes their command menu once; what follows is the steady state.
  await h.text(student, "/help");
  await h.text(organisation, "/help");
});

/** The database commands the bot sends while it handles what `act` sends. */
async function counted(act: () => Promise<unknown>): Promise<string[]> {
  commands.length = 0;
  await act();
  return [...commands];
}

describe("database commands per ordinary update", () => {
  it("a plain command (/help) reads the user and the scene state in one command and writes nothing", async () => {
    expect(await counted(() => h.text(student, "/help"))).toEqual(["aggregate users"]);
  });

  it("the user is written only when Telegram's names changed", async () => {
    expect(await counted(() => h.text({ ...student, firstName: "Аружан-Ай" }, "/help"))).toEqual([
      "aggregate users",
      "findAndModify users",
    ]);
    expect((await h.db.users.findByTelegramId(student.id))?.firstName).toBe("Аружан-Ай");
  });

  it("a person marked unreachable (they had blocked the bot) is written once when they write again", async () => {
    await h.db.users.markUnreachable(student.id, TODAY);
    expect(await counted(() => h.text(student, "/help"))).toEqual(["aggregate users", "findAndModify users"]);
    expect((await h.db.users.findByTelegramId(student.id))?.unreachableAt).toBeNull();
    expect(await counted(() => h.text(student, "/help"))).toEqual(["aggregate users"]);
  });

  it("QP-06 5.11: each /diary answer (date, hours, text, evidence) takes at most 3: the user with the scene, one draft upsert, the scene", async () => {
    await h.text(student, "/diary");
    const step = ["aggregate users", "findAndModify diary_drafts", "update conversation_states"];
    expect(await counted(() => h.press(student, "dia.d:2027-01-19"))).toEqual(step);
    expect(await counted(() => h.press(student, "dia.h:6"))).toEqual(step);
    expect(await counted(() => h.text(student, TEXT))).toEqual(step);
    expect(await counted(() => h.press(student, "dia.ev:done"))).toEqual(["aggregate users", "update conversation_states"]);
    // The answers are in the draft (one upsert each, merged): nothing was lost by saving less.
    const draft = await h.services.diary.drafts.loadDraft(student.id);
    expect(draft).toMatchObject({ date: "2027-01-19", hours: 6, text: TEXT });
  });

  it("QP-06 5.12: an Approve press takes 4: the user, the entry with its placement and student, the guarded decision, the student's notice", async () => {
    await h.text(student, "/diary");
    await h.press(student, "dia.d:2027-01-19");
    await h.press(student, "dia.h:6");
    await h.text(student, TEXT);
    await h.press(student, "dia.ev:done");
    await h.press(student, "dia.cf:send");
    const entry = await h.db.diaryEntries.findByDate((await h.db.models.Placement.findOne().lean())!._id.toString(), "2027-01-19");
    const data = diaryDecision.pack("ok", String(entry!._id), entry!.version);
    const pressed = await counted(() =>
      h.send({
        callback_query: {
          id: "cb-approve",
          chat_instance: "ci",
          from: { id: organisation.id, is_bot: false, first_name: organisation.firstName },
          data,
          message: {
            message_id: 9001,
            date: Math.floor(TODAY.getTime() / 1000),
            chat: { id: organisation.id, type: "private", first_name: organisation.firstName },
            text: "…",
            reply_markup: { inline_keyboard: [[{ text: "✅", callback_data: data }]] },
          },
        },
      }),
    );
    expect(pressed).toEqual(["aggregate users", "aggregate diary_entries", "findAndModify diary_entries", "insert outbox_messages"]);
    expect((await h.db.diaryEntries.findById(String(entry!._id)))?.status).toBe("approved");
  });

  it("the inbox adds 2 commands to a fetched batch of 20 updates: one insertMany as they arrive, one updateMany for their done marks", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const processor = createInboxProcessor({
      inbox: h.db.inbox,
      botId: 1,
      handle: () => gate,
      logger: pino({ level: "silent" }),
    });
    const updates: Update[] = Array.from({ length: 20 }, (_, i) => ({
      update_id: 500 + i,
      ...textUpdate(h.telegram, { id: 80_000 + i, firstName: "P" }, "/help"),
    }));
    commands.length = 0;
    await processor.accept(updates);
    // The 20 handlers finish together: their done marks go out in one command (group commit).
    open();
    await until("all recorded", () => processor.depth() === 0);
    expect(commands.filter((c) => c.endsWith(" inbox"))).toEqual(["insert inbox", "update inbox"]);
    expect(await h.db.models.InboxUpdate.countDocuments({ state: "done", payload: "" })).toBe(20);
  });
});

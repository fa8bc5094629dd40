import { beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { createFakeTelegram } from "../support/fake-telegram.js";
import { createInFlightTracker } from "../../src/runtime/in-flight.js";
import { shutDownGracefully } from "../../src/runtime/shutdown.js";

const database = useTestDatabase();
const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "ru" };
const student: TestPerson = { id: 7101, firstName: "Ерлан", languageCode: "kk" };

beforeEach(async () => {
  await clearDatabase(database.connection());
});

async function seedDepartment(h: ReturnType<typeof createHarness>) {
  await h.db.syncIndexes();
  return (await h.db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" }))!;
}

describe("a Telegram 429 inside a scene (issue 7 defect 1)", () => {
  it("costs one wait, once: the answers after it are not slowed by a replayed retry", async () => {
    const slept: number[] = [];
    const h = createHarness({
      connection: database.connection(),
      transport: { sleep: (ms) => (slept.push(ms), Promise.resolve()) },
    });
    const department = await seedDepartment(h);
    await h.text(student, "/start");
    h.failNext({ method: "sendMessage", errorCode: 429, description: "Too Many Requests: retry after 2", retryAfter: 2 });
    await h.text(student, "Сейітов Ерлан");
    for (const [kind, value] of [
      ["text", "20210345"],
      ["press", "onb.level:bachelor"],
      ["text", "6B06102"],
      ["press", "onb.course:3"],
      ["text", "SE-2203"],
      ["press", `onb.dep:${String(department._id)}`],
    ] as const) {
      if (kind === "text") await h.text(student, value);
      else await h.press(student, value);
    }
    expect(slept).toEqual([2000]);
    const sends = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === student.id);
    expect(sends.filter((c) => c.result?.error_code === 429)).toHaveLength(1);
    expect(h.lastText(student.id)).toContain(h.t("kk", "onboarding-done"));
    expect(await h.db.students.findByTelegramId(student.id)).not.toBeNull();
  });
});

describe("graceful shutdown (issue 7 defect 2)", () => {
  it("waits for the update in flight: the next question is sent and the scene state saved before the database closes", async () => {
    const inFlight = createInFlightTracker();
    const telegram = createFakeTelegram({ delayMs: 150 });
    const h = createHarness({ connection: database.connection(), inFlight, telegram });
    await seedDepartment(h);
    const handling = h.text(student, "/start");
    await new Promise((r) => setTimeout(r, 20));
    expect(inFlight.size()).toBe(1);
    let stateAtClose: unknown;
    let questionsAtClose = 0;
    await shutDownGracefully({
      logger: pino({ level: "silent" }),
      inFlight,
      stopIntake: () => Promise.resolve(),
      closeResources: async () => {
        questionsAtClose = h.sentTexts(student.id).length;
        stateAtClose = await h.db.conversationStates.read(`${student.id}:${student.id}`);
      },
    });
    await handling;
    expect(questionsAtClose).toBe(2);
    expect(stateAtClose).toBeDefined();
  });
});

describe("graceful shutdown: background jobs (issue 10)", () => {
  it("stops the jobs after the updates in flight and before the database closes", async () => {
    const inFlight = createInFlightTracker();
    const h = createHarness({ connection: database.connection(), inFlight, telegram: createFakeTelegram({ delayMs: 150 }) });
    await seedDepartment(h);
    const handling = h.text(student, "/start");
    await new Promise((r) => setTimeout(r, 20));
    const order: string[] = [];
    await shutDownGracefully({
      logger: pino({ level: "silent" }),
      inFlight,
      stopIntake: () => Promise.resolve(void order.push(`intake (updates in flight: ${inFlight.size()})`)),
      stopJobs: () => Promise.resolve(void order.push(`jobs (updates in flight: ${inFlight.size()})`)),
      closeResources: () => Promise.resolve(void order.push("close")),
    });
    await handling;
    expect(order).toEqual(["intake (updates in flight: 1)", "jobs (updates in flight: 0)", "close"]);
  });
});

describe("buttons (issue 7 defect 9)", () => {
  it("a language button crafted onto the /help reply changes nothing", async () => {
    const h = createHarness({ connection: database.connection() });
    await h.text(student, "/help");
    const helpReply = h.calls.filter((c) => c.method === "sendMessage").at(-1)!.result.message_id as number;
    const calls = await h.press(student, "lang:en", helpReply);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(calls[0]!.payload["text"]).toBe(h.t("kk", "errors-stale-button"));
    expect(await h.db.users.getLanguage(student.id)).toBe("kk");
  });

  it("a double tap whose edit Telegram answers 'message is not modified' is a success, not 'something failed'", async () => {
    const h = createHarness({ connection: database.connection() });
    await h.text(student, "/language");
    h.failNext({
      method: "editMessageText",
      errorCode: 400,
      description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
    });
    await h.press(student, "lang:ru");
    expect(await h.db.users.getLanguage(student.id)).toBe("ru");
    expect(h.sentTexts(student.id)).not.toContain(h.t("ru", "errors-generic"));
    expect(h.sentTexts(student.id)).not.toContain(h.t("kk", "errors-generic"));
  });
});

describe("groups and inline messages (issue 7 defect 16)", () => {
  const group = { id: -100500, type: "supergroup" as const, title: "SE-22" };
  it("answers a button pressed in a group, and says once per group that the bot works in private chats", async () => {
    const h = createHarness({ connection: database.connection() });
    await h.db.syncIndexes();
    const pressed = await h.send({
      callback_query: {
        id: "cq1",
        chat_instance: "g",
        from: { id: student.id, is_bot: false, first_name: "Ерлан", language_code: "ru" },
        data: "lang:en",
        message: { message_id: 5, date: 1, chat: group, text: "x" },
      },
    });
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(pressed[0]!.payload["text"]).toBe(h.t("ru", "errors-private-only"));

    const inline = await h.send({
      callback_query: {
        id: "cq2",
        chat_instance: "i",
        inline_message_id: "abc",
        from: { id: student.id, is_bot: false, first_name: "Ерлан" },
        data: "x",
      },
    });
    expect(inline.map((c) => c.method)).toEqual(["answerCallbackQuery"]);

    const command = (n: number) =>
      h.send({
        message: {
          message_id: n,
          date: 1,
          chat: group,
          from: { id: student.id, is_bot: false, first_name: "Ерлан", language_code: "ru" },
          text: "/help",
          entities: [{ type: "bot_command", offset: 0, length: 5 }],
        },
      });
    const first = await command(10);
    expect(first.map((c) => c.method)).toEqual(["sendMessage"]);
    expect(first[0]!.payload["text"]).toBe(h.t("ru", "errors-private-only-group", { bot: "praktika_test_bot" }));
    expect(await command(11)).toEqual([]);
  });
});

describe("/me for staff (issue 7 defect 7)", () => {
  it("shows an admin and a coordinator their roles instead of sending them to /start", async () => {
    const h = createHarness({ connection: database.connection() });
    const department = await seedDepartment(h);
    await h.text(admin, "/me");
    expect(h.lastText(admin.id)).toContain(h.t("ru", "me-role-admin"));
    expect(h.lastText(admin.id)).not.toContain(h.t("ru", "profile-not-registered"));

    const coordinator: TestPerson = { id: 7202, firstName: "Гүлнар", languageCode: "kk" };
    await h.text(coordinator, "/help");
    await h.db.users.grantRole(coordinator.id, { role: "coordinator", departmentId: department._id, at: new Date() });
    await h.text(coordinator, "/me");
    expect(h.lastText(coordinator.id)).toContain(
      h.t("kk", "me-role-department", { role: h.t("kk", "role-coordinator"), department: "CS — Computer Science" }),
    );
  });
});

describe("/newdepartment, /renamedepartment, /removedepartment (issue 7 defect 11)", () => {
  it("refuses an unknown policy instead of folding it into the name", async () => {
    const h = createHarness({ connection: database.connection() });
    await h.db.syncIndexes();
    await h.text(admin, "/newdepartment EE unknownpolicy Electrical Engineering");
    expect(h.lastText(admin.id)).toBe(
      h.t("ru", "admin-newdepartment-unknown-policy", { policy: "unknownpolicy", policies: "iitu, kazutb" }),
    );
    expect(await h.db.departments.findByCode("EE")).toBeNull();
    await h.text(admin, "/newdepartment EE kazutb Кафедра электроэнергетики");
    expect((await h.db.departments.findByCode("EE"))?.policyId).toBe("kazutb");
  });

  it("renames a department and removes one only when nobody belongs to it", async () => {
    const h = createHarness({ connection: database.connection() });
    const department = await seedDepartment(h);
    await h.text(admin, "/renamedepartment cs Кафедра компьютерной инженерии");
    expect((await h.db.departments.findByCode("CS"))?.name).toBe("Кафедра компьютерной инженерии");
    await h.text({ id: 7303, firstName: "Coordinator" }, "/help");
    await h.db.users.grantRole(7303, { role: "coordinator", departmentId: department._id, at: new Date() });
    await h.text(admin, "/removedepartment CS");
    expect(h.lastText(admin.id)).toBe(h.t("ru", "admin-removedepartment-in-use", { code: "CS", students: 0, staff: 1 }));
    expect(await h.db.departments.findByCode("CS")).not.toBeNull();
    await h.text(admin, "/newdepartment EE Кафедра электроэнергетики");
    await h.text(admin, "/removedepartment EE");
    expect(await h.db.departments.findByCode("EE")).toBeNull();
  });
});

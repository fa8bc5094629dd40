import { beforeEach, describe, expect, it } from "vitest";
import type { Types } from "mongoose";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { placementDecision } from "../../src/bot/decision-buttons.js";
import { csv, EN_HEADER, KK_HEADER, line, RU_HEADER, xlsx } from "../roster/roster-files.js";
import type { Locale } from "../../src/config/config.js";
import { notifyPlacementSubmitted } from "../../src/bot/placement-notices.js";
import { studentsData } from "../../src/bot/features/coordinator-practice/callback-data.js";

const database = useTestDatabase();

type Harness = ReturnType<typeof createHarness>;
let h: Harness;
let cs: Types.ObjectId;
let coordinator: TestPerson;
let student: TestPerson;

async function setUp(locale: Locale): Promise<void> {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  const seed = createSeeder(h.db);
  const department = await seed.department("CS", "iitu");
  cs = department._id;
  coordinator = seed.person(locale, "Гүлнар");
  student = seed.person(locale, "Аружан");
  await seed.staff(coordinator, "coordinator", { departmentId: cs });
  await h.db.users.setLanguage(coordinator.id, locale);
  await seed.student(student, department, { studentNumber: "20210345", fullName: "Сейтқали Аружан", group: "SE-2203" });
  await h.db.users.setLanguage(student.id, locale);
}

const alerts = (calls: { method: string; payload: Record<string, any> }[]): string[] =>
  calls.filter((c) => c.method === "answerCallbackQuery").map((c) => String(c.payload["text"] ?? ""));
const edits = (calls: { method: string; payload: Record<string, any> }[]): string[] =>
  calls.filter((c) => c.method === "editMessageText").map((c) => String(c.payload["text"]));

describe.each(["kk", "ru", "en"] as const)("coordinator decisions on placements (QP-06 4.3–4.5) in %s", (locale) => {
  beforeEach(() => setUp(locale));

  it("approve from /bases: the placement is approved once, the student is told about /invite_orgsupervisor, a second press changes nothing", async () => {
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    await h.text(coordinator, "/bases");
    expect(h.sentTexts(coordinator.id).join("\n")).toContain("Сейтқали Аружан");
    const ok = placementDecision.pack("ok", String(placement._id), placement.version);
    expect(h.lastButtons(coordinator.id)).toContain(ok);
    const messageId = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === coordinator.id).at(-1)!.result
      .message_id;

    const first = await h.press(coordinator, ok, messageId);
    expect(edits(first)[0]).toContain(h.t(locale, "cp-decision-approved", { student: "Сейтқали Аружан" }));
    expect((await h.db.placements.findById(placement._id))?.status).toBe("approved");
    const delivered = await h.deliver();
    const toStudent = delivered.filter((c) => c.payload["chat_id"] === student.id).map((c) => String(c.payload["text"]));
    expect(toStudent).toHaveLength(1);
    expect(toStudent[0]).toContain("/invite_orgsupervisor");

    // Double press (the keyboard is gone, so the press is sent as a client that still shows it).
    const again = await h.send({
      callback_query: {
        id: "double",
        chat_instance: "ci",
        from: { id: coordinator.id, is_bot: false, first_name: coordinator.firstName },
        data: ok,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: coordinator.id, type: "private", first_name: coordinator.firstName },
          text: "",
          reply_markup: { inline_keyboard: [[{ text: "ok", callback_data: ok }]] },
        },
      },
    });
    expect(alerts(again)[0]).toBe(h.t(locale, "cp-decision-already", { status: h.t(locale, "placement-status-approved") }));
    expect(await h.deliver()).toHaveLength(0);
    const history = (await h.db.placements.findById(placement._id))!.history.filter((e) => e.action === "approved");
    expect(history).toHaveLength(1);
  });

  it("the student's submission notice (placement-notices) carries buttons this feature decides on: approve from the notification", async () => {
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    const studentRow = (await h.db.students.findByStudentNumber("20210345"))!;
    const organisation = placement.organisationId ? await h.db.organisations.findById(placement.organisationId) : null;
    await notifyPlacementSubmitted(h.services, {
      placement,
      student: studentRow,
      organisation,
      coordinators: [coordinator.id],
      contract: null,
      resubmitted: false,
    });
    await h.deliver();
    const [ok] = h.lastButtons(coordinator.id);
    expect(ok).toBe(placementDecision.pack("ok", String(placement._id), placement.version));
    const calls = await h.press(coordinator, ok!);
    expect(edits(calls)[0]).toContain(h.t(locale, "cp-decision-approved", { student: "Сейтқали Аружан" }));
    expect((await h.db.placements.findById(placement._id))?.status).toBe("approved");
  });

  it("return with a reason: the scene asks why, refuses an empty-ish reason, returns the version shown and tells the student the reason", async () => {
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    await h.text(coordinator, "/bases");
    const ret = placementDecision.pack("ret", String(placement._id), placement.version);
    await h.press(coordinator, ret);
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "cp-return-ask-reason", { max: 500 }));
    await h.sticker(coordinator);
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "scene-need-text"));
    await h.text(coordinator, "no");
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "placement-text-too-short", { min: 3 }));
    await h.text(coordinator, "Договор не подписан организацией");
    expect(h.lastText(coordinator.id)).toBe(
      h.t(locale, "cp-return-done", { student: "Сейтқали Аружан", reason: "Договор не подписан организацией" }),
    );
    const stored = await h.db.placements.findById(placement._id);
    expect(stored?.status).toBe("returned");
    expect(stored?.returnReason).toBe("Договор не подписан организацией");
    const delivered = await h.deliver();
    const toStudent = delivered.filter((c) => c.payload["chat_id"] === student.id).map((c) => String(c.payload["text"]));
    expect(toStudent).toHaveLength(1);
    expect(toStudent[0]).toContain("Договор не подписан организацией");
  });

  it("/cancel while the reason is asked changes nothing", async () => {
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    await h.text(coordinator, "/bases");
    await h.press(coordinator, placementDecision.pack("ret", String(placement._id), placement.version));
    await h.text(coordinator, "/cancel");
    expect((await h.db.placements.findById(placement._id))?.status).toBe("submitted");
    expect(await h.deliver()).toHaveLength(0);
  });

  it("a stale button (the student edited since) changes nothing and shows the current version with fresh buttons", async () => {
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    await h.text(coordinator, "/bases");
    const stale = placementDecision.pack("ok", String(placement._id), placement.version);
    const by = await createSeeder(h.db).principal(student);
    const edited = await h.services.placements.saveDraft(by, { practiceType: "production", unit: "Отдел тестирования" });
    expect(edited.status).toBe("saved");
    const calls = await h.press(coordinator, stale);
    expect(alerts(calls)[0]).toBe(h.t(locale, "cp-decision-changed"));
    expect((await h.db.placements.findById(placement._id))?.status).toBe("submitted");
    const fresh = (await h.db.placements.findById(placement._id))!;
    expect(h.lastButtons(coordinator.id)).toContain(placementDecision.pack("ok", String(placement._id), fresh.version));
    expect(await h.deliver()).toHaveLength(0);
  });

  it("a forged decision button (not a decision, or a bad id) is answered as stale and changes nothing", async () => {
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    for (const data of ["plc.ok:zzz:1", `plc.ok:${String(placement._id)}:-1`, `plc.xx:${String(placement._id)}:1`]) {
      const calls = await h.send({
        callback_query: {
          id: data,
          chat_instance: "ci",
          from: { id: coordinator.id, is_bot: false, first_name: "x" },
          data,
          message: {
            message_id: 1,
            date: Math.floor(Date.now() / 1000),
            chat: { id: coordinator.id, type: "private", first_name: "x" },
            text: "",
            reply_markup: { inline_keyboard: [[{ text: "x", callback_data: data }]] },
          },
        },
      });
      expect(calls.some((c) => c.method === "answerCallbackQuery")).toBe(true);
    }
    expect((await h.db.placements.findById(placement._id))?.status).toBe("submitted");
  });
});

describe.each(["kk", "ru", "en"] as const)("/students and /assign in %s", (locale) => {
  beforeEach(() => setUp(locale));

  it("/students lists the department with filters in the callback data (≤ 64 bytes) and pages", async () => {
    const seed = createSeeder(h.db);
    const department = (await h.db.departments.findById(cs))!;
    for (let i = 0; i < 12; i++)
      await seed.student(seed.person(locale), department, { studentNumber: `2021${1000 + i}`, group: "SE-2204" });
    await h.text(coordinator, "/students SE-2204");
    expect(h.lastText(coordinator.id)).toContain(h.t(locale, "cp-students-header", { count: 12, page: 1, pages: 2 }));
    const buttons = h.lastButtons(coordinator.id);
    for (const data of buttons) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const next = buttons[0]!;
    const calls = await h.press(coordinator, next);
    expect(edits(calls)[0]).toContain(h.t(locale, "cp-students-header", { count: 12, page: 2, pages: 2 }));
    // status filter: submitted → nobody
    const status = h.lastButtons(coordinator.id).at(-1)!;
    await h.press(coordinator, status);
    expect(h.calls.filter((c) => c.method === "editMessageText").at(-1)?.payload["text"]).toContain(h.t(locale, "cp-students-none"));
  });

  it("/students with a forged page past the end shows the last page, and its back button the page before it", async () => {
    const seed = createSeeder(h.db);
    const department = (await h.db.departments.findById(cs))!;
    for (let i = 0; i < 12; i++)
      await seed.student(seed.person(locale), department, { studentNumber: `2021${1000 + i}`, group: "SE-2204" });
    await h.text(coordinator, "/students SE-2204");
    const forged = studentsData.pack({ departmentId: String(cs), page: 999, group: "SE-2204" })!;
    // A forged press: the client shows a keyboard holding the forged data (QP-06 4.3: the list is the department's).
    const calls = await h.send({
      callback_query: {
        id: "forged-page",
        chat_instance: "ci",
        from: { id: coordinator.id, is_bot: false, first_name: "x" },
        data: forged,
        message: {
          message_id: 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id: coordinator.id, type: "private", first_name: "x" },
          text: "",
          reply_markup: { inline_keyboard: [[{ text: "x", callback_data: forged }]] },
        },
      },
    });
    expect(edits(calls)[0]).toContain(h.t(locale, "cp-students-header", { count: 12, page: 2, pages: 2 }));
    expect(edits(calls)[0]).not.toMatch(/1[\s\u00a0\u202f]?000/);
    const edit = calls.find((c) => c.method === "editMessageText")!;
    const buttons = (edit.payload["reply_markup"] as { inline_keyboard: { callback_data?: string }[][] }).inline_keyboard
      .flat()
      .map((b) => b.callback_data);
    expect(buttons).toContain(studentsData.pack({ departmentId: String(cs), page: 0, group: "SE-2204" }));
    expect(buttons).not.toContain(studentsData.pack({ departmentId: String(cs), page: 998, group: "SE-2204" }));
  });

  it("/assign STUDENT-ID then a supervisor button assigns; the same button after a reassignment is stale", async () => {
    const seed = createSeeder(h.db);
    const supervisorA = seed.person(locale, "Данияр");
    const supervisorB = seed.person(locale, "Айгерим");
    await seed.staff(supervisorA, "universitySupervisor", { departmentId: cs });
    await seed.staff(supervisorB, "universitySupervisor", { departmentId: cs });
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    await h.text(coordinator, "/assign 20210345");
    const [toA, toB] = h.lastButtons(coordinator.id);
    const keyboardMessage = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === coordinator.id).at(-1)!;
    const messageId = keyboardMessage.result.message_id as number;
    const markup = keyboardMessage.payload["reply_markup"];
    await h.press(coordinator, toA!, messageId);
    expect((await h.db.placements.findById(placement._id))?.universitySupervisorTelegramId).toBe(supervisorA.id);
    // The old keyboard, pressed again by a client that still shows it: refused as stale.
    const stale = await h.send({
      callback_query: {
        id: "stale",
        chat_instance: "ci",
        from: { id: coordinator.id, is_bot: false, first_name: "x" },
        data: toB!,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: coordinator.id, type: "private", first_name: "x" },
          text: "",
          reply_markup: markup,
        },
      },
    });
    expect(alerts(stale)[0]).toBe(h.t(locale, "cp-assign-stale"));
    expect((await h.db.placements.findById(placement._id))?.universitySupervisorTelegramId).toBe(supervisorA.id);
  });

  it("/assign GROUP assigns every open placement of the group", async () => {
    const seed = createSeeder(h.db);
    const supervisor = seed.person(locale, "Данияр");
    await seed.staff(supervisor, "universitySupervisor", { departmentId: cs });
    const placement = await createSeeder(h.db).placementThroughBase(student, { stage: "submitted" });
    await h.text(coordinator, "/assign SE-2203");
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "cp-assign-choose-group", { group: "SE-2203", count: 1 }));
    await h.press(coordinator, h.lastButtons(coordinator.id)[0]!);
    expect((await h.db.placements.findById(placement._id))?.universitySupervisorTelegramId).toBe(supervisor.id);
  });
});

describe.each([
  ["kk", KK_HEADER],
  ["ru", RU_HEADER],
  ["en", EN_HEADER],
] as const)("roster upload in %s", (locale, header) => {
  beforeEach(() => setUp(locale));
  const rows = [line(), line({ studentNumber: "20210399", fullName: "Омаров Ерлан" })];

  it("a good CSV: counts, the links workbook as a document, the registered student to confirm; confirming links the roster", async () => {
    const calls = await h.document(coordinator, "roster.csv", "text/csv", { bytes: csv(rows, { header }) });
    expect(calls.some((c) => c.method === "getFile")).toBe(true);
    expect(calls.some((c) => c.method === "downloadFile")).toBe(true);
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-imported", { rows: 2 }));
    expect(texts).toContain(h.t(locale, "roster-imported-students", { new: 1, updated: 0, unchanged: 0, toConfirm: 1 }));
    const sheet = calls.find((c) => c.method === "sendDocument");
    expect(sheet?.payload["chat_id"]).toBe(coordinator.id);
    expect(h.telegram.sentDocuments(coordinator.id)[0]?.bytes.subarray(0, 2).toString()).toBe("PK");
    expect(texts).toContain(h.t(locale, "roster-to-confirm-header", { count: 1 }));
    const [confirm] = h.lastButtons(coordinator.id);
    const pressed = await h.press(coordinator, confirm!);
    expect(alerts(pressed)[0]).toBe(h.t(locale, "roster-confirmed", { new: 1 }));
    expect((await h.db.students.findByStudentNumber("20210399"))?.fullName).toBe("Омаров Ерлан");
  });

  it("a good XLSX imports the same; sending it twice changes nothing", async () => {
    const file = await xlsx(rows, header);
    await h.document(coordinator, "roster.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", { bytes: file });
    expect(h.sentTexts(coordinator.id).join("\n")).toContain(h.t(locale, "roster-imported", { rows: 2 }));
    await h.document(coordinator, "roster.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", { bytes: file });
    expect(h.sentTexts(coordinator.id).join("\n")).toContain(
      h.t(locale, "roster-imported-students", { new: 0, updated: 0, unchanged: 1, toConfirm: 1 }),
    );
  });

  it("a file with errors in several rows: every bad row and column is reported, nothing is imported", async () => {
    const bad = [
      line({ studentNumber: "20210401", fullName: "X" }),
      line({ studentNumber: "20210402", weeks: "99" }),
      line({ studentNumber: "20210403", start: "31.02.2027" }),
    ];
    const before = await h.db.students.countByDepartment(cs, {});
    await h.document(coordinator, "roster.csv", "text/csv", { bytes: csv(bad, { header }) });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-errors-header", { count: 3 }).slice(0, 10));
    for (const row of [2, 3, 4]) expect(texts).toMatch(new RegExp(`\\b${row}\\b`));
    expect(await h.db.students.countByDepartment(cs, {})).toBe(before);
    expect(h.calls.some((c) => c.method === "sendDocument")).toBe(false);
  });

  it("a file of another type and a file over 20 MB are refused before any download", async () => {
    const wrong = await h.document(coordinator, "photo.pdf", "application/pdf", { bytes: Buffer.from("%PDF-1.4") });
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "roster-file-unsupported-type"));
    expect(wrong.some((c) => c.method === "getFile")).toBe(false);
    const big = await h.document(coordinator, "roster.csv", "text/csv", { size: 20 * 1024 * 1024 + 1 });
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "roster-file-too-large"));
    expect(big.some((c) => c.method === "getFile")).toBe(false);
  });
});

import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Types } from "mongoose";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { csv, line } from "../roster/roster-files.js";
import { packId } from "../../src/bot/compact-id.js";
import { reissueAllData, reissueData, unlinkData } from "../../src/bot/features/staff-roles.feature.js";
import { lastAnswer, pressCrafted } from "./diary-supervision-support.js";

/**
 * Links, roles and wrong claims for a department of hundreds (domain.md §1: roles come from one-time links), as
 * update sequences through the real bot: fresh personal links (one, or an XLSX for everyone who has not joined),
 * unlinking a wrongly claimed student ID, and the role-conflict rule (QP-06 5.6–5.9, 5.12).
 */
const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let seed: ReturnType<typeof createSeeder>;
let cs: { _id: Types.ObjectId };
let ee: { _id: Types.ObjectId };

const coordinator: TestPerson = { id: 7101, firstName: "Гүлнар", languageCode: "en" };
const eeCoordinator: TestPerson = { id: 7102, firstName: "Марат", languageCode: "en" };
const real: TestPerson = { id: 7103, firstName: "Аружан", languageCode: "ru" };
const squatter: TestPerson = { id: 7104, firstName: "Қасым", languageCode: "kk" };
const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };
const BOT = "praktika_test_bot";
const LINK = /https:\/\/t\.me\/praktika_test_bot\?start=(inv_[A-Za-z0-9_-]{22})/;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  seed = createSeeder(h.db, h.services.now);
  cs = await seed.department("CS");
  ee = await seed.department("EE", "kazutb");
  await seed.staff(coordinator, "coordinator", { departmentId: cs._id });
  await seed.staff(eeCoordinator, "coordinator", { departmentId: ee._id });
  for (const person of [coordinator, eeCoordinator]) await h.db.users.setLanguage(person.id, "en");
  await h.db.users.touch({ id: ADMIN_ID, first_name: "Admin" }, "en");
});

/** A registered student who chose their language (registration asks it first). */
async function registered(person: TestPerson, department: { _id: Types.ObjectId }, profile: { studentNumber: string; fullName?: string }) {
  await seed.student(person, department, profile);
  await h.db.users.setLanguage(person.id, person.languageCode as "kk" | "ru" | "en");
}

function codeIn(text: string): string {
  const match = LINK.exec(text);
  if (!match?.[1]) throw new Error(`no link in: ${text}`);
  return match[1];
}

/** The roster's students and their first personal links (from the import's workbook). */
async function importRoster(numbers: readonly string[]): Promise<Map<string, string>> {
  const principal = await seed.principal(coordinator);
  const lines = numbers.map((studentNumber, i) => line({ studentNumber, fullName: `Студент${"абвгд"[i]} Тест` }));
  const result = await h.services.roster.importRoster(principal, {
    departmentId: String(cs._id),
    fileName: "roster.csv",
    mime: "text/csv",
    content: csv(lines),
    botUsername: BOT,
  });
  if (result.status !== "imported" || !result.invitations.sheet) throw new Error(`import: ${result.status}`);
  const rows = await sheetRows(result.invitations.sheet);
  return new Map(rows.slice(1).map((row) => [row[0]!, codeIn(row[3]!)]));
}

async function sheetRows(sheet: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const bytes = new Uint8Array(sheet.byteLength);
  bytes.set(sheet);
  await workbook.xlsx.load(bytes.buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (typeof v === "object" && v !== null && "text" in v ? String(v.text) : String(v))),
    ),
  );
  return rows;
}

async function deliver() {
  const next = h.services.now().getTime() + 60_000;
  h.setNow(() => new Date(next));
  return h.deliver();
}

describe("re-issuing personal links", () => {
  it("from the student's card: a new link; the old one is refused, the new one links the student", async () => {
    const codes = await importRoster(["20210345"]);
    await h.text(coordinator, "/students 20210345");
    const student = (await h.db.students.findByStudentNumber("20210345"))!;
    expect(h.lastButtons(coordinator.id)).toEqual([reissueData.pack({ student: packId(String(student._id)) })]);
    await h.press(coordinator, reissueData.pack({ student: packId(String(student._id)) }));
    const reply = h.lastText(coordinator.id);
    expect(reply).toContain("20210345");
    const fresh = codeIn(reply);
    expect(fresh).not.toBe(codes.get("20210345"));

    await h.text(real, `/start ${codes.get("20210345")!}`);
    expect(h.sentTexts(real.id).join("\n")).toContain(h.t("ru", "invite-revoked"));
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBeUndefined();

    await h.text(real, `/start ${fresh}`);
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBe(real.id);
    // Once joined, the card offers no new link and /reissue says who holds the ID and how to unlink.
    await h.text(coordinator, "/reissue 20210345");
    expect(h.lastText(coordinator.id)).toBe(
      h.t("en", "staff-roles-reissue-linked", { fullName: student.fullName, studentNumber: "20210345" }),
    );
  });

  it("for everyone who has not joined: one button, an XLSX of fresh links (name, ID, group, link); old links stop working", async () => {
    const codes = await importRoster(["20210345", "20210346", "20210347"]);
    await h.text(real, `/start ${codes.get("20210347")!}`);
    await h.text(coordinator, "/reissue");
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "staff-roles-reissue-all-ask", { count: 2, department: "CS" }));
    await h.press(coordinator, reissueAllData.pack({ department: packId(String(cs._id)) }));
    const [document] = h.telegram.sentDocuments(coordinator.id);
    expect(document?.fileName).toBe("new-links.xlsx");
    const rows = await sheetRows(document!.bytes);
    expect(rows[0]).toEqual(["Student ID", "Full name", "Group", "Personal link", "Valid until"]);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2]])).toEqual([
      ["20210345", "Студента Тест", "SE-2203"],
      ["20210346", "Студентб Тест", "SE-2203"],
    ]);
    for (const number of ["20210345", "20210346"]) {
      expect(await h.services.invitations.preview(codes.get(number)!)).toEqual({ status: "revoked" });
    }
    const fresh = codeIn(rows[1]![3]!);
    await h.text(squatter, `/start ${fresh}`);
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBe(squatter.id);
    // The one who joined kept their account; nobody left without one is asked about again.
    expect((await h.db.students.findByStudentNumber("20210347"))!.telegramId).toBe(real.id);
  });

  it("a coordinator of another department is refused, by command and by a forged button; nothing is issued", async () => {
    const codes = await importRoster(["20210345"]);
    const before = await h.db.models.Invitation.countDocuments();
    await h.text(eeCoordinator, "/reissue 20210345");
    expect(h.lastText(eeCoordinator.id)).toBe(h.t("en", "placement-denied-otherDepartment"));
    const student = (await h.db.students.findByStudentNumber("20210345"))!;
    await pressCrafted(h, eeCoordinator, reissueData.pack({ student: packId(String(student._id)) }));
    expect(lastAnswer(h)).toBe(h.t("en", "placement-denied-otherDepartment"));
    await pressCrafted(h, eeCoordinator, reissueAllData.pack({ department: packId(String(cs._id)) }));
    expect(lastAnswer(h)).toBe(h.t("en", "placement-denied-otherDepartment"));
    expect(h.telegram.sentDocuments(eeCoordinator.id)).toEqual([]);
    expect(await h.db.models.Invitation.countDocuments()).toBe(before);
    expect(await h.services.invitations.preview(codes.get("20210345")!)).toMatchObject({ status: "valid" });
    // A student pressing the same forged button: not staff at all.
    await registered(real, cs, { studentNumber: "20210399" });
    await pressCrafted(h, real, reissueAllData.pack({ department: packId(String(cs._id)) }));
    expect(await h.db.models.Invitation.countDocuments()).toBe(before);
  });
});

describe("undoing a wrong claim", () => {
  it("a squatter's account is unlinked with a reason: recorded, told, and the real student claims the ID", async () => {
    await registered(squatter, cs, { studentNumber: "20210345", fullName: "Қасымов Қасым" });
    await h.text(coordinator, "/students 20210345");
    const student = (await h.db.students.findByStudentNumber("20210345"))!;
    expect(h.lastButtons(coordinator.id)).toEqual([unlinkData.pack({ student: packId(String(student._id)) })]);
    // By command: a reason is required, 3–300 characters.
    await h.text(coordinator, "/unlink 20210345");
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "staff-roles-unlink-usage"));
    await h.text(coordinator, "/unlink 20210345 no");
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "staff-roles-unlink-reason-length", { min: 3, max: 300 }));
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBe(squatter.id);

    // From the card: the button asks for the reason.
    await h.press(coordinator, unlinkData.pack({ student: packId(String(student._id)) }));
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "staff-roles-unlink-ask-reason", { studentNumber: "20210345", max: 300 }));
    await h.text(coordinator, "no");
    expect(h.sentTexts(coordinator.id).join("\n")).toContain(h.t("en", "placement-text-too-short", { min: 3 }));
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBe(squatter.id);
    const reason = "Another person registered with this student ID";
    await h.text(coordinator, reason);
    const fresh = codeIn(h.lastText(coordinator.id));
    const after = (await h.db.students.findByStudentNumber("20210345"))!;
    expect(after.telegramId).toBeUndefined();
    expect(after.accountHistory).toEqual([
      { action: "unlinked", telegramId: squatter.id, by: coordinator.id, at: h.services.now(), reason },
    ]);
    expect((await h.db.users.findByTelegramId(squatter.id))!.roles.filter((g) => g.role === "student")).toEqual([]);

    const sent = await deliver();
    const notice = sent.find((c) => c.method === "sendMessage" && c.payload["chat_id"] === squatter.id);
    expect(notice?.payload["text"]).toBe(h.t("kk", "staff-roles-unlinked-notice", { studentNumber: "20210345", reason }));

    await h.text(real, `/start ${fresh}`);
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBe(real.id);
    // The squatter's record of the unlinking stays after the real student joined.
    expect((await h.db.students.findByStudentNumber("20210345"))!.accountHistory).toHaveLength(1);
  });

  it("«another person» at roster confirmation: the message says how to unlink, and the roster's row then applies", async () => {
    await registered(squatter, cs, { studentNumber: "20210345", fullName: "Қасымов Қасым" });
    const principal = await seed.principal(coordinator);
    await h.services.roster.importRoster(principal, {
      departmentId: String(cs._id),
      fileName: "roster.csv",
      mime: "text/csv",
      content: csv([line({ studentNumber: "20210345", fullName: "Сейтқали Аружан" })]),
      botUsername: BOT,
    });
    // Unlinking while the roster's row waits: the roster's profile becomes the record's.
    await h.text(coordinator, "/unlink 20210345 Not the student on the roster");
    const after = (await h.db.students.findByStudentNumber("20210345"))!;
    expect(after).toMatchObject({ fullName: "Сейтқали Аружан" });
    expect(after.rosterPending).toBeUndefined();
    expect(h.lastText(coordinator.id)).toContain("Сейтқали Аружан");
  });

  it("the «another person» button of the roster confirmation names /unlink", async () => {
    const other: TestPerson = { id: 7105, firstName: "Ерлан", languageCode: "en" };
    await registered(other, cs, { studentNumber: "20210346", fullName: "Омаров Ерлан" });
    await h.document(coordinator, "roster.csv", "text/csv", {
      bytes: csv([line({ studentNumber: "20210346", fullName: "Сейтқали Аружан" })]),
    });
    const student = (await h.db.students.findByStudentNumber("20210346"))!;
    const calls = await h.press(coordinator, `cpr:no:${packId(String(student._id))}`);
    const edited = calls.find((c) => c.method === "editMessageText");
    expect(String(edited?.payload["text"])).toContain(h.t("en", "staff-roles-dismissed-hint"));
  });

  it("a coordinator of another department cannot unlink; nothing is recorded and nobody is told", async () => {
    await registered(squatter, cs, { studentNumber: "20210345" });
    await h.text(eeCoordinator, "/unlink 20210345 Someone else's ID");
    expect(h.lastText(eeCoordinator.id)).toBe(h.t("en", "placement-denied-otherDepartment"));
    const student = (await h.db.students.findByStudentNumber("20210345"))!;
    expect(student.telegramId).toBe(squatter.id);
    expect(student.accountHistory).toBeUndefined();
    expect(await h.db.models.OutboxMessage.countDocuments()).toBe(0);
    // The card's unlink button, forged: refused before any reason is asked.
    await pressCrafted(h, eeCoordinator, unlinkData.pack({ student: packId(String(student._id)) }));
    expect(lastAnswer(h)).toBe(h.t("en", "errors-not-allowed"));
    expect(h.sentTexts(eeCoordinator.id).join("\n")).not.toContain(
      h.t("en", "staff-roles-unlink-ask-reason", { studentNumber: "20210345", max: 300 }).slice(0, 30),
    );
    await h.text(eeCoordinator, "Someone else's ID");
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBe(squatter.id);
  });
});

describe("conflicts of role (QP-06 5.6–5.9, 5.12)", () => {
  it("QP-06 5.9: a student of the department cannot claim its coordinator link: refused with the reason, nothing changes", async () => {
    await registered(real, cs, { studentNumber: "20210345" });
    await h.text(admin, "/invite_coordinator CS");
    const code = codeIn(h.lastText(admin.id));
    await h.text(real, `/start ${code}`);
    const why = h.t("ru", "staff-roles-conflict-studentOfDepartment", {
      role: h.t("ru", "role-coordinator"),
      department: "CS — Department CS",
    });
    expect(h.sentTexts(real.id)).toContain(h.t("ru", "invite-roleConflict", { why }));
    expect((await h.db.users.findByTelegramId(real.id))!.roles.map((g) => g.role)).toEqual(["student"]);
    expect(await h.services.invitations.preview(code)).toMatchObject({ status: "valid" });
  });

  it("QP-06 5.12: a classmate cannot become the organisation supervisor of a student of their own department", async () => {
    const owner: TestPerson = { id: 7107, firstName: "Айгерім", languageCode: "en" };
    await registered(owner, cs, { studentNumber: "20210350" });
    await registered(real, cs, { studentNumber: "20210345" });
    const placement = await seed.placementThroughBase(owner, { stage: "approved", coordinator });
    const invited = await h.services.placements.inviteOrganisationSupervisor(await seed.principal(coordinator), String(placement._id));
    if (invited.status !== "invited") throw new Error(invited.status);
    await h.text(real, `/start ${invited.code}`);
    const why = h.t("ru", "staff-roles-conflict-studentOfDepartment", {
      role: h.t("ru", "role-organisationSupervisor"),
      department: "CS — Department CS",
    });
    // Refused before the consent question, so no contact or name is asked for.
    expect(h.lastText(real.id)).toBe(h.t("ru", "invite-roleConflict", { why }));
    expect(h.lastButtons(real.id)).toEqual([]);
    expect(await h.services.invitations.preview(invited.code)).toMatchObject({ status: "valid" });
  });

  it("QP-06 5.12, 6.2: the department's coordinator cannot claim the organisation supervisor link of its own student", async () => {
    const owner: TestPerson = { id: 7107, firstName: "Айгерім", languageCode: "en" };
    await registered(owner, cs, { studentNumber: "20210350" });
    const placement = await seed.placementThroughBase(owner, { stage: "approved", coordinator });
    const invited = await h.services.placements.inviteOrganisationSupervisor(await seed.principal(coordinator), String(placement._id));
    if (invited.status !== "invited") throw new Error(invited.status);
    await h.text(coordinator, `/start ${invited.code}`);
    const why = h.t("en", "staff-roles-conflict-bothSidesOfDepartment", {
      role: h.t("en", "role-organisationSupervisor"),
      department: "CS — Department CS",
    });
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "invite-roleConflict", { why }));
    expect(h.lastButtons(coordinator.id)).toEqual([]);
    expect((await h.db.users.findByTelegramId(coordinator.id))!.roles.map((g) => g.role)).toEqual(["coordinator"]);
    expect(await h.services.invitations.preview(invited.code)).toMatchObject({ status: "valid" });
    // The direct acceptance (a race past the question) is refused the same way.
    expect(await h.services.invitations.accept(invited.code, coordinator.id)).toMatchObject({
      status: "roleConflict",
      conflict: "bothSidesOfDepartment",
    });
  });

  it("QP-06 5.6: the same student may supervise in another department", async () => {
    await registered(real, cs, { studentNumber: "20210345" });
    await h.text(eeCoordinator, "/invite_supervisor EE");
    await h.text(real, `/start ${codeIn(h.lastText(eeCoordinator.id))}`);
    const roles = (await h.db.users.findByTelegramId(real.id))!.roles;
    expect(roles.some((g) => g.role === "universitySupervisor" && String(g.departmentId) === String(ee._id))).toBe(true);
  });

  it("QP-06 5.6–5.8: a university supervisor of the department cannot claim a student's personal link of it", async () => {
    const codes = await importRoster(["20210345"]);
    const supervisor: TestPerson = { id: 7106, firstName: "Данияр", languageCode: "en" };
    await seed.staff(supervisor, "universitySupervisor", { departmentId: cs._id });
    await h.db.users.setLanguage(supervisor.id, "en");
    await h.text(supervisor, `/start ${codes.get("20210345")!}`);
    const why = h.t("en", "staff-roles-conflict-staffOfDepartment", { role: h.t("en", "role-student"), department: "CS — Department CS" });
    expect(h.sentTexts(supervisor.id)).toContain(h.t("en", "invite-roleConflict", { why }));
    expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBeUndefined();
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { datesAndNoMatch, newOrganisation, world } from "../bot/base-support.js";

/**
 * What the native review and the user trial found in the running bot (not only in the locale files):
 * the dates, numbers and counts the code puts into the messages.
 */

const database = useTestDatabase();
beforeEach(async () => {
  await clearDatabase(database.connection());
});

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/u;

describe("trial findings: what the code puts into kk/ru messages", () => {
  it("kk: a start date out of range is refused with dd.mm.yyyy followed by «күнінен», never an ISO date (QP-06 3.6)", async () => {
    const { h, student } = await world(database.connection(), "kk");
    await h.text(student, "/base");
    await h.press(student, "base.type:production");
    await h.text(student, "05.01.2025");
    await h.text(student, "30.01.2025");
    await h.text(student, "4");
    const texts = h.sentTexts(student.id);
    const refusal = texts.find((t) => t.includes("ерте басталмауы керек"));
    expect(refusal, texts.join("\n---\n")).toMatch(/\d{2}\.\d{2}\.\d{4} күнінен ерте басталмауы керек/u);
    expect(texts.filter((t) => ISO_DATE.test(t))).toEqual([]);
  });

  it.each(["kk", "ru"] as const)(
    "%s: /myplacement prints the contract number once after «№» when the student typed the sign (6B03104 9.1 data)",
    async (locale) => {
      const { h, student } = await world(database.connection(), locale);
      await datesAndNoMatch(h, student);
      await newOrganisation(h, student);
      await h.text(student, "IT department");
      await h.text(student, "№ 45-П/2026");
      await h.text(student, "20.12.2026");
      await h.text(student, "Ахметов Нұрлан");
      await h.text(student, "8 (701) 234-56-78");
      await h.text(student, "n.akhmetov@romashka.kz");
      const stored = await h.db.students.findByTelegramId(student.id);
      const [placement] = await h.db.placements.listByStudent(stored!._id);
      expect(placement!.contract?.number).toBe("45-П/2026");
      await h.text(student, "/myplacement");
      const shown = h.sentTexts(student.id).at(-1)!;
      expect(shown).toContain("№ 45-П/2026");
      expect(shown).not.toMatch(/№\s*№/u);
    },
  );

  it("/removedepartment counts a student's own account as a student, not as staff", async () => {
    const h = createHarness({ connection: database.connection() });
    const seed = createSeeder(h.db);
    const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin" };
    await h.db.users.touch({ id: admin.id, first_name: admin.firstName }, null);
    await h.db.users.setLanguage(admin.id, "ru");
    const department = await seed.department("EE", "iitu", "Кафедра электроэнергетики");
    const person: TestPerson = { id: 7401, firstName: "Аружан" };
    const student = await seed.student(person, department);
    // A student who joined through the roster's personal link holds the role scoped to the department.
    await h.db.users.grantRole(person.id, { role: "student", departmentId: department._id, studentId: student._id, at: new Date() });
    await h.text(admin, "/removedepartment EE");
    expect(h.lastText(admin.id)).toBe(h.t("ru", "admin-removedepartment-in-use", { code: "EE", students: 1, staff: 0 }));
    expect(await h.db.departments.findByCode("EE")).not.toBeNull();
  });

  it("kk: a scheduled broadcast says «жоспарланған» in its progress message, as /broadcasts does", async () => {
    const now = new Date("2026-11-23T09:00:00Z");
    const h = createHarness({ connection: database.connection(), now: () => now });
    const seed = createSeeder(h.db, () => now);
    const department = await seed.department("CS");
    const coordinator: TestPerson = { id: 7501, firstName: "Гүлнар" };
    await seed.staff(coordinator, "coordinator", { departmentId: department._id });
    await h.db.users.setLanguage(coordinator.id, "kk");
    await seed.student({ id: 7502, firstName: "Аида" }, department, { fullName: "Аманова Аида", group: "SE-2201" });
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Ертең практика бойынша жиналыс");
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:no");
    await h.press(coordinator, "bc.w:later");
    await h.text(coordinator, "24.11.2026 10:00");
    await h.press(coordinator, "yn:yes");
    const texts = h.sentTexts(coordinator.id);
    expect(texts).toContain(h.t("kk", "broadcast-scheduled", { count: 1, when: "24.11.2026 10:00" }));
    expect(texts.at(-1)).toContain(h.t("kk", "broadcast-progress-title", { recipients: 1, state: "scheduled" }));
    expect(texts.at(-1)).not.toContain("жіберілуде");
    await h.text(coordinator, "/broadcasts");
    expect(h.lastText(coordinator.id)).toContain("24.11.2026 10:00: 1 алушы, жоспарланған");
    const [broadcast] = await h.db.broadcasts.listRecent(null, 1);
    expect(broadcast!.state).toBe("scheduled");
  });

  it("ru: the grade line of the F-76 reads «91 из 100» whatever form the score arrives in (MR-595 App. 1)", () => {
    const h = createHarness({ connection: database.connection() });
    const line = h.t("ru", "doc-grade-line", { score: "91", letter: "A-", points: "3,67", traditional: "отлично" });
    expect(line).toBe("91 из 100 — A- (3,67), «отлично»");
    expect(line).not.toMatch(/баллов/u);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let csId: string;
let mathId: string;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
  csId = String((await h.db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" }))!._id);
  mathId = String((await h.db.departments.create({ code: "MATH", name: "Mathematics", policyId: "iitu" }))!._id);
});

const aruzhan: TestPerson = { id: 5001, firstName: "Аружан", languageCode: "ru" };

interface Answers {
  name: string;
  number: string;
  group: string;
  course?: number;
}

/** Answers every question up to (not including) the department (language already known). */
async function answerUpToDepartment(person: TestPerson, answers: Answers) {
  await h.text(person, "/start");
  await h.text(person, answers.name);
  await h.text(person, answers.number);
  await h.press(person, "onb.level:bachelor");
  await h.text(person, "6B06102");
  await h.press(person, `onb.course:${answers.course ?? 3}`);
  await h.text(person, answers.group);
}

/** Runs the whole happy path for `person`, choosing the CS department. */
async function register(person: TestPerson, answers: Answers) {
  await answerUpToDepartment(person, answers);
  await h.press(person, `onb.dep:${csId}`);
}

describe("onboarding scene", () => {
  it("registers a student in Russian, rejecting each invalid answer with its reason and re-asking", async () => {
    const id = aruzhan.id;
    await h.text(aruzhan, "/start");
    expect(h.sentTexts(id)).toEqual([h.t("ru", "onboarding-welcome"), h.t("ru", "onboarding-ask-full-name")]);

    await h.text(aruzhan, "Аружан");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-full-name-need-surname-and-name"));
    await h.text(aruzhan, "Сейтқали Аружан 3");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-full-name-letters-only"));
    await h.sticker(aruzhan);
    expect(h.lastText(id)).toBe(h.t("ru", "scene-need-text"));
    await h.text(aruzhan, "  сейтқали   Аружан ");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-student-number"));

    await h.text(aruzhan, "ab");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-student-number-format"));
    await h.text(aruzhan, "20210345");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-level"));
    expect(h.lastButtons(id)).toEqual(["onb.level:bachelor", "onb.level:master", "onb.level:phd"]);

    await h.text(aruzhan, "бакалавр");
    expect(h.lastText(id)).toBe(h.t("ru", "scene-use-buttons"));
    const forged = await h.press(aruzhan, "onb.level:professor");
    expect(forged).toContainEqual(
      expect.objectContaining({
        method: "answerCallbackQuery",
        payload: expect.objectContaining({ text: h.t("ru", "errors-stale-button") }),
      }),
    );
    await h.press(aruzhan, "onb.level:bachelor");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-programme-code", { example: "6B06102" }));

    await h.text(aruzhan, "7M06102");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-programme-code-change-level", { code: "7M06102", level: "master" }));
    await h.press(aruzhan, "yn:no");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-programme-code", { example: "6B06102" }));
    await h.text(aruzhan, "6B061");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-programme-code-format"));
    await h.text(aruzhan, "6В06102"); // Cyrillic "В", typed on a Russian keyboard
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-course"));
    expect(h.lastButtons(id)).toEqual(["onb.course:1", "onb.course:2", "onb.course:3", "onb.course:4"]);

    await h.press(aruzhan, "onb.course:5"); // not a bachelor course: forged data is refused
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-course"));
    await h.press(aruzhan, "onb.course:3");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-group"));

    await h.text(aruzhan, "!");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-group-format"));
    await h.text(aruzhan, "se-2203");
    expect(h.lastText(id)).toBe(h.t("ru", "onboarding-ask-department"));
    expect(h.lastButtons(id)).toEqual([`onb.dep:${csId}`, `onb.dep:${mathId}`]);

    await h.press(aruzhan, "onb.dep:0123456789abcdef01234567");
    expect(await h.db.students.findByTelegramId(id)).toBeNull();
    await h.press(aruzhan, `onb.dep:${csId}`);

    const student = await h.db.students.findByTelegramId(id);
    expect(student).toMatchObject({
      fullName: "Сейтқали Аружан",
      studentNumber: "20210345",
      level: "bachelor",
      programmeCode: "6B06102",
      course: 3,
      group: "SE-2203",
    });
    expect(String(student!.departmentId)).toBe(csId);
    expect(h.lastText(id)).toContain(h.t("ru", "onboarding-done"));
    expect(h.lastText(id)).toContain("CS — Computer Science");
    const user = await h.db.users.findByTelegramId(id);
    expect(user!.roles.map((r) => r.role)).toEqual(["student"]);
  });

  it("asks for the language first when Telegram gives none we support, then speaks it", async () => {
    const person: TestPerson = { id: 5002, firstName: "John", languageCode: "de" };
    await h.text(person, "/start");
    expect(h.lastText(person.id)).toBe(h.t("kk", "onboarding-choose-language"));
    expect(h.lastButtons(person.id)).toEqual(["lang:kk", "lang:ru", "lang:en"]);
    await h.text(person, "English please");
    expect(h.lastText(person.id)).toBe(h.t("kk", "scene-use-buttons"));
    await h.press(person, "lang:en");
    expect(h.sentTexts(person.id).slice(-2)).toEqual([h.t("en", "onboarding-welcome"), h.t("en", "onboarding-ask-full-name")]);
    await h.text(person, "Smith");
    expect(h.lastText(person.id)).toBe(h.t("en", "onboarding-full-name-need-surname-and-name"));
    expect((await h.db.users.findByTelegramId(person.id))!.language).toBe("en");
  });

  it.each([
    ["kk", "kk"],
    ["ru", "ru"],
    ["en", "en-GB"],
  ] as const)("greets in %s when Telegram says %s", async (locale, code) => {
    const person: TestPerson = { id: 5100 + code.length, firstName: "Test", languageCode: code };
    await h.text(person, "/start");
    expect(h.sentTexts(person.id)).toEqual([h.t(locale, "onboarding-welcome"), h.t(locale, "onboarding-ask-full-name")]);
  });

  it("/cancel in the middle leaves the scene and saves no profile (the answers wait in the draft)", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    await h.text(aruzhan, "/cancel");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-scene-cancelled"));
    expect(await h.db.students.findByTelegramId(aruzhan.id)).toBeNull();
    await h.press(aruzhan, "onb.level:bachelor");
    expect(h.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("ru", "errors-stale-button") } });
    await h.text(aruzhan, "SE-2203");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "unhandled-message"));
    await h.text(aruzhan, "/cancel");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "cancel-nothing"));
  });

  it("registering twice updates the same student, never duplicates", async () => {
    await register(aruzhan, { name: "Сейтқали Аружан", number: "20210345", group: "SE-2203" });
    await h.text(aruzhan, "/start");
    expect(h.sentTexts(aruzhan.id).at(-2)).toBe(h.t("ru", "onboarding-update-intro"));
    await h.text(aruzhan, "Сейтқали Аружан Ерланқызы");
    await h.text(aruzhan, "20210345");
    await h.press(aruzhan, "onb.level:bachelor");
    await h.text(aruzhan, "6B06102");
    await h.press(aruzhan, "onb.course:4");
    await h.text(aruzhan, "SE-2203");
    await h.press(aruzhan, `onb.dep:${mathId}`);
    expect(h.lastText(aruzhan.id)).toContain(h.t("ru", "onboarding-updated"));
    expect(await h.db.models.Student.countDocuments()).toBe(1);
    const student = await h.db.students.findByTelegramId(aruzhan.id);
    expect(student).toMatchObject({ fullName: "Сейтқали Аружан Ерланқызы", course: 4 });
    expect(String(student!.departmentId)).toBe(mathId);
    expect((await h.db.users.findByTelegramId(aruzhan.id))!.roles).toHaveLength(1);
  });

  it("typing the ID of a student the coordinator imported does not take over their record", async () => {
    const imported = {
      studentNumber: "20210345",
      fullName: "Сейтқали Аружан",
      level: "bachelor",
      programmeCode: "6B06102",
      course: 3,
      group: "SE-2203",
      departmentId: csId,
      academic: { gpa: 3.1, credits: 120, funding: "grant" as const },
    } as const;
    await h.db.models.Student.create(imported);
    const impostor: TestPerson = { id: 5004, firstName: "Бөтен", languageCode: "kk" };
    await h.text(impostor, "/start");
    await h.text(impostor, "Бөтен Адам");
    await h.text(impostor, "20210345");
    expect(h.lastText(impostor.id)).toBe(h.t("kk", "onboarding-student-number-listed", { studentNumber: "20210345" }));
    const rows = await h.db.models.Student.find().lean();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fullName: "Сейтқали Аружан", group: "SE-2203", academic: { gpa: 3.1 } });
    expect(rows[0]!.telegramId).toBeUndefined();
  });

  it("changing one's student ID drops an academic record imported for the old one", async () => {
    await register(aruzhan, { name: "Сейтқали Аружан", number: "20210345", group: "SE-2203" });
    await h.db.models.Student.updateOne({ telegramId: aruzhan.id }, { $set: { academic: { gpa: 3.5, credits: 100 } } });
    await register(aruzhan, { name: "Сейтқали Аружан", number: "20210346", group: "SE-2203" });
    const student = await h.db.students.findByTelegramId(aruzhan.id);
    expect(student).toMatchObject({ studentNumber: "20210346" });
    expect(student!.academic).toBeUndefined();
  });

  it("refuses a student ID already registered to another account and saves nothing", async () => {
    await register(aruzhan, { name: "Сейтқали Аружан", number: "20210345", group: "SE-2203" });
    const other: TestPerson = { id: 5003, firstName: "Ерлан", languageCode: "kk" };
    await h.text(other, "/start");
    await h.text(other, "Омаров Ерлан");
    await h.text(other, "20210345");
    expect(h.lastText(other.id)).toBe(h.t("kk", "onboarding-student-number-in-use", { studentNumber: "20210345" }));
    expect(await h.db.students.findByTelegramId(other.id)).toBeNull();
    expect((await h.db.students.findByTelegramId(aruzhan.id))!.fullName).toBe("Сейтқали Аружан");
  });

  it("another command during the scene ends it, says so and runs that command", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "/nosuchcommand");
    expect(h.sentTexts(aruzhan.id).slice(-2)).toEqual([h.t("ru", "onboarding-scene-stopped"), h.t("ru", "unhandled-command")]);
    await h.text(aruzhan, "Сейтқали Аружан");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "unhandled-message"));
  });

  it("an edited message is no answer: the question stays open and the bot says nothing", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    const before = h.sentTexts(aruzhan.id).length;
    for (let i = 0; i < 6; i++) expect(await h.edit(aruzhan, "Сейтқали Аружан Ерланқызы")).toEqual([]);
    expect(h.sentTexts(aruzhan.id)).toHaveLength(before);
    await h.text(aruzhan, "20210345");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-level"));
  });

  it("gives up after five wrong answers to one question, saving no profile", async () => {
    await h.text(aruzhan, "/start");
    for (let i = 0; i < 5; i++) await h.text(aruzhan, "x");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-scene-gave-up"));
    expect(await h.db.students.findByTelegramId(aruzhan.id)).toBeNull();
    await h.text(aruzhan, "Сейтқали Аружан");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "unhandled-message"));
  });

  it("with more departments than buttons fit, the student may type the department code", async () => {
    await h.db.models.Department.insertMany(
      Array.from({ length: 70 }, (_, i) => ({ code: `D${i}`, name: `Department ${i}`, policyId: "iitu" })),
    );
    await answerUpToDepartment(aruzhan, { name: "Сейтқали Аружан", number: "20210345", group: "SE-2203" });
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-department-search"));
    await h.text(aruzhan, "XX");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-department-no-match", { query: "XX" }));
    await h.text(aruzhan, "Department");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-department-too-many", { query: "Department", count: 70 }));
    await h.text(aruzhan, " math ");
    expect(String((await h.db.students.findByTelegramId(aruzhan.id))!.departmentId)).toBe(mathId);
  });

  it("/departments splits a long list into messages Telegram accepts", async () => {
    await h.db.models.Department.insertMany(
      Array.from({ length: 150 }, (_, i) => ({ code: `D${i}`, name: `Department of a rather long name number ${i}`, policyId: "iitu" })),
    );
    await h.text({ id: 900001, firstName: "Admin", languageCode: "en" }, "/departments");
    const texts = h.sentTexts(900001);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
    expect(texts.join("\n")).toContain("D149 — Department of a rather long name number 149");
  });

  it("says registration is closed while there are no departments", async () => {
    await h.db.models.Department.deleteMany({});
    await h.text(aruzhan, "/start");
    expect(h.sentTexts(aruzhan.id)).toEqual([h.t("ru", "onboarding-no-departments")]);
  });

  it("/me shows the profile of a registered student and invites others to register", async () => {
    await h.text(aruzhan, "/me");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "profile-not-registered"));
    await register(aruzhan, { name: "Сейтқали Аружан", number: "20210345", group: "SE-2203" });
    await h.text(aruzhan, "/me");
    expect(h.lastText(aruzhan.id)).toContain("20210345");
    expect(h.lastText(aruzhan.id)).toContain(h.t("ru", "level-bachelor"));
  });

  it("keeps the scene across a restart: a new bot over the same database resumes the question", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    const restarted = createHarness({ connection: database.connection() });
    await restarted.text(aruzhan, "20210345");
    expect(restarted.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-level"));
  });
});

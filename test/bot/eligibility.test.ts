import { beforeEach, describe, expect, it } from "vitest";
import { Types } from "mongoose";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import type { Locale } from "../../src/config/config.js";
import { citation } from "../../src/domain/rules/citation.js";

/**
 * `/eligibility` driven through the real bot over the real database. The clock is fixed at
 * 23 November 2026, 14:00 in Almaty (the harness default), so the next academic period is the
 * spring one of 26 January 2027 (policy `academicPeriods`) and the 5-working-day cut-off is
 * 19 January 2027 (R-23 4.4, 6.2, 7.7).
 */
const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let nextId = 8000;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

function person(languageCode: Locale): TestPerson {
  return { id: ++nextId, firstName: "Student", languageCode };
}

/** "✅ <line> (R-23, п. 5.7)" as the answer shows a reason. */
function line(locale: Locale, icon: string, key: string, vars: Record<string, string | number>, rule: string): string {
  return `${icon} ${h.t(locale, key, vars)} (${citation(rule, locale)})`;
}

/** The button labels of the last keyboard sent to `chatId`. */
function lastButtonLabels(chatId: number): string[] {
  const call = h.calls
    .filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === chatId && c.payload["reply_markup"]?.inline_keyboard)
    .at(-1);
  return ((call?.payload["reply_markup"]?.inline_keyboard ?? []) as Array<Array<{ text: string }>>).flat().map((b) => b.text);
}

function refusedButton(calls: Awaited<ReturnType<typeof h.press>>, locale: Locale): void {
  expect(calls).toContainEqual(
    expect.objectContaining({
      method: "answerCallbackQuery",
      payload: expect.objectContaining({ text: h.t(locale, "errors-stale-button") }),
    }),
  );
}

async function registerStudent(
  p: TestPerson,
  profile: { level: "bachelor" | "master" | "phd"; course: number; policyId: string; academic?: Record<string, number | string> },
): Promise<void> {
  const department = (await h.db.departments.create({ code: `D${p.id}`, name: "Department", policyId: profile.policyId }))!;
  await h.db.students.register({
    telegramId: p.id,
    studentNumber: `S${p.id}`,
    fullName: "Test Student",
    level: profile.level,
    programmeCode: profile.level === "bachelor" ? "6B06102" : profile.level === "master" ? "7M06102" : "8D06102",
    course: profile.course,
    group: "SE-2203",
    departmentId: new Types.ObjectId(String(department._id)),
  });
  if (profile.academic) await h.db.models.Student.updateOne({ telegramId: p.id }, { $set: { academic: profile.academic } });
}

describe("/eligibility: choosing a check", () => {
  it("offers the five checks and is listed in /help for everyone", async () => {
    const p = person("en");
    await h.text(p, "/help");
    expect(h.lastText(p.id)).toContain(`/eligibility — ${h.t("en", "cmd-eligibility.description")}`);
    await h.text(p, "/eligibility");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-choose-check"));
    expect(h.lastButtons(p.id)).toEqual([
      "elig.check:promotion",
      "elig.check:programmeChange",
      "elig.check:transferOut",
      "elig.check:reinstatement",
      "elig.check:honours",
    ]);
    expect(lastButtonLabels(p.id)).toEqual([
      h.t("en", "elig-check-promotion"),
      h.t("en", "elig-check-programmeChange"),
      h.t("en", "elig-check-transferOut"),
      h.t("en", "elig-check-reinstatement"),
      h.t("en", "elig-check-honours"),
    ]);
  });

  it("refuses forged and stale buttons: an unknown check, a course with no promotion row, a button of an older message", async () => {
    const p = person("ru");
    await h.text(p, "/eligibility");
    const menu = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === p.id).at(-1)!.result.message_id as number;
    refusedButton(await h.press(p, "elig.check:grantRanking"), "ru");
    refusedButton(await h.press(p, "elig.check:"), "ru");
    await h.press(p, "elig.check:promotion");
    await h.press(p, "elig.level:bachelor");
    expect(h.lastButtons(p.id)).toEqual(["elig.course:1", "elig.course:2", "elig.course:3"]);
    // R-23 5.7: no promotion row from year 4 of a bachelor's programme
    refusedButton(await h.press(p, "elig.course:4"), "ru");
    // The menu's button, pressed again under the old message, does not count for this question.
    refusedButton(await h.press(p, "elig.check:honours", menu), "ru");
    refusedButton(await h.press(p, "elig.level:master"), "ru");
    expect(h.lastText(p.id)).toBe(h.t("ru", "elig-ask-course"));
    await h.press(p, "elig.course:1");
    expect(h.lastText(p.id)).toBe(h.t("ru", "elig-ask-funding"));
  });

  it("/cancel in the middle leaves the scene; its buttons are stale afterwards", async () => {
    const p = person("kk");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:programmeChange");
    await h.text(p, "/cancel");
    expect(h.lastText(p.id)).toBe(h.t("kk", "cancel-done"));
    refusedButton(await h.press(p, "yn:yes"), "kk");
    await h.text(p, "иә");
    expect(h.lastText(p.id)).toBe(h.t("kk", "unhandled-message"));
  });

  it("gives up after five wrong answers to one question and says how to start again", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    await h.press(p, "elig.level:bachelor");
    await h.press(p, "elig.course:1");
    await h.press(p, "elig.fund:paid");
    await h.press(p, "elig.gpa:type");
    for (let i = 0; i < 5; i++) await h.text(p, "good");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-too-many-attempts"));
    await h.text(p, "2.5");
    expect(h.lastText(p.id)).toBe(h.t("en", "unhandled-message"));
  });
});

describe("/eligibility: promotion to the next year (R-23 5.1–5.11)", () => {
  it("R-23 5.7: typed GPA and credits, eligible (en), with wrong answers re-asked and R-23 5.11 debts asked only then", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-ask-level"));
    await h.press(p, "elig.level:bachelor");
    await h.press(p, "elig.course:1");
    expect(h.lastButtons(p.id)).toEqual(["elig.fund:grant", "elig.fund:paid"]);
    await h.press(p, "elig.fund:grant");
    // No record on file: only typing or pasting is offered.
    expect(h.lastButtons(p.id)).toEqual(["elig.gpa:type", "elig.gpa:grades"]);
    refusedButton(await h.press(p, "elig.gpa:record"), "en");
    await h.press(p, "elig.gpa:type");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-ask-gpa"));

    await h.text(p, "about three");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-gpa-format"));
    await h.text(p, "4,5");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-gpa-range", { min: 0, max: 4 }));
    await h.text(p, "2,85");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-ask-credits"));
    await h.text(p, "500");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-credits-range", { min: 0, max: 400 }));
    await h.text(p, "62");
    // Promoted grant holder: the academic debts decide R-23 5.11.
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-ask-debts"));
    await h.text(p, "two");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-debts-format", { max: 50 }));
    await h.text(p, "2");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("en", "elig-verdict-promotion-yes", { toCourse: 2 }));
    expect(answer).toContain(line("en", "✅", "elig-rule-minCredits", { actual: 62, required: 60, toCourse: 2 }, "R-23 5.7"));
    expect(answer).toContain(line("en", "✅", "elig-rule-minGpa", { gpa: 2.85, required: 1.67, toCourse: 2 }, "R-23 5.7"));
    expect(answer).toContain("Promotion GPA: 2.85; at least 1.67 is needed for year 2 (R-23 5.7)");
    expect(answer).toContain(line("en", "✅", "elig-rule-promotionRule-both", {}, "R-23 5.3"));
    expect(answer).toContain(line("en", "✅", "elig-rule-promoted", { toCourse: 2 }, "R-23 5.3"));
    expect(answer).toContain(line("en", "⚠️", "elig-rule-grantKeptPaidRetakes", { debts: 2 }, "R-23 5.11"));
    expect(answer).toContain("2 courses with academic debts have to be retaken on a fee-paying basis");
    expect(answer).not.toContain(h.t("en", "elig-rule-grantLost"));
    expect(answer).toContain(h.t("en", "elig-again"));
  });

  it("R-23 5.7, 5.4, 5.10: GPA below the minimum (ru): repeat year, the grant is lost; no debts question", async () => {
    const p = person("ru");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    await h.press(p, "elig.level:bachelor");
    await h.press(p, "elig.course:2");
    await h.press(p, "elig.fund:grant");
    await h.press(p, "elig.gpa:type");
    await h.text(p, "1,99");
    await h.text(p, "95");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("ru", "elig-verdict-promotion-no", { toCourse: 3, course: 2 }));
    expect(answer).toContain(line("ru", "✅", "elig-rule-minCredits", { actual: 95, required: 90, toCourse: 3 }, "R-23 5.7"));
    expect(answer).toContain(line("ru", "❌", "elig-rule-minGpa", { gpa: 1.99, required: 2, toCourse: 3 }, "R-23 5.7"));
    expect(answer).toContain("❌ Переводной балл: 1,99; для перевода на 3-й курс нужно не ниже 2,00 (R-23, п. 5.7)");
    expect(answer).toContain("для перевода на 3-й курс нужно 90 кредитов (R-23, п. 5.7)");
    expect(answer).toContain(line("ru", "❌", "elig-rule-promotionRule-both", {}, "R-23 5.3"));
    expect(answer).toContain(line("ru", "⚠️", "elig-rule-repeatCourse", { course: 2 }, "R-23 5.4"));
    expect(answer).toContain(line("ru", "⚠️", "elig-rule-grantLost", {}, "R-23 5.10"));
    expect(h.sentTexts(p.id)).not.toContain(h.t("ru", "elig-ask-debts"));
  });

  it("R-23 5.7, 5.5: pasted grades (kk) — bad lines listed with their numbers and reasons, Cyrillic look-alike letters accepted", async () => {
    const p = person("kk");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    await h.press(p, "elig.level:bachelor");
    await h.press(p, "elig.course:1");
    await h.press(p, "elig.fund:paid");
    await h.press(p, "elig.gpa:grades");
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-ask-grades", { maxLines: 150 }));

    await h.text(p, "\n\n");
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-grades-empty"));
    // Cyrillic "А", "В", "С" typed on a Kazakh keyboard; lines 3 and 4 are wrong.
    await h.text(p, "Математика 30 А-\nФизика 2 4,5 В+\nТарих 25 Q\nХимия A\nАғылшын тілі 5 С");
    const errors = h.lastText(p.id);
    expect(errors.split("\n")).toEqual([
      h.t("kk", "elig-grades-errors", { count: 2 }),
      h.t("kk", "elig-grade-line", { line: 3, text: "Тарих 25 Q", reason: h.t("kk", "elig-grade-error-unknownLetter", { token: "Q" }) }),
      h.t("kk", "elig-grade-line", { line: 4, text: "Химия A", reason: h.t("kk", "elig-grade-error-missingCredits") }),
      "",
      h.t("kk", "elig-grades-resend"),
    ]);
    await h.text(p, "Математика 30 А-\nФизика 2 4,5 В+\nТарих 25 C\nАғылшын тілі 5 С");

    // (30·3.67 + 4.5·3.33 + 25·2 + 5·2) / 64.5 = 2.8695… → 2.87
    const answer = h.lastText(p.id);
    expect(answer.split("\n").slice(0, 2)).toEqual([
      h.t("kk", "elig-verdict-promotion-yes", { toCourse: 2 }),
      h.t("kk", "elig-grades-computed", { courses: 4, gpa: 2.87, credits: 64.5, debts: 0 }),
    ]);
    expect(answer).toContain("GPA 2,87, 64,5 кредит");
    expect(answer).toContain(line("kk", "✅", "elig-rule-minCredits", { actual: 64.5, required: 60, toCourse: 2 }, "R-23 5.7"));
    expect(answer).toContain(line("kk", "✅", "elig-rule-minGpa", { gpa: 2.87, required: 1.67, toCourse: 2 }, "R-23 5.7"));
  });

  it("R-23 5.7, 5.11: a registered student's profile and academic record are used (ru, KazUTB policy); only the source is asked", async () => {
    const p = person("ru");
    await registerStudent(p, {
      level: "bachelor",
      course: 2,
      policyId: "kazutb",
      academic: { gpa: 3.12, credits: 120, funding: "grant", academicDebts: 1 },
    });
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    const texts = h.sentTexts(p.id);
    expect(texts.at(-2)!.split("\n")).toEqual([
      h.t("ru", "elig-prefilled"),
      `• ${h.t("ru", "elig-prefilled-level", { level: "bachelor" })}`,
      `• ${h.t("ru", "elig-prefilled-course", { course: 2 })}`,
      `• ${h.t("ru", "elig-prefilled-funding", { funding: "grant" })}`,
    ]);
    // The level and the funding are chosen by their code inside the sentence, not pasted in as button labels.
    expect(texts.at(-2)).toContain("• уровень обучения: бакалавриат\n");
    expect(texts.at(-2)).toContain("• обучение за счёт государственного образовательного гранта (по данным кафедры)");
    expect(texts.at(-1)).toBe(h.t("ru", "elig-ask-gpa-source"));
    expect(h.lastButtons(p.id)).toEqual(["elig.gpa:record", "elig.gpa:type", "elig.gpa:grades"]);
    expect(lastButtonLabels(p.id)[0]).toBe(h.t("ru", "elig-gpa-source-record", { gpa: 3.12, credits: 120 }));
    expect(lastButtonLabels(p.id)[0]).toBe("По данным кафедры: GPA 3,12, 120 кредитов");
    await h.press(p, "elig.gpa:record");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("ru", "elig-verdict-promotion-yes", { toCourse: 3 }));
    expect(answer).toContain(line("ru", "✅", "elig-rule-minCredits", { actual: 120, required: 90, toCourse: 3 }, "R-23 5.7"));
    expect(answer).toContain(line("ru", "✅", "elig-rule-minGpa", { gpa: 3.12, required: 2, toCourse: 3 }, "R-23 5.7"));
    expect(answer).toContain(line("ru", "⚠️", "elig-rule-grantKeptPaidRetakes", { debts: 1 }, "R-23 5.11"));
    for (const key of ["elig-ask-level", "elig-ask-course", "elig-ask-funding", "elig-ask-gpa", "elig-ask-debts"]) {
      expect(h.sentTexts(p.id)).not.toContain(h.t("ru", key));
    }
  });

  it("R-23 5.7: a registered student in the final year is told there is no promotion row", async () => {
    const p = person("en");
    await registerStudent(p, { level: "master", course: 2, policyId: "iitu" });
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-promotion-final-year", { course: 2, level: "master" }));
    await h.text(p, "3.5");
    expect(h.lastText(p.id)).toBe(h.t("en", "unhandled-message"));
  });
});

describe("/eligibility: changing programme (R-23 §6, 3.10)", () => {
  it("R-23 6.1, 6.2, 6.6, 6.7: non-related programme for a grant holder (ru), with the last day to apply in Russian", async () => {
    const p = person("ru");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:programmeChange");
    expect(h.lastText(p.id)).toBe(h.t("ru", "elig-ask-first-period"));
    expect(lastButtonLabels(p.id)).toEqual([h.t("ru", "elig-yes"), h.t("ru", "elig-no")]);
    await h.text(p, "да");
    expect(h.lastText(p.id)).toBe(h.t("ru", "scene-use-buttons"));
    await h.press(p, "yn:yes");
    expect(h.lastText(p.id)).toBe(h.t("ru", "elig-ask-related"));
    await h.press(p, "yn:no");
    await h.press(p, "elig.fund:grant");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("ru", "elig-verdict-programmeChange-yes", { start: "26 января 2027 года" }));
    expect(answer).toContain(line("ru", "✅", "elig-rule-firstPeriodCompleted", {}, "R-23 6.1"));
    expect(answer).toContain(line("ru", "✅", "elig-rule-transferWindow-winter", { windowEnd: "25 января 2027 года" }, "R-23 6.1"));
    expect(answer).toContain(
      line(
        "ru",
        "✅",
        "elig-rule-applicationCutoff",
        { days: 5, start: "26 января 2027 года", applyBy: "19 января 2027 года" },
        "R-23 6.2",
      ),
    );
    expect(answer).toContain("за 5 рабочих дней до начала академического периода");
    expect(answer).toContain(line("ru", "⚠️", "elig-rule-paidOnly", {}, "R-23 3.10"));
    expect(answer).toContain(line("ru", "⚠️", "elig-rule-relatedProgramme-grantLost", {}, "R-23 6.6"));
    expect(answer).toContain(line("ru", "⚠️", "elig-rule-untRequired-nonRelatedProgramme", {}, "R-23 6.7"));
    // 23 November is before the winter vacation: the answer says when applications open (issue 7 #6).
    expect(answer).toContain(line("ru", "✅", "elig-rule-holidayPeriod", { holidayStart: "12 января 2027 года" }, "R-23 6.1"));
    expect(answer).toContain(
      h.t("ru", "elig-window-opens", { season: "winter", opens: "12 января 2027 года", applyBy: "19 января 2027 года" }),
    );
    expect(answer).toContain(
      h.t("ru", "elig-period-assumed", { start: "26 января 2027 года", policy: "Международный университет информационных технологий" }),
    );
    // Not asked: the creative-exam question only matters for a related programme.
    expect(h.sentTexts(p.id)).not.toContain(h.t("ru", "elig-ask-creative"));
  });

  it("R-23 6.1, 3.25: related programme (kk) keeps the grant; first period and funding pre-filled for a registered student", async () => {
    const p = person("kk");
    await registerStudent(p, { level: "bachelor", course: 2, policyId: "kazutb", academic: { funding: "grant" } });
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:programmeChange");
    expect(h.sentTexts(p.id).at(-2)!.split("\n")).toEqual([
      h.t("kk", "elig-prefilled"),
      `• ${h.t("kk", "elig-prefilled-first-period", { course: 2 })}`,
      `• ${h.t("kk", "elig-prefilled-funding", { funding: "grant" })}`,
    ]);
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-ask-related"));
    await h.press(p, "yn:yes");
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-ask-creative"));
    await h.press(p, "yn:yes");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("kk", "elig-verdict-programmeChange-yes", { start: "26.01.2027" }));
    expect(answer).toContain(line("kk", "✅", "elig-rule-relatedProgramme-grantKept", {}, "R-23 6.6"));
    expect(answer).toContain(line("kk", "⚠️", "elig-rule-untRequired-creativeProgramme", {}, "R-23 3.25"));
    expect(answer).toContain(h.t("kk", "elig-window-opens", { season: "winter", opens: "12.01.2027", applyBy: "19.01.2027" }));
    // The department's policy (KazUTB) is the one named.
    expect(answer).toContain(
      h.t("kk", "elig-period-assumed", { start: "26.01.2027", policy: "Қазақ технология және бизнес университеті" }),
    );
  });

  it("R-23 6.2: after the cut-off (en, 22 January 2027) — closed, and the next chance is 24 August 2027 (30 August is a holiday)", async () => {
    h.setNow(() => new Date("2027-01-22T06:00:00Z"));
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:programmeChange");
    await h.press(p, "yn:yes");
    await h.press(p, "yn:yes");
    await h.press(p, "elig.fund:paid");
    await h.press(p, "yn:no");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("en", "elig-verdict-programmeChange-no", { start: "26 January 2027" }));
    expect(answer).toContain(
      line("en", "❌", "elig-rule-applicationCutoff", { days: 5, start: "26 January 2027", applyBy: "19 January 2027" }, "R-23 6.2"),
    );
    expect(answer).toContain(line("en", "✅", "elig-rule-transferWindow-winter", { windowEnd: "25 January 2027" }, "R-23 6.1"));
    expect(answer).toContain(h.t("en", "elig-deadline-passed", { date: "19 January 2027", start: "26 January 2027" }));
    expect(answer).toContain(h.t("en", "elig-deadline-next", { date: "24 August 2027", start: "1 September 2027" }));
  });

  it("R-23 6.2: a cut-off in a year without holiday data becomes a clear message (en), not a crash", async () => {
    h.setNow(() => new Date("2027-12-01T06:00:00Z"));
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:programmeChange");
    await h.press(p, "yn:yes");
    await h.press(p, "yn:no");
    await h.press(p, "elig.fund:paid");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-error-calendarYearNotCovered", { year: "2028" }));
    expect(h.sentTexts(p.id)).not.toContain(h.t("en", "errors-generic"));
    await h.text(p, "/eligibility");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-choose-check"));
  });
});

describe("/eligibility: moving to another university (R-23 §4)", () => {
  it("R-23 4.1, 4.4, 4.6: a bachelor with a targeted grant may move on a paid basis only (kk)", async () => {
    const p = person("kk");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:transferOut");
    await h.press(p, "yn:yes");
    await h.press(p, "elig.level:bachelor");
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-ask-funding-transfer"));
    expect(h.lastButtons(p.id)).toEqual(["elig.fund:grant", "elig.fund:targetedGrant", "elig.fund:paid"]);
    await h.press(p, "elig.fund:targetedGrant");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("kk", "elig-verdict-transferOut-yes", { start: "26.01.2027" }));
    expect(answer).toContain(line("kk", "✅", "elig-rule-firstPeriodCompleted", {}, "R-23 4.3"));
    expect(answer).toContain(
      line("kk", "✅", "elig-rule-applicationCutoff", { days: 5, start: "26.01.2027", applyBy: "19.01.2027" }, "R-23 4.4"),
    );
    expect(answer).toContain(line("kk", "⚠️", "elig-rule-targetedGrant-stays", {}, "R-23 4.1"));
    // Before the vacation there is no "if filed today" review date (issue 7 #6).
    expect(answer).toContain(line("kk", "ℹ️", "elig-rule-reviewPeriod-undated", { days: 3 }, "R-23 4.6"));
    expect(answer).toContain(h.t("kk", "elig-window-opens", { season: "winter", opens: "12.01.2027", applyBy: "19.01.2027" }));
  });

  it("R-23 4.2, 4.3: a master's student is offered no targeted grant; without the first period completed the answer is no (en)", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:transferOut");
    await h.press(p, "yn:no");
    await h.press(p, "elig.level:master");
    expect(h.lastButtons(p.id)).toEqual(["elig.fund:grant", "elig.fund:paid"]);
    refusedButton(await h.press(p, "elig.fund:targetedGrant"), "en");
    await h.press(p, "elig.fund:grant");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("en", "elig-verdict-transferOut-no", { start: "26 January 2027" }));
    expect(answer).toContain(line("en", "❌", "elig-rule-firstPeriodCompleted", {}, "R-23 4.3"));
    expect(answer).toContain(line("en", "✅", "elig-rule-targetedGrant-moves", {}, "R-23 4.2"));
  });
});

describe("/eligibility: reinstatement (R-23 §7)", () => {
  it("R-23 7.2, 7.7, 7.3: within five years of expulsion (en), wrong dates re-asked", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:reinstatement");
    await h.press(p, "elig.level:bachelor");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-ask-expelled-on"));
    await h.text(p, "31.02.2024");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-date-format"));
    await h.text(p, "last June");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-date-format"));
    await h.text(p, "01.01.2030");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-date-future"));
    await h.text(p, "15.06.2023");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-ask-expulsion-reason"));
    await h.press(p, "elig.why:other");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("en", "elig-verdict-reinstatement-yes"));
    expect(answer).toContain(
      line("en", "✅", "elig-rule-reinstatementWindow", { years: 5, expelledOn: "15 June 2023", until: "15 June 2028" }, "R-23 7.2"),
    );
    expect(answer).toContain(
      line("en", "✅", "elig-rule-applicationCutoff", { days: 5, start: "26 January 2027", applyBy: "19 January 2027" }, "R-23 7.7"),
    );
    expect(answer).toContain(line("en", "⚠️", "elig-rule-paidOnly", {}, "R-23 7.3"));
    expect(answer).toContain(h.t("en", "elig-deadline-apply-by", { date: "19 January 2027" }));
  });

  it("R-23 7.4: expelled for non-payment two weeks ago, debt paid (ru): last day four weeks after expulsion", async () => {
    const p = person("ru");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:reinstatement");
    await h.press(p, "elig.level:bachelor");
    await h.text(p, "2026-11-10");
    await h.press(p, "elig.why:nonPayment");
    expect(h.lastText(p.id)).toBe(h.t("ru", "elig-ask-debt-paid"));
    await h.press(p, "yn:yes");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("ru", "elig-verdict-reinstatement-yes"));
    expect(answer).toContain(
      line(
        "ru",
        "✅",
        "elig-rule-nonPaymentWindow",
        { weeks: 4, expelledOn: "10 ноября 2026 года", until: "8 декабря 2026 года" },
        "R-23 7.4",
      ),
    );
    expect(answer).toContain("в течение 4 недель");
    expect(answer).toContain(h.t("ru", "elig-deadline-apply-by", { date: "8 декабря 2026 года" }));
  });

  it("R-23 7.2: a PhD student expelled three years ago (kk) is past the assumed two-year term; no deadline is offered", async () => {
    const p = person("kk");
    await registerStudent(p, { level: "phd", course: 1, policyId: "iitu" });
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:reinstatement");
    expect(h.sentTexts(p.id).at(-2)).toContain(h.t("kk", "elig-prefilled-level", { level: "phd" }));
    await h.text(p, "15.06.2023");
    await h.press(p, "elig.why:other");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("kk", "elig-verdict-reinstatement-no"));
    expect(answer).toContain(
      line("kk", "❌", "elig-rule-reinstatementWindow-assumed", { years: 2, expelledOn: "15.06.2023", until: "15.06.2025" }, "R-23 7.2"),
    );
    expect(answer).not.toContain("📅");
  });
});

describe("/eligibility: diploma with honours (MR-595 50)", () => {
  it("MR-595 50: all criteria met (kk); the final attestation is a button, a forged letter is refused, retakes are asked", async () => {
    const p = person("kk");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:honours");
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-ask-honours-grades", { maxLines: 150 }));
    await h.text(p, "Математика 5 А\nФизика 5 В+\nТарих 4 A-");
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-ask-final-attestation"));
    expect(h.lastButtons(p.id)).toHaveLength(12);
    refusedButton(await h.press(p, "elig.fa:A+"), "kk");
    await h.press(p, "elig.fa:A");
    expect(h.lastText(p.id)).toBe(h.t("kk", "elig-ask-retakes"));
    await h.press(p, "yn:no");

    // (5·4 + 5·3.33 + 4·3.67) / 14 = 3.6664… → 3.67
    const answer = h.lastText(p.id);
    expect(answer.split("\n").slice(0, 2)).toEqual([
      h.t("kk", "elig-verdict-honours-yes"),
      h.t("kk", "elig-grades-computed-honours", { gpa: 3.67 }),
    ]);
    expect(answer).toContain(line("kk", "✅", "elig-rule-allowedLetters", { allowed: "A, A-, B+, B, B-, C+" }, "MR-595 50"));
    expect(answer).toContain(line("kk", "✅", "elig-rule-minGpa-honours", { gpa: 3.67, required: 3.5 }, "MR-595 50"));
    expect(answer).toContain(line("kk", "✅", "elig-rule-finalAttestation", { letter: "A", allowed: "A, A-" }, "MR-595 50"));
    expect(answer).toContain(line("kk", "✅", "elig-rule-noRetakes", {}, "MR-595 50"));
  });

  it("MR-595 50: a C, a retake marked in the list and a B for the final attestation each fail (en); retakes are not asked again", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:honours");
    await h.text(p, "Mathematics 5 A\nPhysics 5 B+ retake\nHistory 5 C");
    await h.press(p, "elig.fa:B");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("en", "elig-verdict-honours-no"));
    expect(answer).toContain(
      line("en", "❌", "elig-rule-allowedLetters-offending", { allowed: "A, A-, B+, B, B-, C+", offending: "History — C" }, "MR-595 50"),
    );
    expect(answer).toContain(line("en", "❌", "elig-rule-minGpa-honours", { gpa: 3.11, required: 3.5 }, "MR-595 50"));
    expect(answer).toContain(line("en", "❌", "elig-rule-finalAttestation", { letter: "B", allowed: "A, A-" }, "MR-595 50"));
    expect(answer).toContain(line("en", "❌", "elig-rule-noRetakes-found", { retakes: 1 }, "MR-595 50"));
    expect(h.sentTexts(p.id)).not.toContain(h.t("en", "elig-ask-retakes"));
  });
});

describe("/eligibility: scene state", () => {
  it("keeps the scene across a restart: a new bot over the same database answers the open question (ru)", async () => {
    const p = person("ru");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    await h.press(p, "elig.level:bachelor");
    const restarted = createHarness({ connection: database.connection(), telegram: h.telegram });
    const messageId = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === p.id).at(-1)!.result
      .message_id as number;
    await restarted.press(p, "elig.course:3", messageId);
    expect(restarted.lastText(p.id)).toBe(h.t("ru", "elig-ask-funding"));
  });
});

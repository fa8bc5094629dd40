import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import type { Locale } from "../../src/config/config.js";

/**
 * Issue 7, defects of `/eligibility` (#5, #6, #12, #18). The clock is 23 November 2026 (outside the
 * vacations) unless a test moves it; the next academic period starts on 26 January 2027.
 */
const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let now: Date;
let nextId = 8500;

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-11-23T09:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now });
  await h.db.syncIndexes();
});

function person(languageCode: Locale): TestPerson {
  return { id: ++nextId, firstName: "Student", languageCode };
}

/** The lines of the answer between the verdict and the first section that is not "Requirements". */
function requirementLines(answer: string, locale: Locale): string[] {
  const lines = answer.split("\n");
  const start = lines.indexOf(h.t(locale, "elig-criteria"));
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === "") break;
    out.push(line);
  }
  return out;
}

describe("issue 7 #5: the reinstatement verdict never contradicts its criteria (R-23 7.2, 7.4)", () => {
  it("R-23 7.2, 7.4: expelled for non-payment, debt not paid — the general route applies and the 4-week route says what it still needs", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:reinstatement");
    await h.press(p, "elig.level:bachelor");
    await h.text(p, "10.11.2026");
    await h.press(p, "elig.why:nonPayment");
    await h.press(p, "yn:no");

    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("en", "elig-verdict-reinstatement-yes-general"));
    expect(requirementLines(answer, "en").every((line) => line.startsWith("✅"))).toBe(true);
    expect(answer).not.toContain("❌");
    expect(answer).toContain(h.t("en", "elig-other-route-nonPayment"));
    expect(answer).toContain(h.t("en", "elig-other-route-pay-debt", { until: "8 December 2026" }));
  });

  it("R-23 7.4: debt paid within four weeks — the 4-week route, no other route shown", async () => {
    const p = person("ru");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:reinstatement");
    await h.press(p, "elig.level:bachelor");
    await h.text(p, "10.11.2026");
    await h.press(p, "elig.why:nonPayment");
    await h.press(p, "yn:yes");
    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("ru", "elig-verdict-reinstatement-yes"));
    expect(answer).not.toContain(h.t("ru", "elig-other-route-nonPayment"));
  });
});

describe("issue 7 #6: programme change and transfer answers", () => {
  it("R-23 3.10, 6.6: a grant holder moving to a related programme is told how 'fee-paying only' and 'grant kept' both hold", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:programmeChange");
    await h.press(p, "yn:yes");
    await h.press(p, "yn:yes");
    await h.press(p, "elig.fund:grant");
    await h.press(p, "yn:no");
    const answer = h.lastText(p.id);
    expect(answer).toContain("R-23 3.10");
    expect(answer).toContain("R-23 6.6");
    expect(answer).toContain(h.t("en", "elig-note-paidOnly-grantKept"));
  });

  it("R-23 4.3, 4.6: outside the vacation the answer says when applications open, not 'if filed today'", async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:transferOut");
    await h.press(p, "yn:yes");
    await h.press(p, "elig.level:bachelor");
    await h.press(p, "elig.fund:paid");
    const answer = h.lastText(p.id);
    expect(answer).toContain(h.t("en", "elig-window-opens", { season: "winter", opens: "12 January 2027", applyBy: "19 January 2027" }));
    expect(answer).not.toContain("if filed today");
    expect(answer).toContain(h.t("en", "elig-rule-reviewPeriod-undated", { days: 3 }));
  });

  it("R-23 6.1, 6.2: outside the vacation a programme change answer says when applications open", async () => {
    const p = person("ru");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:programmeChange");
    await h.press(p, "yn:yes");
    await h.press(p, "yn:yes");
    await h.press(p, "elig.fund:paid");
    await h.press(p, "yn:no");
    const answer = h.lastText(p.id);
    expect(answer.split("\n")[0]).toBe(h.t("ru", "elig-verdict-programmeChange-yes", { start: "26 января 2027 года" }));
    expect(answer).toContain(
      h.t("ru", "elig-window-opens", { season: "winter", opens: "12 января 2027 года", applyBy: "19 января 2027 года" }),
    );
    expect(answer).not.toContain(h.t("ru", "elig-deadline-apply-by", { date: "19 января 2027 года" }));
  });

  it("R-23 4.4: during the vacation the last day to apply and the review date are given", async () => {
    now = new Date("2027-01-13T06:00:00Z");
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:transferOut");
    await h.press(p, "yn:yes");
    await h.press(p, "elig.level:bachelor");
    await h.press(p, "elig.fund:paid");
    const answer = h.lastText(p.id);
    expect(answer).toContain(h.t("en", "elig-deadline-apply-by", { date: "19 January 2027" }));
    expect(answer).not.toContain(
      h.t("en", "elig-window-opens", { season: "winter", opens: "12 January 2027", applyBy: "19 January 2027" }),
    );
  });
});

describe("issue 7 #12: numbers and dates as people type them", () => {
  it('GPA "-1" is out of range, not "not a number"', async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:promotion");
    await h.press(p, "elig.level:bachelor");
    await h.press(p, "elig.course:1");
    await h.press(p, "elig.fund:paid");
    await h.press(p, "elig.gpa:type");
    await h.text(p, "-1");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-gpa-range", { min: 0, max: 4 }));
  });

  it('the date "15.06.24" is 15 June 2024', async () => {
    const p = person("en");
    await h.text(p, "/eligibility");
    await h.press(p, "elig.check:reinstatement");
    await h.press(p, "elig.level:bachelor");
    await h.text(p, "15.06.24");
    expect(h.lastText(p.id)).toBe(h.t("en", "elig-ask-expulsion-reason"));
    await h.press(p, "elig.why:other");
    expect(h.lastText(p.id)).toContain("15 June 2024");
  });
});

describe("issue 7 #18: the transfer funding question", () => {
  it("R-23 4.1, 4.2: only a bachelor is told about targeted grants", async () => {
    const bachelor = person("en");
    await h.text(bachelor, "/eligibility");
    await h.press(bachelor, "elig.check:transferOut");
    await h.press(bachelor, "yn:yes");
    await h.press(bachelor, "elig.level:bachelor");
    expect(h.lastText(bachelor.id)).toBe(h.t("en", "elig-ask-funding-transfer"));

    const master = person("en");
    await h.text(master, "/eligibility");
    await h.press(master, "elig.check:transferOut");
    await h.press(master, "yn:yes");
    await h.press(master, "elig.level:master");
    expect(h.lastText(master.id)).toBe(h.t("en", "elig-ask-funding"));
    expect(h.lastButtons(master.id)).toEqual(["elig.fund:grant", "elig.fund:paid"]);
  });
});

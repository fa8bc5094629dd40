import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import { deliver, notify, seedDiary, type Harness, type Locale } from "./diary-supervision-support.js";

/** QP-06 6.2: once every linked supervisor has signed the diary off, the student and the coordinators are told. */
const database = useTestDatabase();
let h: Harness;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
});

type World = Awaited<ReturnType<typeof seedDiary>>;

/** Entries handed in and approved by whoever approves them (the organisation supervisor when linked, QP-06 5.12). */
async function approvedDiary(s: World, approver = s.organisation, text?: string) {
  const entries = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-17", ...(text ? { text } : {}) }]);
  for (const entry of entries) {
    await notify(h, approver, entry);
    await h.press(approver, diaryDecision.pack("ok", entry.id, entry.version));
  }
}

const told = (locale: Locale, signers: "both" | "single") => h.t(locale, "signoff-complete-student", { signers });

describe.each(["kk", "ru", "en"] as const)("QP-06 6.2: sign-off complete (%s)", (locale) => {
  it("the second signature tells the student to take the final diary-report with /export, and the coordinator", async () => {
    const s = await seedDiary(h, locale);
    await approvedDiary(s);
    await h.text(s.university, "/signoff");
    await deliver(h);
    expect(h.sentTexts(s.student.id)).not.toContain(told(locale, "both"));
    await h.text(s.organisation, "/signoff");
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(told(locale, "both"));
    expect(h.lastText(s.student.id)).toContain("/export");
    expect(h.lastText(s.coordinator.id)).toBe(
      h.t(locale, "signoff-complete-coordinator", { student: "Әбілқасымова Айгерім", group: "SE-2203", signers: "both" }),
    );
    await h.text(s.organisation, "/signoff");
    await deliver(h);
    expect(h.sentTexts(s.student.id).filter((t) => t === told(locale, "both"))).toHaveLength(1);
  });
});

describe("QP-06 6.2: sign-off complete, other cases", () => {
  it("ru: with only the university supervisor linked, their one signature completes the diary", async () => {
    const s = await seedDiary(h, "ru", { organisation: false });
    await approvedDiary(s, s.university);
    await h.text(s.university, "/signoff");
    expect(h.lastText(s.university.id)).toBe(h.t("ru", "supervision-signoff-complete", { student: "Әбілқасымова Айгерім" }));
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(told("ru", "single"));
  });

  it("en: the student is told once per placement, even when the diary changes and both sign it off again", async () => {
    const s = await seedDiary(h, "en");
    await approvedDiary(s);
    await h.text(s.university, "/signoff");
    await h.text(s.organisation, "/signoff");
    await deliver(h);
    await approvedDiary(s, s.organisation, "Wrote the integration tests of the payment module and fixed two defects.");
    expect((await h.services.diary.outcomes.getOutcome(String(s.placement._id)))?.signOffs).toEqual([]);
    await h.text(s.university, "/signoff");
    await h.text(s.organisation, "/signoff");
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "supervision-signoff-complete", { student: "Әбілқасымова Айгерім" }));
    await deliver(h);
    expect(h.sentTexts(s.student.id).filter((t) => t === told("en", "both"))).toHaveLength(1);
    expect(await h.db.outbox.findByDedupeKey(`diary-signoff-complete:${String(s.placement._id)}:student`)).not.toBeNull();
  });
});

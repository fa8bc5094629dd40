import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import { deliver, LAST_DAY, notify, seedDiary, signOff, type Harness, type Locale } from "./diary-supervision-support.js";

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
  // QP-06 6.2: the sign-off comes on the practice's last working day.
  h.setNow(() => new Date(LAST_DAY));
}

const told = (locale: Locale, signers: "both" | "single") => h.t(locale, "signoff-complete-student", { signers });

describe.each(["kk", "ru", "en"] as const)("QP-06 6.2: sign-off complete (%s)", (locale) => {
  it("the second signature tells the student to take the final diary-report with /export, and the coordinator", async () => {
    const s = await seedDiary(h, locale);
    await approvedDiary(s);
    const placementId = String(s.placement._id);
    await signOff(h, s.university, placementId);
    await deliver(h);
    expect(h.sentTexts(s.student.id)).not.toContain(told(locale, "both"));
    await signOff(h, s.organisation, placementId);
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(told(locale, "both"));
    expect(h.lastText(s.student.id)).toContain("/export");
    expect(h.lastText(s.coordinator.id)).toBe(
      h.t(locale, "signoff-complete-coordinator", { student: "Әбілқасымова Айгерім", group: "SE-2203", signers: "both" }),
    );
    await signOff(h, s.organisation, placementId);
    await deliver(h);
    expect(h.sentTexts(s.student.id).filter((t) => t === told(locale, "both"))).toHaveLength(1);
  });
});

describe("QP-06 6.2: sign-off complete, other cases", () => {
  it("ru: with only the university supervisor linked, their one signature completes the diary", async () => {
    const s = await seedDiary(h, "ru", { organisation: false });
    await approvedDiary(s, s.university);
    await signOff(h, s.university, String(s.placement._id));
    expect(h.lastText(s.university.id)).toBe(h.t("ru", "supervision-signoff-complete", { student: "Әбілқасымова Айгерім" }));
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(told("ru", "single"));
  });

  it("en: the student is told once per placement, even when the diary is reopened and both sign it off again", async () => {
    const s = await seedDiary(h, "en");
    const placementId = String(s.placement._id);
    await approvedDiary(s);
    await signOff(h, s.university, placementId);
    await signOff(h, s.organisation, placementId);
    await deliver(h);
    await h.text(s.university, "/reopen");
    await h.text(s.university, "The week of 16.11 lacks the test report.");
    expect((await h.services.diary.outcomes.getOutcome(placementId))?.signOffs).toEqual([]);
    await signOff(h, s.university, placementId);
    await signOff(h, s.organisation, placementId);
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "supervision-signoff-complete", { student: "Әбілқасымова Айгерім" }));
    await deliver(h);
    expect(h.sentTexts(s.student.id).filter((t) => t === told("en", "both"))).toHaveLength(1);
    expect(await h.db.outbox.findByDedupeKey(`diary-signoff-complete:${String(s.placement._id)}:student`)).not.toBeNull();
  });
});

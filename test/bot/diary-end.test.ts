import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import { signOffTiming } from "../../src/domain/diary/sign-off.js";
import {
  deliver,
  entryStatus,
  LAST_DAY,
  lastAnswer,
  notify,
  pressCrafted,
  readyToGrade,
  REPORT_PDF,
  seedDiary,
  signOff,
  type Harness,
} from "./diary-supervision-support.js";

/**
 * The end of practice in QP-06's order (6.2–6.5; domain.md §6), driven through the bot: sign-off from
 * the last working day or with the coordinator's recorded permission, the grade after both sign-offs
 * and the report, the lock and the supervisor's reopening, the files that reach the supervisors, and
 * the cells of the new actions (own / other student / other department).
 */
const database = useTestDatabase();
let h: Harness;
const STUDENT = "Әбілқасымова Айгерім";
const ADMIN = 990001;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({
    connection: database.connection(),
    now: () => new Date("2026-11-23T09:00:00Z"),
    adminIds: [ADMIN],
  });
  await h.db.syncIndexes();
});

type World = Awaited<ReturnType<typeof seedDiary>>;
const placements = () => database.connection().collection("placements");

async function approvedEntry(s: World, date = "2026-11-17") {
  const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date }]);
  await notify(h, s.organisation, entry!);
  await h.press(s.organisation, diaryDecision.pack("ok", entry!.id, entry!.version));
  return entry!;
}

describe("QP-06 6.2: sign-off before the practice's last working day", () => {
  it("ru: refused with the summary and no confirm button (a crafted confirm changes nothing); allowed after the coordinator's reason, which is recorded", async () => {
    const s = await seedDiary(h, "ru");
    const placementId = String(s.placement._id);
    await approvedEntry(s);
    await h.text(s.university, "/signoff");
    const summary = h.lastText(s.university.id);
    expect(summary).toContain(h.t("ru", "signoff-summary-hours", { approved: 6, required: 120 }));
    expect(summary).toContain(h.t("ru", "signoff-too-early", { date: "11.12.2026" }));
    expect(h.lastButtons(s.university.id)).not.toContain(`svs.ok:${placementId}`);
    await pressCrafted(h, s.university, `svs.ok:${placementId}`);
    expect(h.lastText(s.university.id)).toContain(h.t("ru", "signoff-too-early", { date: "11.12.2026" }));
    expect((await h.db.practiceOutcomes.find(placementId))?.signOffs ?? []).toEqual([]);

    await h.text(s.coordinator, "/earlysignoff");
    expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "signoff-early-ask"));
    await h.text(s.coordinator, "Обучающийся уходит на стажировку по приказу ректора.");
    expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "signoff-early-done", { student: STUDENT }));
    const early = (await h.db.practiceOutcomes.find(placementId))?.earlySignOff;
    expect(early).toMatchObject({ by: s.coordinator.id, reason: "Обучающийся уходит на стажировку по приказу ректора." });
    await deliver(h);
    expect(h.sentTexts(s.university.id)).toContain(
      h.t("ru", "signoff-early-allowed-supervisor", { student: STUDENT, reason: "Обучающийся уходит на стажировку по приказу ректора." }),
    );

    await signOff(h, s.university, placementId);
    expect(h.lastText(s.university.id)).toBe(h.t("ru", "supervision-signoff-done", { student: STUDENT }));
    expect((await h.db.practiceOutcomes.find(placementId))?.signOffs.map((x) => x.role)).toEqual(["universitySupervisor"]);
  });

  it("every required hour approved before the end is enough without a permission (QP-06 6.2)", () => {
    const base = { today: "2026-11-23", lastWorkingDay: "2026-12-11", requiredHours: 120, earlyAllowed: false };
    expect(signOffTiming({ ...base, approvedHours: 120 })).toEqual({ ok: true, basis: "hoursApproved" });
    expect(signOffTiming({ ...base, approvedHours: 114 })).toEqual({ ok: false, reason: "beforeEnd", lastWorkingDay: "2026-12-11" });
    expect(signOffTiming({ ...base, approvedHours: 6, earlyAllowed: true })).toEqual({ ok: true, basis: "coordinatorAllowed" });
  });
});

describe("QP-06 6.2–6.5: no grade before both sign-offs and the report", () => {
  it("en: /grade names what is missing and records nothing; after sign-offs and the report the grade is recorded", async () => {
    const s = await seedDiary(h, "en");
    const placementId = String(s.placement._id);
    await h.text(s.university, "/grade");
    await h.text(s.university, "88");
    expect(h.lastText(s.university.id)).toBe(
      [h.t("en", "grade-not-ready", { student: STUDENT }), h.t("en", "grade-missing-signOffs"), h.t("en", "grade-missing-report")].join(
        "\n\n",
      ),
    );
    expect((await h.db.practiceOutcomes.find(placementId))?.grade).toBeUndefined();
    await readyToGrade(h, s);
    await h.text(s.university, "/grade");
    await h.text(s.university, "88");
    expect((await h.db.practiceOutcomes.find(placementId))?.grade).toMatchObject({ score: 88, letter: "B+" });
  });
});

describe("QP-06 6.2: the signed diary is locked; a supervisor reopens it with a reason", () => {
  it("kk: the student cannot add or change entries; reopening clears sign-offs and grade, keeps the history, tells the student and the coordinator", async () => {
    const s = await seedDiary(h, "kk");
    const placementId = await readyToGrade(h, s);
    await h.text(s.university, "/grade");
    await h.text(s.university, "91");
    expect((await h.db.practiceOutcomes.find(placementId))?.grade?.score).toBe(91);

    await h.text(s.student, "/diary");
    expect(h.lastText(s.student.id)).toBe(h.t("kk", "diary-locked"));
    const loaded = await h.services.diaryPlacements.load(placementId);
    const locked = await h.services.diaryUseCases.student.submit({
      situation: { diary: loaded!.diary, studentName: STUDENT },
      telegramId: s.student.id,
      date: "2026-12-10",
      hours: 6,
      text: "Құжаттарды рәсімдедім және есепті толықтырдым, ұйымның құрылымын сипаттадым.",
      evidence: [],
    });
    expect(locked).toEqual({ status: "locked" });
    expect(await h.services.diary.entries.findEntryByDate(placementId, "2026-12-10")).toBeNull();

    await h.text(s.organisation, "/reopen");
    expect(h.lastText(s.organisation.id)).toBe(h.t("kk", "reopen-ask"));
    await h.text(s.organisation, "Соңғы аптаның жазбаларын толықтыру керек.");
    expect(h.lastText(s.organisation.id)).toBe(h.t("kk", "reopen-done", { student: STUDENT }));
    const after = await h.db.practiceOutcomes.find(placementId);
    expect(after?.signOffs).toEqual([]);
    expect(after?.grade).toBeUndefined();
    expect(after?.gradeHistory.map((g) => g.score)).toEqual([91]);
    expect(
      after?.signOffHistory
        .filter((x) => x.reason === "reopened")
        .map((x) => x.role)
        .sort(),
    ).toEqual(["organisationSupervisor", "universitySupervisor"]);
    expect(after?.reopenings).toHaveLength(1);
    expect(after?.reopenings[0]).toMatchObject({ by: s.organisation.id, role: "organisationSupervisor", grade: { score: 91 } });
    await deliver(h);
    expect(h.sentTexts(s.student.id)).toContain(h.t("kk", "reopen-told-student", { reason: "Соңғы аптаның жазбаларын толықтыру керек." }));
    expect(h.sentTexts(s.coordinator.id)).toContain(
      h.t("kk", "reopen-told-coordinator", { student: STUDENT, reason: "Соңғы аптаның жазбаларын толықтыру керек." }),
    );
    const unlocked = await h.services.diaryUseCases.student.submit({
      situation: { diary: loaded!.diary, studentName: STUDENT },
      telegramId: s.student.id,
      date: "2026-12-10",
      hours: 6,
      text: "Құжаттарды рәсімдедім және есепті толықтырдым, ұйымның құрылымын сипаттадым.",
      evidence: [],
    });
    expect(unlocked.status).toBe("created");
  });
});

describe("the report and the evidence reach the supervisors", () => {
  it("ru: both supervisors get the report with the file itself; /reportfile sends it again", async () => {
    const s = await seedDiary(h, "ru");
    await h.text(s.student, "/report");
    await h.document(s.student, "otchet.pdf", "application/pdf", { bytes: REPORT_PDF });
    await deliver(h);
    for (const supervisor of [s.university, s.organisation]) {
      const sent = h.calls.filter((c) => c.method === "sendDocument" && c.payload["chat_id"] === supervisor.id);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.payload["document"]).toBe("f-otchet.pdf");
      expect(String(sent[0]!.payload["caption"])).toContain("otchet.pdf");
    }
    await h.text(s.university, "/reportfile");
    const again = h.calls.filter((c) => c.method === "sendDocument" && c.payload["chat_id"] === s.university.id).at(-1);
    expect(again!.payload["document"]).toBe("f-otchet.pdf");
    expect(again!.payload["caption"]).toBe(h.t("ru", "reportfile-caption", { student: STUDENT, file: "otchet.pdf" }));
  });

  it("en: an entry's photo comes again on the Attachments button; someone not linked is refused", async () => {
    const s = await seedDiary(h, "en");
    const loaded = await h.services.diaryPlacements.load(String(s.placement._id));
    const result = await h.services.diary.entries.submitEntry({
      placement: loaded!.diary,
      actor: { telegramId: s.student.id, role: "student", studentId: loaded!.diary.studentId },
      date: "2026-11-20",
      hours: 6,
      text: "Set up the test bench and photographed the wiring of the control cabinet.",
      evidence: [{ kind: "photo", fileId: "p-cabinet", fileUniqueId: "up-cabinet" }],
    });
    expect(result.status).toBe("created");
    const entryId = result.status === "created" ? result.entry.id : "";
    await pressCrafted(h, s.organisation, `svp.ev:${entryId}`);
    const photos = h.calls.filter((c) => c.method === "sendPhoto" && c.payload["chat_id"] === s.organisation.id);
    expect(photos.map((c) => c.payload["photo"])).toEqual(["p-cabinet"]);
    const stranger = s.seed.person("en", "Stranger");
    await s.seed.staff(stranger, "universitySupervisor", { departmentId: s.department._id });
    await h.db.users.setLanguage(stranger.id, "en");
    await pressCrafted(h, stranger, `svp.ev:${entryId}`);
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-notLinked"));
    expect(h.calls.some((c) => c.method === "sendPhoto" && c.payload["chat_id"] === stranger.id)).toBe(false);
  });
});

describe("authorization cells of the diary's end (new actions), through the bot", () => {
  it("QP-06 5.12: the admin may not approve an entry (the policy and the bot agree); the entry stays pending", async () => {
    const s = await seedDiary(h, "en");
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-20" }]);
    const admin = { id: ADMIN, firstName: "Admin", languageCode: "en" as const };
    await h.db.users.touch({ id: ADMIN, first_name: "Admin" }, "en");
    await h.db.users.setLanguage(ADMIN, "en");
    await pressCrafted(h, admin, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-roleCannot"));
    expect((await entryStatus(h, entry!.id)).status).toBe("submitted");
  });

  it("allowEarlySignOff: own department's coordinator yes; another department's coordinator and a supervisor no", async () => {
    const s = await seedDiary(h, "en");
    const placementId = String(s.placement._id);
    const otherDepartment = await s.seed.department("EE");
    const otherCoordinator = s.seed.person("en", "OtherCoord");
    await s.seed.staff(otherCoordinator, "coordinator", { departmentId: otherDepartment._id });
    await h.db.users.setLanguage(otherCoordinator.id, "en");
    await pressCrafted(h, otherCoordinator, `sve:${placementId}`);
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-notLinked"));
    await pressCrafted(h, s.university, `sve:${placementId}`);
    expect(lastAnswer(h)).toBe(h.t("en", "errors-not-allowed"));
    expect((await h.db.practiceOutcomes.find(placementId))?.earlySignOff).toBeUndefined();
    await pressCrafted(h, s.coordinator, `sve:${placementId}`);
    expect(h.lastText(s.coordinator.id)).toBe(h.t("en", "signoff-early-ask"));
  });

  it("reopenDiary: the linked supervisors yes; another student's supervisor, the student and the coordinator no", async () => {
    const s = await seedDiary(h, "en");
    const placementId = await readyToGrade(h, s);
    const other = s.seed.person("en", "OtherUni");
    await s.seed.staff(other, "universitySupervisor", { departmentId: s.department._id });
    await h.db.users.setLanguage(other.id, "en");
    await pressCrafted(h, other, `svr:${placementId}`);
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-notLinked"));
    await pressCrafted(h, s.coordinator, `svr:${placementId}`);
    expect(lastAnswer(h)).toBe(h.t("en", "errors-not-allowed"));
    await h.text(s.student, "/reopen");
    expect(h.lastText(s.student.id)).toBe(h.t("en", "errors-not-allowed"));
    expect((await h.db.practiceOutcomes.find(placementId))?.signOffs).toHaveLength(2);
    await pressCrafted(h, s.university, `svr:${placementId}`);
    expect(h.lastText(s.university.id)).toBe(h.t("en", "reopen-ask"));
  });

  it("QP-06 5.12: an organisation supervisor not yet confirmed cannot approve (their approval would not count)", async () => {
    const s = await seedDiary(h, "en");
    // The field another change adds (a claimed supervisor pending the coordinator's confirmation).
    await placements().updateOne({ _id: s.placement._id }, { $set: { "organisationSupervisor.status": "pending" } });
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-20" }]);
    await pressCrafted(h, s.organisation, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-organisationSupervisorPending"));
    expect((await entryStatus(h, entry!.id)).status).toBe("submitted");
    await pressCrafted(h, s.university, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect((await entryStatus(h, entry!.id)).status).toBe("approved");
  });

  it("the last day alone is enough: on 11.12.2026 the summary offers the confirmation", async () => {
    const s = await seedDiary(h, "en");
    await approvedEntry(s);
    h.setNow(() => new Date(LAST_DAY));
    await h.text(s.university, "/signoff");
    expect(h.lastButtons(s.university.id)).toContain(`svs.ok:${String(s.placement._id)}`);
  });
});

import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { seedDemo, type DemoDiary } from "../../src/cli/seed-demo.js";
import { createDocumentTranslations } from "../../src/documents/document-i18n.js";
import { ENTRY_STATUSES } from "../../src/domain/diary/types.js";
import { createDiaryServices, type DiaryReportContext } from "../../src/services/diary/index.js";
import { createInvitationService } from "../../src/services/invitation.service.js";
import { createOutbox } from "../../src/services/outbox/index.js";
import { createPlacementService, diaryPlacementOf } from "../../src/services/placement.service.js";

const database = useTestDatabase();
const reference = await getReferenceData();
const now = () => new Date("2026-11-24T06:00:00Z");
/** A whole demo (two departments, 33 diary entries, a PDF) takes seconds on a busy stand-in; the first one in a process longest. */
const SEED_TIMEOUT = 60_000;

/** The F-76 context of a demo diary, read straight from the records (independent of the diary adapters). */
async function reportContextOf(db: Persistence, diary: DemoDiary): Promise<DiaryReportContext> {
  const placement = (await db.placements.findById(diary.placementId))!;
  const [student, department, organisation] = await Promise.all([
    db.students.findById(placement.studentId),
    db.departments.findById(placement.departmentId),
    db.organisations.findById(placement.organisationId!),
  ]);
  const university = await db.users.findByTelegramId(placement.universitySupervisorTelegramId!);
  return {
    placement: diaryPlacementOf(placement, department!.policyId)!,
    department: department!.name,
    student: {
      fullName: student!.fullName,
      studentNumber: student!.studentNumber,
      group: student!.group,
      programme: student!.programmeCode,
    },
    practiceType: placement.practiceType,
    organisation: { name: organisation!.fullName, unit: placement.unit ?? null },
    universitySupervisor: { fullName: `${university!.firstName} ${university!.lastName}` },
    organisationSupervisor: { fullName: placement.organisationSupervisor!.fullName! },
  };
}

beforeEach(async () => {
  await clearDatabase(database.connection());
});

describe("npm run seed:demo", () => {
  it(
    "writes two departments (both policies), 30 rostered students, placements in several states and working role links; a second run starts over",
    async () => {
      const db = createPersistence(database.connection());
      const first = await seedDemo({ db, reference, now, botUsername: "demo_bot" });
      expect(first.status).toBe("seeded");
      if (first.status !== "seeded") return;
      expect(first.students).toBe(30);
      // No two demo students share a name (the trial found pairs of «Әбенова Гүлнар»), and the demo
      // supervisors sign with their full names (QP-06 6.2).
      expect(new Set((await db.models.Student.find({}).lean()).map((s) => s.fullName)).size).toBe(30);
      expect((await db.users.findByTelegramId(11))?.fullName).toBe("Ахметова Сәуле Бекқызы");
      expect(first.placements).toEqual({ draft: 6, submitted: 6, approved: 12, returned: 6 });
      expect((await db.departments.list()).map((d) => d.policyId).sort()).toEqual(["iitu", "kazutb"]);
      const roles = first.links.map((l) => l.who.split(" ")[0]);
      expect(new Set(roles)).toEqual(new Set(["coordinator", "university", "student", "organisation"]));

      // A printed link really grants its role.
      const coordinator = first.links.find((l) => l.who.startsWith("coordinator"))!;
      await db.users.touch({ id: 4242, first_name: "Demo" }, "ru");
      const accepted = await createInvitationService({ db, now }).accept(coordinator.code, 4242);
      expect(accepted.status).toBe("accepted");

      const second = await seedDemo({ db, reference, now, botUsername: "demo_bot" });
      expect(second.status).toBe("seeded");
      expect(await db.models.Student.countDocuments()).toBe(30);
      expect(await db.models.DiaryEntry.countDocuments()).toBe(33);
    },
    SEED_TIMEOUT,
  );

  it(
    "writes diaries through the services: one running (approved, pending, returned, a missed day), one signed off with report, characteristic and grade, one graded FX",
    async () => {
      const db = createPersistence(database.connection());
      const seeded = await seedDemo({ db, reference, now, botUsername: "demo_bot" });
      if (seeded.status !== "seeded") throw new Error(seeded.status);
      expect(seeded.diaries.map((d) => `${d.department}:${d.state}`)).toEqual([
        "DEMO-IS:inProgress",
        "DEMO-IS:signed",
        "DEMO-CE:inProgress",
        "DEMO-CE:failed",
      ]);
      // 2 × (5 approved, 1 returned, 3 pending) running, 10 approved signed, 5 approved failed.
      expect(seeded.entries).toEqual({ approved: 25, submitted: 6, returned: 2 });
      for (const status of ENTRY_STATUSES) {
        expect(await db.models.DiaryEntry.countDocuments({ status })).toBe(seeded.entries[status] ?? 0);
      }
      // A Kazakh entry with every Kazakh letter, and a Russian one.
      const texts = (await db.models.DiaryEntry.find({}, { text: 1 }).lean()).map((e) => e.text);
      expect(texts.some((t) => ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і"].every((letter) => t.includes(letter)))).toBe(true);
      expect(texts.some((t) => /^[^әғқңөұүһі]*$/i.test(t) && /[а-яё]{4}/i.test(t))).toBe(true);
      // No entry after the demo's today, none outside its placement.
      for (const entry of await db.models.DiaryEntry.find().lean()) {
        const placement = (await db.placements.findById(entry.placementId))!;
        expect(entry.date >= placement.startDate! && entry.date <= placement.endDate! && entry.date < "2026-11-24").toBe(true);
        expect(entry.submittedAt!.getTime()).toBeLessThanOrEqual(now().getTime());
      }

      const diaries = createDiaryServices({ db, now, reference });
      const invitations = createInvitationService({ db, now });
      const placements = createPlacementService({ db, now, reference, invitations, outbox: createOutbox({ db, now }) });
      const running = seeded.diaries.filter((d) => d.state === "inProgress");
      for (const [i, diary] of running.entries()) {
        const context = await reportContextOf(db, diary);
        const progress = await diaries.entries.getProgress(context.placement);
        expect(progress.missingWorkingDays).toHaveLength(1);
        // QP-06 5.8: one day filled late with the supervisor's permission (approved), and today excused (sick leave).
        const stored = (await db.placements.findById(diary.placementId))!;
        expect(stored.lateEntryDays?.length).toBe(1);
        expect((await db.diaryEntries.findByDate(diary.placementId, stored.lateEntryDays![0]!.date))?.status).toBe("approved");
        expect(stored.excusedDays?.map((d) => d.date)).toEqual(["2026-11-24"]);
        expect(progress.returned).toHaveLength(1);
        expect(progress.returned[0]!.reason).toBeTruthy();
        // The printed organisation supervisor's link, once the department confirms whoever claims it (QP-06 5.12),
        // makes them the approver: /pending lists three entries.
        const link = seeded.links.find((l) => l.who === `organisation supervisor of ${diary.studentName} (${diary.department})`)!;
        const claimant = 5000 + i;
        await db.users.touch({ id: claimant, first_name: "Claimant" }, "ru");
        expect((await invitations.accept(link.code, claimant)).status).toBe("accepted");
        const parked = await reportContextOf(db, diary);
        expect(parked.placement.organisationSupervisorTelegramId).not.toBe(claimant);
        const admin = { telegramId: 1, roles: [], isAdmin: true };
        expect((await placements.decideSupervisorClaim(admin, diary.placementId, claimant, "confirm")).status).toBe("confirmed");
        const after = await reportContextOf(db, diary);
        const pending = await diaries.entries.listPending({ telegramId: claimant, role: "organisationSupervisor" }, [after.placement]);
        expect(pending[0]?.entries).toHaveLength(3);
      }

      // Each department shows an organisation supervisor waiting for the coordinator (QP-06 5.12).
      const waiting = await db.placements.listClaimed();
      expect(waiting.map((p) => p.organisationSupervisor?.claim).map((c) => [c?.fullName, c?.phoneMatched])).toEqual([
        ["Сейітов Ержан Болатұлы", false],
        ["Сейітов Ержан Болатұлы", false],
      ]);
      expect(seeded.tour.filter((stop) => stop.commands === "/supervisor_claims")).toHaveLength(2);
      // Each department names a student who has not joined, whose link the coordinator can re-issue.
      const reissue = seeded.tour.filter((stop) => stop.commands.includes("/reissue "));
      expect(reissue).toHaveLength(2);
      for (const stop of reissue) {
        const number = /\/reissue (\S+)/.exec(stop.commands)![1]!;
        expect((await db.students.findByStudentNumber(number))?.telegramId).toBeUndefined();
      }

      const signed = seeded.diaries.find((d) => d.state === "signed")!;
      const exported = await diaries.exports.exportDiaryPdf(await reportContextOf(db, signed), {
        t: createDocumentTranslations().forLocale("kk"),
        locale: "kk",
      });
      const data = await diaries.exports.buildDiaryReportData(await reportContextOf(db, signed));
      expect(data.totals.approvedHours).toBeGreaterThanOrEqual(data.totals.requiredHours);
      expect(data.entries.every((e) => e.status === "approved")).toBe(true);
      expect(data.grade?.letter).toBe("A-");
      expect(data.characteristic?.suggestedScore).toBe(92);
      expect(data.signOffs.map((s) => s.role).sort()).toEqual(["organisationSupervisor", "universitySupervisor"]);
      // QP-06 6.2–6.5: the signed demo diary keeps the order of the end: report, both sign-offs, then the grade.
      const signedOutcome = await db.practiceOutcomes.find(signed.placementId);
      const lastSignOff = Math.max(...(signedOutcome?.signOffs ?? []).map((x) => x.at.getTime()));
      expect(signedOutcome?.grade?.at.getTime()).toBeGreaterThan(lastSignOff);
      expect(signedOutcome?.report?.uploadedAt.getTime()).toBeLessThan(signedOutcome!.grade!.at.getTime());
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(exported.pdf)), { mergePages: true });
      expect(text).toContain(signed.studentName);
      expect(text).toContain(`Бекітілді: ${data.totals.approvedHours} сағ.`);
      expect(text).toContain(`${data.totals.requiredHours} сағ. ішінен ${data.totals.hours} сағ.`);
      // The printed student link hands the signed diary to whoever claims it (the roster row was never linked to a stand-in).
      const studentLink = seeded.links.find((l) => l.who.startsWith(`student ${signed.studentName} (diary signed off`))!;
      await db.users.touch({ id: 5100, first_name: "Student" }, "kk");
      expect((await invitations.accept(studentLink.code, 5100)).status).toBe("accepted");
      expect(String((await db.students.findByTelegramId(5100))?._id)).toBe((await reportContextOf(db, signed)).placement.studentId);
      const report = await diaries.outcomes.readReport(signed.placementId);
      expect(report?.bytes.subarray(0, 5).toString()).toBe("%PDF-");

      const failed = seeded.diaries.find((d) => d.state === "failed")!;
      const outcome = await diaries.outcomes.getOutcome(failed.placementId);
      expect([outcome?.grade?.letter, outcome?.characteristic?.suggestedLetter, outcome?.report ?? null]).toEqual(["FX", "FX", null]);
    },
    SEED_TIMEOUT,
  );

  it("refuses a database that holds data the demo did not write", async () => {
    const db = createPersistence(database.connection());
    await db.syncIndexes();
    await db.departments.create({ code: "REAL", name: "A real department", policyId: "iitu" });
    const result = await seedDemo({ db, reference, now, botUsername: "demo_bot" });
    expect(result.status).toBe("refused");
    expect(await db.departments.findByCode("REAL")).not.toBeNull();
  });
});

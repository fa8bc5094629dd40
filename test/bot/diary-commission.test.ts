import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { deliver, readyToGrade, seedDiary, type Harness } from "./diary-supervision-support.js";
import { parseCommissionMembers, parseProtocolDate, parseProtocolNumber } from "../../src/domain/diary/assignment.js";

/**
 * QP-06 6.5–6.6: the department's commission hears the reports and decides by majority; the coordinator records a
 * defence session (protocol number and date, members, a grade per student) and gets the protocol as a PDF. The
 * grade gating stays (QP-06 6.2–6.5: after both sign-offs and the report), and only the department's coordinator
 * records it (recordCommissionGrade).
 */
const database = useTestDatabase();
/** A whole session of updates (scenes, PDFs rendered and read back) on a shared 2-core machine. */
const LONG_SCENE = 60_000;
let h: Harness;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
});

const STUDENT = "Әбілқасымова Айгерім";
const MEMBERS_RU = "Ахметов Б. К.\nСерикова А. Т.\nЖунусов Д. М.";

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** A second student of the same department whose diary is not signed yet (not ready for the commission). */
async function notReadyStudent(s: Awaited<ReturnType<typeof seedDiary>>) {
  const person = s.seed.person("ru", "Ерлан");
  const student = await s.seed.student(person, s.department, { fullName: "Омаров Ерлан", studentNumber: "20210346" });
  const placement = await s.seed.placement(student, { universitySupervisor: s.university });
  return { person, placement };
}

describe("QP-06 6.5–6.6: a defence session of the commission, recorded by the coordinator", () => {
  it(
    "ru: number, date (a future one is asked again), members (two are too few), a grade per ready student, confirmation → grades with the protocol, the students told, the protocol PDF, the F-76 prints it",
    async () => {
      const s = await seedDiary(h, "ru");
      const placementId = await readyToGrade(h, s);
      const other = await notReadyStudent(s);
      await h.text(s.coordinator, "/commission");
      expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "commission-ask-number"));
      await h.text(s.coordinator, "7/П");
      await h.text(s.coordinator, "25.12.2026");
      expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "commission-reason-protocolDateFuture"));
      await h.text(s.coordinator, "11.12.2026");
      await h.text(s.coordinator, "Ахметов Б. К.\nСерикова А. Т.");
      expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "commission-reason-membersTooFew", { min: 3 }));
      await h.text(s.coordinator, MEMBERS_RU);
      // Only the signed diary with a report is heard; the other student is not asked about.
      expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "commission-ask-score", { n: 1, total: 1, student: STUDENT, group: "SE-2203" }));
      await h.text(s.coordinator, "101");
      expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "commission-reason-scoreOutOfRange", { min: 0, max: 100 }));
      await h.text(s.coordinator, "91");
      expect(h.lastText(s.coordinator.id)).toContain("Ахметов Б. К., Серикова А. Т., Жунусов Д. М.");
      expect((await h.db.practiceOutcomes.find(placementId))?.grade).toBeUndefined();
      await h.press(s.coordinator, "yn:yes");

      const outcome = await h.db.practiceOutcomes.find(placementId);
      expect(outcome?.grade).toMatchObject({
        score: 91,
        letter: "A-",
        role: "coordinator",
        by: s.coordinator.id,
        commission: { number: "7/П", date: "2026-12-11" },
      });
      const protocol = await h.db.commissionProtocols.findByNumber(String(s.department._id), "7/П");
      expect(protocol).toMatchObject({ members: ["Ахметов Б. К.", "Серикова А. Т.", "Жунусов Д. М."], date: "2026-12-11" });
      expect(protocol?.students.map((x) => [x.studentName, x.score, x.letter])).toEqual([[STUDENT, 91, "A-"]]);
      expect((await h.db.practiceOutcomes.find(String(other.placement._id)))?.grade).toBeUndefined();

      const [sent] = h.telegram.sentDocuments(s.coordinator.id);
      expect(sent!.caption).toBe(h.t("ru", "commission-recorded", { number: "7/П", count: 1 }));
      const text = await pdfText(sent!.bytes);
      expect(text).toContain(h.t("ru", "doc-protocol-title", { number: "7/П" }));
      expect(text).toContain("11.12.2026");
      expect(text).toContain("Серикова А. Т.");
      expect(text).toContain(STUDENT);
      expect(text).toContain("91 — A- (3,67), отлично");

      await deliver(h);
      expect(h.sentTexts(s.student.id)).toContain(
        h.t("ru", "commission-grade-student", { score: 91, letter: "A-", points: 3.67, number: "7/П" }),
      );

      await h.text(s.student, "/export");
      const f76 = await pdfText(h.telegram.sentDocuments(s.student.id).at(-1)!.bytes);
      expect(f76).toContain(h.t("ru", "doc-grade-commission", { number: "7/П", date: "11.12.2026" }));
      expect(f76).toContain("Жунусов Д. М.");

      // The student, once graded by the commission, is not offered to the next session.
      await h.text(s.coordinator, "/commission");
      expect(h.lastText(s.coordinator.id)).toBe(h.t("ru", "commission-none-ready"));
    },
    LONG_SCENE,
  );

  it("kk: the protocol PDF in Kazakh; «-» leaves a student out; the same number twice is refused and grades nothing", async () => {
    const s = await seedDiary(h, "kk");
    const placementId = await readyToGrade(h, s);
    const coordinator = await s.seed.principal(s.coordinator);
    const departmentId = String(s.department._id);
    await h.text(s.coordinator, "/commission");
    await h.text(s.coordinator, "12");
    await h.text(s.coordinator, "11.12.2026");
    await h.text(s.coordinator, "Ахметов Б. К.\nСерікова А. Т.\nЖүнісов Д. М.");
    await h.text(s.coordinator, "-");
    expect(h.lastText(s.coordinator.id)).toBe(h.t("kk", "commission-nobody-graded"));
    expect(await h.db.commissionProtocols.findByNumber(departmentId, "12")).toBeNull();

    const recorded = await h.services.diaryUseCases.commission.recordSession(coordinator, {
      departmentId,
      number: "12",
      date: "11.12.2026",
      members: "Ахметов Б. К.\nСерікова А. Т.\nЖүнісов Д. М.",
      grades: [{ placementId, score: 78 }],
    });
    expect(recorded.status).toBe("recorded");
    const again = await h.services.diaryUseCases.commission.recordSession(coordinator, {
      departmentId,
      number: "12",
      date: "11.12.2026",
      members: "Ахметов Б. К.\nСерікова А. Т.\nЖүнісов Д. М.",
      grades: [{ placementId, score: 95 }],
    });
    expect(again).toEqual({ status: "duplicateNumber", number: "12" });
    expect((await h.db.practiceOutcomes.find(placementId))?.grade?.score).toBe(78);

    const pdf = await h.services.diaryUseCases.commission.protocolPdf(
      coordinator,
      String(recorded.status === "recorded" ? recorded.protocol._id : ""),
      {
        t: (key, params) => h.i18n.t("kk", key, params),
        locale: "kk",
      },
    );
    expect(pdf.status).toBe("found");
    const text = await pdfText(pdf.status === "found" ? pdf.pdf : Buffer.alloc(0));
    expect(text).toContain(h.t("kk", "doc-protocol-title", { number: "12" }));
    expect(text).toContain(h.t("kk", "doc-protocol-members"));
    expect(text).toContain("78 — B- (2,67), жақсы");
  });
});

describe("QP-06 6.5–6.6: the commission's grade is not silently replaced", () => {
  it(
    "ru: after the commission recorded 91 with protocol 7/П, the university supervisor's /grade 40 and /reopen are refused with the protocol; the grade stays",
    async () => {
      const s = await seedDiary(h, "ru");
      const placementId = await readyToGrade(h, s);
      await h.text(s.coordinator, "/commission");
      await h.text(s.coordinator, "7/П");
      await h.text(s.coordinator, "11.12.2026");
      await h.text(s.coordinator, MEMBERS_RU);
      await h.text(s.coordinator, "91");
      await h.press(s.coordinator, "yn:yes");
      expect((await h.db.practiceOutcomes.find(placementId))?.grade).toMatchObject({ score: 91, commission: { number: "7/П" } });

      await h.text(s.university, "/grade");
      await h.text(s.university, "40");
      expect(h.lastText(s.university.id)).toBe(
        h.t("ru", "grade-commission-locked", { student: STUDENT, score: 91, protocol: "7/П", date: "11.12.2026" }),
      );
      expect((await h.db.practiceOutcomes.find(placementId))?.grade).toMatchObject({
        score: 91,
        role: "coordinator",
        commission: { number: "7/П", date: "2026-12-11" },
      });

      await h.text(s.university, "/reopen");
      await h.text(s.university, "Нужно переписать раздел о структуре организации.");
      expect(h.lastText(s.university.id)).toBe(
        h.t("ru", "reopen-commission-locked", { student: STUDENT, protocol: "7/П", date: "11.12.2026" }),
      );
      const after = await h.db.practiceOutcomes.find(placementId);
      expect(after?.signOffs).toHaveLength(2);
      expect(after?.grade).toMatchObject({ score: 91, commission: { number: "7/П" } });
    },
    LONG_SCENE,
  );
});

describe("authorization of recordCommissionGrade and the grade gating (QP-06 6.2–6.6)", () => {
  it("en: a supervisor's /commission and another department's coordinator are refused; an unsigned diary cannot be graded by the commission", async () => {
    const s = await seedDiary(h, "en");
    const placementId = await readyToGrade(h, s);
    const departmentId = String(s.department._id);
    const other = await notReadyStudent(s);
    const input = { departmentId, number: "3", date: "11.12.2026", members: "A. Akhmetov\nB. Serikova\nD. Zhunusov" };

    await h.text(s.university, "/commission");
    expect(h.lastText(s.university.id)).toBe(h.t("en", "errors-not-allowed"));

    const ee = await s.seed.department("EE");
    const otherCoordinator = s.seed.person("en", "OtherCoord");
    await s.seed.staff(otherCoordinator, "coordinator", { departmentId: ee._id });
    const stranger = await s.seed.principal(otherCoordinator);
    expect(await h.services.diaryUseCases.commission.studentsToHear(stranger, departmentId)).toEqual({
      status: "forbidden",
      reason: "notLinked",
    });
    expect(await h.services.diaryUseCases.commission.recordSession(stranger, { ...input, grades: [{ placementId, score: 90 }] })).toEqual({
      status: "forbidden",
      reason: "notLinked",
    });
    // The other coordinator naming their own department cannot reach a placement of this one.
    expect(
      await h.services.diaryUseCases.commission.recordSession(stranger, {
        ...input,
        departmentId: String(ee._id),
        grades: [{ placementId, score: 90 }],
      }),
    ).toEqual({ status: "notFound" });

    const coordinator = await s.seed.principal(s.coordinator);
    expect(
      await h.services.diaryUseCases.commission.recordSession(coordinator, {
        ...input,
        grades: [
          { placementId, score: 90 },
          { placementId: String(other.placement._id), score: 90 },
        ],
      }),
    ).toEqual({ status: "notReady", studentName: "Омаров Ерлан", missing: ["signOffs", "report"] });
    expect((await h.db.practiceOutcomes.find(placementId))?.grade).toBeUndefined();
    expect(await h.db.commissionProtocols.findByNumber(departmentId, "3")).toBeNull();
  });

  it("QP-06 6.6: the protocol's number, date and members are checked", () => {
    expect(parseProtocolNumber(" 12/3-П ")).toEqual({ ok: true, value: "12/3-П" });
    expect(parseProtocolNumber("-12")).toMatchObject({ ok: false });
    expect(parseProtocolDate("1.12.2026", "2026-12-11")).toEqual({ ok: true, value: "2026-12-01" });
    expect(parseProtocolDate("31.11.2026", "2026-12-11")).toEqual({ ok: false, issue: { code: "protocolDateInvalid" } });
    expect(parseProtocolDate("12.12.2026", "2026-12-11")).toEqual({ ok: false, issue: { code: "protocolDateFuture" } });
    expect(parseCommissionMembers("A\nB")).toEqual({ ok: false, issue: { code: "membersTooFew", min: 3 } });
    expect(parseCommissionMembers("A. Akhmetov\n\nB. Serikova; D. Zhunusov")).toEqual({
      ok: true,
      value: ["A. Akhmetov", "B. Serikova", "D. Zhunusov"],
    });
    expect(parseCommissionMembers("A. Akhmetov\n12345\nD. Zhunusov")).toMatchObject({ ok: false, issue: { code: "memberNameInvalid" } });
  });
});

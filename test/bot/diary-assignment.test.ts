import { createHash } from "node:crypto";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { minimalPdf } from "../diary/fixtures.js";
import { deliver, lastAnswer, pressCrafted, readyToGrade, seedDiary, type Harness } from "./diary-supervision-support.js";
import { validateAssignmentText } from "../../src/domain/diary/assignment.js";

/**
 * QP-06 5.13: the direct supervisor (the organisation's, or the university's) gives the student individual tasks,
 * as text or as a document; the student sees them in /myplacement and the F-76 prints them. Every write asks
 * can(writeAssignment): a forged button of someone not linked, the student and a pending organisation supervisor
 * are refused, and a signed diary keeps its assignment.
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

const TASKS_KK =
  "1. Ұйымның құрылымымен және ішкі тәртіп ережелерімен танысу.\n2. Тапсырыстар дерекқорының кестелерін жобалау.\n3. Есептерге арналған SQL сұраныстарын жазу.";
const TASKS_RU = "Изучить структуру отдела, спроектировать схему базы данных заказов и подготовить отчёт по нагрузочному тестированию.";

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("QP-06 5.13: the individual assignment written as text", () => {
  it(
    "kk: the organisation supervisor writes it with /assignment (a too short text is asked again); the student is told, sees it in /myplacement and the F-76 prints it",
    async () => {
      const s = await seedDiary(h, "kk");
      const placementId = String(s.placement._id);
      await h.text(s.organisation, "/assignment");
      expect(h.lastText(s.organisation.id)).toBe(
        h.t("kk", "assignment-ask", { student: "Әбілқасымова Айгерім", min: 10, max: 3000, maxMb: 20 }),
      );
      await h.text(s.organisation, "Танысу");
      expect(h.lastText(s.organisation.id)).toBe(h.t("kk", "assignment-reason-assignmentTooShort"));
      expect(await h.db.individualAssignments.find(placementId)).toBeNull();
      await h.text(s.organisation, TASKS_KK);
      expect(h.lastText(s.organisation.id)).toBe(h.t("kk", "assignment-saved", { student: "Әбілқасымова Айгерім" }));
      const stored = await h.db.individualAssignments.find(placementId);
      expect(stored?.current).toMatchObject({ text: TASKS_KK, by: s.organisation.id, role: "organisationSupervisor" });
      expect(stored?.history).toHaveLength(1);

      await deliver(h);
      expect(h.sentTexts(s.student.id).some((t) => t.includes(TASKS_KK))).toBe(true);

      await h.text(s.student, "/myplacement");
      const shown = h.lastText(s.student.id);
      expect(shown).toContain(h.t("kk", "assignment-student-title", { by: "Гүлнар" }));
      expect(shown).toContain(TASKS_KK);

      await h.text(s.student, "/export");
      const [exported] = h.telegram.sentDocuments(s.student.id);
      const text = await pdfText(exported!.bytes);
      expect(text).toContain(h.t("kk", "doc-assignment-title"));
      expect(text).toContain("Тапсырыстар дерекқорының кестелерін жобалау.");
      // The paper form's lines for the handwritten signatures and the organisation's seal.
      expect(text).toContain(h.t("kk", "doc-signatures-title"));
      expect(text).toContain(h.t("kk", "doc-seal"));
    },
    LONG_SCENE,
  );

  it("ru: a second version replaces the first in /myplacement and the F-76; the history keeps both; without an assignment the F-76 says none was given", async () => {
    const s = await seedDiary(h, "ru");
    const placementId = String(s.placement._id);
    await h.text(s.student, "/export");
    expect(await pdfText(h.telegram.sentDocuments(s.student.id).at(-1)!.bytes)).toContain(h.t("ru", "doc-assignment-none"));
    await h.text(s.student, "/myplacement");
    expect(h.lastText(s.student.id)).toContain(h.t("ru", "assignment-student-none"));

    await h.text(s.organisation, "/assignment");
    await h.text(s.organisation, "Изучить структуру отдела и правила внутреннего распорядка.");
    await h.text(s.organisation, "/assignment");
    expect(h.lastText(s.organisation.id)).toContain(h.t("ru", "assignment-replaces"));
    await h.text(s.organisation, TASKS_RU);
    const stored = await h.db.individualAssignments.find(placementId);
    expect(stored?.history.map((a) => a.text)).toEqual(["Изучить структуру отдела и правила внутреннего распорядка.", TASKS_RU]);
    await h.text(s.student, "/myplacement");
    expect(h.lastText(s.student.id)).toContain(TASKS_RU);
    expect(h.lastText(s.student.id)).not.toContain("правила внутреннего распорядка");
    await h.text(s.student, "/export");
    const text = await pdfText(h.telegram.sentDocuments(s.student.id).at(-1)!.bytes);
    expect(text).toContain("спроектировать схему базы данных заказов");
    expect(text).not.toContain("правила внутреннего распорядка");
  });

  it("QP-06 5.13: text limits (10–3000 characters; a document's caption may be empty)", () => {
    expect(validateAssignmentText("Коротко")).toMatchObject({ code: "assignmentTooShort" });
    expect(validateAssignmentText("x".repeat(3001))).toMatchObject({ code: "assignmentTooLong" });
    expect(validateAssignmentText("", true)).toBeNull();
    expect(validateAssignmentText(TASKS_RU)).toBeNull();
  });
});

describe("QP-06 5.13: the individual assignment uploaded as a document", () => {
  it("ru: the university supervisor uploads a PDF from the student card (GridFS, SHA-256); the student opens the file from /myplacement; a photo is refused", async () => {
    const s = await seedDiary(h, "ru", { organisation: false });
    const placementId = String(s.placement._id);
    await pressCrafted(h, s.university, `asg:${placementId}`);
    expect(h.lastText(s.university.id)).toContain(
      h.t("ru", "assignment-ask", { student: "Әбілқасымова Айгерім", min: 10, max: 3000, maxMb: 20 }),
    );
    await h.photo(s.university, "tasks");
    expect(h.lastText(s.university.id)).toBe(h.t("ru", "assignment-need-text-or-document"));
    const pdf = await minimalPdf("Individual tasks");
    const sha = createHash("sha256").update(pdf).digest("hex");
    await h.document(s.university, "zadanie.pdf", "application/pdf", { bytes: pdf, caption: "Задание согласовано с заведующим кафедрой." });
    expect(h.lastText(s.university.id)).toBe(
      [
        h.t("ru", "assignment-saved", { student: "Әбілқасымова Айгерім" }),
        h.t("ru", "assignment-saved-document", { file: "zadanie.pdf" }),
      ].join("\n\n"),
    );
    const stored = await h.db.individualAssignments.find(placementId);
    expect(stored?.current).toMatchObject({
      role: "universitySupervisor",
      text: "Задание согласовано с заведующим кафедрой.",
      document: { fileName: "zadanie.pdf", sha256: sha, telegramFileId: "f-zadanie.pdf" },
    });
    expect(Buffer.compare((await h.db.practiceFiles.read(stored!.current.document!.gridFsId))!, pdf)).toBe(0);

    await h.text(s.student, "/myplacement");
    expect(h.lastText(s.student.id)).toContain(h.t("ru", "assignment-student-document", { file: "zadanie.pdf" }));
    expect(h.lastButtons(s.student.id)).toContain(`svv.ad:${placementId}`);
    await h.press(s.student, `svv.ad:${placementId}`);
    const sent = h.calls.filter((c) => c.method === "sendDocument" && c.payload["chat_id"] === s.student.id).at(-1);
    expect(sent?.payload["document"]).toBe("f-zadanie.pdf");

    await h.text(s.student, "/export");
    const text = await pdfText(h.telegram.sentDocuments(s.student.id).at(-1)!.bytes);
    expect(text).toContain("zadanie.pdf");
    expect(text).toContain(sha.slice(0, 12));
  });
});

describe("authorization of writeAssignment (QP-06 5.13), through the bot", () => {
  it("en: another supervisor's forged button, the student's command and a pending organisation supervisor are refused; nothing is written", async () => {
    const s = await seedDiary(h, "en");
    const placementId = String(s.placement._id);
    const other = s.seed.person("en", "OtherUni");
    await s.seed.staff(other, "universitySupervisor", { departmentId: s.department._id });
    await h.db.users.setLanguage(other.id, "en");
    await pressCrafted(h, other, `asg:${placementId}`);
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-notLinked"));
    await h.text(other, "Learn the structure of the department and design the schema.");
    expect(await h.db.individualAssignments.find(placementId)).toBeNull();

    await h.text(s.student, "/assignment");
    expect(h.lastText(s.student.id)).toBe(h.t("en", "errors-not-allowed"));

    await database
      .connection()
      .collection("placements")
      .updateOne({ _id: s.placement._id }, { $set: { "organisationSupervisor.status": "pending" } });
    const pending = await h.services.diaryUseCases.assignment.write(await s.seed.principal(s.organisation), placementId, {
      text: "Learn the structure of the department and design the schema.",
    });
    expect(pending).toEqual({ status: "forbidden", reason: "organisationSupervisorPending" });
    await pressCrafted(h, s.organisation, `asg:${placementId}`);
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-notLinked"));
    expect(await h.db.individualAssignments.find(placementId)).toBeNull();

    // The university supervisor writes it while the organisation's is not confirmed (QP-06 5.13: "or the university's").
    await pressCrafted(h, s.university, `asg:${placementId}`);
    await h.text(s.university, "Learn the structure of the department and design the schema.");
    expect((await h.db.individualAssignments.find(placementId))?.current.by).toBe(s.university.id);
  });

  it("QP-06 6.2: a signed diary keeps its assignment until a supervisor reopens it", async () => {
    const s = await seedDiary(h, "en");
    const placementId = await readyToGrade(h, s);
    await pressCrafted(h, s.organisation, `asg:${placementId}`);
    await h.text(s.organisation, "Learn the structure of the department and design the schema.");
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "assignment-locked", { student: "Әбілқасымова Айгерім" }));
    expect(await h.db.individualAssignments.find(placementId)).toBeNull();
  });
});

describe("/myplacement: the calendar norm (QP-06 3.6)", () => {
  it("ru: 8 weeks from 23.11.2026 show 216 h (kz-2026.json 16.12; kz-2027.json 1.01, 4.01, 7.01), not the nominal 240 h", async () => {
    const s = await seedDiary(h, "ru");
    const person = s.seed.person("ru", "Ерлан");
    const student = await s.seed.student(person, s.department, { fullName: "Омаров Ерлан", studentNumber: "20210346" });
    await s.seed.placement(student, {
      startDate: "2026-11-23",
      endDate: "2027-01-17",
      weeks: 8,
      requiredHours: 240,
      universitySupervisor: s.university,
    });
    await h.db.users.setLanguage(person.id, "ru");
    await h.text(person, "/myplacement");
    const shown = h.lastText(person.id);
    expect(shown).toContain(h.t("ru", "base-view-dates", { start: "23.11.2026", end: "17.01.2027", weeks: 8, hours: 216 }));
    expect(shown).not.toContain(h.t("ru", "base-view-dates", { start: "23.11.2026", end: "17.01.2027", weeks: 8, hours: 240 }));
  });
});

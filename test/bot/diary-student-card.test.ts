import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { lastAnswer, notify, pressCrafted, readyToGrade, seedDiary, type Harness } from "./diary-supervision-support.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";

/**
 * The supervisor's full view of each of their students (viewDiary; QP-06 5.8, 5.12): from /pending and /students a
 * card with buttons for the entries week by week (each entry's attachments again), the individual assignment, the
 * report (latest and history), the characteristic and the current F-76. Every press is decided again by can():
 * another supervisor, a coordinator of another department and forged data get nothing.
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

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

async function entryWithPhoto(s: Awaited<ReturnType<typeof seedDiary>>, date: string) {
  const loaded = await h.services.diaryPlacements.load(String(s.placement._id));
  const result = await h.services.diary.entries.submitEntry({
    placement: loaded!.diary,
    actor: { telegramId: s.student.id, role: "student", studentId: loaded!.diary.studentId },
    date,
    hours: 6,
    text: "Собрал стенд и сфотографировал монтаж шкафа управления для отчёта по практике.",
    evidence: [{ kind: "photo", fileId: "p-cabinet", fileUniqueId: "up-cabinet" }],
  });
  if (result.status !== "created") throw new Error(result.status);
  return result.entry;
}

describe("the supervisor's full view of a student (viewDiary)", () => {
  it(
    "ru: /pending → the card; entries of the week with the attachments again; report with history; characteristic; the F-76 PDF",
    async () => {
      const s = await seedDiary(h, "ru");
      const placementId = String(s.placement._id);
      const entry = await entryWithPhoto(s, "2026-11-20");
      await h.text(s.organisation, "/pending");
      const open = `svv:${placementId}`;
      expect(
        h.calls.some((c) => c.payload["chat_id"] === s.organisation.id && JSON.stringify(c.payload["reply_markup"] ?? {}).includes(open)),
      ).toBe(true);
      await pressCrafted(h, s.organisation, open);
      const card = h.lastText(s.organisation.id);
      expect(card).toContain(h.t("ru", "card-title", { student: STUDENT, group: "SE-2203", number: `S${s.student.id}` }));
      expect(card).toContain(h.t("ru", "card-hours", { approved: 0, handedIn: 6, required: 120, pending: 1 }));
      expect(card).toContain(h.t("ru", "card-assignment-missing"));
      expect(card).toContain(h.t("ru", "card-report-none"));
      expect(h.lastButtons(s.organisation.id)).toEqual([
        `svv.w:${placementId}:2`,
        `svv.a:${placementId}`,
        `svv.r:${placementId}`,
        `svv.c:${placementId}`,
        `svv.p:${placementId}`,
        `asg:${placementId}`,
      ]);

      // The card opens the current week (2); its "previous" button leads to week 1, which holds the entry of 20.11
      // with its photo sent again on demand.
      await h.press(s.organisation, `svv.w:${placementId}:2`);
      expect(h.lastText(s.organisation.id)).toContain(h.t("ru", "card-week-empty"));
      expect(h.lastButtons(s.organisation.id)).toEqual([`svv.w:${placementId}:1`, `svv.w:${placementId}:3`, `svv:${placementId}`]);
      await h.press(s.organisation, `svv.w:${placementId}:1`);
      const week = h.lastText(s.organisation.id);
      expect(week).toContain(
        h.t("ru", "card-week-title", {
          student: STUDENT,
          index: 1,
          weeks: 4,
          from: "16.11.2026",
          to: "22.11.2026",
          hours: 6,
          approved: 0,
          norm: 30,
        }),
      );
      expect(week).toContain("сфотографировал монтаж шкафа");
      expect(h.lastButtons(s.organisation.id)).toContain(`svp.ev:${entry.id}`);
      await h.press(s.organisation, `svp.ev:${entry.id}`);
      expect(
        h.calls.filter((c) => c.method === "sendPhoto" && c.payload["chat_id"] === s.organisation.id).map((c) => c.payload["photo"]),
      ).toEqual(["p-cabinet"]);

      // The report: two uploads (the entry approved first, so the diary can be signed), the history lists both and the one in force comes as the file.
      await notify(h, s.organisation, entry);
      await h.press(s.organisation, diaryDecision.pack("ok", entry.id, entry.version));
      await readyToGrade(h, s);
      await h.text(s.student, "/report");
      await h.document(s.student, "report-v2.pdf", "application/pdf", {
        bytes: new Uint8Array(Buffer.from("%PDF-1.4\n% v2\n%%EOF\n", "latin1")),
      });
      await pressCrafted(h, s.university, `svv.r:${placementId}`);
      const history = h.sentTexts(s.university.id).at(-1)!;
      expect(history).toContain(h.t("ru", "card-report-history", { student: STUDENT, count: 2 }));
      expect(history).toContain("«report.pdf»");
      expect(history).toContain("«report-v2.pdf»");
      const sent = h.calls.filter((c) => c.method === "sendDocument" && c.payload["chat_id"] === s.university.id).at(-1);
      expect(sent?.payload["document"]).toBe("f-report-v2.pdf");

      // No characteristic yet, then one.
      await pressCrafted(h, s.university, `svv.c:${placementId}`);
      expect(h.lastText(s.university.id)).toBe(h.t("ru", "card-characteristic-missing", { student: STUDENT }));

      // The current F-76, issued and verifiable like the student's own /export.
      await pressCrafted(h, s.university, `svv.p:${placementId}`);
      const [pdf] = h.telegram.sentDocuments(s.university.id);
      const text = await pdfText(pdf!.bytes);
      expect(text).toContain(STUDENT);
      expect(text).toContain(h.t("ru", "doc-assignment-title"));
      const issued = await h.db.documentVerifications.latest(placementId);
      expect(pdf!.caption).toContain(issued!.code.replace(/(.{4})(?=.)/g, "$1-"));
    },
    LONG_SCENE,
  );

  it("kk: /students of the university supervisor lists a card button per student with a diary", async () => {
    const s = await seedDiary(h, "kk");
    await h.text(s.university, "/students");
    expect(h.lastButtons(s.university.id)).toContain(`svv:${String(s.placement._id)}`);
    await h.press(s.university, `svv:${String(s.placement._id)}`);
    expect(h.lastText(s.university.id)).toContain(
      h.t("kk", "card-title", { student: STUDENT, group: "SE-2203", number: `S${s.student.id}` }),
    );
    // The university supervisor may set the tasks too (QP-06 5.13).
    expect(h.lastButtons(s.university.id)).toContain(`asg:${String(s.placement._id)}`);
  });
});

describe("authorization of the full view (viewDiary), through the bot", () => {
  it("en: another supervisor, another department's coordinator and forged data are refused at every button; the own coordinator sees it without the write button", async () => {
    const s = await seedDiary(h, "en");
    const placementId = String(s.placement._id);
    await entryWithPhoto(s, "2026-11-20");
    const other = s.seed.person("en", "OtherUni");
    await s.seed.staff(other, "universitySupervisor", { departmentId: s.department._id });
    const ee = await s.seed.department("EE");
    const otherCoordinator = s.seed.person("en", "OtherCoord");
    await s.seed.staff(otherCoordinator, "coordinator", { departmentId: ee._id });
    for (const person of [other, otherCoordinator]) await h.db.users.setLanguage(person.id, "en");

    for (const attacker of [other, otherCoordinator]) {
      for (const data of [
        `svv:${placementId}`,
        `svv.w:${placementId}:1`,
        `svv.a:${placementId}`,
        `svv.r:${placementId}`,
        `svv.c:${placementId}`,
        `svv.p:${placementId}`,
      ]) {
        const calls = await pressCrafted(h, attacker, data);
        expect(lastAnswer(h), `${attacker.firstName} ${data}`).toBe(h.t("en", "diary-reason-notLinked"));
        expect(calls.some((c) => c.method === "sendMessage" || c.method === "sendDocument" || c.method === "sendPhoto")).toBe(false);
      }
    }
    expect(h.telegram.sentDocuments(other.id)).toEqual([]);

    await pressCrafted(h, s.student, `svv:${"0".repeat(24)}`);
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-notFound"));
    await pressCrafted(h, s.organisation, `svv.w:${placementId}:x`);
    expect(lastAnswer(h)).toBe(h.t("en", "errors-stale-button"));

    await pressCrafted(h, s.coordinator, `svv:${placementId}`);
    expect(h.lastText(s.coordinator.id)).toContain(STUDENT);
    expect(h.lastButtons(s.coordinator.id)).not.toContain(`asg:${placementId}`);
  });
});

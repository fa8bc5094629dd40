import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import {
  deliver,
  entryStatus,
  LAST_DAY,
  lastAnswer,
  notify,
  pressCrafted,
  readyToGrade,
  seedDiary,
  signOff,
  type Harness,
  type Locale,
} from "./diary-supervision-support.js";

const database = useTestDatabase();
let h: Harness;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
});

const LOCALES: Locale[] = ["kk", "ru", "en"];

describe.each(LOCALES)("supervisors on the diary (%s)", (locale) => {
  it("QP-06 5.11: the organisation supervisor approves; the student is told; a second press changes nothing", async () => {
    const s = await seedDiary(h, locale);
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-20" }]);
    await notify(h, s.organisation, entry!);
    const data = diaryDecision.pack("ok", entry!.id, entry!.version);
    const calls = await h.press(s.organisation, data);
    expect(lastAnswer(h)).toBe(h.t(locale, "supervision-toast-approved"));
    expect(calls.some((c) => c.method === "editMessageText")).toBe(true);
    const after = await entryStatus(h, entry!.id);
    expect(after.status).toBe("approved");
    expect(after.decision).toMatchObject({ kind: "approved", by: s.organisation.id, role: "organisationSupervisor" });
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(h.t(locale, "supervision-student-approved", { date: "20.11.2026", reason: "" }));

    // Double press on the same (crafted, still shown) button: already approved, nothing changes.
    await pressCrafted(h, s.organisation, data);
    expect(lastAnswer(h)).toBe(h.t(locale, "diary-reason-already-approved", { name: "Гүлнар", at: "23.11.2026 14:01" }));
    expect((await entryStatus(h, entry!.id)).version).toBe(after.version);
  });

  it("QP-06 5.8: Return asks for a reason (too short refused), then returns the entry and tells the student", async () => {
    const s = await seedDiary(h, locale);
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-19" }]);
    await notify(h, s.organisation, entry!);
    await h.press(s.organisation, diaryDecision.pack("ret", entry!.id, entry!.version));
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "supervision-return-ask"));
    await h.text(s.organisation, "no");
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "diary-reason-reasonTooShort", { min: 3, max: 1000 }));
    expect((await entryStatus(h, entry!.id)).status).toBe("submitted");
    await h.text(s.organisation, "Please describe the tasks in more detail");
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "supervision-toast-returned"));
    const after = await entryStatus(h, entry!.id);
    expect(after.status).toBe("returned");
    expect(after.decision).toMatchObject({ kind: "returned", reason: "Please describe the tasks in more detail" });
    await deliver(h);
    expect(h.lastText(s.student.id)).toBe(
      h.t(locale, "supervision-student-returned", { date: "19.11.2026", reason: "Please describe the tasks in more detail" }),
    );
  });

  it("an entry changed since the message: the old button changes nothing and the current version is offered", async () => {
    const s = await seedDiary(h, locale);
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-18" }]);
    await notify(h, s.organisation, entry!);
    const old = diaryDecision.pack("ok", entry!.id, entry!.version);
    const [edited] = await s.seed.entries(h.services, s.placement, s.student, [
      { date: "2026-11-18", text: "Басқа мәтін: серверді баптадым және есеп жаздым, толығырақ." },
    ]);
    await h.press(s.organisation, old);
    expect(lastAnswer(h)).toBe(h.t(locale, "diary-reason-changed"));
    expect((await entryStatus(h, entry!.id)).status).toBe("submitted");
    expect(h.lastButtons(s.organisation.id)).toEqual([
      diaryDecision.pack("ok", edited!.id, edited!.version),
      diaryDecision.pack("ret", edited!.id, edited!.version),
    ]);
    await h.press(s.organisation, diaryDecision.pack("ok", edited!.id, edited!.version));
    expect((await entryStatus(h, entry!.id)).status).toBe("approved");
  });

  it("a forged decision button is stale", async () => {
    const s = await seedDiary(h, locale);
    await pressCrafted(h, s.organisation, "dia.ok:nothex:1");
    expect(lastAnswer(h)).toBe(h.t(locale, "errors-stale-button"));
  });

  it("/pending groups by student; approve-all approves only the shown entries", async () => {
    const s = await seedDiary(h, locale);
    await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-17" }, { date: "2026-11-18" }]);
    await h.text(s.organisation, "/pending");
    const texts = h.sentTexts(s.organisation.id);
    expect(texts).toContain(h.t(locale, "supervision-pending-header", { count: 2, students: 1 }));
    const approveAll = h.calls
      .filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === s.organisation.id)
      .flatMap((c) => ((c.payload["reply_markup"]?.inline_keyboard ?? []) as { callback_data: string }[][]).flat())
      .map((b) => b.callback_data)
      .find((d) => d.startsWith("svp.all:"));
    expect(approveAll).toBeDefined();
    const listMessage = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === s.organisation.id).at(-2)!;
    // A third entry is handed in after the list was shown: nothing is approved blindly.
    const [late] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-19" }]);
    await h.press(s.organisation, approveAll!, listMessage.result.message_id as number);
    expect(lastAnswer(h)).toBe(h.t(locale, "supervision-pending-list-changed"));
    const pending = await h.services.diary.entries.listPending({ telegramId: s.organisation.id, role: "organisationSupervisor" }, [
      (await h.services.diaryPlacements.load(String(s.placement._id)))!.diary,
    ]);
    expect(pending[0]!.entries).toHaveLength(3);
    // The list shown again (three entries) is approved as shown.
    const again = h.lastButtons(s.organisation.id).find((d) => d.startsWith("svp.all:"));
    await h.press(s.organisation, again!);
    const edit = h.calls.filter((c) => c.method === "editMessageText").at(-1);
    expect(edit?.payload["text"]).toBe(h.t(locale, "supervision-pending-approved", { student: "Әбілқасымова Айгерім", count: 3 }));
    expect((await entryStatus(h, late!.id)).status).toBe("approved");
    await deliver(h);
    expect(h.lastText(s.student.id)).toContain("19.11.2026");
  });

  it("/pending one by one: entries handed in before the supervisor was linked come with Approve / Return; one is returned with a reason (QP-06 5.8)", async () => {
    const s = await seedDiary(h, locale);
    const entries = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-17" }, { date: "2026-11-18" }]);
    await h.text(s.organisation, "/pending");
    const listMessage = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === s.organisation.id).at(-2)!;
    await h.press(s.organisation, `svp.one:${String(s.placement._id)}`, listMessage.result.message_id as number);
    const keyboards = h.calls
      .filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === s.organisation.id)
      .slice(-2)
      .map((c) => ((c.payload["reply_markup"]?.inline_keyboard ?? []) as { callback_data: string }[][]).flat().map((b) => b.callback_data));
    expect(keyboards).toEqual(entries.map((e) => [diaryDecision.pack("ok", e.id, e.version), diaryDecision.pack("ret", e.id, e.version)]));
    await h.press(s.organisation, diaryDecision.pack("ret", entries[1]!.id, entries[1]!.version));
    await h.text(s.organisation, "Опишите подробнее, что сделано.");
    expect((await entryStatus(h, entries[1]!.id)).status).toBe("returned");
    expect((await entryStatus(h, entries[0]!.id)).status).toBe("submitted");
    // Someone who is not linked to the student gets nothing from a forged press.
    const stranger = s.seed.person(locale, "Бөгде");
    await s.seed.staff(stranger, "organisationSupervisor", { studentId: s.studentDoc._id });
    await h.text(stranger, "/pending");
    const strangerMessage = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === stranger.id).at(-1)!;
    await h.press(stranger, `svp.one:${String(s.placement._id)}`, strangerMessage.result.message_id as number);
    expect(h.sentTexts(stranger.id).some((t) => t.includes("2026"))).toBe(false);
  });

  it("the digest preference is stored on the user from /pending", async () => {
    const s = await seedDiary(h, locale);
    await h.text(s.university, "/pending");
    expect(h.lastText(s.university.id)).toBe(h.t(locale, "supervision-digest-off"));
    await h.press(s.university, "svp.dg:on");
    expect((await h.db.users.findByTelegramId(s.university.id))?.diaryDigest).toBe(true);
    await h.press(s.university, "svp.dg:off");
    expect((await h.db.users.findByTelegramId(s.university.id))?.diaryDigest).toBe(false);
  });

  it("QP-06 6.8: the organisation supervisor writes the characteristic with a suggested score and its letter", async () => {
    const s = await seedDiary(h, locale);
    await h.text(s.organisation, "/characteristic");
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "supervision-characteristic-ask-text"));
    const reference = "Айгерім жауапкершілікпен жұмыс істеді, дерекқорларды жобалауды жақсы меңгерді, ұжыммен тіл табыса білді.";
    await h.text(s.organisation, reference);
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "supervision-characteristic-ask-score"));
    await h.text(s.organisation, "150");
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "diary-reason-scoreOutOfRange", { min: 0, max: 100 }));
    await h.text(s.organisation, "92");
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "characteristic-document-ask", { maxMb: 20 }));
    await h.press(s.organisation, "svc.doc:skip");
    const outcome = await h.services.diary.outcomes.getOutcome(String(s.placement._id));
    expect(outcome?.characteristic).toMatchObject({ suggestedScore: 92, suggestedLetter: "A-", by: s.organisation.id });
    expect(h.lastText(s.organisation.id)).toBe(
      h.t(locale, "supervision-characteristic-saved", { student: "Әбілқасымова Айгерім", score: 92, letter: "A-", points: 3.67 }),
    );
  });

  it("MR-595 App. 1; QP-06 6.10–6.11: an FX grade tells the student what happens next", async () => {
    const s = await seedDiary(h, locale);
    await readyToGrade(h, s);
    await h.text(s.university, "/grade");
    expect(h.lastText(s.university.id)).toBe(h.t(locale, "supervision-grade-ask"));
    await h.text(s.university, "abc");
    expect(h.lastText(s.university.id)).toBe(h.t(locale, "diary-reason-scoreNotANumber"));
    await h.text(s.university, "30");
    const outcome = await h.services.diary.outcomes.getOutcome(String(s.placement._id));
    expect(outcome?.grade).toMatchObject({ score: 30, letter: "FX", role: "universitySupervisor" });
    expect(h.lastText(s.university.id)).toBe(
      [
        h.t(locale, "supervision-grade-recorded", { student: "Әбілқасымова Айгерім", score: 30, letter: "FX", points: 0.5 }),
        h.t(locale, "supervision-grade-failing-told"),
      ].join("\n\n"),
    );
    await deliver(h);
    const told = h.sentTexts(s.student.id);
    expect(told).toContain(h.t(locale, "diary-reason-consequence-resitFinalControl"));
    expect(told).toContain(h.t(locale, "diary-reason-consequence-academicDebt"));
  });

  it("QP-06 6.5: the coordinator records the commission's grade (F: repeat the practice)", async () => {
    const s = await seedDiary(h, locale);
    await readyToGrade(h, s);
    await h.text(s.coordinator, "/grade");
    await h.text(s.coordinator, "10");
    const outcome = await h.services.diary.outcomes.getOutcome(String(s.placement._id));
    expect(outcome?.grade).toMatchObject({ letter: "F", role: "coordinator" });
    await deliver(h);
    expect(h.sentTexts(s.student.id)).toContain(h.t(locale, "diary-reason-consequence-repeatPractice"));
  });

  it("QP-06 6.2: sign-off is refused while entries are pending, then allowed for both supervisors", async () => {
    const s = await seedDiary(h, locale);
    const placementId = String(s.placement._id);
    const entries = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-17" }, { date: "2026-11-18" }]);
    h.setNow(() => new Date(LAST_DAY));
    await signOff(h, s.university, placementId);
    expect(h.lastText(s.university.id)).toContain(h.t(locale, "diary-reason-signoff-entriesNotApproved", { count: 2 }));
    expect(h.lastText(s.university.id)).toContain("17.11.2026, 18.11.2026");
    for (const entry of entries) {
      await notify(h, s.organisation, entry);
      await h.press(s.organisation, diaryDecision.pack("ok", entry.id, entry.version));
    }
    await signOff(h, s.university, placementId);
    expect(h.lastText(s.university.id)).toBe(h.t(locale, "supervision-signoff-done", { student: "Әбілқасымова Айгерім" }));
    await signOff(h, s.organisation, placementId);
    expect(h.lastText(s.organisation.id)).toBe(h.t(locale, "supervision-signoff-complete", { student: "Әбілқасымова Айгерім" }));
    await h.text(s.organisation, "/signoff");
    expect(h.lastText(s.organisation.id)).toContain(h.t(locale, "diary-reason-signoff-alreadySigned"));
  });

  it("coordinators' /export sends the department's status as XLSX", async () => {
    const s = await seedDiary(h, locale);
    await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-17" }]);
    const calls = await h.text(s.coordinator, "/export");
    // The coordinator's first update also publishes their chat's command menu (test/bot/staff-commands.test.ts).
    expect(calls.map((c) => c.method).filter((m) => m !== "setMyCommands")).toEqual(["sendMessage", "sendDocument"]);
    expect(h.lastText(s.coordinator.id)).toBe(h.t(locale, "supervision-export-wait"));
    // A student's /export is not the coordinator's: it falls through to the student's own diary (PDF), never the department's XLSX.
    await h.text(s.student, "/export");
    const studentFiles = h.telegram.sentDocuments(s.student.id).map((d) => d.fileName);
    expect(studentFiles.length).toBeGreaterThan(0);
    expect(studentFiles.every((name) => name.endsWith(".pdf"))).toBe(true);
  });
});

describe("the university supervisor without an organisation supervisor", () => {
  it("approves while nobody from the organisation is linked (QP-06 5.6–5.8)", async () => {
    const s = await seedDiary(h, "ru", { organisation: false });
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-20" }]);
    await notify(h, s.university, entry!);
    await h.press(s.university, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect((await entryStatus(h, entry!.id)).decision).toMatchObject({ role: "universitySupervisor" });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

/**
 * The diary's calendar through the real bot (QP-06 3.6, 5.8, 5.10): weekly norms from the holiday files,
 * the diary opening on the placement's approval, `/permit` and `/excuse` by a linked supervisor, and the
 * flags a supervisor sees.
 */
const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
/** Wednesday 16 December 2026 (Independence Day, kz-2026.json), 11:00 in Almaty: week 4 of the practice. */
let now = new Date("2026-12-16T06:00:00Z");
const NUMBER = "20B030001";

const person = (id: number, firstName: string): TestPerson => ({ id, firstName, languageCode: "ru" });
const student = person(8101, "Айгерим");
const university = person(8102, "Данияр");
const organisation = person(8103, "Гульнар");
const coordinator = person(8104, "Сауле");
const otherUniversity = person(8105, "Марат");
const otherCoordinator = person(8106, "Болат");
const otherOrganisation = person(8107, "Ерлан");

const TEXT = "Разработал модуль отчётов и исправил ошибки, найденные при тестировании.";

/** 8 weeks from Monday 23.11.2026 (the case), approved on `approvedOn` (the diary opens then). */
async function setUp(approvedOn = "2026-11-16") {
  const seed = createSeeder(h.db, () => now);
  const department = await seed.department("CS", "iitu");
  const other = await seed.department("EE", "iitu");
  const studentDoc = await seed.student(student, department, { fullName: "Абилкасымова Айгерим", studentNumber: NUMBER });
  const otherStudent = await seed.student(person(8108, "Асель"), department, { fullName: "Нурланова Асель", studentNumber: "20B030002" });
  await seed.staff(university, "universitySupervisor", { departmentId: department._id });
  await seed.staff(otherUniversity, "universitySupervisor", { departmentId: department._id });
  await seed.staff(coordinator, "coordinator", { departmentId: department._id });
  await seed.staff(otherCoordinator, "coordinator", { departmentId: other._id });
  await seed.staff(organisation, "organisationSupervisor", { studentId: studentDoc._id });
  await seed.staff(otherOrganisation, "organisationSupervisor", { studentId: otherStudent._id });
  const placement = await seed.placement(studentDoc, {
    startDate: "2026-11-23",
    endDate: "2027-01-17",
    weeks: 8,
    requiredHours: 240,
    universitySupervisor: university,
    organisationSupervisor: organisation,
  });
  await seed.placement(otherStudent, {
    startDate: "2026-11-23",
    endDate: "2027-01-17",
    weeks: 8,
    organisationSupervisor: otherOrganisation,
  });
  // The coordinator's approval as placement.service records it (QP-06 5.10).
  await h.db.models.Placement.updateOne({ _id: placement._id }, { $set: { approvedAt: new Date(`${approvedOn}T04:00:00Z`) } });
  for (const p of [student, university, organisation, coordinator, otherUniversity, otherCoordinator, otherOrganisation]) {
    await h.db.users.touch({ id: p.id, first_name: p.firstName }, null);
    await h.db.users.setLanguage(p.id, "ru");
  }
  return { placementId: String(placement._id) };
}

const lastText = (p: TestPerson) => h.sentTexts(p.id).at(-1) ?? "";
const stored = async (id: string) => (await h.db.placements.findById(id))!;

/** Drains the outbox a minute later (the dispatcher's lease of the previous drain is still running on a frozen clock). */
async function deliver() {
  now = new Date(now.getTime() + 60_000);
  return h.deliver();
}

/** The date buttons the entry scene offers. */
async function offeredDays(p: TestPerson): Promise<string[]> {
  const calls = await h.text(p, "/diary");
  const keyboards = calls.flatMap((c) => {
    const markup = c.payload["reply_markup"] as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
    return markup?.inline_keyboard?.flat() ?? [];
  });
  return keyboards.flatMap((b) => (b.callback_data?.startsWith("dia.d:") ? [b.callback_data.slice(6)] : []));
}

async function writeEntry(p: TestPerson, date: string, hours: number): Promise<void> {
  await h.text(p, "/diary");
  await h.press(p, `dia.d:${date}`);
  await h.press(p, `dia.h:${hours}`);
  await h.text(p, TEXT);
  await h.press(p, "dia.ev:done");
  await h.press(p, "dia.cf:send");
}

/** `/excuse …` as the caption of a document (a sick note). */
async function excuseWithDocument(p: TestPerson, caption: string) {
  const command = /^\/\w+/.exec(caption)![0];
  return h.send({
    message: {
      message_id: h.telegram.nextMessageId(),
      date: Math.floor(now.getTime() / 1000),
      chat: { id: p.id, type: "private", first_name: p.firstName },
      from: { id: p.id, is_bot: false, first_name: p.firstName },
      document: {
        file_id: "f-sick-note",
        file_unique_id: "u-sick-note",
        file_name: "справка.pdf",
        mime_type: "application/pdf",
        file_size: 2048,
      },
      caption,
      caption_entities: [{ type: "bot_command", offset: 0, length: command.length }],
    },
  });
}

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-12-16T06:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now, defaultLocale: "ru" });
});

describe("the holiday-week norm (QP-06 3.6; holidays/kz-2026.json 16.12, kz-2027.json 1.01, 4.01, 7.01)", () => {
  it("23.11.2026, 8 weeks: /progress says 216 h and this week 24 h; /entries shows every week with 30/30/30/24/30/24/18/30", async () => {
    await setUp();
    await h.text(student, "/progress");
    expect(lastText(student)).toContain("Утверждено: 0 из 216 ч");
    expect(lastText(student)).toContain("Эта неделя (14.12.2026 – 20.12.2026): 0 из 24 ч");
    // Mid-practice with no entry: days older than the backfill limit are lost; the rest at 6 h a day leave 72 h short.
    expect(lastText(student)).toContain("Не хватает 72 ч");

    await h.text(student, "/entries");
    expect(lastText(student)).toContain("Неделя 4 из 8: 14.12.2026 – 20.12.2026");
    // Page through the week buttons the message carries: back to week 1, then forward to week 8.
    const norms = new Map<number, string>([[3, /Норма недели: (\d+) ч/.exec(lastText(student))?.[1] ?? "?"]]);
    for (const page of [2, 1, 0, 1, 2, 3, 4, 5, 6, 7]) {
      await h.press(student, `dia.w:${page}`);
      const shown = h.calls.filter((c) => c.method === "editMessageText").at(-1)?.payload["text"];
      norms.set(page, /Норма недели: (\d+) ч/.exec(String(shown))?.[1] ?? "?");
    }
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((page) => norms.get(page))).toEqual(["30", "30", "30", "24", "30", "24", "18", "30"]);
  });

  it("the F-76 prints the same figures: 216 h required, week norms 30/30/30/24/30/24/18/30", async () => {
    const { placementId } = await setUp();
    const loaded = (await h.services.diaryPlacements.load(placementId))!;
    const data = await h.services.diary.exports.buildDiaryReportData(await h.services.diaryPlacements.reportContext(loaded));
    expect(data.totals.requiredHours).toBe(216);
    expect(data.weeks.map((w) => w.norm)).toEqual([30, 30, 30, 24, 30, 24, 18, 30]);
  });
});

describe("the diary opens on the placement's approval (QP-06 5.10) and /permit (QP-06 5.8)", () => {
  it("approved on 07.12: the date picker offers nothing before it; /permit 25.11 lets the student fill that day only; the F-76 marks it", async () => {
    const { placementId } = await setUp("2026-12-07");
    const offered = await offeredDays(student);
    expect(offered).toContain("2026-12-09");
    expect(offered).not.toContain("2026-12-04");
    expect(offered).not.toContain("2026-11-25");
    await h.text(student, "/cancel");

    await h.text(organisation, "/permit 20B030001 25.11.2026");
    expect(lastText(organisation)).toContain("Абилкасымова Айгерим может заполнить дневник за 25.11.2026");
    expect((await stored(placementId)).lateEntryDays?.map((d) => d.date)).toEqual(["2026-11-25"]);
    await deliver();
    expect(lastText(student)).toContain("разрешил Вам заполнить дневник за 25.11.2026");

    const now2 = await offeredDays(student);
    expect(now2).toContain("2026-11-25");
    expect(now2).not.toContain("2026-11-26");
    await h.text(student, "/cancel");
    await writeEntry(student, "2026-11-25", 6);
    const entry = await h.services.diary.entries.findEntryByDate(placementId, "2026-11-25");
    expect(entry).toMatchObject({ status: "submitted", hours: 6 });

    // The supervisor's entry message and /pending say it was written long after (6B03104 §10a).
    await deliver();
    expect(lastText(organisation)).toContain("Запись сделана через 21 дн. после этого дня");
    await h.text(organisation, "/pending");
    expect(h.sentTexts(organisation.id).some((t) => t.includes("25.11.2026") && t.includes("⚠ записано с опозданием"))).toBe(true);

    const loaded = (await h.services.diaryPlacements.load(placementId))!;
    const data = await h.services.diary.exports.buildDiaryReportData(await h.services.diaryPlacements.reportContext(loaded));
    expect(data.entries.find((e) => e.date === "2026-11-25")?.lateEntry).toBe(true);
  });

  it("a day already writable, a future day or a day outside the practice is refused, and nothing is written", async () => {
    const { placementId } = await setUp("2026-12-07");
    await h.text(university, "/permit 20B030001 15.12.2026,20.11.2026,18.12.2026");
    expect(lastText(university)).toContain("15.12.2026 обучающийся может заполнить и без разрешения");
    expect(lastText(university)).toContain("20.11.2026 — не день практики");
    expect(lastText(university)).toContain("18.12.2026 ещё не наступило");
    expect((await stored(placementId)).lateEntryDays ?? []).toEqual([]);
  });

  it("bad input gets a localized message and changes nothing (zod)", async () => {
    const { placementId } = await setUp("2026-12-07");
    await h.text(organisation, "/permit 20B030001 31.02.2026");
    expect(lastText(organisation)).toContain("Дата указана неверно");
    await h.text(organisation, "/permit");
    expect(lastText(organisation)).toContain("/permit <ID обучающегося>");
    await h.text(organisation, "/excuse 20B030001 15.12.2026-14.12.2026 больничный");
    expect(lastText(organisation)).toContain("Последний день периода раньше первого");
    await h.text(organisation, "/excuse 20B030001 14.12.2026");
    expect(lastText(organisation)).toContain("Укажите причину");
    await h.text(organisation, "/permit 99X999999 25.11.2026");
    expect(lastText(organisation)).toContain("не найден");
    const p = await stored(placementId);
    expect([p.lateEntryDays ?? [], p.excusedDays ?? []]).toEqual([[], []]);
  });
});

describe("excused days (QP-06 3.6): not absences, they lower the week's norm", () => {
  it("/excuse with a sick note: 14–15.12 excused, the total becomes 204 h, the week 12 h, and they are not missing days", async () => {
    const { placementId } = await setUp();
    await excuseWithDocument(organisation, "/excuse 20B030001 14.12.2026-15.12.2026 больничный лист");
    expect(lastText(organisation)).toContain("объём практики теперь 204 ч");
    const p = await stored(placementId);
    expect(p.excusedDays?.map((d) => [d.date, d.reason, d.document?.fileId])).toEqual([
      ["2026-12-14", "больничный лист", "f-sick-note"],
      ["2026-12-15", "больничный лист", "f-sick-note"],
    ]);
    await deliver();
    expect(lastText(student)).toContain("14.12.2026, 15.12.2026 (больничный лист)");

    await h.text(student, "/progress");
    const text = lastText(student);
    expect(text).toContain("Утверждено: 0 из 204 ч");
    expect(text).toContain("Эта неделя (14.12.2026 – 20.12.2026): 0 из 12 ч");
    expect(text).toContain("по уважительной причине: 14.12.2026, 15.12.2026");
    const progress = await h.services.diary.entries.getProgress((await h.services.diaryPlacements.load(placementId))!.diary);
    expect(progress.missingWorkingDays).not.toContain("2026-12-14");
    expect(progress.missingWorkingDays).toContain("2026-12-11");
  });
});

describe("a week over 40 h is flagged to the supervisor (Labour Code of RK art. 68)", () => {
  it("the entry that takes the week past 40 h carries the flag in the supervisor's message", async () => {
    const { placementId } = await setUp();
    now = new Date("2026-12-18T06:00:00Z");
    for (const date of ["2026-12-14", "2026-12-15", "2026-12-17"]) {
      await h.db.diaryEntries.createSubmitted({
        placementId,
        studentId: String((await stored(placementId)).studentId),
        departmentId: String((await stored(placementId)).departmentId),
        date,
        hours: 12,
        text: TEXT,
        evidence: [],
        submittedAt: new Date(`${date}T10:00:00Z`),
        by: student.id,
      });
    }
    await writeEntry(student, "2026-12-18", 6);
    await deliver();
    expect(lastText(organisation)).toContain("За эту неделю сдано 42 ч — больше 40 ч в неделю");
  });
});

describe("authorization of /permit and /excuse: own / other student / other department", () => {
  const cells: { who: TestPerson; name: string; allowed: boolean; says?: string }[] = [
    { who: organisation, name: "own organisation supervisor", allowed: true },
    { who: university, name: "own university supervisor", allowed: true },
    { who: coordinator, name: "coordinator of the department", allowed: true },
    { who: otherUniversity, name: "university supervisor of another student", allowed: false, says: "не закреплён за Вами" },
    { who: otherOrganisation, name: "organisation supervisor of another student", allowed: false, says: "Вы не руководитель практики" },
    { who: otherCoordinator, name: "coordinator of another department", allowed: false, says: "другой кафедре" },
    { who: student, name: "the student", allowed: false, says: "недоступно" },
  ];

  it.each(cells)("grantLateEntry · $name → $allowed", async ({ who, allowed, says }) => {
    const { placementId } = await setUp("2026-12-07");
    await h.text(who, "/permit 20B030001 25.11.2026");
    expect((await stored(placementId)).lateEntryDays?.length ?? 0).toBe(allowed ? 1 : 0);
    if (says) expect(lastText(who)).toContain(says);
  });

  it.each(cells)("markExcusedDay · $name → $allowed", async ({ who, allowed, says }) => {
    const { placementId } = await setUp();
    await h.text(who, "/excuse 20B030001 14.12.2026 больничный лист");
    expect((await stored(placementId)).excusedDays?.length ?? 0).toBe(allowed ? 1 : 0);
    if (says) expect(lastText(who)).toContain(says);
  });
});

import pino from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "../support/bot-harness.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { createReminderJobs } from "../../src/services/reminders/index.js";
import { startReminderScheduler, type CronLike } from "../../src/jobs/reminder-scheduler.js";
import { applicationCutoff } from "../../src/domain/rules/transfer-windows.js";
import { instantAt, isMuted, outOfNight, withoutMuted, type DueReminder } from "../../src/domain/reminders/index.js";
import { seedEntry, seedPlacement } from "./support.js";

const database = useTestDatabase();
const reference = await getReferenceData();
const TZ = "Asia/Almaty";
const silent = pino({ level: "silent" });

const STUDENT = { id: 810001, firstName: "Айгерим", languageCode: "ru" };
const UNI = 820001;
const ORG = 830001;
const COORDINATOR = { id: 840001, firstName: "Марат", languageCode: "kk" };

/** Local wall-clock time in Almaty as an instant. */
const local = (date: string, hhmm: string) => instantAt(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)), TZ);

function setup(now = new Date("2026-03-02T04:00:00Z")) {
  let clock = now;
  const h = createHarness({ connection: database.connection(), now: () => clock });
  const jobs = createReminderJobs({ db: h.db, outbox: h.services.outbox, reference, now: () => clock, timezone: TZ, logger: silent });
  const at = (instant: Date) => {
    clock = instant;
    return jobs.runDue(instant);
  };
  const messages = async () => h.db.models.OutboxMessage.find({}).sort({ createdAt: 1 }).lean();
  const keys = async () => (await messages()).map((m) => m.dedupeKey);
  return { h, jobs, at, messages, keys };
}

beforeEach(async () => {
  await clearDatabase(database.connection());
});

describe("daily diary reminder (QP-06 5.14; 6B03104 §10a)", () => {
  it("fires at 18:00 local on both sides of the 2024-03-01 change (UTC+6 → UTC+5: 12:00Z before, 13:00Z after)", async () => {
    const t = setup(new Date("2024-02-29T00:00:00Z"));
    await seedPlacement(t.h.db, { student: STUDENT, start: "2024-02-26", end: "2024-03-29", weeks: 5 });
    await t.at(new Date("2024-02-29T11:59:00Z"));
    expect(await t.keys()).not.toContain(`diary-reminder:${STUDENT.id}:2024-02-29`);
    await t.at(new Date("2024-02-29T12:00:00Z"));
    const feb = (await t.messages()).find((m) => m.dedupeKey === `diary-reminder:${STUDENT.id}:2024-02-29`);
    expect(feb?.notBefore.toISOString()).toBe("2024-02-29T12:00:00.000Z");
    await t.at(new Date("2024-03-01T12:59:00Z"));
    expect(await t.keys()).not.toContain(`diary-reminder:${STUDENT.id}:2024-03-01`);
    await t.at(new Date("2024-03-01T13:00:00Z"));
    const mar = (await t.messages()).find((m) => m.dedupeKey === `diary-reminder:${STUDENT.id}:2024-03-01`);
    expect(mar?.notBefore.toISOString()).toBe("2024-03-01T13:00:00.000Z");
  });

  it("is not sent on a public holiday's moved day off (2026-03-09) nor on Nauryz's (2026-03-24, 25), and is on the next working day", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6 });
    for (const day of ["2026-03-07", "2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25"]) await t.at(local(day, "18:00"));
    await t.at(local("2026-03-10", "18:00"));
    await t.at(local("2026-03-26", "18:00"));
    const daily = (await t.keys()).filter((k) => k.startsWith("diary-reminder:"));
    expect(daily).toEqual([`diary-reminder:${STUDENT.id}:2026-03-10`, `diary-reminder:${STUDENT.id}:2026-03-26`]);
  });

  it("skips a student who already wrote today's entry, and one outside the practice dates", async () => {
    const t = setup();
    const seeded = await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-03-13", weeks: 2 });
    await seedEntry(t.h.db, seeded, "2026-03-03");
    await t.at(local("2026-03-03", "18:30"));
    await t.at(local("2026-03-16", "18:30"));
    expect((await t.keys()).filter((k) => k.startsWith("diary-reminder:"))).toEqual([]);
  });

  it("QP-06 5.10: no diary reminders before the coordinator approves the placement (draft, submitted, returned)", async () => {
    for (const [i, status] of (["draft", "submitted", "returned"] as const).entries()) {
      const t = setup();
      const student = { ...STUDENT, id: STUDENT.id + 100 + i };
      await seedPlacement(t.h.db, { code: `D${i}`, student, start: "2026-03-02", end: "2026-04-10", weeks: 6, status });
      await t.at(local("2026-03-04", "18:30"));
      expect((await t.keys()).filter((k) => k.startsWith("diary-"))).toEqual([]);
    }
    const t = setup();
    await seedPlacement(t.h.db, { code: "D9", student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6, status: "approved" });
    await t.at(local("2026-03-04", "18:30"));
    expect(await t.keys()).toContain(`diary-reminder:${STUDENT.id}:2026-03-04`);
  });

  it("is delivered in the student's language with a button that opens /diary (callback diary:open)", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6 });
    await t.h.db.users.setLanguage(STUDENT.id, "ru");
    await t.at(local("2026-03-03", "18:00"));
    await t.h.deliver();
    // the nudge for the empty 2 March and today's reminder
    expect([...t.h.sentTexts(STUDENT.id)].sort()).toEqual(
      [
        t.h.t("ru", "reminders-diary-nudge", { date: "02.03.2026", rule: "QP-06 5.14; 6B03104 §10a" }),
        t.h.t("ru", "reminders-diary-daily", { date: "03.03.2026", rule: "QP-06 5.14; 6B03104 §10a" }),
      ].sort(),
    );
    expect(t.h.lastButtons(STUDENT.id)).toEqual(["diary:open"]);
  });

  it("catch-up: a restart at 19:30 still enqueues today's reminder; running twice enqueues it once (dedupe key)", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6 });
    const first = await t.at(local("2026-03-04", "19:30"));
    const second = await t.at(local("2026-03-04", "19:35"));
    expect(first.enqueued).toBeGreaterThanOrEqual(1);
    expect(second.enqueued).toBe(0);
    expect((await t.keys()).filter((k) => k === `diary-reminder:${STUDENT.id}:2026-03-04`)).toHaveLength(1);
    const doc = (await t.messages()).find((m) => m.dedupeKey === `diary-reminder:${STUDENT.id}:2026-03-04`);
    expect(doc?.notBefore.toISOString()).toBe(local("2026-03-04", "19:30").toISOString());
  });

  it("night window: after 22:00 today's reminder is stale; the next-morning nudge takes over at 09:00", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6 });
    await t.at(local("2026-03-04", "22:30"));
    await t.at(local("2026-03-05", "08:59"));
    expect(await t.keys()).toEqual([]);
    await t.at(local("2026-03-05", "09:00"));
    expect(await t.keys()).toEqual([`diary-nudge:${STUDENT.id}:2026-03-04`]);
  });

  it("muted: a student who muted the daily reminder gets none; the mandatory report deadline still reaches them", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-04-01", end: "2026-06-02", weeks: 9 });
    await t.h.db.users.setReminderMuted(STUDENT.id, "diary-daily", true);
    await t.h.db.users.setReminderMuted(STUDENT.id, "diary-nudge", true);
    await t.at(local("2026-04-02", "18:00"));
    expect(await t.keys()).toEqual([]);
    // QP-06 6.3: report due 3 days after the end (2026-06-05), reminded the day before
    await t.at(local("2026-06-04", "10:00"));
    expect(await t.keys()).toContain(`deadline-report-due:${(await t.messages())[0]?.ref?.slice(10)}:${STUDENT.id}:2026-06-05`);
  });
});

describe("unmutable vs optional kinds (issue 10)", () => {
  it("mandatory kinds are never muted, optional ones are", () => {
    expect(isMuted("deadline-report-due", ["deadline-report-due"])).toBe(false);
    expect(isMuted("diary-absence-coordinator", new Set(["diary-absence-coordinator"]))).toBe(false);
    expect(isMuted("diary-daily", ["diary-daily"])).toBe(true);
    const due = (kind: DueReminder["kind"]): DueReminder => ({
      kind,
      recipient: 1,
      rule: "r",
      dedupeKey: kind,
      params: {},
      notBefore: new Date(),
      ref: "x",
    });
    expect(
      withoutMuted([due("diary-daily"), due("deadline-contract")], () => ["diary-daily", "deadline-contract"]).map((d) => d.kind),
    ).toEqual(["deadline-contract"]);
  });

  it("night window: 22:00–08:00 local moves to 08:00 local the next morning, on both UTC offsets", () => {
    expect(outOfNight(local("2026-05-25", "23:00"), TZ).toISOString()).toBe("2026-05-26T03:00:00.000Z");
    expect(outOfNight(local("2026-05-26", "07:59"), TZ).toISOString()).toBe("2026-05-26T03:00:00.000Z");
    expect(outOfNight(new Date("2024-02-29T17:00:00Z"), TZ).toISOString()).toBe("2024-03-01T03:00:00.000Z");
    expect(outOfNight(new Date("2024-02-28T17:00:00Z"), TZ).toISOString()).toBe("2024-02-29T02:00:00.000Z");
    expect(outOfNight(local("2026-05-26", "12:00"), TZ).toISOString()).toBe(local("2026-05-26", "12:00").toISOString());
  });
});

describe("absence alerts (R-23 8.1)", () => {
  it("3 working days without entries → both supervisors, counting around Nauryz (2026-03-21…25)", async () => {
    const t = setup();
    const seeded = await seedPlacement(t.h.db, {
      student: STUDENT,
      start: "2026-03-02",
      end: "2026-04-10",
      weeks: 6,
      universitySupervisor: UNI,
      organisationSupervisor: ORG,
    });
    for (const d of ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"]) await seedEntry(t.h.db, seeded, d);
    await t.at(local("2026-03-30", "09:00")); // missed 26, 27 March only
    expect((await t.keys()).filter((k) => k.startsWith("diary-absence"))).toEqual([]);
    await t.at(local("2026-03-31", "09:00")); // 26, 27, 30 March
    const id = String(seeded.placement._id);
    expect((await t.keys()).filter((k) => k.startsWith("diary-absence")).sort()).toEqual(
      [`diary-absence-3:${id}:2026-03-21:${UNI}`, `diary-absence-3:${id}:2026-03-21:${ORG}`].sort(),
    );
    await t.at(local("2026-04-01", "09:00")); // the same streak: no second alert
    expect((await t.keys()).filter((k) => k.startsWith("diary-absence"))).toHaveLength(2);
  });

  it("10 working days (two weeks) without entries → the coordinator, not on the 9th", async () => {
    const t = setup();
    const seeded = await seedPlacement(t.h.db, {
      student: STUDENT,
      start: "2026-04-01",
      end: "2026-05-29",
      weeks: 9,
      coordinator: COORDINATOR,
    });
    await t.at(local("2026-04-14", "09:00"));
    expect((await t.keys()).filter((k) => k.startsWith("diary-absence-10"))).toEqual([]);
    await t.at(local("2026-04-15", "09:00"));
    expect((await t.keys()).filter((k) => k.startsWith("diary-absence-10"))).toEqual([
      `diary-absence-10:${String(seeded.placement._id)}:2026-04-01:${COORDINATOR.id}`,
    ]);
    await t.h.deliver();
    expect(t.h.sentTexts(COORDINATOR.id)[0]).toContain("10 жұмыс күні");
  });
});

describe("grouped alerts: one list per recipient, one outbox document per student (R-23 8.1)", () => {
  const SURNAMES = [
    "Ахметова",
    "Бекова",
    "Ғабитов",
    "Дүйсенов",
    "Ержанова",
    "Жұмабаев",
    "Ибраева",
    "Қасымов",
    "Лесбекова",
    "Мұратов",
    "Нұрланова",
    "Оспанов",
    "Сәрсенова",
    "Төлеуов",
  ];
  const UNI_A = 821001;
  const UNI_B = 821002;
  const studentOf = (i: number) => ({ id: 811000 + i, firstName: `S${i}` });

  async function seedCohort(t: ReturnType<typeof setup>) {
    for (const [i, surname] of SURNAMES.entries())
      await seedPlacement(t.h.db, {
        student: studentOf(i),
        fullName: `${surname} Айгерим`,
        start: "2026-04-01",
        end: "2026-05-29",
        weeks: 9,
        universitySupervisor: i < 7 ? UNI_A : UNI_B,
        ...(i === 0 ? { coordinator: COORDINATOR } : {}),
      });
    // One more student, a day later: two weeks of silence only tomorrow.
    await seedPlacement(t.h.db, { student: studentOf(99), fullName: "Яхин Арман", start: "2026-04-02", end: "2026-05-29", weeks: 9 });
    await t.h.db.users.setLanguage(COORDINATOR.id, "ru");
  }

  const listed = (text: string | undefined) => (text ?? "").split("\n").filter((line) => line.startsWith("• "));

  it("14 students silent for 10 working days → the coordinator gets ONE message listing all 14; each supervisor gets one list of theirs", async () => {
    const t = setup();
    await seedCohort(t);
    await t.at(local("2026-04-15", "09:00"));
    const coordinatorDocs = (await t.messages()).filter((m) => m.kind === "diary-absence-coordinator");
    expect(coordinatorDocs).toHaveLength(14);
    await t.h.deliver();
    const texts = t.h.sentTexts(COORDINATOR.id);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(
      /^14 обучающихся не вносят записи в дневник\. Отсутствие без уважительной причины более двух недель может стать основанием для отчисления\.$/mu,
    );
    expect(listed(texts[0]).map((line) => line.replace(/ — .*/u, "").slice(2))).toEqual(
      SURNAMES.map((s) => `${s} Айгерим`).sort(new Intl.Collator("ru").compare),
    );
    expect(listed(texts[0])).toContain("• Ахметова Айгерим — 10 рабочих дней (с 01.04.2026)");
    for (const [supervisor, names] of [
      [UNI_A, SURNAMES.slice(0, 7)],
      [UNI_B, SURNAMES.slice(7)],
    ] as const) {
      const got = t.h.sentTexts(supervisor);
      expect(got).toHaveLength(1);
      expect(listed(got[0])).toHaveLength(names.length);
      for (const surname of names) expect(got[0]).toContain(`${surname} Айгерим`);
    }
    // Every document is sent, with the id of the one message that listed it.
    const sent = (await t.messages()).filter((m) => m.kind === "diary-absence-coordinator");
    expect(sent.every((m) => m.state === "sent")).toBe(true);
    expect(new Set(sent.map((m) => m.telegramMessageId)).size).toBe(1);
  });

  it("dedupe holds: running the jobs twice adds nothing, and a student already alerted is not listed again the next day", async () => {
    const t = setup();
    await seedCohort(t);
    await t.at(local("2026-04-15", "09:00"));
    const absenceKeys = async () => (await t.keys()).filter((k) => k.startsWith("diary-absence")).sort();
    const first = await absenceKeys();
    expect(first).toHaveLength(14 + 14); // the coordinator and the supervisors; the 15th student has no supervisor
    const again = await t.at(local("2026-04-15", "09:05"));
    expect(await absenceKeys()).toEqual(first);
    expect(again.enqueued).toBe(0);
    await t.h.deliver();
    expect(t.h.sentTexts(COORDINATOR.id)).toHaveLength(1);

    // The next morning only the student whose two weeks have just come is new; the 14 are not listed again.
    await t.at(local("2026-04-16", "09:00"));
    const added = (await absenceKeys()).filter((k) => !first.includes(k));
    expect(added.filter((k) => k.startsWith("diary-absence-10"))).toHaveLength(1);
    await t.h.deliver();
    const texts = t.h.sentTexts(COORDINATOR.id);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain("Яхин Арман");
    for (const surname of SURNAMES) expect(texts[1]).not.toContain(surname);
    // A list of one is the reminder in its own words.
    expect(texts[1]).toMatch(/^Яхин Арман не вносит записи в дневник 10 рабочих дней \(с 02\.04\.2026\)/u);
  });
});

describe("pending entries (QP-06 5.8, 6.2)", () => {
  it("waiting more than 3 working days → the university supervisor; more than 6 → the coordinator; digest at 17:00 for subscribers", async () => {
    const t = setup();
    const seeded = await seedPlacement(t.h.db, {
      student: STUDENT,
      start: "2026-04-01",
      end: "2026-05-29",
      weeks: 9,
      universitySupervisor: UNI,
      coordinator: COORDINATOR,
    });
    await t.h.db.users.touch({ id: UNI, first_name: "Uni" }, "en");
    await t.h.db.users.setDiaryDigest(UNI, true);
    const entry = await seedEntry(t.h.db, seeded, "2026-04-01", local("2026-04-01", "20:00"));
    for (const d of ["2026-04-02", "2026-04-03", "2026-04-06", "2026-04-07", "2026-04-08", "2026-04-09", "2026-04-10"])
      await t.h.db.diaryEntries.createSubmitted({ ...entryInput(seeded, d) });
    const escalations = async () => (await t.keys()).filter((k) => k.startsWith("diary-pending"));
    await t.at(local("2026-04-06", "09:00"));
    expect(await escalations()).toEqual([]);
    await t.at(local("2026-04-07", "09:00"));
    expect(await escalations()).toEqual([`diary-pending-supervisor:${String(entry._id)}:${UNI}`]);
    await t.at(local("2026-04-09", "09:00"));
    expect(await escalations()).toHaveLength(1);
    await t.at(local("2026-04-10", "09:00"));
    expect(await escalations()).toContain(`diary-pending-coordinator:${String(entry._id)}:${COORDINATOR.id}`);
    await t.at(local("2026-04-10", "16:59"));
    expect((await t.keys()).filter((k) => k.startsWith("diary-digest"))).toEqual([]);
    await t.at(local("2026-04-10", "17:00"));
    expect((await t.keys()).filter((k) => k.startsWith("diary-digest"))).toEqual([`diary-digest:${UNI}:2026-04-10`]);
  });
});

function entryInput(seeded: Awaited<ReturnType<typeof seedPlacement>>, date: string) {
  return {
    placementId: String(seeded.placement._id),
    studentId: String(seeded.student._id),
    departmentId: String(seeded.department._id),
    date,
    hours: 6,
    text: "Изучил структуру отдела и подготовил отчёт о задачах.",
    evidence: [],
    submittedAt: local(date, "19:00"),
    by: STUDENT.id,
  };
}

describe("placement deadlines (policy iitu: practiceDeadlines)", () => {
  it("6B03104 §9.1: no base yet 14 days before the start → the student, on that day at 10:00; not when a base is chosen", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-05-04", end: "2026-06-26", weeks: 8, withBase: false });
    await seedPlacement(t.h.db, {
      code: "EE",
      student: { id: 810002, firstName: "Бауыржан" },
      start: "2026-05-04",
      end: "2026-06-26",
      weeks: 8,
    });
    await t.at(local("2026-04-20", "09:59"));
    expect((await t.keys()).filter((k) => k.startsWith("deadline-no-base"))).toEqual([]);
    await t.at(local("2026-04-20", "10:00"));
    const keys = (await t.keys()).filter((k) => k.startsWith("deadline-no-base"));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`:${STUDENT.id}:2026-04-20$`));
  });

  it("QP-06 Annex 1 §2.6: the characteristic reminder missed during 2 days of downtime is sent while the deadline is not past, not after", async () => {
    const t = setup();
    // end 2026-06-02 → characteristic no later than 2026-05-26, reminded from 2026-05-23
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-04-01", end: "2026-06-02", weeks: 9, organisationSupervisor: ORG });
    await t.at(local("2026-05-22", "12:00"));
    expect((await t.keys()).filter((k) => k.startsWith("deadline-characteristic"))).toEqual([]);
    await t.at(local("2026-05-25", "12:00"));
    const found = (await t.messages()).filter((m) => m.kind === "deadline-characteristic");
    expect(found.map((m) => m.recipient)).toEqual([ORG]);
    expect(found[0]?.payload.params).toMatchObject({ date: "26.05.2026", rule: "QP-06 Annex 1 §2.6" });
  });

  it("a deadline already past after downtime is not reminded; one due at night waits for 08:00", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-04-01", end: "2026-06-02", weeks: 9, organisationSupervisor: ORG });
    await t.at(local("2026-05-27", "10:00"));
    expect((await t.keys()).filter((k) => k.startsWith("deadline-characteristic"))).toEqual([]);
    await clearDatabase(database.connection());
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-04-01", end: "2026-06-02", weeks: 9, organisationSupervisor: ORG });
    await t.at(local("2026-05-25", "23:00"));
    const night = (await t.messages()).find((m) => m.kind === "deadline-characteristic");
    expect(night?.notBefore.toISOString()).toBe(local("2026-05-26", "08:00").toISOString());
  });

  it("QP-06 Annex 1 §2.4, §2.5: orientation the day before the start (student), report schedule 14 days before the end (university supervisor)", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-04-01", end: "2026-06-02", weeks: 9, universitySupervisor: UNI });
    await t.at(local("2026-03-31", "10:00"));
    expect((await t.messages()).filter((m) => m.kind === "deadline-orientation").map((m) => m.recipient)).toEqual([STUDENT.id]);
    await t.at(local("2026-05-19", "10:00"));
    expect((await t.messages()).filter((m) => m.kind === "deadline-report-schedule").map((m) => m.recipient)).toEqual([UNI]);
  });
});

describe("transfer windows (R-23 3.2, 6.1–6.2)", () => {
  it("subscribed students only: 7 days before 25 August and 3 days before the 5-working-day cut-off", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-02-02", end: "2026-02-27", weeks: 4 });
    await t.h.db.users.setTransferWindowReminders(STUDENT.id, true);
    await t.at(local("2026-08-17", "12:00"));
    expect((await t.keys()).filter((k) => k.startsWith("transfer"))).toEqual([]);
    await t.at(local("2026-08-18", "10:00"));
    expect((await t.keys()).filter((k) => k.startsWith("transfer-window"))).toEqual([`transfer-window:${STUDENT.id}:2026-08-25`]);
    const cutoff = applicationCutoff(reference.calendar, "2026-09-01", 5);
    await t.at(local(cutoff, "10:00"));
    expect((await t.keys()).filter((k) => k.startsWith("transfer-cutoff"))).toEqual([`transfer-cutoff:${STUDENT.id}:${cutoff}`]);
    await t.h.db.users.setTransferWindowReminders(STUDENT.id, false);
  });
});

describe("scheduler (node-cron, TIMEZONE)", () => {
  it("runs runDue once at start-up (catch-up) and on every cron tick in the configured time zone; stop() ends it", async () => {
    const runs: Date[] = [];
    let tick: (() => Promise<void>) | undefined;
    let stopped = false;
    const seen: { expression?: string; timezone?: string } = {};
    const fakeCron: CronLike = {
      schedule(expression, task, options) {
        seen.expression = expression;
        seen.timezone = options.timezone;
        tick = task;
        return { stop: () => void (stopped = true) };
      },
    };
    let clock = new Date("2026-03-04T13:00:00Z");
    const scheduler = startReminderScheduler({
      jobs: { runDue: (now) => (runs.push(now ?? new Date(0)), Promise.resolve({ due: 0, enqueued: 0, duplicates: 0 })) },
      timezone: TZ,
      logger: silent,
      now: () => clock,
      cron: fakeCron,
    });
    await scheduler.started;
    expect(runs).toEqual([new Date("2026-03-04T13:00:00Z")]);
    expect(seen).toEqual({ expression: "*/5 * * * *", timezone: TZ });
    clock = new Date("2026-03-04T13:05:00Z");
    await tick?.();
    expect(runs).toHaveLength(2);
    await scheduler.stop();
    expect(stopped).toBe(true);
    await tick?.();
    expect(runs).toHaveLength(2);
  });

  it("with the real jobs: the start-up run enqueues what became due during downtime", async () => {
    const t = setup();
    await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6 });
    const scheduler = startReminderScheduler({
      jobs: t.jobs,
      timezone: TZ,
      logger: silent,
      now: () => local("2026-03-04", "19:30"),
      cron: { schedule: () => ({ stop: () => undefined }) },
    });
    await scheduler.started;
    await scheduler.stop();
    expect(await t.keys()).toContain(`diary-reminder:${STUDENT.id}:2026-03-04`);
  });
});

import { Types } from "mongoose";
import pino from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "../support/bot-harness.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { createReminderJobs } from "../../src/services/reminders/index.js";
import { instantAt } from "../../src/domain/reminders/index.js";
import { seedPlacement } from "./support.js";

const database = useTestDatabase();
const reference = await getReferenceData();
const TZ = "Asia/Almaty";
const STUDENT = { id: 811001, firstName: "Айгерим", languageCode: "ru" };
const UNI = 821001;
// Monday of the second week: three working days without entries alert the supervisor with the student's name (R-23 8.1).
const NOW = instantAt("2026-03-11", 18 * 60, TZ);

function setup() {
  const h = createHarness({ connection: database.connection(), now: () => NOW });
  const jobs = createReminderJobs({
    db: h.db,
    outbox: h.services.outbox,
    reference,
    now: () => NOW,
    timezone: TZ,
    logger: pino({ level: "silent" }),
  });
  const namesTo = async (telegramId: number) =>
    (await jobs.collect(NOW)).filter((r) => r.recipient === telegramId && "student" in r.params).map((r) => r.params["student"]);
  const copy = async (id: Types.ObjectId) =>
    h.db.models.Placement.findById(id, { _id: 0, studentFullName: 1, studentTelegramId: 1 }).lean();
  return { h, jobs, namesTo, copy };
}

beforeEach(async () => {
  await clearDatabase(database.connection());
});

describe("the student's name and Telegram id copied on placements for the reminder run (issue 10)", () => {
  it("R-23 8.1: a student renamed by a roster re-import or a confirmed roster row is named with the new name after the copy was made", async () => {
    const t = setup();
    const { student, placement, department } = await seedPlacement(t.h.db, {
      student: STUDENT,
      start: "2026-03-02",
      end: "2026-04-10",
      weeks: 6,
      universitySupervisor: UNI,
      fullName: "Old Name",
    });
    expect(await t.namesTo(UNI)).toContain("Old Name");
    expect(await t.copy(placement._id)).toEqual({});
    await t.jobs.runDue(NOW);
    expect(await t.copy(placement._id)).toEqual({ studentFullName: "Old Name", studentTelegramId: STUDENT.id });
    expect(await t.namesTo(UNI)).toContain("Old Name");

    const fields = {
      fullName: "New Name",
      level: "bachelor" as const,
      programmeCode: student.programmeCode,
      course: student.course,
      group: student.group,
    };
    await t.h.db.students.applyRosterWrites(
      [{ kind: "update", id: student._id, fields: { ...fields, departmentId: department._id } }],
      new Date(),
    );
    expect(await t.copy(placement._id)).toEqual({});
    expect(await t.namesTo(UNI)).toEqual(expect.arrayContaining(["New Name"]));
    expect(await t.namesTo(UNI)).not.toContain("Old Name");
    await t.jobs.runDue(NOW);
    expect(await t.copy(placement._id)).toEqual({ studentFullName: "New Name", studentTelegramId: STUDENT.id });

    const importedAt = new Date();
    await t.h.db.models.Student.updateOne(
      { _id: student._id },
      {
        $set: {
          rosterPending: { ...fields, fullName: "Third Name", departmentId: department._id, practices: [], importedBy: 1, importedAt },
        },
      },
    );
    expect(await t.h.db.students.confirmRosterPending(student._id, importedAt, 1, new Date())).not.toBeNull();
    expect(await t.namesTo(UNI)).toContain("Third Name");
    expect(await t.namesTo(UNI)).not.toContain("New Name");
  });

  it("QP-06 5.14: a roster student who claims their link after the copy was made gets the daily diary reminder at the new Telegram id", async () => {
    const t = setup();
    const { student, placement } = await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6 });
    // A roster row nobody has claimed yet: no Telegram id.
    await t.h.db.models.Student.updateOne({ _id: student._id }, { $unset: { telegramId: "" } });
    await t.jobs.runDue(NOW);
    expect(await t.copy(placement._id)).toEqual({ studentFullName: student.fullName, studentTelegramId: null });
    const diaryTo = async () => (await t.jobs.collect(NOW)).filter((r) => r.kind === "diary-daily").map((r) => r.recipient);
    expect(await diaryTo()).toEqual([]);

    const linked = 811999;
    expect(await t.h.db.students.linkRosterRow(new Types.ObjectId(String(student._id)), linked, new Date())).toBe("linked");
    expect(await t.copy(placement._id)).toEqual({});
    expect(await diaryTo()).toEqual([linked]);
    await t.jobs.runDue(NOW);
    expect(await t.copy(placement._id)).toEqual({ studentFullName: student.fullName, studentTelegramId: linked });
    expect(await diaryTo()).toEqual([linked]);
  });

  it("a copy written while the student changed is dropped again (read back after copying)", async () => {
    const t = setup();
    const { student, placement } = await seedPlacement(t.h.db, { student: STUDENT, start: "2026-03-02", end: "2026-04-10", weeks: 6 });
    // The run read the student, then the student's write (and its dropping of copies) happened before the copy landed.
    const read = t.h.db.reminderFacts.students.bind(t.h.db.reminderFacts);
    let calls = 0;
    t.h.db.reminderFacts.students = async (ids) => {
      const found = await read(ids);
      if (++calls === 1) await t.h.db.models.Student.updateOne({ _id: student._id }, { $set: { fullName: "Renamed Meanwhile" } });
      return found;
    };
    await t.jobs.runDue(NOW);
    expect(await t.copy(placement._id)).toEqual({});
    await t.jobs.runDue(NOW);
    expect(await t.copy(placement._id)).toEqual({ studentFullName: "Renamed Meanwhile", studentTelegramId: STUDENT.id });
  });
});

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
const STUDENT = { id: 860001, firstName: "Айгерим", languageCode: "ru" };
const UNI = 870001;
const ORG = 880001;
const COORDINATOR = { id: 890001, firstName: "Марат", languageCode: "ru" };
const morning = (date: string) => instantAt(date, 9 * 60, TZ);

function setup() {
  let clock = morning("2026-11-23");
  const h = createHarness({ connection: database.connection(), now: () => clock });
  const jobs = createReminderJobs({
    db: h.db,
    outbox: h.services.outbox,
    reference,
    now: () => clock,
    timezone: TZ,
    logger: pino({ level: "silent" }),
  });
  const at = (instant: Date) => {
    clock = instant;
    return jobs.runDue(instant);
  };
  const absences = async () =>
    (await h.db.models.OutboxMessage.find({}).lean())
      .map((m) => m.dedupeKey)
      .filter((k) => k.startsWith("diary-absence"))
      .sort();
  return { h, at, absences };
}

beforeEach(async () => {
  await clearDatabase(database.connection());
});

describe("absence alerts count working days from the placement's approval (R-23 8.1; QP-06 5.10)", () => {
  it("a practice from 23.11.2026 approved on 07.12: nobody is told of 11 silent days on 08.12; the supervisors hear of 3 on 10.12", async () => {
    const t = setup();
    const seeded = await seedPlacement(t.h.db, {
      student: STUDENT,
      start: "2026-11-23",
      end: "2027-01-17",
      weeks: 8,
      universitySupervisor: UNI,
      organisationSupervisor: ORG,
      coordinator: COORDINATOR,
    });
    await t.h.db.models.Placement.updateOne({ _id: seeded.placement._id }, { $set: { approvedAt: instantAt("2026-12-07", 10 * 60, TZ) } });
    await t.at(morning("2026-12-08"));
    expect(await t.absences()).toEqual([]);
    await t.at(morning("2026-12-10"));
    const id = String(seeded.placement._id);
    expect(await t.absences()).toEqual([`diary-absence-3:${id}:2026-12-07:${ORG}`, `diary-absence-3:${id}:2026-12-07:${UNI}`].sort());
  });

  it("excused days (QP-06 3.6) are not absences: excusing 08–09.12 keeps 10.12 quiet", async () => {
    const t = setup();
    const seeded = await seedPlacement(t.h.db, {
      student: STUDENT,
      start: "2026-11-23",
      end: "2027-01-17",
      weeks: 8,
      universitySupervisor: UNI,
      organisationSupervisor: ORG,
    });
    await t.h.db.models.Placement.updateOne({ _id: seeded.placement._id }, { $set: { approvedAt: instantAt("2026-12-07", 10 * 60, TZ) } });
    await t.h.db.diaryCalendar.addExcusedDays(seeded.placement._id, ["2026-12-08", "2026-12-09"], {
      reason: "больничный лист",
      by: UNI,
      at: morning("2026-12-08"),
    });
    await t.at(morning("2026-12-10"));
    expect(await t.absences()).toEqual([]);
  });
});

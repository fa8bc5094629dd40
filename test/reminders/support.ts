import { Types } from "mongoose";
import type { PlacementStatus } from "../../src/domain/practice/placement.js";
import type { Persistence } from "../../src/persistence/create-persistence.js";
import { createSeeder } from "../support/seed.js";
import type { TestPerson } from "../support/bot-harness.js";

/** A placement with dates, supervisors and (optionally) a base, seeded through the repositories. */
export async function seedPlacement(
  db: Persistence,
  options: {
    code?: string;
    student: TestPerson;
    start: string;
    end: string;
    weeks: number;
    universitySupervisor?: number;
    organisationSupervisor?: number;
    coordinator?: TestPerson;
    withBase?: boolean;
    withContract?: boolean;
    /** Default "active". */
    status?: PlacementStatus;
    /** The student's full name (default: the seeder's). */
    fullName?: string;
  },
) {
  const seed = createSeeder(db);
  const department = await seed.department(options.code ?? "CS");
  const student = await seed.student(options.student, department, options.fullName ? { fullName: options.fullName } : {});
  if (options.coordinator) await seed.staff(options.coordinator, "coordinator", { departmentId: department._id });
  const placement = await db.placements.create(
    {
      studentId: new Types.ObjectId(String(student._id)),
      departmentId: new Types.ObjectId(String(department._id)),
      practiceType: "production",
      academicYear: "2025-2026",
      source: "roster",
      startDate: options.start,
      endDate: options.end,
      weeks: options.weeks,
    },
    { at: new Date(), by: 0, action: "created" },
    {
      status: options.status ?? "active",
      ...(options.withBase === false ? {} : { organisationId: new Types.ObjectId() }),
      ...(options.withContract === false ? {} : { "contract.date": "2020-01-01", "contract.number": "1" }),
      ...(options.universitySupervisor !== undefined ? { universitySupervisorTelegramId: options.universitySupervisor } : {}),
    },
  );
  if (!placement) throw new Error("seed: placement");
  if (options.organisationSupervisor !== undefined)
    await db.models.Placement.updateOne(
      { _id: placement._id },
      { $set: { "organisationSupervisor.telegramId": options.organisationSupervisor } },
    );
  return { department, student, placement };
}

/** A diary entry handed in on `date` (submitted at `submittedAt`). */
export async function seedEntry(
  db: Persistence,
  seeded: Awaited<ReturnType<typeof seedPlacement>>,
  date: string,
  submittedAt = new Date(`${date}T10:00:00Z`),
) {
  return db.diaryEntries.createSubmitted({
    placementId: String(seeded.placement._id),
    studentId: String(seeded.student._id),
    departmentId: String(seeded.department._id),
    date,
    hours: 6,
    text: "Изучил структуру отдела и подготовил отчёт о задачах.",
    evidence: [],
    submittedAt,
    by: seeded.student.telegramId ?? 0,
  });
}

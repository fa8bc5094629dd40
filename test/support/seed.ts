import { Types } from "mongoose";
import type { Persistence } from "../../src/persistence/create-persistence.js";
import type { StoredRole } from "../../src/persistence/models/user.model.js";
import type { DepartmentDocument } from "../../src/persistence/models/department.model.js";
import type { StudentDocument } from "../../src/persistence/models/student.model.js";
import type { Level } from "../../src/domain/rules/types.js";
import type { TestPerson } from "./bot-harness.js";
import type { PlacementDocument } from "../../src/persistence/models/placement.model.js";
import type { DiaryServices } from "../../src/services/diary/index.js";
import type { SupervisionPlacements } from "../../src/services/diary/supervision-placements.js";
import type { DiaryEntryView } from "../../src/services/diary/views.js";

/**
 * Test data written through the repositories (never through raw models), so a test seeds what the
 * app itself could have written.
 */
export function createSeeder(db: Persistence, now: () => Date = () => new Date("2026-11-23T09:00:00Z")) {
  let sequence = 0;
  return {
    async department(code = "CS", policyId = "iitu", name = `Department ${code}`): Promise<DepartmentDocument> {
      await db.syncIndexes();
      const created = await db.departments.create({ code, name, policyId });
      const department = created ?? (await db.departments.findByCode(code));
      if (!department) throw new Error(`seed: department ${code} could not be created`);
      return department;
    },

    /** A registered student (Telegram account linked) of `department`. */
    async student(
      person: TestPerson,
      department: Pick<DepartmentDocument, "_id">,
      profile: Partial<{
        studentNumber: string;
        fullName: string;
        level: Level;
        programmeCode: string;
        course: number;
        group: string;
      }> = {},
    ): Promise<StudentDocument> {
      await db.users.touch({ id: person.id, first_name: person.firstName }, null);
      const level = profile.level ?? "bachelor";
      const result = await db.students.register({
        telegramId: person.id,
        studentNumber: profile.studentNumber ?? `S${person.id}`,
        fullName: profile.fullName ?? "Сейітов Ерлан",
        level,
        programmeCode: profile.programmeCode ?? (level === "bachelor" ? "6B06102" : level === "master" ? "7M06102" : "8D06102"),
        course: profile.course ?? 3,
        group: profile.group ?? "SE-2203",
        departmentId: new Types.ObjectId(String(department._id)),
      });
      if (result.status !== "created" && result.status !== "updated") throw new Error(`seed: student ${person.id}: ${result.status}`);
      await db.users.grantRole(person.id, { role: "student", at: now() });
      return result.student;
    },

    /** A staff role for `person`, scoped to a department and/or a student. */
    async staff(
      person: TestPerson,
      role: Exclude<StoredRole, "student">,
      scope: { departmentId?: Types.ObjectId; studentId?: Types.ObjectId },
    ): Promise<void> {
      await db.users.touch({ id: person.id, first_name: person.firstName }, null);
      await db.users.grantRole(person.id, { role, ...scope, at: now() });
    },

    /**
     * An active placement of `student` with the given supervisors linked (the university supervisor
     * assigned, the organisation supervisor linked through an invitation), written by the repositories.
     */
    async placement(
      student: Pick<StudentDocument, "_id" | "departmentId">,
      links: { university?: TestPerson; organisation?: TestPerson; organisationName?: string },
      dates: { startDate: string; endDate: string } = { startDate: "2026-11-16", endDate: "2026-12-11" },
    ): Promise<PlacementDocument> {
      const at = now();
      const created = await db.placements.create(
        {
          studentId: new Types.ObjectId(String(student._id)),
          departmentId: new Types.ObjectId(String(student.departmentId)),
          practiceType: "production",
          academicYear: "2026-2027",
          source: "coordinator",
          ...dates,
          weeks: 4,
          requiredHours: 120,
        },
        { at, by: 0, action: "created" },
        { status: "active", "organisationSupervisor.fullName": links.organisationName ?? "Нұрланова Айгүл" },
      );
      if (!created) throw new Error("seed: placement exists");
      if (links.university) {
        await db.placements.assignUniversitySupervisor([created._id], created.departmentId, links.university.id, {
          at,
          by: 0,
          action: "supervisorAssigned",
        });
      }
      if (links.organisation) {
        const invitationId = new Types.ObjectId();
        await db.placements.setOrganisationSupervisorInvitation(created._id, invitationId, {
          at,
          by: 0,
          action: "organisationSupervisorInvited",
        });
        await db.placements.linkOrganisationSupervisor(created._id, invitationId, links.organisation.id, at);
      }
      const placement = await db.placements.findById(created._id);
      if (!placement) throw new Error("seed: placement vanished");
      return placement;
    },

    /** Diary entries handed in by the student through the diary service (6 h each unless given). */
    async entries(
      services: { diary: DiaryServices; supervision: SupervisionPlacements },
      placement: Pick<PlacementDocument, "_id">,
      student: TestPerson,
      days: readonly { date: string; text?: string; hours?: number }[],
    ): Promise<DiaryEntryView[]> {
      const loaded = await services.supervision.load(String(placement._id));
      if (!loaded) throw new Error("seed: no placement");
      const out: DiaryEntryView[] = [];
      for (const day of days) {
        const result = await services.diary.entries.submitEntry({
          placement: loaded.placement,
          actor: { telegramId: student.id, role: "student", studentId: loaded.placement.studentId },
          date: day.date,
          hours: day.hours ?? 6,
          text: day.text ?? `Дерекқор кестелерін жобаладым, ${day.date} күнгі тапсырманы орындадым.`,
        });
        if (result.status !== "created" && result.status !== "updated") throw new Error(`seed: entry ${day.date}: ${result.status}`);
        out.push(result.entry);
      }
      return out;
    },

    /** A fresh Telegram person (unique id per seeder). */
    person(languageCode: "kk" | "ru" | "en" = "kk", firstName = "Тест"): TestPerson {
      return { id: 880000 + ++sequence, firstName, languageCode };
    },
  };
}
export type Seeder = ReturnType<typeof createSeeder>;

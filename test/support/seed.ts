import { Types } from "mongoose";
import type { Persistence } from "../../src/persistence/create-persistence.js";
import type { StoredRole } from "../../src/persistence/models/user.model.js";
import type { DepartmentDocument } from "../../src/persistence/models/department.model.js";
import type { StudentDocument } from "../../src/persistence/models/student.model.js";
import type { Level } from "../../src/domain/rules/types.js";
import type { PlacementStatus, PracticeType } from "../../src/domain/practice/placement.js";
import type { PlacementDocument } from "../../src/persistence/models/placement.model.js";
import type { TestPerson } from "./bot-harness.js";
import type { AppServices } from "../../src/services/app-services.js";
import { toAccessPrincipal, type AccessPrincipal } from "../../src/domain/access/roles.js";

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

    /** A placement of `student` (default: industrial practice 2026-2027, active). */
    async placement(
      student: Pick<StudentDocument, "_id" | "departmentId">,
      options: { practiceType?: PracticeType; status?: PlacementStatus; academicYear?: string } = {},
    ): Promise<PlacementDocument> {
      const placement = await db.placements.create(
        {
          studentId: student._id,
          departmentId: student.departmentId,
          practiceType: options.practiceType ?? "production",
          academicYear: options.academicYear ?? "2026-2027",
          source: "coordinator",
          startDate: "2026-11-02",
          endDate: "2026-12-25",
          weeks: 8,
          requiredHours: 240,
        },
        { at: now(), by: 0, action: "created" },
        { status: options.status ?? "active" },
      );
      if (!placement) throw new Error("seed: placement exists");
      return placement;
    },

    /** A fresh Telegram person (unique id per seeder). */
    person(languageCode: "kk" | "ru" | "en" = "kk", firstName = "Тест"): TestPerson {
      return { id: 880000 + ++sequence, firstName, languageCode };
    },
  };
}
export type Seeder = ReturnType<typeof createSeeder>;

/**
 * Practice data written through the services (organisation proposed by the student, placement saved and
 * submitted by them), so a test holds exactly what the student's /base would have left.
 */
export function createPracticeSeeder(services: AppServices) {
  const principal = async (telegramId: number): Promise<AccessPrincipal> => {
    const user = await services.db.users.findByTelegramId(telegramId);
    return toAccessPrincipal(user ?? { telegramId, roles: [] }, services.config.adminTelegramIds);
  };
  let bins = 0;
  const BINS = ["971240001315"];
  return {
    principal,
    /** A placement of `student` sent for approval (production practice from 11 January 2027, 8 weeks). */
    async submittedPlacement(student: TestPerson): Promise<PlacementDocument> {
      const by = await principal(student.id);
      const bin = BINS[bins++ % BINS.length]!;
      const proposed = await services.organisations.propose(by, {
        fullName: `ТОО "База ${bin.slice(-4)}"`,
        bin,
        postalAddress: "г. Алматы, ул. Абая, 1",
        phones: ["+7 727 258 59 65"],
        email: "info@base.kz",
        activityArea: "Информационные технологии",
      });
      const organisation = proposed.status === "proposed" || proposed.status === "existing" ? proposed.organisation : null;
      if (!organisation) throw new Error(`seed: organisation ${proposed.status}`);
      const saved = await services.placements.saveDraft(by, {
        practiceType: "production",
        startDate: "2027-01-11",
        endDate: "2027-03-05",
        weeks: 8,
        organisationId: String(organisation._id),
        unit: "Департамент разработки",
        contractNumber: "ПП-17/2026",
        contractDate: "2026-12-01",
        organisationSupervisorName: "Ахметов Ерлан Серикович",
        organisationSupervisorPhone: "8 (701) 234-56-78",
        organisationSupervisorEmail: "e.akhmetov@base.kz",
      });
      if (saved.status !== "saved") throw new Error(`seed: placement ${saved.status}`);
      const sent = await services.placements.submit(by, String(saved.placement._id));
      if (sent.status !== "submitted") throw new Error(`seed: submit ${sent.status}`);
      return sent.placement;
    },
  };
}

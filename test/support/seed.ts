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
import { getReferenceData } from "../../src/reference-data/load.js";
import { createInvitationService } from "../../src/services/invitation.service.js";
import { createOrganisationService } from "../../src/services/organisation.service.js";
import { createPlacementService } from "../../src/services/placement.service.js";

const REFERENCE = await getReferenceData();

/** Options of a seeded placement (through the placement service, as the app itself makes them). */
export interface SeedPlacementOptions {
  student: TestPerson;
  /** A coordinator of the student's department; made when absent. */
  coordinator?: TestPerson;
  /** Assigned as the university supervisor (granted the role in the department first). */
  universitySupervisor?: TestPerson;
  /** Linked as the organisation supervisor through an invitation. */
  organisationSupervisor?: TestPerson;
  /** Default production practice from Monday 11 January 2027, 8 weeks (240 hours). */
  startDate?: string;
  endDate?: string;
  weeks?: number;
}
import type { DiaryServices } from "../../src/services/diary/index.js";
import type { DiaryPlacements } from "../../src/services/diary/diary-placements.js";
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

    /** A placement of `student` written straight to the repository (default: industrial practice 2026-2027, active). */
    async rawPlacement(
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

    /**
     * A placement approved by the coordinator (issue 8), with the supervisors linked as asked: the
     * student's profile must exist (`student()`); the seeder's clock must be before the start.
     */
    async placement(options: SeedPlacementOptions): Promise<PlacementDocument> {
      const invitations = createInvitationService({ db, now });
      const deps = { db, now, reference: REFERENCE };
      const placements = createPlacementService({ ...deps, invitations });
      const organisations = createOrganisationService(deps);
      const principal = async (id: number): Promise<AccessPrincipal> =>
        toAccessPrincipal((await db.users.findByTelegramId(id)) ?? { telegramId: id, roles: [] }, []);
      const student = await db.students.findByTelegramId(options.student.id);
      if (!student) throw new Error("seed: register the student first");
      const departmentId = new Types.ObjectId(String(student.departmentId));
      const coordinator = options.coordinator ?? this.person("ru", "Гүлнар");
      await this.staff(coordinator, "coordinator", { departmentId });
      const proposed = await organisations.propose(await principal(options.student.id), {
        fullName: 'АО "Kaspi Bank"',
        bin: "971240001315",
        postalAddress: "г. Алматы, ул. Наурызбай батыра, 154А",
        phones: ["+7 727 258 59 65"],
        email: "info@kaspi.kz",
        activityArea: "Финансовые технологии",
      });
      if (proposed.status !== "proposed" && proposed.status !== "existing") throw new Error(`seed: organisation ${proposed.status}`);
      const saved = await placements.saveDraft(await principal(options.student.id), {
        practiceType: "production",
        startDate: options.startDate ?? "2027-01-11",
        endDate: options.endDate ?? "2027-03-05",
        weeks: options.weeks ?? 8,
        organisationId: String(proposed.organisation._id),
        unit: "Департамент разработки",
        contractNumber: "ПП-17/2026",
        contractDate: "2026-12-01",
        organisationSupervisorName: "Ахметов Ерлан Серикович",
        organisationSupervisorPhone: "8 (701) 234-56-78",
        organisationSupervisorEmail: "e.akhmetov@kaspi.kz",
      });
      if (saved.status !== "saved") throw new Error(`seed: placement ${JSON.stringify(saved)}`);
      const id = String(saved.placement._id);
      const sent = await placements.submit(await principal(options.student.id), id);
      if (sent.status !== "submitted") throw new Error(`seed: submit ${sent.status}`);
      const approved = await placements.approve(await principal(coordinator.id), id, sent.placement.version);
      if (approved.status !== "approved") throw new Error(`seed: approve ${approved.status}`);
      if (options.universitySupervisor) {
        await this.staff(options.universitySupervisor, "universitySupervisor", { departmentId });
        const assigned = await placements.assignUniversitySupervisor(await principal(coordinator.id), {
          departmentId: String(departmentId),
          supervisorTelegramId: options.universitySupervisor.id,
          placementIds: [id],
        });
        if (assigned.status !== "assigned") throw new Error(`seed: assign ${assigned.status}`);
      }
      if (options.organisationSupervisor) {
        const invited = await placements.inviteOrganisationSupervisor(await principal(coordinator.id), id);
        if (invited.status !== "invited") throw new Error(`seed: invite ${invited.status}`);
        await db.users.touch({ id: options.organisationSupervisor.id, first_name: options.organisationSupervisor.firstName }, null);
        const accepted = await invitations.accept(invited.code, options.organisationSupervisor.id);
        if (accepted.status !== "accepted") throw new Error(`seed: accept ${accepted.status}`);
      }
      const placement = await db.placements.findById(id);
      if (!placement) throw new Error("seed: placement vanished");
      return placement;
    },

    /**
     * An active placement of `student` with the given supervisors linked (the university supervisor
     * assigned, the organisation supervisor linked through an invitation), written by the repositories.
     */
    async linkedPlacement(
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
      services: { diary: DiaryServices; diaryPlacements: DiaryPlacements },
      placement: Pick<PlacementDocument, "_id">,
      student: TestPerson,
      days: readonly { date: string; text?: string; hours?: number }[],
    ): Promise<DiaryEntryView[]> {
      const loaded = await services.diaryPlacements.load(String(placement._id));
      if (!loaded) throw new Error("seed: no placement");
      const out: DiaryEntryView[] = [];
      for (const day of days) {
        const result = await services.diary.entries.submitEntry({
          placement: loaded.diary,
          actor: { telegramId: student.id, role: "student", studentId: loaded.diary.studentId },
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

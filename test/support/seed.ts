import { Types } from "mongoose";
import type { Persistence } from "../../src/persistence/create-persistence.js";
import type { StoredRole } from "../../src/persistence/models/user.model.js";
import type { DepartmentDocument } from "../../src/persistence/models/department.model.js";
import type { StudentDocument } from "../../src/persistence/models/student.model.js";
import type { Level } from "../../src/domain/rules/types.js";
import type { PlacementStatus, PracticeType } from "../../src/domain/practice/placement.js";
import type { PlacementDocument } from "../../src/persistence/models/placement.model.js";
import type { TestPerson } from "./bot-harness.js";
import { toAccessPrincipal, type AccessPrincipal } from "../../src/domain/access/roles.js";
import { getReferenceData } from "../../src/reference-data/load.js";
import { createInvitationService } from "../../src/services/invitation.service.js";
import { createOutbox } from "../../src/services/outbox/index.js";
import { createOrganisationService } from "../../src/services/organisation.service.js";
import { createPlacementService } from "../../src/services/placement.service.js";
import type { DiaryServices } from "../../src/services/diary/index.js";
import type { DiaryPlacements } from "../../src/services/diary/diary-placements.js";
import type { DiaryEntryView } from "../../src/services/diary/views.js";

const REFERENCE = await getReferenceData();

/** Dates of a placement's practice. */
export interface PracticeDates {
  startDate?: string;
  endDate?: string;
  weeks?: number;
}

/**
 * A placement written by the repositories. Defaults: production practice of 2026-2027, active,
 * 16 November – 11 December 2026 (4 weeks, 120 hours), no supervisors linked.
 */
export interface PlacementOptions extends PracticeDates {
  status?: PlacementStatus;
  practiceType?: PracticeType;
  academicYear?: string;
  requiredHours?: number;
  /** Assigned as the university supervisor (grant the role with `staff()` when the test needs it). */
  universitySupervisor?: TestPerson;
  /** Linked as the organisation supervisor (as an accepted invitation leaves it). */
  organisationSupervisor?: TestPerson;
  /** The organisation supervisor's name on the placement (default Нұрланова Айгүл). */
  organisationSupervisorName?: string;
}

/**
 * A placement made by the /base workflow through the services (default: production practice from
 * Monday 11 January 2027, 8 weeks): the student proposes the base, fills the placement and sends it
 * (`submitted`); for `approved` the coordinator then approves it, assigns the university supervisor
 * and the organisation supervisor accepts an invitation, as asked.
 */
export type ThroughBaseOptions = PracticeDates &
  (
    | { stage: "submitted" }
    | {
        stage: "approved";
        /** A coordinator of the student's department; made when absent. */
        coordinator?: TestPerson;
        /** Granted the role in the department, then assigned. */
        universitySupervisor?: TestPerson;
        /** Linked through an invitation. */
        organisationSupervisor?: TestPerson;
      }
  );

/**
 * Test data written through the repositories (never through raw models), so a test seeds what the
 * app itself could have written; `placementThroughBase` alone goes through the services, for tests of
 * that workflow. `now` is the clock of everything written (pass the harness's clock).
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

    /** `person` as the access policy sees them (their stored roles; no admins). */
    async principal(person: Pick<TestPerson, "id">): Promise<AccessPrincipal> {
      return toAccessPrincipal((await db.users.findByTelegramId(person.id)) ?? { telegramId: person.id, roles: [] }, []);
    },

    /** A placement of `student` written by the repositories (see {@link PlacementOptions} for the defaults). */
    async placement(student: Pick<StudentDocument, "_id" | "departmentId">, options: PlacementOptions = {}): Promise<PlacementDocument> {
      const at = now();
      const created = await db.placements.create(
        {
          studentId: new Types.ObjectId(String(student._id)),
          departmentId: new Types.ObjectId(String(student.departmentId)),
          practiceType: options.practiceType ?? "production",
          academicYear: options.academicYear ?? "2026-2027",
          source: "coordinator",
          startDate: options.startDate ?? "2026-11-16",
          endDate: options.endDate ?? "2026-12-11",
          weeks: options.weeks ?? 4,
          requiredHours: options.requiredHours ?? 120,
        },
        { at, by: 0, action: "created" },
        {
          status: options.status ?? "active",
          "organisationSupervisor.fullName": options.organisationSupervisorName ?? "Нұрланова Айгүл",
        },
      );
      if (!created) throw new Error("seed: placement exists");
      if (options.universitySupervisor) {
        await db.placements.assignUniversitySupervisor([created._id], created.departmentId, options.universitySupervisor.id, {
          at,
          by: 0,
          action: "supervisorAssigned",
        });
      }
      if (options.organisationSupervisor) {
        const invitationId = new Types.ObjectId();
        await db.placements.setOrganisationSupervisorInvitation(created._id, invitationId, {
          at,
          by: 0,
          action: "organisationSupervisorInvited",
        });
        await db.placements.linkOrganisationSupervisor(created._id, invitationId, options.organisationSupervisor.id, at);
      }
      const placement = await db.placements.findById(created._id);
      if (!placement) throw new Error("seed: placement vanished");
      return placement;
    },

    /**
     * A placement of `student` made by the /base workflow through the services, for tests of that
     * workflow (coordinator decisions, versions, notifications): see {@link ThroughBaseOptions}. The
     * student's profile must exist (`student()`); the seeder's clock must be before the start.
     */
    async placementThroughBase(student: TestPerson, options: ThroughBaseOptions): Promise<PlacementDocument> {
      const invitations = createInvitationService({ db, now });
      const deps = { db, now, reference: REFERENCE };
      const placements = createPlacementService({ ...deps, invitations, outbox: createOutbox({ db, now }) });
      const organisations = createOrganisationService(deps);
      const profile = await db.students.findByTelegramId(student.id);
      if (!profile) throw new Error("seed: register the student first");
      const departmentId = new Types.ObjectId(String(profile.departmentId));
      const proposed = await organisations.propose(await this.principal(student), {
        fullName: 'АО "Kaspi Bank"',
        bin: "971240001315",
        postalAddress: "г. Алматы, ул. Наурызбай батыра, 154А",
        phones: ["+7 727 258 59 65"],
        email: "info@kaspi.kz",
        activityArea: "Финансовые технологии",
      });
      if (proposed.status !== "proposed" && proposed.status !== "existing") throw new Error(`seed: organisation ${proposed.status}`);
      const saved = await placements.saveDraft(await this.principal(student), {
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
      const sent = await placements.submit(await this.principal(student), id);
      if (sent.status !== "submitted") throw new Error(`seed: submit ${sent.status}`);
      if (options.stage === "submitted") return sent.placement;

      const coordinator = options.coordinator ?? this.person("ru", "Гүлнар");
      await this.staff(coordinator, "coordinator", { departmentId });
      const approved = await placements.approve(await this.principal(coordinator), id, sent.placement.version);
      if (approved.status !== "approved") throw new Error(`seed: approve ${approved.status}`);
      if (options.universitySupervisor) {
        await this.staff(options.universitySupervisor, "universitySupervisor", { departmentId });
        const assigned = await placements.assignUniversitySupervisor(await this.principal(coordinator), {
          departmentId: String(departmentId),
          supervisorTelegramId: options.universitySupervisor.id,
          placementIds: [id],
        });
        if (assigned.status !== "assigned") throw new Error(`seed: assign ${assigned.status}`);
      }
      if (options.organisationSupervisor) {
        const invited = await placements.inviteOrganisationSupervisor(await this.principal(coordinator), id);
        if (invited.status !== "invited") throw new Error(`seed: invite ${invited.status}`);
        await db.users.touch({ id: options.organisationSupervisor.id, first_name: options.organisationSupervisor.firstName }, null);
        // A supervisor the department has vouched for (QP-06 5.12): linked and confirmed at once.
        const accepted = await invitations.accept(invited.code, options.organisationSupervisor.id, {
          supervisorClaim: { phoneMatched: true, confirmAtOnce: true },
        });
        if (accepted.status !== "accepted") throw new Error(`seed: accept ${accepted.status}`);
      }
      const placement = await db.placements.findById(id);
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

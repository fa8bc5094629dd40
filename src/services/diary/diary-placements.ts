import { displayName } from "../../domain/profile/display-name.js";
import { Types } from "mongoose";
import type { DiaryPlacement } from "../../domain/diary/types.js";
import { resolvePolicy } from "../../domain/policies/helpers.js";
import type { Policy } from "../../domain/policies/policy-schema.js";
import { DIARY_PLACEMENT_STATUSES } from "../../domain/practice/placement.js";
import { isIsoDate, type IsoDate } from "../../domain/rules/dates.js";
import { requiredPracticeHours } from "../../domain/rules/practice-deadlines.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { DepartmentDocument } from "../../persistence/models/department.model.js";
import type { OrganisationDocument } from "../../persistence/models/organisation.model.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { UserDocument } from "../../persistence/models/user.model.js";
import type { ReferenceData } from "../../reference-data/load.js";
import { calendarDateIn } from "../../domain/diary/calendar-date.js";
import { requiredHoursOf, weekNorms } from "../../domain/diary/calendar-norm.js";
import { diaryOpensOn } from "../../domain/diary/writable-days.js";
import type { WorkingCalendar } from "../../domain/rules/working-calendar.js";
import type { DiaryReportContext } from "./diary-export.service.js";

export { DIARY_PLACEMENT_STATUSES };

/** What the adapter reads from the reference data. */
export type AdapterReference = Pick<ReferenceData, "policies" | "defaultPolicyId"> & Partial<Pick<ReferenceData, "calendars" | "calendar">>;

/** The holiday calendar of a policy (null when the reference data has none, e.g. a test's bare policy map). */
export function calendarOfPolicy(reference: AdapterReference, policy: Pick<Policy, "holidayCalendar">): WorkingCalendar | null {
  return reference.calendars?.get(policy.holidayCalendar) ?? reference.calendar ?? null;
}

/** The policy of a department (the default one for an unknown id or a missing department). */
export function policyOfDepartment(reference: AdapterReference, department: Pick<DepartmentDocument, "policyId"> | null): Policy {
  const known = department ? reference.policies.get(department.policyId) : undefined;
  return known ?? resolvePolicy(reference.policies, reference.defaultPolicyId);
}

/** The placement's supervisors as the diary's access target sees them (one place reads the links). */
export type PlacementLinksInput = Pick<PlacementDocument, "universitySupervisorTelegramId"> & {
  organisationSupervisor?: { telegramId?: number | null | undefined; status?: string | null | undefined } | null | undefined;
};

export function placementLinks(placement: PlacementLinksInput): {
  universitySupervisorTelegramId: number | null;
  organisationSupervisorTelegramId: number | null;
  organisationSupervisorConfirmed?: boolean;
} {
  return {
    universitySupervisorTelegramId: placement.universitySupervisorTelegramId ?? null,
    organisationSupervisorTelegramId: placement.organisationSupervisor?.telegramId ?? null,
    // QP-06 5.12: an organisation supervisor waiting for the department's confirmation approves nothing that counts.
    // A link made before confirmation existed carries no status and counts as confirmed.
    ...(placement.organisationSupervisor?.status === "pending" ? { organisationSupervisorConfirmed: false } : {}),
  };
}

/**
 * A placement document as the diary sees it. Null while its dates are not set (a draft without
 * dates has no diary). Required hours (QP-06 3.6): with a calendar, the sum of the weekly norms (the
 * week's working days by the holiday calendar, less excused days, × hours per day; `nominal` policies
 * count weeks × the nominal week); without one, the stored value, else weeks × the weekly norm.
 * The diary opens on the first approval, or the start if later.
 */
export function toDiaryPlacement(
  placement: Pick<
    PlacementDocument,
    "_id" | "studentId" | "departmentId" | "startDate" | "endDate" | "weeks" | "requiredHours" | "universitySupervisorTelegramId"
  > &
    Partial<Pick<PlacementDocument, "approvedAt" | "lateEntryDays" | "excusedDays">> &
    PlacementLinksInput,
  policy: Pick<Policy, "id" | "hoursPerDay" | "daysPerWeek"> & Partial<Pick<Policy, "requiredHours" | "timeZone">>,
  calendar: WorkingCalendar | null = null,
): DiaryPlacement | null {
  const { startDate, endDate } = placement;
  if (!startDate || !endDate || !isIsoDate(startDate) || !isIsoDate(endDate) || endDate < startDate) return null;
  const weeks =
    placement.weeks ??
    Math.max(1, Math.ceil((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`) + 86_400_000) / (7 * 86_400_000)));
  const excusedDays = [...new Map((placement.excusedDays ?? []).map((d) => [d.date, { date: d.date, reason: d.reason }])).values()].sort(
    (a, b) => (a.date < b.date ? -1 : 1),
  );
  const norms = calendar
    ? weekNorms({
        startDate,
        endDate,
        calendar,
        policy: { ...policy, requiredHours: policy.requiredHours ?? "calendar" },
        excused: excusedDays.map((d) => d.date),
      })
    : null;
  const approvedOn = placement.approvedAt ? calendarDateIn(placement.approvedAt, policy.timeZone) : null;
  return {
    id: String(placement._id),
    studentId: String(placement.studentId),
    departmentId: String(placement.departmentId),
    policyId: policy.id,
    startDate,
    endDate,
    requiredHours: norms ? requiredHoursOf(norms) : (placement.requiredHours ?? requiredPracticeHours(policy, weeks)),
    ...placementLinks(placement),
    writableFrom: diaryOpensOn(startDate, approvedOn),
    lateEntryDays: [...new Set((placement.lateEntryDays ?? []).map((d) => d.date))].sort(),
    excusedDays,
    ...(norms ? { weekNorms: norms } : {}),
  };
}

/** Everything the F-76 document needs besides the diary itself, from already loaded records. */
export function toDiaryReportContext(input: {
  diary: DiaryPlacement;
  placement: Pick<PlacementDocument, "practiceType" | "unit"> & {
    organisationSupervisor?: { fullName?: string | null | undefined } | null | undefined;
  };
  student: Pick<StudentDocument, "fullName" | "studentNumber" | "group" | "programmeCode">;
  organisation: Pick<OrganisationDocument, "fullName"> | null;
  department: Pick<DepartmentDocument, "name"> | null;
  policy: Pick<Policy, "name">;
  /** The university supervisor's stored user (their name as far as we know it). */
  universitySupervisor: Pick<UserDocument, "firstName" | "lastName" | "fullName"> | null;
  /** The linked organisation supervisor's stored user (the name they gave for documents wins over the agreement's). */
  organisationSupervisorUser?: Pick<UserDocument, "firstName" | "lastName" | "fullName"> | null;
}): DiaryReportContext {
  const { diary, placement, student } = input;
  const universityName = displayName(input.universitySupervisor);
  const linked = diary.organisationSupervisorTelegramId !== null ? (input.organisationSupervisorUser ?? null) : null;
  // QP-06 6.2: the one who signs is named as they gave it; else as in the agreement; else their Telegram name.
  const organisationName = linked?.fullName?.trim() || placement.organisationSupervisor?.fullName?.trim() || displayName(linked);
  return {
    placement: diary,
    university: input.policy.name,
    department: input.department?.name ?? null,
    student: { fullName: student.fullName, studentNumber: student.studentNumber, group: student.group, programme: student.programmeCode },
    practiceType: placement.practiceType,
    organisation: input.organisation ? { name: input.organisation.fullName, unit: placement.unit ?? null } : null,
    universitySupervisor: diary.universitySupervisorTelegramId !== null && universityName ? { fullName: universityName } : null,
    organisationSupervisor: organisationName ? { fullName: organisationName } : null,
  };
}

/** A placement with a diary: the diary as the domain sees it, the stored records it came from, and its policy. */
export interface LoadedDiaryPlacement {
  diary: DiaryPlacement;
  placement: PlacementDocument;
  student: StudentDocument;
  policy: Policy;
}

const OBJECT_ID = /^[a-f0-9]{24}$/i;
const SUPERVISED_PAGE = { skip: 0, limit: 2000 };
const DEPARTMENT_PAGE = { skip: 0, limit: 100_000 };

/**
 * The one adapter from placement records to diaries: the student's diary, the supervisors'
 * and coordinators' lists, the CLI archive and the F-76 report context all read a placement here.
 */
export function createDiaryPlacements(deps: { db: Persistence; now: () => Date; reference: AdapterReference }) {
  const { db, reference } = deps;

  /** Placements with their students and policies; those without dates (or students) are left out. */
  async function loadAll(placements: readonly PlacementDocument[], knownStudents?: readonly StudentDocument[]) {
    const students = new Map(
      (knownStudents ?? (await db.students.findByIds(placements.map((p) => p.studentId)))).map((s) => [String(s._id), s]),
    );
    const policies = new Map<string, Policy>();
    const out: LoadedDiaryPlacement[] = [];
    for (const placement of placements) {
      const student = students.get(String(placement.studentId));
      if (!student) continue;
      const key = String(placement.departmentId);
      let policy = policies.get(key);
      if (!policy) {
        policy = policyOfDepartment(reference, await db.departments.findById(placement.departmentId));
        policies.set(key, policy);
      }
      const diary = toDiaryPlacement(placement, policy, calendarOfPolicy(reference, policy));
      if (diary) out.push({ diary, placement, student, policy });
    }
    return out;
  }

  const byStudentName = (a: LoadedDiaryPlacement, b: LoadedDiaryPlacement) => a.student.fullName.localeCompare(b.student.fullName);

  return {
    /** The diary of one placement (any status with dates); null for an unknown, forged or deleted id. */
    async load(placementId: string | Types.ObjectId): Promise<LoadedDiaryPlacement | null> {
      if (typeof placementId === "string" && !OBJECT_ID.test(placementId)) return null;
      const placement = await db.placements.findById(placementId);
      if (!placement) return null;
      return (await loadAll([placement]))[0] ?? null;
    },

    /**
     * The student's current diary: among the approved / running / finished placements with dates,
     * the one running today, else the latest one already started, else the next one to start.
     */
    async currentOfStudent(telegramId: number): Promise<LoadedDiaryPlacement | null> {
      const student = await db.students.findByTelegramId(telegramId);
      if (!student) return null;
      const placements = (await db.placements.listByStudent(student._id)).filter((p) =>
        (DIARY_PLACEMENT_STATUSES as readonly string[]).includes(p.status),
      );
      const loaded = await loadAll(placements, [student]);
      if (loaded.length === 0) return null;
      const todayOf = (l: LoadedDiaryPlacement): IsoDate => calendarDateIn(deps.now(), l.policy.timeZone);
      const running = loaded.filter((l) => l.diary.startDate <= todayOf(l) && todayOf(l) <= l.diary.endDate);
      if (running[0]) return running[0];
      const started = loaded
        .filter((l) => l.diary.startDate <= todayOf(l))
        .sort((a, b) => (a.diary.startDate < b.diary.startDate ? 1 : -1));
      if (started[0]) return started[0];
      return loaded.sort((a, b) => (a.diary.startDate < b.diary.startDate ? -1 : 1))[0] ?? null;
    },

    /** Placements linking `telegramId` as university or organisation supervisor (links read from the records), by student name. */
    async supervisedBy(telegramId: number): Promise<LoadedDiaryPlacement[]> {
      const [asUniversity, asOrganisation] = await Promise.all([
        db.placements.list({ universitySupervisorTelegramId: telegramId }, SUPERVISED_PAGE),
        db.placements.list({ organisationSupervisorTelegramId: telegramId }, SUPERVISED_PAGE),
      ]);
      const unique = new Map([...asUniversity, ...asOrganisation].map((p) => [String(p._id), p]));
      return (await loadAll([...unique.values()])).sort(byStudentName);
    },

    /** Every placement of a department past the draft, with dates, by student name (coordinators: export, grading). */
    async ofDepartment(departmentId: string | Types.ObjectId): Promise<LoadedDiaryPlacement[]> {
      if (typeof departmentId === "string" && !OBJECT_ID.test(departmentId)) return [];
      const placements = await db.placements.list(
        { departmentId: new Types.ObjectId(String(departmentId)), excludeStatuses: ["draft"] },
        DEPARTMENT_PAGE,
      );
      return (await loadAll(placements)).sort(byStudentName);
    },

    /** These placements as diaries (those without dates or students left out), with their students when already loaded. */
    async ofPlacements(placements: readonly PlacementDocument[], students?: readonly StudentDocument[]): Promise<LoadedDiaryPlacement[]> {
      return loadAll(placements, students);
    },

    /** The F-76 context of a loaded placement: student, organisation, department, supervisors' names. */
    async reportContext(loaded: LoadedDiaryPlacement): Promise<DiaryReportContext> {
      const { diary, placement, student, policy } = loaded;
      const [organisation, department, universitySupervisor, organisationSupervisorUser] = await Promise.all([
        placement.organisationId ? db.organisations.findById(placement.organisationId) : Promise.resolve(null),
        db.departments.findById(placement.departmentId),
        diary.universitySupervisorTelegramId !== null
          ? db.users.findByTelegramId(diary.universitySupervisorTelegramId)
          : Promise.resolve(null),
        diary.organisationSupervisorTelegramId !== null
          ? db.users.findByTelegramId(diary.organisationSupervisorTelegramId)
          : Promise.resolve(null),
      ]);
      return toDiaryReportContext({
        diary,
        placement,
        student,
        organisation,
        department,
        policy,
        universitySupervisor,
        organisationSupervisorUser,
      });
    },
  };
}
export type DiaryPlacements = ReturnType<typeof createDiaryPlacements>;

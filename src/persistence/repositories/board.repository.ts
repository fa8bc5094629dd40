import { Types, type PipelineStage } from "mongoose";
import type { PlacementStatus, PracticeType } from "../../domain/practice/placement.js";
import type { createDiaryEntryModel } from "../models/diary-entry.model.js";
import type { createPlacementModel } from "../models/placement.model.js";
import type { createPracticeOutcomeModel } from "../models/practice-outcome.model.js";
import type { createStudentModel } from "../models/student.model.js";
import type { StudentDocument } from "../models/student.model.js";
import type { createOrganisationModel } from "../models/organisation.model.js";
import type { createUserModel } from "../models/user.model.js";
import type { PracticeOutcomeDocument } from "../models/practice-outcome.model.js";

type Models = {
  User: ReturnType<typeof createUserModel>;
  Organisation: ReturnType<typeof createOrganisationModel>;
  Student: ReturnType<typeof createStudentModel>;
  Placement: ReturnType<typeof createPlacementModel>;
  DiaryEntry: ReturnType<typeof createDiaryEntryModel>;
  PracticeOutcome: ReturnType<typeof createPracticeOutcomeModel>;
};

/** What the roster filters by on the students collection; the placement filters arrive as id sets. */
export interface RosterStudentFilter {
  departmentId: Types.ObjectId;
  /** A pattern over the name, the student ID or the group (see `searchPattern`). */
  pattern?: RegExp | undefined;
  group?: string | undefined;
  onlyIds?: readonly Types.ObjectId[] | undefined;
  exceptIds?: readonly Types.ObjectId[] | undefined;
}

export interface PlacementIdFilter {
  departmentId: Types.ObjectId;
  statuses?: readonly PlacementStatus[] | undefined;
  practiceType?: PracticeType | undefined;
  /** A university supervisor's Telegram id, or null for placements without one. */
  universitySupervisor?: number | null | undefined;
}

/** The few placement fields the board's "behind on hours" check reads. */
export interface PlacementHoursFacts {
  _id: Types.ObjectId;
  studentId: Types.ObjectId;
  departmentId: Types.ObjectId;
  startDate?: string | null;
  endDate?: string | null;
  requiredHours?: number | null;
  excusedDays?: { date: string }[] | null;
}

const SORT_FIELDS = { name: "fullName", studentCode: "studentNumber", group: "group" } as const;

/**
 * The board's read-side queries, in the portable subset: filters, counts, sorting and paging run in the database
 * (a department of thousands is never read whole); joins are a second query by ids.
 */
export function createBoardRepository(models: Models) {
  const { Student, Placement, DiaryEntry, PracticeOutcome, User, Organisation } = models;

  function studentQuery(filter: RosterStudentFilter) {
    const and: Record<string, unknown>[] = [{ departmentId: filter.departmentId }];
    if (filter.pattern) {
      and.push({ $or: [{ fullName: filter.pattern }, { studentNumber: filter.pattern }, { group: filter.pattern }] });
    }
    if (filter.group) and.push({ group: filter.group });
    if (filter.onlyIds) and.push({ _id: { $in: filter.onlyIds } });
    if (filter.exceptIds && filter.exceptIds.length > 0) and.push({ _id: { $nin: filter.exceptIds } });
    return { $and: and };
  }

  return {
    /** One page of the department's students and how many match. */
    async rosterPage(
      filter: RosterStudentFilter,
      sort: keyof typeof SORT_FIELDS,
      dir: 1 | -1,
      page: { skip: number; limit: number },
    ): Promise<{ total: number; students: StudentDocument[] }> {
      const query = studentQuery(filter);
      const order: Record<string, 1 | -1> = { [SORT_FIELDS[sort]]: dir, _id: 1 };
      const [total, students] = await Promise.all([
        Student.countDocuments(query),
        Student.find(query).sort(order).skip(page.skip).limit(page.limit).lean<StudentDocument[]>(),
      ]);
      return { total, students };
    },

    /** Students of the department matching `filter`, ids only (for the bulk export of a selection). */
    async studentIds(filter: RosterStudentFilter): Promise<Types.ObjectId[]> {
      return (await Student.find(studentQuery(filter), { _id: 1 }).lean<{ _id: Types.ObjectId }[]>()).map((s) => s._id);
    },

    /** Students with a placement matching `filter` (distinct ids). */
    async studentIdsWithPlacement(filter: PlacementIdFilter): Promise<Types.ObjectId[]> {
      const query: Record<string, unknown> = { departmentId: filter.departmentId };
      if (filter.statuses) query["status"] = { $in: filter.statuses };
      if (filter.practiceType) query["practiceType"] = filter.practiceType;
      if (filter.universitySupervisor === null) query["universitySupervisorTelegramId"] = { $exists: false };
      else if (filter.universitySupervisor !== undefined) query["universitySupervisorTelegramId"] = filter.universitySupervisor;
      const ids: unknown[] = await Placement.distinct("studentId", query);
      return ids.filter((id): id is Types.ObjectId => id instanceof Types.ObjectId);
    },

    /** Students whose practice is signed by both supervisors (QP-06 6.2), or graded (QP-06 6.5). */
    async studentIdsWithOutcome(departmentId: Types.ObjectId, kind: "signed" | "graded"): Promise<Types.ObjectId[]> {
      const query =
        kind === "graded"
          ? { departmentId: String(departmentId), grade: { $exists: true } }
          : { departmentId: String(departmentId), "signOffs.1": { $exists: true } };
      const ids: unknown[] = await PracticeOutcome.distinct("studentId", query);
      return ids.filter((id): id is string => typeof id === "string" && Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    },

    /** Started placements of the department with diaries (approved, active, finished): the facts of the hours check. */
    async startedPlacements(departmentId: Types.ObjectId, today: string): Promise<PlacementHoursFacts[]> {
      return Placement.find(
        { departmentId, status: { $in: ["approved", "active", "finished"] }, startDate: { $lte: today } },
        { studentId: 1, departmentId: 1, startDate: 1, endDate: 1, requiredHours: 1, excusedDays: 1 },
      ).lean<PlacementHoursFacts[]>();
    },

    /** Hours per placement by entry status (one `$group` in the database). */
    async hoursByPlacement(
      placementIds: readonly string[],
    ): Promise<Map<string, { approved: number; submitted: number; last: string | null }>> {
      if (placementIds.length === 0) return new Map();
      const pipeline: PipelineStage[] = [
        { $match: { placementId: { $in: placementIds } } },
        {
          $group: {
            _id: "$placementId",
            approved: { $sum: { $cond: [{ $eq: ["$status", "approved"] }, "$hours", 0] } },
            submitted: { $sum: { $cond: [{ $eq: ["$status", "submitted"] }, "$hours", 0] } },
            last: { $max: "$date" },
          },
        },
      ];
      const rows = await DiaryEntry.aggregate<{ _id: string; approved: number; submitted: number; last: string | null }>(pipeline);
      return new Map(rows.map((r) => [r._id, { approved: r.approved, submitted: r.submitted, last: r.last ?? null }]));
    },

    /** The outcomes (sign-offs, grade) of placements, one query. */
    async outcomesOf(placementIds: readonly string[]): Promise<Pick<PracticeOutcomeDocument, "placementId" | "signOffs" | "grade">[]> {
      if (placementIds.length === 0) return [];
      return PracticeOutcome.find({ placementId: { $in: placementIds } }, { placementId: 1, signOffs: 1, grade: 1 }).lean();
    },

    /** Names of people by Telegram id, one query. */
    async peopleOf(
      telegramIds: readonly number[],
    ): Promise<{ telegramId: number; fullName?: string | null; firstName: string; lastName?: string | null }[]> {
      if (telegramIds.length === 0) return [];
      return User.find({ telegramId: { $in: telegramIds } }, { telegramId: 1, fullName: 1, firstName: 1, lastName: 1 }).lean();
    },

    /** Names of organisations by id, one query. */
    async organisationNames(ids: readonly Types.ObjectId[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await Organisation.find({ _id: { $in: ids } }, { fullName: 1 }).lean<{ _id: Types.ObjectId; fullName: string }[]>();
      return new Map(rows.map((o) => [String(o._id), o.fullName]));
    },

    /** Students of the department by status per group: students by group (one `$group`). */
    async groupsOf(departmentId: Types.ObjectId): Promise<{ group: string; ids: Types.ObjectId[] }[]> {
      const rows = await Student.aggregate<{ _id: string; ids: Types.ObjectId[] }>([
        { $match: { departmentId } },
        { $group: { _id: "$group", ids: { $push: "$_id" } } },
      ]);
      return rows.map((r) => ({ group: r._id, ids: r.ids })).sort((a, b) => a.group.localeCompare(b.group));
    },
  };
}
export type BoardRepository = ReturnType<typeof createBoardRepository>;

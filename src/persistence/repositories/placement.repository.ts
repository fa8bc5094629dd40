import { Types } from "mongoose";
import type { PlacementStatus, PracticeType } from "../../domain/practice/placement.js";
import { duplicateIndexesOf, isDuplicateKeyError } from "../errors.js";
import type { createPlacementModel, PlacementDocument, PlacementHistoryAction } from "../models/placement.model.js";
import { createSupervisorLinkRepository } from "./placement-supervisor.repository.js";

export interface HistoryInput {
  at: Date;
  by: number;
  action: PlacementHistoryAction;
  changes?: { field: string; from: string | null; to: string | null }[] | undefined;
  reason?: string | undefined;
}

/** Fields a change may set (dotted paths for nested ones). */
export type PlacementSet = Partial<{
  startDate: string;
  endDate: string;
  weeks: number;
  requiredHours: number;
  organisationId: Types.ObjectId;
  unit: string;
  "contract.number": string;
  "contract.date": string;
  contractLate: boolean;
  contractDeadline: string;
  contractRule: string;
  universitySupervisorTelegramId: number;
  universitySupervisorEmail: string;
  "organisationSupervisor.fullName": string;
  "organisationSupervisor.phone": string;
  "organisationSupervisor.email": string;
  assignment: string;
  status: PlacementStatus;
  returnReason: string;
  noBaseReportedAt: Date;
  submittedAt: Date;
  decidedBy: number;
  decidedAt: Date;
  approvedAt: Date;
}>;

export interface NewPlacement {
  _id?: Types.ObjectId;
  studentId: Types.ObjectId;
  departmentId: Types.ObjectId;
  practiceType: PracticeType;
  academicYear: string;
  source: "roster" | "student" | "coordinator";
  startDate?: string | undefined;
  endDate?: string | undefined;
  weeks?: number | undefined;
  requiredHours?: number | undefined;
  universitySupervisorEmail?: string | undefined;
}

export interface PlacementListFilter {
  departmentId?: Types.ObjectId | undefined;
  studentIds?: readonly Types.ObjectId[] | undefined;
  status?: PlacementStatus | undefined;
  practiceType?: PracticeType | undefined;
  academicYear?: string | undefined;
  universitySupervisorTelegramId?: number | undefined;
  organisationSupervisorTelegramId?: number | undefined;
  universitySupervisorEmail?: string | undefined;
  /** Leave out placements in these statuses. */
  excludeStatuses?: readonly PlacementStatus[] | undefined;
}

export type RosterPlacementFields = Pick<
  PlacementDocument,
  | "_id"
  | "studentId"
  | "practiceType"
  | "academicYear"
  | "startDate"
  | "endDate"
  | "weeks"
  | "requiredHours"
  | "universitySupervisorEmail"
  | "status"
  | "version"
>;

/** A roster row's placement change: insert a draft, or update the roster-owned fields of a draft. */
export type RosterPlacementWrite =
  | { kind: "insert"; placement: NewPlacement & { requiredHours: number }; history: HistoryInput }
  | { kind: "update"; id: Types.ObjectId; version: number; set: PlacementSet; history: HistoryInput };

/** { "contract.date": x } → { contract: { date: x } } for inserts. */
function expandDotted(set: PlacementSet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nested: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(set)) {
    const [head = key, tail] = key.split(".", 2);
    if (tail === undefined) out[head] = value;
    else out[head] = nested[head] = { ...nested[head], [tail]: value };
  }
  return out;
}

function toFilter(filter: PlacementListFilter) {
  return {
    ...(filter.departmentId ? { departmentId: filter.departmentId } : {}),
    ...(filter.studentIds ? { studentId: { $in: [...filter.studentIds] } } : {}),
    ...(filter.status ? { status: filter.status } : filter.excludeStatuses ? { status: { $nin: [...filter.excludeStatuses] } } : {}),
    ...(filter.universitySupervisorEmail ? { universitySupervisorEmail: filter.universitySupervisorEmail } : {}),
    ...(filter.practiceType ? { practiceType: filter.practiceType } : {}),
    ...(filter.academicYear ? { academicYear: filter.academicYear } : {}),
    ...(filter.universitySupervisorTelegramId !== undefined
      ? { universitySupervisorTelegramId: filter.universitySupervisorTelegramId }
      : {}),
    ...(filter.organisationSupervisorTelegramId !== undefined
      ? { "organisationSupervisor.telegramId": filter.organisationSupervisorTelegramId }
      : {}),
  };
}

/** Placements: one student's practice of one type in one academic year. Every change bumps `version`. */
export function createPlacementRepository(Placement: ReturnType<typeof createPlacementModel>) {
  return {
    async findById(id: Types.ObjectId | string): Promise<PlacementDocument | null> {
      return Placement.findById(id).lean();
    },
    async findByKey(studentId: Types.ObjectId, practiceType: PracticeType, academicYear: string): Promise<PlacementDocument | null> {
      return Placement.findOne({ studentId, practiceType, academicYear }).lean();
    },
    async listByStudent(studentId: Types.ObjectId): Promise<PlacementDocument[]> {
      return Placement.find({ studentId }).sort({ academicYear: -1, startDate: -1 }).lean();
    },
    /** What a roster import compares, for every placement of a department (no history). */
    async listRosterFields(departmentId: Types.ObjectId): Promise<RosterPlacementFields[]> {
      return Placement.find(
        { departmentId },
        {
          studentId: 1,
          practiceType: 1,
          academicYear: 1,
          startDate: 1,
          endDate: 1,
          weeks: 1,
          requiredHours: 1,
          universitySupervisorEmail: 1,
          status: 1,
          version: 1,
        },
      ).lean();
    },
    async listByStudents(studentIds: readonly Types.ObjectId[]): Promise<PlacementDocument[]> {
      return Placement.find({ studentId: { $in: [...studentIds] } }).lean();
    },
    async list(filter: PlacementListFilter, page: { skip: number; limit: number }): Promise<PlacementDocument[]> {
      return Placement.find(toFilter(filter)).sort({ startDate: 1, _id: 1 }).skip(page.skip).limit(page.limit).lean();
    },
    async count(filter: PlacementListFilter): Promise<number> {
      return Placement.countDocuments(toFilter(filter));
    },

    /** Distinct students with a placement matching `filter`. */
    async studentIds(filter: PlacementListFilter): Promise<Types.ObjectId[]> {
      return Placement.distinct("studentId", toFilter(filter));
    },
    async listIds(filter: PlacementListFilter): Promise<Types.ObjectId[]> {
      const rows = await Placement.find(toFilter(filter), { _id: 1 }).lean();
      return rows.map((row) => row._id);
    },

    /**
     * Inserts a draft placement with `set` applied; null when the student already has one of that
     * type in that year (unique key).
     */
    async create(input: NewPlacement, history: HistoryInput, set: PlacementSet = {}): Promise<PlacementDocument | null> {
      try {
        const doc = await Placement.create({
          ...input,
          ...expandDotted(set),
          status: set.status ?? "draft",
          version: 0,
          history: [history],
        });
        return doc.toObject();
      } catch (error) {
        if (isDuplicateKeyError(error)) return null;
        throw error;
      }
    },

    /**
     * One atomic change guarded by the expected state: the placement must still be in one of
     * `statuses` and, when given, at `version`. Returns the updated placement, or null when
     * someone else changed it first (or it does not exist).
     */
    async change(
      id: Types.ObjectId,
      expected: { statuses: readonly PlacementStatus[]; version?: number | undefined },
      set: PlacementSet,
      history: HistoryInput,
      unset: readonly ("returnReason" | "contractDeadline" | "contractRule")[] = [],
    ): Promise<PlacementDocument | null> {
      const filter = {
        _id: id,
        status: { $in: [...expected.statuses] },
        ...(expected.version !== undefined ? { version: expected.version } : {}),
      };
      const update = {
        $set: set,
        $inc: { version: 1 },
        $push: { history },
        ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map((field) => [field, ""])) } : {}),
      };
      return Placement.findOneAndUpdate(filter, update, { returnDocument: "after" }).lean();
    },

    /** Assigns the university supervisor to each placement of the department given; returns how many changed. */
    async assignUniversitySupervisor(
      ids: readonly Types.ObjectId[],
      departmentId: Types.ObjectId,
      telegramId: number,
      history: HistoryInput,
    ): Promise<number> {
      const result = await Placement.updateMany(
        { _id: { $in: [...ids] }, departmentId, universitySupervisorTelegramId: { $ne: telegramId } },
        { $set: { universitySupervisorTelegramId: telegramId }, $inc: { version: 1 }, $push: { history } },
      );
      return result.modifiedCount;
    },

    /** Makes `invitationId` the only invitation that may link an organisation supervisor to the placement. */
    ...createSupervisorLinkRepository(Placement),

    /**
     * Applies a roster import's placement writes: new drafts in one unordered insert (a placement
     * made meanwhile wins by the unique key), changed drafts by id and version.
     */
    async applyRosterWrites(writes: readonly RosterPlacementWrite[], at: Date): Promise<{ inserted: number; updated: number }> {
      const inserts = writes.filter((w) => w.kind === "insert");
      const docs = inserts.map((w) => ({
        _id: w.placement._id ?? new Types.ObjectId(),
        ...w.placement,
        status: "draft" as const,
        contractLate: false,
        version: 0,
        history: [w.history],
        createdAt: at,
        updatedAt: at,
      }));
      let skipped = new Set<number>();
      if (docs.length > 0) {
        try {
          await Placement.collection.insertMany(docs, { ordered: false });
        } catch (error) {
          skipped = duplicateIndexesOf(error);
        }
      }
      const ops = writes.flatMap((write) =>
        write.kind === "update"
          ? [
              {
                updateOne: {
                  filter: { _id: write.id, version: write.version, status: "draft" as const },
                  update: { $set: write.set, $inc: { version: 1 }, $push: { history: write.history } },
                },
              },
            ]
          : [],
      );
      const updated = ops.length > 0 ? (await Placement.bulkWrite(ops, { ordered: false })).modifiedCount : 0;
      return { inserted: docs.length - skipped.size, updated };
    },
  };
}
export type PlacementRepository = ReturnType<typeof createPlacementRepository>;

import { Types } from "mongoose";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type {
  HistoryInput,
  PlacementSet,
  RosterPlacementFields,
  RosterPlacementWrite,
} from "../../persistence/repositories/placement.repository.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { RosterPending, RosterStudentFields } from "../../persistence/repositories/student.repository.js";
import type { PracticeRow, SkippedPlacement } from "./types.js";

/** $in lists are kept short: the stand-in server scans them in quadratic time, MongoDB does not mind. */
const CHUNK = 200;

/** A promise awaited later: marked handled now, so a failure meanwhile is not an unhandled rejection (it still rejects when awaited). */
export function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function sameStudent(existing: StudentDocument, fields: RosterStudentFields): boolean {
  return (
    existing.fullName === fields.fullName &&
    existing.level === fields.level &&
    existing.programmeCode === fields.programmeCode &&
    existing.course === fields.course &&
    existing.group === fields.group &&
    existing.departmentId.equals(fields.departmentId)
  );
}

interface PendingLike {
  departmentId: Types.ObjectId;
  fullName: string;
  level: string;
  programmeCode: string;
  course: number;
  group: string;
  practices: ArrayLike<{
    practiceType: string;
    academicYear: string;
    startDate: string;
    endDate: string;
    weeks: number;
    universitySupervisorEmail?: string | null | undefined;
  }>;
}

function pendingKey(p: PendingLike): string {
  return JSON.stringify([
    String(p.departmentId),
    p.fullName,
    p.level,
    p.programmeCode,
    p.course,
    p.group,
    Array.from(p.practices, (x) => [x.practiceType, x.academicYear, x.startDate, x.endDate, x.weeks, x.universitySupervisorEmail ?? null]),
  ]);
}

export function samePending(existing: StudentDocument["rosterPending"], next: RosterPending): boolean {
  return existing != null && pendingKey(existing) === pendingKey(next);
}

/** The placement writes that bring a student's placements in line with their roster rows. */
export function placementWrites(
  studentId: Types.ObjectId,
  departmentId: Types.ObjectId,
  practices: readonly PracticeRow[],
  existing: ReadonlyMap<string, RosterPlacementFields>,
  hoursFor: (weeks: number) => number,
  history: Omit<HistoryInput, "action" | "changes">,
  studentNumber: string,
) {
  const writes: RosterPlacementWrite[] = [];
  const skipped: SkippedPlacement[] = [];
  let unchanged = 0;
  for (const practice of practices) {
    const current = existing.get(`${String(studentId)}|${practice.practiceType}|${practice.academicYear}`);
    const wanted: PlacementSet = {
      startDate: practice.startDate,
      endDate: practice.endDate,
      weeks: practice.weeks,
      requiredHours: hoursFor(practice.weeks),
      ...(practice.supervisorEmail ? { universitySupervisorEmail: practice.supervisorEmail } : {}),
    };
    if (!current) {
      writes.push({
        kind: "insert",
        placement: {
          _id: new Types.ObjectId(),
          studentId,
          departmentId,
          practiceType: practice.practiceType,
          academicYear: practice.academicYear,
          source: "roster",
          startDate: practice.startDate,
          endDate: practice.endDate,
          weeks: practice.weeks,
          requiredHours: hoursFor(practice.weeks),
          ...(practice.supervisorEmail ? { universitySupervisorEmail: practice.supervisorEmail } : {}),
        },
        history: { ...history, action: "rosterImported" },
      });
      continue;
    }
    const changes = (Object.entries(wanted) as [keyof RosterPlacementFields & keyof PlacementSet, string | number][])
      .filter(([field, value]) => current[field] !== value)
      .map(([field, value]) => ({ field, from: current[field] == null ? null : String(current[field]), to: String(value) }));
    if (changes.length === 0) unchanged++;
    else if (current.status !== "draft") {
      skipped.push({ studentNumber, practiceType: practice.practiceType, academicYear: practice.academicYear, status: current.status });
    } else {
      writes.push({
        kind: "update",
        id: current._id,
        version: current.version,
        set: wanted,
        history: { ...history, action: "rosterUpdated", changes },
      });
    }
  }
  return { writes, skipped, unchanged };
}

/**
 * The department's placements by student, type and year. A student's placement kept by another
 * department is not listed: the insert of the same key is then skipped by the unique index.
 */
export async function existingPlacements(db: Persistence, departmentId: Types.ObjectId): Promise<Map<string, RosterPlacementFields>> {
  const map = new Map<string, RosterPlacementFields>();
  for (const p of await db.placements.listRosterFields(departmentId))
    map.set(`${String(p.studentId)}|${p.practiceType}|${p.academicYear}`, p);
  return map;
}

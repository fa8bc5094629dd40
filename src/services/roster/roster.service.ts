import { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { requiredPracticeHours } from "../../domain/rules/practice-deadlines.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type {
  HistoryInput,
  PlacementSet,
  RosterPlacementFields,
  RosterPlacementWrite,
} from "../../persistence/repositories/placement.repository.js";
import type { RosterPending, RosterStudentFields, RosterStudentWrite } from "../../persistence/repositories/student.repository.js";
import type { InvitationService } from "../invitation.service.js";
import { createPracticeContext, type PracticeServiceDeps, type Refusal } from "../practice-context.js";
import { buildInvitationSheet, DEFAULT_SHEET_LABELS, type InvitationSheetEntry, type InvitationSheetLabels } from "./invitation-sheet.js";
import { detectRosterFormat, parseRosterFile, type RosterFileRejection } from "./parse.js";
import { validateRoster, type RosterError, type RosterRow } from "./validate.js";

/** Personal roster links stay valid for a month: the coordinator hands them out over the first weeks. */
export const ROSTER_INVITATION_TTL_DAYS = 30;
/** $in lists are kept short: the stand-in server scans them in quadratic time, MongoDB does not mind. */
const CHUNK = 200;

export interface ImportRosterInput {
  departmentId: string;
  fileName?: string | undefined;
  mime?: string | undefined;
  content: Buffer;
  /** For the deep links `https://t.me/<botUsername>?start=<code>`. */
  botUsername: string;
  sheetLabels?: InvitationSheetLabels | undefined;
}

/** A registered student whose student ID the roster lists: the coordinator confirms it is the same person. */
export interface RosterMatchToConfirm {
  studentId: string;
  studentNumber: string;
  /** Name as the student registered it, and as the roster gives it. */
  registeredFullName: string;
  rosterFullName: string;
  registeredGroup: string;
  rosterGroup: string;
  /** The student's department now (may differ from the importing one). */
  currentDepartmentId: string;
}

export interface SkippedPlacement {
  studentNumber: string;
  practiceType: string;
  academicYear: string;
  /** The placement is past draft: the roster does not overwrite what the student submitted. */
  status: string;
}

export interface RosterInvitations {
  count: number;
  expiresAt: Date | null;
  /** XLSX of names and personal links; null when nobody needed one. */
  sheet: Buffer | null;
}

export type ImportRosterResult =
  | {
      status: "imported";
      rows: number;
      students: { new: number; updated: number; unchanged: number; toConfirm: number };
      placements: { new: number; updated: number; unchanged: number; skipped: number };
      toConfirm: RosterMatchToConfirm[];
      skipped: SkippedPlacement[];
      invitations: RosterInvitations;
    }
  /** Nothing was imported; every bad cell, row and header is listed. */
  | { status: "invalid"; errors: RosterError[] }
  | { status: "rejectedFile"; reason: RosterFileRejection }
  | Refusal;

type PracticeRow = Pick<RosterRow, "practiceType" | "academicYear" | "startDate" | "endDate" | "weeks" | "supervisorEmail">;

/** A promise awaited later: marked handled now, so a failure meanwhile is not an unhandled rejection (it still rejects when awaited). */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function sameStudent(existing: StudentDocument, fields: RosterStudentFields): boolean {
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

function samePending(existing: StudentDocument["rosterPending"], next: RosterPending): boolean {
  return existing != null && pendingKey(existing) === pendingKey(next);
}

/**
 * Roster import (issue 8): the coordinator's CSV or XLSX of students and their practice rows.
 * The whole file is validated first; on any error nothing is written. Then students are upserted
 * and their draft placements created or updated in bulk; importing the same file again changes
 * nothing. New students get personal one-time links; registered students with a matching ID are
 * listed for the coordinator to confirm, never linked silently.
 */
export function createRosterService(deps: PracticeServiceDeps & { invitations: InvitationService }) {
  const { db, now, invitations } = deps;
  const context = createPracticeContext(deps);

  /** The placement writes that bring a student's placements in line with their roster rows. */
  function placementWrites(
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
  async function existingPlacements(departmentId: Types.ObjectId): Promise<Map<string, RosterPlacementFields>> {
    const map = new Map<string, RosterPlacementFields>();
    for (const p of await db.placements.listRosterFields(departmentId))
      map.set(`${String(p.studentId)}|${p.practiceType}|${p.academicYear}`, p);
    return map;
  }

  async function issueInvitations(
    students: readonly Pick<StudentDocument, "_id" | "studentNumber" | "fullName" | "group" | "departmentId">[],
    createdBy: number,
    botUsername: string,
    labels: InvitationSheetLabels | undefined,
  ): Promise<RosterInvitations> {
    if (students.length === 0) return { count: 0, expiresAt: null, sheet: null };
    const { codes, expiresAt } = await invitations.createMany(
      students.map((s) => ({ role: "student" as const, departmentId: s.departmentId, studentId: s._id })),
      createdBy,
      ROSTER_INVITATION_TTL_DAYS,
    );
    const entries: InvitationSheetEntry[] = students.map((s, i) => ({
      studentNumber: s.studentNumber,
      fullName: s.fullName,
      group: s.group,
      link: `https://t.me/${botUsername}?start=${codes[i]!}`,
    }));
    const expires = new Intl.DateTimeFormat("ru-RU", { timeZone: deps.timeZone ?? "Asia/Almaty", dateStyle: "short" }).format(expiresAt);
    const sheet = await buildInvitationSheet(entries, expires, labels ?? DEFAULT_SHEET_LABELS);
    return { count: students.length, expiresAt, sheet };
  }

  return {
    async importRoster(principal: AccessPrincipal, input: ImportRosterInput): Promise<ImportRosterResult> {
      const decision = can(principal, "importRoster", { departmentId: input.departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const department = Types.ObjectId.isValid(input.departmentId) ? await db.departments.findById(input.departmentId) : null;
      if (!department) return { status: "notFound" };
      const departmentId = department._id;

      const format = detectRosterFormat(input.fileName, input.mime, input.content.subarray(0, 8), input.content.length);
      if (!format.ok) return { status: "rejectedFile", reason: format.reason };
      const table = await parseRosterFile(input.content, format.format);
      if (typeof table === "string") return { status: "rejectedFile", reason: table };
      const { policy, calendar } = await context.rulesOf(departmentId);
      const validation = validateRoster(table, { today: context.today(), calendar });
      if (!validation.ok) return { status: "invalid", errors: validation.errors };

      // One student per student ID; their practice rows.
      const byNumber = new Map<string, { fields: RosterStudentFields; row: number; practices: RosterRow[] }>();
      for (const row of validation.rows) {
        const entry = byNumber.get(row.studentNumber);
        if (entry) entry.practices.push(row);
        else {
          byNumber.set(row.studentNumber, {
            row: row.row,
            fields: {
              fullName: row.fullName,
              level: row.level,
              programmeCode: row.programmeCode,
              course: row.course,
              group: row.group,
              departmentId,
            },
            practices: [row],
          });
        }
      }
      const numbers = [...byNumber.keys()];
      // The department's own rows in one query; only the numbers not found there are looked up one chunk at a time.
      const existing = new Map<string, StudentDocument>();
      for (const s of await db.students.listByDepartmentAll(departmentId))
        if (byNumber.has(s.studentNumber)) existing.set(s.studentNumber, s);
      const elsewhere = numbers.filter((n) => !existing.has(n));
      for (const part of chunks(elsewhere)) for (const s of await db.students.findByStudentNumbers(part)) existing.set(s.studentNumber, s);

      // A roster row of another department (or a student confirmed there) is that department's: refuse the file.
      const errors: RosterError[] = [];
      for (const [number, entry] of byNumber) {
        const found = existing.get(number);
        const ownedElsewhere =
          found && !found.departmentId.equals(departmentId) && (found.telegramId == null || found.rosterConfirmedAt != null);
        if (ownedElsewhere) {
          errors.push({ row: entry.row, column: "studentNumber", header: null, value: number, reason: "other-department" });
        }
      }
      if (errors.length > 0) return { status: "invalid", errors };

      const at = now();
      // Read while the students are being written (the database works while this process computes).
      const currentPlacements = settledLater(existingPlacements(departmentId));
      const liveInvitations = settledLater(db.invitations.studentsWithLiveInvitationIn(departmentId, "student", at));
      const history = { at, by: principal.telegramId };
      const studentWrites: RosterStudentWrite[] = [];
      const toConfirm: RosterMatchToConfirm[] = [];
      const rosterOwned: { id: Types.ObjectId; number: string; practices: RosterRow[] }[] = [];
      const newIds = new Map<string, Types.ObjectId>();
      let updatedStudents = 0;
      let unchangedStudents = 0;
      for (const [number, entry] of byNumber) {
        const found = existing.get(number);
        if (!found) {
          const id = new Types.ObjectId();
          newIds.set(String(id), id);
          studentWrites.push({ kind: "insert", id, studentNumber: number, fields: entry.fields });
          rosterOwned.push({ id, number, practices: entry.practices });
        } else if (found.telegramId == null || found.rosterConfirmedAt != null) {
          if (sameStudent(found, entry.fields)) unchangedStudents++;
          else {
            studentWrites.push({ kind: "update", id: found._id, fields: entry.fields });
            updatedStudents++;
          }
          rosterOwned.push({ id: found._id, number, practices: entry.practices });
        } else {
          const pending: RosterPending = {
            ...entry.fields,
            practices: entry.practices.map((p) => ({
              practiceType: p.practiceType,
              academicYear: p.academicYear,
              startDate: p.startDate,
              endDate: p.endDate,
              weeks: p.weeks,
              ...(p.supervisorEmail ? { universitySupervisorEmail: p.supervisorEmail } : {}),
            })),
            importedBy: principal.telegramId,
            importedAt: at,
          };
          if (!samePending(found.rosterPending, pending)) studentWrites.push({ kind: "pending", id: found._id, pending });
          toConfirm.push({
            studentId: String(found._id),
            studentNumber: number,
            registeredFullName: found.fullName,
            rosterFullName: entry.fields.fullName,
            registeredGroup: found.group,
            rosterGroup: entry.fields.group,
            currentDepartmentId: String(found.departmentId),
          });
        }
      }

      const { insertedIds } = await db.students.applyRosterWrites(studentWrites, at);
      const inserted = new Set(insertedIds.map(String));

      // Placements only for rows that are the roster's: existing ones, and the new ones actually inserted.
      const owned = rosterOwned.filter((s) => !newIds.has(String(s.id)) || inserted.has(String(s.id)));
      const current = await currentPlacements;
      const placementWritesAll: RosterPlacementWrite[] = [];
      const skipped: SkippedPlacement[] = [];
      let unchangedPlacements = 0;
      const hoursFor = (weeks: number): number => requiredPracticeHours(policy, weeks); // QP-06 3.6
      for (const student of owned) {
        const result = placementWrites(student.id, departmentId, student.practices, current, hoursFor, history, student.number);
        placementWritesAll.push(...result.writes);
        skipped.push(...result.skipped);
        unchangedPlacements += result.unchanged;
      }
      const placementsWritten = settledLater(db.placements.applyRosterWrites(placementWritesAll, at));

      // Personal links for the roster's students nobody has linked yet and who hold no usable link.
      const unlinked = owned.filter((s) => newIds.has(String(s.id)) || existing.get(s.number)?.telegramId == null).map((s) => s.id);
      const live = await liveInvitations;
      const needing = unlinked.filter((id) => !live.has(String(id)));
      const needingSet = new Set(needing.map(String));
      const people = owned
        .filter((s) => needingSet.has(String(s.id)))
        .map((s) => ({ _id: s.id, studentNumber: s.number, ...byNumber.get(s.number)!.fields }));
      const [applied, invitationsResult] = await Promise.all([
        placementsWritten,
        issueInvitations(people, principal.telegramId, input.botUsername, input.sheetLabels),
      ]);

      return {
        status: "imported",
        rows: validation.rows.length,
        students: { new: inserted.size, updated: updatedStudents, unchanged: unchangedStudents, toConfirm: toConfirm.length },
        placements: {
          new: applied.inserted,
          updated: applied.updated,
          unchanged: unchangedPlacements,
          skipped: skipped.length,
        },
        toConfirm,
        skipped,
        invitations: invitationsResult,
      };
    },

    /** Registered students waiting for the coordinator to confirm their roster row. */
    async listToConfirm(
      principal: AccessPrincipal,
      departmentId: string,
    ): Promise<{ status: "ok"; students: StudentDocument[] } | Refusal> {
      const decision = can(principal, "importRoster", { departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      if (!Types.ObjectId.isValid(departmentId)) return { status: "notFound" };
      return { status: "ok", students: await db.students.listPendingRoster(new Types.ObjectId(departmentId)) };
    },

    /**
     * The coordinator confirms the registered student is the person on the roster: the roster's
     * profile applies and their draft placements are made. Pressing twice answers `alreadyDecided`.
     */
    async confirmMatch(
      principal: AccessPrincipal,
      studentId: string,
    ): Promise<
      { status: "confirmed"; placements: { new: number; updated: number; skipped: number } } | { status: "alreadyDecided" } | Refusal
    > {
      const student = Types.ObjectId.isValid(studentId) ? await db.students.findById(studentId) : null;
      if (!student) return { status: "notFound" };
      const pending = student.rosterPending;
      if (!pending) return { status: "alreadyDecided" };
      const decision = can(principal, "importRoster", { departmentId: String(pending.departmentId) });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const at = now();
      const before = await db.students.confirmRosterPending(student._id, pending.importedAt, principal.telegramId, at);
      if (!before) return { status: "alreadyDecided" };
      const { policy } = await context.rulesOf(pending.departmentId);
      const current = await existingPlacements(pending.departmentId);
      const practices = pending.practices.map((p) => ({ ...p, supervisorEmail: p.universitySupervisorEmail ?? null }));
      const result = placementWrites(
        student._id,
        pending.departmentId,
        practices,
        current,
        (weeks) => requiredPracticeHours(policy, weeks),
        { at, by: principal.telegramId },
        student.studentNumber,
      );
      const applied = await db.placements.applyRosterWrites(result.writes, at);
      return { status: "confirmed", placements: { new: applied.inserted, updated: applied.updated, skipped: result.skipped.length } };
    },

    /** The registered student is not the person on the roster: the pending row is dropped. */
    async dismissMatch(principal: AccessPrincipal, studentId: string): Promise<{ status: "dismissed" | "alreadyDecided" } | Refusal> {
      const student = Types.ObjectId.isValid(studentId) ? await db.students.findById(studentId) : null;
      if (!student) return { status: "notFound" };
      const pending = student.rosterPending;
      if (!pending) return { status: "alreadyDecided" };
      const decision = can(principal, "importRoster", { departmentId: String(pending.departmentId) });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      return { status: (await db.students.dismissRosterPending(student._id, pending.importedAt)) ? "dismissed" : "alreadyDecided" };
    },

    /**
     * New personal links for the department's students not yet linked (all, or `studentIds`); their
     * previous unused links stop working. For a lost sheet or expired links.
     */
    async reissueInvitations(
      principal: AccessPrincipal,
      input: {
        departmentId: string;
        botUsername: string;
        studentIds?: readonly string[] | undefined;
        sheetLabels?: InvitationSheetLabels | undefined;
      },
    ): Promise<({ status: "issued" } & RosterInvitations) | Refusal> {
      const decision = can(principal, "importRoster", { departmentId: input.departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      if (!Types.ObjectId.isValid(input.departmentId)) return { status: "notFound" };
      const ids = input.studentIds?.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
      const students = await db.students.listUnlinked(new Types.ObjectId(input.departmentId), ids);
      for (const part of chunks(students.map((s) => s._id))) await invitations.revoke({ studentIds: part, role: "student" });
      return { status: "issued", ...(await issueInvitations(students, principal.telegramId, input.botUsername, input.sheetLabels)) };
    },
  };
}
export type RosterService = ReturnType<typeof createRosterService>;

import { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { requiredPracticeHours } from "../../domain/rules/practice-deadlines.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { RosterPlacementWrite } from "../../persistence/repositories/placement.repository.js";
import type { RosterPending, RosterStudentFields, RosterStudentWrite } from "../../persistence/repositories/student.repository.js";
import type { InvitationService } from "../invitation.service.js";
import { createPracticeContext, type PracticeServiceDeps, type Refusal } from "../practice-context.js";
import type { InvitationSheetLabels } from "./invitation-sheet.js";
import { createRosterLinks } from "./links.js";
import { createRosterMatches } from "./matches.js";
import { detectRosterFormat, parseRosterFile } from "./parse.js";
import type { ImportRosterInput, ImportRosterResult, RosterInvitations, RosterMatchToConfirm, SkippedPlacement } from "./types.js";
import { validateRoster, type RosterError, type RosterRow } from "./validate.js";
import { chunks, existingPlacements, placementWrites, samePending, sameStudent, settledLater } from "./writes.js";

export * from "./types.js";

/**
 * Roster import: the coordinator's CSV or XLSX of students and their practice rows (QP-06 5.9; KazUTB 7.8).
 * The whole file is validated first (parse.ts, validate.ts); on any error nothing is written. Then students
 * are upserted and their draft placements created or updated in bulk (writes.ts); importing the same file
 * again changes nothing. New students get personal one-time links (links.ts); registered students with a
 * matching ID are listed for the coordinator to confirm (matches.ts), never linked silently.
 */
export function createRosterService(deps: PracticeServiceDeps & { invitations: InvitationService }) {
  const { db, now, invitations } = deps;
  const context = createPracticeContext(deps);
  const issueInvitations = createRosterLinks({ invitations, timeZone: deps.timeZone });

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
      const currentPlacements = settledLater(existingPlacements(db, departmentId));
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

    ...createRosterMatches(deps),

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
      const decision = can(principal, "reissueInvitation", { departmentId: input.departmentId });
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

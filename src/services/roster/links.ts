import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { InvitationService } from "../invitation.service.js";
import { buildInvitationSheet, DEFAULT_SHEET_LABELS, type InvitationSheetEntry, type InvitationSheetLabels } from "./invitation-sheet.js";
import { ROSTER_INVITATION_TTL_DAYS, type RosterInvitations } from "./types.js";

/** Personal one-time links for roster students, and the workbook that hands them out. */
export function createRosterLinks(deps: { invitations: InvitationService; timeZone?: string | undefined }) {
  const { invitations } = deps;
  return async function issueInvitations(
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
  };
}

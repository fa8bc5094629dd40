import type { RosterFileRejection } from "./parse.js";
import type { InvitationSheetLabels } from "./invitation-sheet.js";
import type { RosterError, RosterRow } from "./validate.js";
import type { Refusal } from "../practice-context.js";

/** Personal roster links stay valid for a month: the coordinator hands them out over the first weeks. */
export const ROSTER_INVITATION_TTL_DAYS = 30;
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
      /** The worksheet read (XLSX; null for CSV). */
      sheet: string | null;
      /** Where the headers were found (a title may stand above them). */
      headerRow: number;
      rows: number;
      students: { new: number; updated: number; unchanged: number; toConfirm: number };
      placements: { new: number; updated: number; unchanged: number; skipped: number };
      toConfirm: RosterMatchToConfirm[];
      skipped: SkippedPlacement[];
      invitations: RosterInvitations;
    }
  /** Nothing was imported; every bad cell, row and header is listed. */
  | { status: "invalid"; errors: RosterError[]; sheet: string | null; headerRow: number }
  | { status: "rejectedFile"; reason: RosterFileRejection }
  | Refusal;

export type PracticeRow = Pick<RosterRow, "practiceType" | "academicYear" | "startDate" | "endDate" | "weeks" | "supervisorEmail">;

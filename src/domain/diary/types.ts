import type { IsoDate } from "../rules/dates.js";
import type { WeekNorm } from "./calendar-norm.js";

export type { IsoDate };

/**
 * What the diary needs to know about a placement (the lead adapts the placement document to it).
 * Ids are strings; supervisors are Telegram user ids, null while nobody is linked.
 */
export interface DiaryPlacement {
  id: string;
  studentId: string;
  departmentId: string;
  policyId: string;
  startDate: IsoDate;
  endDate: IsoDate;
  requiredHours: number;
  universitySupervisorTelegramId: number | null;
  organisationSupervisorTelegramId: number | null;
  /** False while the linked organisation supervisor waits for the department's confirmation (absent = confirmed). */
  organisationSupervisorConfirmed?: boolean | undefined;
  /**
   * The first day the diary may be written: the day the placement was approved, or the practice's start if
   * later (absent: the start). Days before it are not absences.
   */
  writableFrom?: IsoDate | undefined;
  /** Days a linked supervisor allowed to be written late (before `writableFrom`, or beyond the backfill limit). */
  lateEntryDays?: readonly IsoDate[] | undefined;
  /** Days a linked supervisor excused (sick leave and the like): not absences, they lower the week's norm. */
  excusedDays?: readonly ExcusedDay[] | undefined;
  /** The weekly norms behind `requiredHours` (QP-06 3.6), when the adapter computed them from the calendar. */
  weekNorms?: readonly WeekNorm[] | undefined;
}

/** A day a supervisor excused, with the reason they gave (sick leave and the like). */
export interface ExcusedDay {
  date: IsoDate;
  reason: string;
}

/** Life of a diary entry: handed in (`submitted`), then `approved` or `returned` for changes. */
export const ENTRY_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const EVIDENCE_KINDS = ["photo", "document"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A photo or document attached to an entry (Telegram file ids). */
export interface Evidence {
  kind: EvidenceKind;
  fileId: string;
  fileUniqueId: string;
  fileName?: string | undefined;
}

/** Roles that act on a diary (domain.md §1). */
export const DIARY_ROLES = ["student", "universitySupervisor", "organisationSupervisor", "coordinator"] as const;
export type DiaryRole = (typeof DIARY_ROLES)[number];

/** Roles that approve or return entries. */
export const DECISION_ROLES = ["universitySupervisor", "organisationSupervisor"] as const;
export type DecisionRole = (typeof DECISION_ROLES)[number];

/** Roles that sign the diary off (QP-06 6.2: both supervisors sign). */
export const SIGN_OFF_ROLES = DECISION_ROLES;
export type SignOffRole = DecisionRole;

/** Roles that record the final grade: the university supervisor, or the coordinator for the commission (QP-06 6.5). */
export const GRADE_ROLES = ["universitySupervisor", "coordinator"] as const;
export type GradeRole = (typeof GRADE_ROLES)[number];

export const DECISIONS = ["approved", "returned"] as const;
export type DecisionKind = (typeof DECISIONS)[number];

/** Who acted on a diary, as the bot knows them. `studentId` / `departmentId` scope the student and coordinator roles. */
export interface DiaryActor {
  telegramId: number;
  role: DiaryRole;
  /** The student record of a `student` actor. */
  studentId?: string | undefined;
  /** The department of a `coordinator` actor. */
  departmentId?: string | undefined;
}

/** A supervisor's decision on an entry. */
export interface EntryDecision {
  kind: DecisionKind;
  by: number;
  role: DecisionRole;
  at: Date;
  reason?: string | undefined;
}

/** The fields of an entry the pure rules look at. */
export interface EntryFacts {
  id?: string;
  placementId?: string;
  studentId?: string;
  date: IsoDate;
  hours: number;
  status: EntryStatus;
  version?: number;
  submittedAt?: Date | null | undefined;
  decision?: EntryDecision | null | undefined;
}

import { createHash } from "node:crypto";
import type { DayMark } from "../domain/diary/entry-validation.js";
import type { DecisionKind, DecisionRole, GradeRole, SignOffRole } from "../domain/diary/types.js";
import type { IsoDate } from "../domain/rules/dates.js";
import type { Letter } from "../domain/rules/grade-scale.js";
import type { PracticeType } from "../domain/rules/practice-deadlines.js";

/** One row of the F-76 entries table. Instants are ISO strings, so the data is plain JSON. */
export interface DiaryReportEntry {
  date: IsoDate;
  hours: number;
  text: string;
  status: "submitted" | "approved" | "returned";
  mark: DayMark;
  /** Written with a supervisor's late-entry permission (absent otherwise, so older codes stay valid). */
  lateEntry?: true;
  /** Who approved or returned it, and when. */
  decision: { kind: DecisionKind; by: string; role: DecisionRole; at: string; reason: string | null } | null;
}

/**
 * Everything the F-76 diary-report shows (QP-06 5.11, 5.14, 6.2), as plain data: the document is a
 * pure function of it (plus the labels' language), and its verification code is a hash of it.
 */
export interface DiaryReportData {
  placementId: string;
  university: string | null;
  department: string | null;
  student: { fullName: string; studentNumber: string | null };
  programme: string;
  group: string;
  practiceType: PracticeType;
  organisation: { name: string; unit: string | null };
  startDate: IsoDate;
  endDate: IsoDate;
  universitySupervisor: string | null;
  organisationSupervisor: string | null;
  /** Oldest first. */
  entries: DiaryReportEntry[];
  /** Every week of the practice; `norm`: its working days by the holiday calendar less excused days × hours per day (QP-06 3.6). */
  weeks: { index: number; from: IsoDate; to: IsoDate; hours: number; approvedHours: number; norm?: number }[];
  /** Days the supervisor excused (sick leave and the like), oldest first; absent when none. */
  excusedDays?: { date: IsoDate; reason: string }[];
  totals: {
    /** Handed in (submitted or approved). */
    hours: number;
    approvedHours: number;
    /** The sum of the weekly norms (QP-06 3.6). */
    requiredHours: number;
    /** QP-06 3.6: hoursPerDay × daysPerWeek (a full week without holidays). */
    weeklyTarget: number;
  };
  characteristic: {
    text: string;
    suggestedScore: number;
    suggestedLetter: Letter;
    by: string;
    at: string;
    /** The signed document attached to it (QP-06 6.8), kept in GridFS; absent when none (older codes stay valid). */
    document?: { fileName: string; sha256: string };
  } | null;
  grade: {
    score: number;
    letter: Letter;
    points: number;
    by: string;
    role: GradeRole;
    at: string;
    /** QP-06 6.5–6.6: the commission's protocol (absent for a supervisor's grade, so older codes stay valid). */
    commission?: { number: string; date: IsoDate; members: string[] };
  } | null;
  /** QP-06 5.13: the student's individual tasks (absent when none was set, so older codes stay valid). */
  assignment?: { text: string; document?: { fileName: string; sha256: string }; by: string; at: string };
  signOffs: { role: SignOffRole; by: string; at: string }[];
  /** QP-06 6.2: the coordinator's permission to sign before the last working day (absent when none was given). */
  earlySignOff?: { by: string; at: string; reason: string };
}

/** JSON with object keys sorted at every level and undefined dropped: the same data gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("canonicalJson: non-finite number");
    return JSON.stringify(value) ?? "null";
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** SHA-256 (hex) of the document's canonical content; the labels' language is not part of it. */
export function diaryContentHash(data: DiaryReportData): string {
  return createHash("sha256")
    .update(`F-76\n${canonicalJson(data)}`)
    .digest("hex");
}

/** The printed code: the hash's first 16 hex digits, upper case, in groups of four ("1A2B-3C4D-5E6F-7A8B"). */
export function formatVerificationCode(contentHash: string): string {
  return groupVerificationCode(contentHash.slice(0, 16));
}

/** 16 hex digits (the stored form) → "1A2B-3C4D-5E6F-7A8B". */
export function groupVerificationCode(compact: string): string {
  const head = compact.toUpperCase();
  if (!/^[0-9A-F]{16}$/.test(head)) throw new Error("groupVerificationCode: expected 16 hex digits");
  return head.match(/.{4}/g)!.join("-");
}

/** A typed or scanned code (or the verification page's address) → its 16 hex digits (stored form), or null. Spaces, dashes and case are ignored. */
export function parseVerificationCode(input: string): string | null {
  const compact = input
    .replace(/^\s*\S*\/v\//i, "")
    .replace(/^\s*(?:PRAKTIKA\s+)?F-?76\s*/i, "")
    .replace(/[\s\-–—]/g, "")
    .toUpperCase();
  return /^[0-9A-F]{16}$/.test(compact) ? compact : null;
}

/** QP-06 6.2: every supervisor named on the document has signed it off (at least one sign-off). */
export function isDiarySignedOff(data: Pick<DiaryReportData, "signOffs" | "universitySupervisor" | "organisationSupervisor">): boolean {
  if (data.signOffs.length === 0) return false;
  const roles = new Set(data.signOffs.map((s) => s.role));
  if (data.universitySupervisor !== null && !roles.has("universitySupervisor")) return false;
  if (data.organisationSupervisor !== null && !roles.has("organisationSupervisor")) return false;
  return true;
}

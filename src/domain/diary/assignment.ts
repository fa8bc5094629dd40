import { isIsoDate, type IsoDate } from "../rules/dates.js";
import { normalizeEntryText, textLength } from "./entry-validation.js";

/** QP-06 5.13: the direct supervisor sets the individual tasks; where none is at the base, the university's. */
export const ASSIGNMENT_AUTHOR_ROLES = ["organisationSupervisor", "universitySupervisor"] as const;
export type AssignmentAuthorRole = (typeof ASSIGNMENT_AUTHOR_ROLES)[number];

/** The individual tasks as text: 10–3,000 characters (a caption of a document may be empty). */
export const ASSIGNMENT_LIMITS = Object.freeze({ min: 10, max: 3000 });

export type AssignmentTextIssue = { code: "assignmentTooShort" | "assignmentTooLong"; min: number; max: number };

/** The tasks typed by the supervisor; `withDocument`: a document carries them, so the text may be empty (a caption). */
export function validateAssignmentText(text: string, withDocument = false): AssignmentTextIssue | null {
  const length = textLength(normalizeEntryText(text));
  if (withDocument && length === 0) return null;
  if (length < ASSIGNMENT_LIMITS.min) return { code: "assignmentTooShort", ...ASSIGNMENT_LIMITS };
  if (length > ASSIGNMENT_LIMITS.max) return { code: "assignmentTooLong", ...ASSIGNMENT_LIMITS };
  return null;
}

/**
 * QP-06 5.13 ("in the first days"): the supervisor is reminded when the assignment is still missing this many
 * working days after the diary opened.
 */
export const ASSIGNMENT_DUE_WORKING_DAYS = 3;

/** QP-06 6.6: the commission's protocol; its number as printed on paper ("12", "12/3-П", "№ 7"). */
export const PROTOCOL_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} ./№-]{0,29}$/u;

/** QP-06 6.5–6.6: a commission decides by majority, so at least three members; the first named is the chair. */
export const COMMISSION_MEMBERS = Object.freeze({ min: 3, max: 15, maxNameLength: 120 });

export type CommissionIssue =
  | { code: "protocolNumberInvalid" }
  | { code: "protocolDateInvalid" }
  | { code: "protocolDateFuture" }
  | { code: "membersTooFew"; min: number }
  | { code: "membersTooMany"; max: number }
  | { code: "memberNameInvalid"; max: number };

/** "12/3-П" → the number as stored (spaces squeezed), or an issue. */
export function parseProtocolNumber(input: string): { ok: true; value: string } | { ok: false; issue: CommissionIssue } {
  const value = input.normalize("NFC").trim().replace(/\s+/g, " ");
  return PROTOCOL_NUMBER.test(value) ? { ok: true, value } : { ok: false, issue: { code: "protocolNumberInvalid" } };
}

/** "dd.mm.yyyy" → an ISO date not after `today` (the meeting has taken place), or an issue. */
export function parseProtocolDate(input: string, today: IsoDate): { ok: true; value: IsoDate } | { ok: false; issue: CommissionIssue } {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(input.trim());
  const iso = match ? `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}` : "";
  if (!isIsoDate(iso)) return { ok: false, issue: { code: "protocolDateInvalid" } };
  if (iso > today) return { ok: false, issue: { code: "protocolDateFuture" } };
  return { ok: true, value: iso };
}

/** One member a line (the chair first); blank lines ignored. QP-06 6.6: enough members for a majority. */
export function parseCommissionMembers(input: string): { ok: true; value: string[] } | { ok: false; issue: CommissionIssue } {
  const names = input
    .normalize("NFC")
    .split(/\r?\n|;/)
    .map((line) => line.trim().replace(/\s+/g, " "))
    .filter((line) => line !== "");
  if (names.length < COMMISSION_MEMBERS.min) return { ok: false, issue: { code: "membersTooFew", min: COMMISSION_MEMBERS.min } };
  if (names.length > COMMISSION_MEMBERS.max) return { ok: false, issue: { code: "membersTooMany", max: COMMISSION_MEMBERS.max } };
  if (names.some((n) => textLength(n) > COMMISSION_MEMBERS.maxNameLength || !/\p{L}/u.test(n)))
    return { ok: false, issue: { code: "memberNameInvalid", max: COMMISSION_MEMBERS.maxNameLength } };
  return { ok: true, value: names };
}

import type { InlineKeyboardMarkup } from "grammy/types";
import { dottedDate } from "../../domain/rules/dates.js";
import { dottedDateTime } from "../format.js";
import type { DiaryAccessDenial } from "../../domain/diary/diary-access.js";
import type { EntryDecisionOutcome } from "../../services/diary/use-cases/index.js";
import { diaryDecision } from "../decision-buttons.js";

/** A message as a locale key and its parameters: rendered by whoever speaks to the user (serialisable for scenes). */
export interface Msg {
  key: string;
  params?: Record<string, string | number>;
}

/** What to tell the person who pressed a decision button, and what to do to the message carrying it. */
export interface DecisionOutcome {
  /** The short answer to the press (callback answer); an alert when `alert`. */
  toast: Msg;
  alert?: boolean;
  /** New text of the notification (its buttons removed), when the outcome is final. */
  edit?: Msg[];
  /** The entry changed: show its current version with fresh buttons. */
  current?: { text: Msg[]; entryId: string; version: number };
}

export function denialMsg(reason: DiaryAccessDenial): Msg {
  return { key: `diary-reason-${reason}` };
}

export function entrySummary(studentName: string, entry: { date: string; hours: number; text: string }): Msg {
  return {
    key: "supervision-entry",
    params: { student: studentName, date: dottedDate(entry.date), hours: entry.hours, text: entry.text },
  };
}

/** How an Approve / Return press is answered (QP-06 5.8, 5.12); `timeZone` for the times shown. */
export function renderEntryDecision(
  outcome: Exclude<EntryDecisionOutcome, { status: "invalidReason" }>,
  clock: { now: Date; timeZone: string },
): DecisionOutcome {
  switch (outcome.status) {
    case "approved":
    case "returned": {
      const at = dottedDateTime(clock.now, clock.timeZone);
      const result: Msg =
        outcome.status === "approved"
          ? { key: "supervision-outcome-approved", params: { at } }
          : { key: "supervision-outcome-returned", params: { at, reason: outcome.entry.decision?.reason ?? "" } };
      return { toast: { key: `supervision-toast-${outcome.status}` }, edit: [entrySummary(outcome.studentName, outcome.entry), result] };
    }
    case "alreadyDecided": {
      const d = outcome.decision;
      const msg: Msg = {
        key: `diary-reason-already-${d.kind}`,
        params: { name: outcome.byName, at: dottedDateTime(d.at, clock.timeZone) },
      };
      return { toast: msg, alert: true, edit: [entrySummary(outcome.studentName, outcome.entry), msg] };
    }
    case "changed": {
      const current = outcome.entry;
      return {
        toast: { key: "diary-reason-changed" },
        alert: true,
        edit: [entrySummary(outcome.studentName, outcome.shown), { key: "diary-reason-changed" }],
        ...(current.status === "submitted"
          ? { current: { text: [entrySummary(outcome.studentName, current)], entryId: current.id, version: current.version } }
          : {}),
      };
    }
    case "notPending":
      return {
        toast: { key: "diary-reason-notPending" },
        edit: [entrySummary(outcome.studentName, outcome.entry), { key: "diary-reason-notPending" }],
      };
    case "notFound":
      return { toast: { key: "diary-reason-notFound" }, edit: [{ key: "diary-reason-notFound" }] };
    case "forbidden":
      return { toast: denialMsg(outcome.reason), alert: true };
  }
}

/** The buttons of a message about `entryId` at `version` (rendered in the reader's language). */
export function decisionKeyboard(t: (key: string) => string, entryId: string, version: number): InlineKeyboardMarkup {
  return diaryDecision.keyboard(entryId, version, { approve: t("supervision-button-approve"), return: t("supervision-button-return") });
}

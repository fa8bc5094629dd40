import type { InlineKeyboardMarkup } from "grammy/types";
import { dottedDate } from "../../domain/rules/dates.js";
import { dottedDateTime } from "../format.js";
import { displayName } from "../../domain/profile/display-name.js";
import { can } from "../../domain/access/policy.js";
import { toAccessPrincipal, type Principal } from "../../domain/access/roles.js";
import { decideDiaryAccess, type DiaryAccessDenial } from "../../domain/diary/diary-access.js";
import type { DiaryActor } from "../../domain/diary/types.js";
import type { AppServices } from "../../services/app-services.js";
import type { DecisionResult, DiaryEntryView } from "../../services/diary/index.js";
import type { LoadedDiaryPlacement } from "../../services/diary/diary-placements.js";
import { placementTarget } from "../../services/placement.service.js";
import { diaryDecision, type DecisionPress } from "../decision-buttons.js";

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

/**
 * The diary actor of `user` for this placement, from the links on the record itself (domain.md §1):
 * null when the general access policy sees no link at all.
 */
export function diaryActorOf(services: AppServices, user: Principal, diary: LoadedDiaryPlacement): DiaryActor | null {
  const decision = can(
    toAccessPrincipal(user, services.config.adminTelegramIds),
    "viewDiary",
    placementTarget(diary.placement, diary.student),
  );
  if (!decision.allowed || decision.as === "admin") return null;
  return {
    telegramId: user.telegramId,
    role: decision.as,
    ...(decision.as === "coordinator" ? { departmentId: diary.diary.departmentId } : {}),
    ...(decision.as === "student" ? { studentId: String(diary.student._id) } : {}),
  };
}

export function denialMsg(reason: DiaryAccessDenial): Msg {
  return { key: `diary-reason-${reason}` };
}

export function entrySummary(diary: LoadedDiaryPlacement, entry: Pick<DiaryEntryView, "date" | "hours" | "text">): Msg {
  return {
    key: "supervision-entry",
    params: { student: diary.student.fullName, date: dottedDate(entry.date), hours: entry.hours, text: entry.text },
  };
}

async function nameOf(services: AppServices, telegramId: number): Promise<string> {
  const user = await services.db.users.findByTelegramId(telegramId);
  return displayName(user) ?? `#${telegramId}`;
}

/**
 * Approves or returns the entry a button named (QP-06 5.11, 6.2): re-loads it and its placement, asks
 * the access policy, decides on exactly the version the message showed, tells the student through
 * the outbox. Forged, stale and repeated presses change nothing and say why.
 */
export async function decideOnEntry(
  services: AppServices,
  user: Principal,
  press: DecisionPress,
  reason?: string,
): Promise<DecisionOutcome | { invalidReason: Msg }> {
  const entry = await services.diary.entries.getEntry(press.id);
  const diary = entry ? await services.diaryPlacements.load(entry.placementId) : null;
  if (!entry || !diary) return { toast: { key: "diary-reason-notFound" }, edit: [{ key: "diary-reason-notFound" }] };
  const actor = diaryActorOf(services, user, diary);
  if (!actor) return { toast: denialMsg("notLinked"), alert: true };
  const input = { entryId: press.id, expectedVersion: press.version, actor, placement: diary.diary };
  const result: DecisionResult =
    press.decision === "ok"
      ? await services.diary.entries.approveEntry(input)
      : await services.diary.entries.returnEntry({ ...input, reason: reason ?? "" });
  const summary = entrySummary(diary, entry);
  switch (result.status) {
    case "approved":
    case "returned": {
      const student = diary.student.telegramId;
      const date = dottedDate(result.entry.date);
      if (student != null) {
        await services.outbox.enqueue({
          recipient: student,
          kind: "diary-decision",
          ref: result.entry.id,
          payload: {
            key: result.status === "approved" ? "supervision-student-approved" : "supervision-student-returned",
            params: { date, reason: result.entry.decision?.reason ?? "" },
          },
          dedupeKey: `diary-decision:${result.entry.id}:${result.entry.version}`,
        });
      }
      const outcome: Msg =
        result.status === "approved"
          ? { key: "supervision-outcome-approved", params: { at: dottedDateTime(services.now(), services.config.timezone) } }
          : {
              key: "supervision-outcome-returned",
              params: { at: dottedDateTime(services.now(), services.config.timezone), reason: result.entry.decision?.reason ?? "" },
            };
      return { toast: { key: `supervision-toast-${result.status}` }, edit: [summary, outcome] };
    }
    case "alreadyDecided": {
      const d = result.decision;
      const msg: Msg = {
        key: `diary-reason-already-${d.kind}`,
        params: { name: await nameOf(services, d.by), at: dottedDateTime(d.at, services.config.timezone) },
      };
      return { toast: msg, alert: true, edit: [entrySummary(diary, result.entry), msg] };
    }
    case "changed": {
      const current = result.entry;
      const pending = current.status === "submitted";
      return {
        toast: { key: "diary-reason-changed" },
        alert: true,
        edit: [summary, { key: "diary-reason-changed" }],
        ...(pending ? { current: { text: [entrySummary(diary, current)], entryId: current.id, version: current.version } } : {}),
      };
    }
    case "notPending":
      return { toast: { key: "diary-reason-notPending" }, edit: [entrySummary(diary, result.entry), { key: "diary-reason-notPending" }] };
    case "notFound":
      return { toast: { key: "diary-reason-notFound" }, edit: [{ key: "diary-reason-notFound" }] };
    case "forbidden":
      return { toast: denialMsg(result.reason), alert: true };
    case "invalidReason":
      return { invalidReason: { key: `diary-reason-${result.code}`, params: { min: result.min, max: result.max } } };
  }
}

/** Before asking for a reason: may this person return this very version? null = ask; otherwise the answer. */
export async function checkReturnable(services: AppServices, user: Principal, press: DecisionPress): Promise<DecisionOutcome | null> {
  const entry = await services.diary.entries.getEntry(press.id);
  const diary = entry ? await services.diaryPlacements.load(entry.placementId) : null;
  if (!entry || !diary) return { toast: { key: "diary-reason-notFound" }, edit: [{ key: "diary-reason-notFound" }] };
  const actor = diaryActorOf(services, user, diary);
  if (!actor) return { toast: denialMsg("notLinked"), alert: true };
  const access = decideDiaryAccess(actor, diary.diary, "returnEntry");
  if (!access.allowed) return { toast: denialMsg(access.reason), alert: true };
  if (entry.version === press.version && entry.status === "submitted") return null;
  if (entry.decision && entry.version === press.version + 1) {
    const msg: Msg = {
      key: `diary-reason-already-${entry.decision.kind}`,
      params: { name: await nameOf(services, entry.decision.by), at: dottedDateTime(entry.decision.at, services.config.timezone) },
    };
    return { toast: msg, alert: true, edit: [entrySummary(diary, entry), msg] };
  }
  if (entry.version !== press.version) {
    return {
      toast: { key: "diary-reason-changed" },
      alert: true,
      edit: [entrySummary(diary, entry), { key: "diary-reason-changed" }],
      ...(entry.status === "submitted"
        ? { current: { text: [entrySummary(diary, entry)], entryId: entry.id, version: entry.version } }
        : {}),
    };
  }
  return { toast: { key: "diary-reason-notPending" }, edit: [entrySummary(diary, entry), { key: "diary-reason-notPending" }] };
}

/** The buttons of a message about `entryId` at `version` (rendered in the reader's language). */
export function decisionKeyboard(t: (key: string) => string, entryId: string, version: number): InlineKeyboardMarkup {
  return diaryDecision.keyboard(entryId, version, { approve: t("supervision-button-approve"), return: t("supervision-button-return") });
}

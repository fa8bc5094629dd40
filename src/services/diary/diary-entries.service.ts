import { decideDiaryAccess, entryApproverTelegramId, type DiaryAccessDenial } from "../../domain/diary/diary-access.js";
import {
  markEntryDay,
  normalizeEntryText,
  validateEntry,
  validateReturnReason,
  type DayMarking,
  type EntryIssue,
  type ReturnReasonIssue,
} from "../../domain/diary/entry-validation.js";
import { signOffsComplete } from "../../domain/diary/sign-off.js";
import type { DecisionKind, DecisionRole, DiaryActor, DiaryPlacement, Evidence } from "../../domain/diary/types.js";
import type { IsoDate } from "../../domain/rules/dates.js";
import { isDuplicateKeyError } from "../../persistence/errors.js";
import type { DiaryEntryDocument } from "../../persistence/models/diary-entry.model.js";
import type { EntryDecisionRecord } from "../../persistence/repositories/diary-entry.repository.js";
import type { SignOffRecord } from "../../persistence/repositories/practice-outcome.repository.js";
import { placementRules, type DiaryServiceDeps } from "./context.js";
import { decisionOf, plainEvidence, sameEvidence } from "./entry-records.js";
import { createEntryReading } from "./diary-reading.service.js";
import { toEntryView, type DiaryEntryView } from "./views.js";

export type SubmitEntryResult =
  | {
      status: "created" | "updated";
      entry: DiaryEntryView;
      marking: DayMarking;
      /** Updated an approved entry: its approval is cleared (kept in history); tell `clearedDecision.by`. */
      approvalCleared: boolean;
      clearedDecision: EntryDecisionRecord | null;
      /** Who decides on it now (organisation supervisor, else university supervisor). */
      approverTelegramId: number | null;
      /** Sign-offs of the diary that this change withdrew (QP-06 6.2: they covered the old content). */
      signOffsCleared: SignOffRecord[];
    }
  /** Same hours, text and evidence as the submitted / approved entry of that day: nothing to do. */
  | { status: "unchanged"; entry: DiaryEntryView }
  | { status: "invalid"; issues: EntryIssue[] }
  /** QP-06 6.2: every linked supervisor signed the diary; only a supervisor's reopening unlocks it. */
  | { status: "locked" }
  | { status: "forbidden"; reason: DiaryAccessDenial };

export type DecisionFailure =
  /** Someone (maybe the same person) already approved or returned this version. */
  | { status: "alreadyDecided"; decision: EntryDecisionRecord; entry: DiaryEntryView }
  /** The entry was edited since the message was sent: show the current version. */
  | { status: "changed"; entry: DiaryEntryView }
  /** The entry waits for no decision (e.g. a draft). */
  | { status: "notPending"; entry: DiaryEntryView }
  | { status: "notFound" }
  | { status: "forbidden"; reason: DiaryAccessDenial };

export type DecisionResult =
  { status: DecisionKind; entry: DiaryEntryView } | DecisionFailure | ({ status: "invalidReason" } & ReturnReasonIssue);

export interface ApproveAllResult {
  status: "done";
  approved: DiaryEntryView[];
  skipped: { entryId: string; date: IsoDate; status: "alreadyDecided" | "changed" | "notPending" | "notFound" }[];
}

/**
 * Diary entries: writing and editing (one entry per day), approval and return by the
 * supervisors with one atomic, version-guarded update each, `/pending`, `/progress` and `/entries`.
 */
export function createDiaryEntryService(deps: DiaryServiceDeps) {
  const { db } = deps;

  /** Why a version-guarded decision matched nothing. */
  async function explainMiss(entryId: DiaryEntryDocument["_id"], expectedVersion: number): Promise<DecisionFailure> {
    const current = await db.diaryEntries.findById(entryId);
    if (!current) return { status: "notFound" };
    const entry = toEntryView(current);
    const decision = decisionOf(current);
    const last = current.history.at(-1);
    if (decision && current.version === expectedVersion + 1 && last && (last.action === "approved" || last.action === "returned")) {
      return { status: "alreadyDecided", decision, entry };
    }
    if (current.version !== expectedVersion) return { status: "changed", entry };
    if (decision) return { status: "alreadyDecided", decision, entry };
    return { status: "notPending", entry };
  }

  /**
   * Decides on an entry already loaded and already allowed (the caller asked `can()`): one
   * version-guarded update; a miss is explained with one more read.
   */
  async function decideLoaded(input: {
    doc: DiaryEntryDocument;
    expectedVersion: number;
    by: number;
    role: DecisionRole;
    kind: DecisionKind;
    reason?: string | undefined;
  }): Promise<DecisionResult> {
    const decision: EntryDecisionRecord = {
      kind: input.kind,
      by: input.by,
      role: input.role,
      at: deps.now(),
      ...(input.reason !== undefined ? { reason: normalizeEntryText(input.reason) } : {}),
    };
    const content = input.doc.version === input.expectedVersion ? { text: input.doc.text, hours: input.doc.hours } : undefined;
    const updated = await db.diaryEntries.decide({
      id: input.doc._id,
      expectedVersion: input.expectedVersion,
      decision,
      ...(content ? { content } : {}),
    });
    if (updated) return { status: input.kind, entry: toEntryView(updated) };
    return explainMiss(input.doc._id, input.expectedVersion);
  }

  async function decide(input: {
    entryId: string;
    expectedVersion: number;
    actor: DiaryActor;
    placement: DiaryPlacement;
    kind: DecisionKind;
    reason?: string;
  }): Promise<DecisionResult> {
    const access = decideDiaryAccess(input.actor, input.placement, input.kind === "approved" ? "approveDiaryEntry" : "returnDiaryEntry");
    if (!access.allowed) return { status: "forbidden", reason: access.reason };
    const doc = await db.diaryEntries.findById(input.entryId);
    if (!doc) return { status: "notFound" };
    if (doc.placementId !== input.placement.id) return { status: "forbidden", reason: "notLinked" };
    return decideLoaded({
      doc,
      expectedVersion: input.expectedVersion,
      by: input.actor.telegramId,
      role: access.role as DecisionRole,
      kind: input.kind,
      reason: input.reason,
    });
  }

  return {
    decideLoaded,
    /**
     * Hands in the entry of `date`: creates it, or edits the day's entry (one entry per day). Editing an
     * approved entry clears its approval (`approvalCleared`, history keeps the old text and approval).
     * A returned entry may be corrected even beyond the backfill limit.
     */
    async submitEntry(input: {
      placement: DiaryPlacement;
      actor: DiaryActor;
      date: string;
      hours: number;
      text: string;
      evidence?: readonly Evidence[];
    }): Promise<SubmitEntryResult> {
      const access = decideDiaryAccess(input.actor, input.placement, "writeDiaryEntry");
      if (!access.allowed) return { status: "forbidden", reason: access.reason };
      const signed = await db.practiceOutcomes.find(input.placement.id);
      if (signed && signOffsComplete(input.placement, signed.signOffs)) return { status: "locked" };
      const { policy, calendar, today, at } = placementRules(deps, input.placement);
      const evidence = plainEvidence(input.evidence ?? []);
      const existing = await db.diaryEntries.findByDate(input.placement.id, input.date);
      const checked = validateEntry(
        { date: input.date, hours: input.hours, text: input.text },
        { placement: input.placement, today, policy, calendar },
      );
      let issues = checked.ok ? [] : checked.issues;
      // A returned entry waits for its correction, however old it is.
      if (existing?.status === "returned") issues = issues.filter((i) => i.code !== "tooFarBack" && i.code !== "beforeDiaryOpened");
      if (issues.length > 0) return { status: "invalid", issues };
      const date = input.date;
      const hours = input.hours;
      const text = normalizeEntryText(input.text);
      const marking = markEntryDay(calendar, date);
      const approverTelegramId = entryApproverTelegramId(input.placement);
      const by = input.actor.telegramId;

      let current = existing;
      if (!current) {
        try {
          const created = await db.diaryEntries.createSubmitted({
            placementId: input.placement.id,
            studentId: input.placement.studentId,
            departmentId: input.placement.departmentId,
            date,
            hours,
            text,
            evidence,
            submittedAt: at,
            by,
          });
          const signOffsCleared = await db.practiceOutcomes.clearSignOffs(input.placement.id, "diaryChanged", at);
          return {
            status: "created",
            entry: toEntryView(created),
            marking,
            approvalCleared: false,
            clearedDecision: null,
            approverTelegramId,
            signOffsCleared,
          };
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
          // The same day was written concurrently (another device, a double tap): edit it instead.
          current = await db.diaryEntries.findByDate(input.placement.id, date);
          if (!current) throw error;
        }
      }

      for (let attempt = 0; attempt < 3 && current; attempt++) {
        if (
          current.status !== "returned" &&
          current.status !== "draft" &&
          current.text === text &&
          current.hours === hours &&
          sameEvidence(current.evidence, evidence)
        ) {
          return { status: "unchanged", entry: toEntryView(current) };
        }
        const cleared = current.status === "approved" ? decisionOf(current) : null;
        const previousDecision = decisionOf(current);
        const updated = await db.diaryEntries.replaceContent({
          id: current._id,
          expectedVersion: current.version,
          hours,
          text,
          evidence,
          at,
          by,
          replaced: { text: current.text, hours: current.hours, ...(previousDecision ? { decision: previousDecision } : {}) },
        });
        if (updated) {
          const signOffsCleared = await db.practiceOutcomes.clearSignOffs(input.placement.id, "diaryChanged", at);
          return {
            status: "updated",
            entry: toEntryView(updated),
            marking,
            approvalCleared: cleared !== null,
            clearedDecision: cleared,
            approverTelegramId,
            signOffsCleared,
          };
        }
        current = await db.diaryEntries.findById(current._id);
      }
      throw new Error(`diary entry ${input.placement.id}/${date} kept changing while it was being saved`);
    },

    /** Approves version `expectedVersion` (the one the supervisor saw). */
    async approveEntry(input: {
      entryId: string;
      expectedVersion: number;
      actor: DiaryActor;
      placement: DiaryPlacement;
    }): Promise<DecisionResult> {
      return decide({ ...input, kind: "approved" });
    },

    /** Returns version `expectedVersion` for changes, with a reason (3–1,000 characters). */
    async returnEntry(input: {
      entryId: string;
      expectedVersion: number;
      actor: DiaryActor;
      placement: DiaryPlacement;
      reason: string;
    }): Promise<DecisionResult> {
      const issue = validateReturnReason(input.reason);
      if (issue) return { status: "invalidReason", ...issue };
      return decide({ ...input, kind: "returned" });
    },

    /**
     * `/pending` → "approve all of this student's pending entries". With `shown` (the entries and
     * versions the supervisor was shown), only those are approved, and only if unchanged.
     */
    async approveAllPending(input: {
      actor: DiaryActor;
      placement: DiaryPlacement;
      shown?: readonly { entryId: string; version: number }[];
    }): Promise<ApproveAllResult | { status: "forbidden"; reason: DiaryAccessDenial }> {
      const access = decideDiaryAccess(input.actor, input.placement, "approveDiaryEntry");
      if (!access.allowed) return { status: "forbidden", reason: access.reason };
      const pending = await db.diaryEntries.listByStatus([input.placement.id], "submitted");
      const targets =
        input.shown?.map((s) => ({ entryId: s.entryId, version: s.version })) ??
        pending.map((e) => ({ entryId: String(e._id), version: e.version }));
      const result: ApproveAllResult = { status: "done", approved: [], skipped: [] };
      for (const target of targets) {
        const r = await decide({ ...input, entryId: target.entryId, expectedVersion: target.version, kind: "approved" });
        if (r.status === "approved") result.approved.push(r.entry);
        else if (r.status === "alreadyDecided" || r.status === "changed" || r.status === "notPending") {
          result.skipped.push({ entryId: target.entryId, date: r.entry.date, status: r.status });
        } else {
          // Unknown, or an entry of another diary slipped into `shown`: never approved through this placement.
          result.skipped.push({ entryId: target.entryId, date: "", status: "notFound" });
        }
      }
      return result;
    },

    ...createEntryReading(deps),
  };
}
export type DiaryEntryService = ReturnType<typeof createDiaryEntryService>;

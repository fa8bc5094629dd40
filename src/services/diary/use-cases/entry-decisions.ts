import { validateReturnReason, type ReturnReasonIssue } from "../../../domain/diary/entry-validation.js";
import type { DecisionRole } from "../../../domain/diary/types.js";
import { dottedDate } from "../../../domain/rules/dates.js";
import type { DiaryEntryDocument } from "../../../persistence/models/diary-entry.model.js";
import type { EntryDecisionRecord } from "../../../persistence/repositories/diary-entry.repository.js";
import { placementLinks } from "../diary-placements.js";
import { toEntryView, type DiaryEntryView } from "../views.js";
import { ask, forbidden, nameOf, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";
import type { Principal } from "../../../domain/access/roles.js";

const OBJECT_ID = /^[a-f0-9]{24}$/i;

/** A press of Approve / Return on a message about one version of an entry. */
export interface EntryPress {
  decision: "ok" | "ret";
  id: string;
  version: number;
}

/** What an Approve / Return press came to; the bot renders it. */
export type EntryDecisionOutcome =
  | { status: "approved" | "returned"; studentName: string; entry: DiaryEntryView }
  /** Someone already decided on this version. */
  | { status: "alreadyDecided"; studentName: string; entry: DiaryEntryView; decision: EntryDecisionRecord; byName: string }
  /** The entry was edited since the message: `shown` is what the message showed, `entry` the current version. */
  | { status: "changed"; studentName: string; shown: DiaryEntryView; entry: DiaryEntryView }
  | { status: "notPending"; studentName: string; entry: DiaryEntryView }
  | ({ status: "invalidReason" } & ReturnReasonIssue)
  | NotFound
  | Forbidden;

/**
 * Approve / Return (QP-06 5.8, 5.11, 5.12): the entry, its placement and student read in one command,
 * `can()` asked, one version-guarded update, the student told through the outbox.
 */
export function createEntryDecisions(deps: DiaryUseCaseDeps) {
  async function loadEntry(user: Principal, press: EntryPress) {
    if (!OBJECT_ID.test(press.id)) return { ok: false as const, refusal: { status: "notFound" } as NotFound };
    const found = await deps.db.diaryEntries.findWithPlacementAndStudent(press.id);
    if (!found) return { ok: false as const, refusal: { status: "notFound" } as NotFound };
    const { entry: doc, placement, student } = found;
    if (!placement || !student) return { ok: false as const, refusal: { status: "notFound" } as NotFound };
    const links = {
      departmentId: String(placement.departmentId),
      studentId: String(placement.studentId),
      ...placementLinks(placement),
    };
    const decision = ask(deps, user, press.decision === "ok" ? "approveDiaryEntry" : "returnDiaryEntry", links, student.telegramId);
    if (!decision.allowed) return { ok: false as const, refusal: forbidden(decision) };
    // The policy allows no admin here (QP-06 5.12); the role recorded with the decision is the supervisor's.
    if (decision.as !== "universitySupervisor" && decision.as !== "organisationSupervisor") {
      return { ok: false as const, refusal: { status: "forbidden", reason: "roleCannot" } as Forbidden };
    }
    const role: DecisionRole = decision.as;
    return { ok: true as const, doc, student, role };
  }

  async function alreadyDecided(studentName: string, entry: DiaryEntryView, decision: EntryDecisionRecord): Promise<EntryDecisionOutcome> {
    return { status: "alreadyDecided", studentName, entry, decision, byName: await nameOf(deps, decision.by) };
  }

  return {
    /** Approves or returns (with `reason`) exactly the version the message showed. */
    async decideOnEntry(user: Principal, press: EntryPress, reason?: string): Promise<EntryDecisionOutcome> {
      if (press.decision === "ret") {
        const issue = validateReturnReason(reason ?? "");
        if (issue) return { status: "invalidReason", ...issue };
      }
      const found = await loadEntry(user, press);
      if (!found.ok) return found.refusal;
      const { doc, student } = found;
      const result = await deps.diary.entries.decideLoaded({
        doc,
        expectedVersion: press.version,
        by: user.telegramId,
        role: found.role,
        kind: press.decision === "ok" ? "approved" : "returned",
        reason: press.decision === "ret" ? reason : undefined,
      });
      const studentName = student.fullName;
      switch (result.status) {
        case "approved":
        case "returned": {
          if (student.telegramId != null) {
            await deps.outbox.enqueue({
              recipient: student.telegramId,
              kind: "diary-decision",
              ref: result.entry.id,
              payload: {
                key: result.status === "approved" ? "supervision-student-approved" : "supervision-student-returned",
                params: { date: dottedDate(result.entry.date), reason: result.entry.decision?.reason ?? "" },
              },
              dedupeKey: `diary-decision:${result.entry.id}:${result.entry.version}`,
            });
          }
          return { status: result.status, studentName, entry: result.entry };
        }
        case "alreadyDecided":
          return alreadyDecided(studentName, result.entry, result.decision);
        case "changed":
          return { status: "changed", studentName, shown: toEntryView(doc), entry: result.entry };
        case "notPending":
          return { status: "notPending", studentName, entry: result.entry };
        case "notFound":
        case "forbidden":
          return result;
        case "invalidReason":
          return result;
      }
    },

    /** Before asking for a reason: may this person return this very version? `ask` = go on and ask. */
    async checkReturnable(user: Principal, press: EntryPress): Promise<EntryDecisionOutcome | { status: "ask" }> {
      const found = await loadEntry(user, { ...press, decision: "ret" });
      if (!found.ok) return found.refusal;
      const doc: DiaryEntryDocument = found.doc;
      const entry = toEntryView(doc);
      const studentName = found.student.fullName;
      if (doc.version === press.version && doc.status === "submitted") return { status: "ask" };
      if (entry.decision && doc.version === press.version + 1) return alreadyDecided(studentName, entry, entry.decision);
      if (doc.version !== press.version) return { status: "changed", studentName, shown: entry, entry };
      return { status: "notPending", studentName, entry };
    },
  };
}
export type EntryDecisions = ReturnType<typeof createEntryDecisions>;

import { createHash } from "node:crypto";
import type { Principal } from "../../../domain/access/roles.js";
import type { EntryFlag } from "../../../domain/diary/writable-days.js";
import { dottedDate } from "../../../domain/rules/dates.js";
import type { LoadedDiaryPlacement } from "../diary-placements.js";
import type { DiaryEntryView } from "../views.js";
import { actorOf, ask, forbidden, type DiaryUseCaseDeps, type Forbidden, type NotFound } from "./context.js";

export type PendingEntry = DiaryEntryView & { placementId: string; version: number };
export interface PendingOfStudent {
  diary: LoadedDiaryPlacement;
  entries: PendingEntry[];
  /** Fingerprint of the entries and versions shown: "approve all" approves exactly those. */
  fingerprint: string;
  /** Weeks over 40 h and days written long after, by date (Labour Code art. 68; 6B03104 §10a). */
  flags: ReadonlyMap<string, readonly EntryFlag[]>;
}

/** A fingerprint of the entries (id + version) a list showed. */
function fingerprintOf(entries: readonly { id: string; version: number }[]): string {
  const text = entries.map((e) => `${e.id}:${e.version}`).join(",");
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

export type ApproveShownOutcome =
  | { status: "approved"; studentName: string; approved: number; skipped: number }
  | { status: "nothingLeft" }
  /** Entries were handed in, edited or decided since the list was shown: nothing is approved blindly. */
  | { status: "listChanged"; current: PendingOfStudent }
  | NotFound
  | Forbidden;

/**
 * `/pending` (QP-06 5.8, 5.12): what waits for this supervisor's decision, grouped by student; "approve
 * all shown" on a fingerprint of exactly what was shown; the daily digest preference.
 */
export function createPendingDesk(deps: DiaryUseCaseDeps) {
  async function pendingIn(user: Principal, diary: LoadedDiaryPlacement): Promise<PendingOfStudent | Forbidden> {
    const decision = ask(deps, user, "approveDiaryEntry", diary.diary, diary.student.telegramId);
    if (!decision.allowed) return forbidden(decision);
    const actor = actorOf(user, decision, diary.diary);
    if (!actor) return { status: "forbidden", reason: "roleCannot" };
    const groups = await deps.diary.entries.listPending(actor, [diary.diary]);
    const entries = groups[0]?.entries ?? [];
    const flags = entries.length > 0 ? await deps.diaryCalendar.entryFlags(diary.diary) : new Map<string, EntryFlag[]>();
    return { diary, entries, fingerprint: fingerprintOf(entries), flags };
  }

  async function pendingOfPlacement(user: Principal, placementId: string): Promise<PendingOfStudent | Forbidden | NotFound> {
    const diary = await deps.placements.load(placementId);
    if (!diary) return { status: "notFound" };
    return pendingIn(user, diary);
  }

  return {
    pendingOfPlacement,

    /** Every student of this supervisor with entries waiting for them. */
    async pendingOf(user: Principal): Promise<PendingOfStudent[]> {
      const out: PendingOfStudent[] = [];
      for (const diary of await deps.placements.supervisedBy(user.telegramId)) {
        const pending = await pendingIn(user, diary);
        if ("entries" in pending && pending.entries.length > 0) out.push(pending);
      }
      return out;
    },

    /** Approves the shown entries of one student, if the list is still what was shown; the student is told once. */
    async approveShown(user: Principal, placementId: string, shownFingerprint: string): Promise<ApproveShownOutcome> {
      const pending = await pendingOfPlacement(user, placementId);
      if (!("entries" in pending)) return pending;
      if (pending.entries.length === 0) return { status: "nothingLeft" };
      if (pending.fingerprint !== shownFingerprint) return { status: "listChanged", current: pending };
      const { diary } = pending;
      const decision = ask(deps, user, "approveDiaryEntry", diary.diary, diary.student.telegramId);
      const actor = decision.allowed ? actorOf(user, decision, diary.diary) : null;
      if (!actor) return { status: "forbidden", reason: "notLinked" };
      const result = await deps.diary.entries.approveAllPending({
        actor,
        placement: diary.diary,
        shown: pending.entries.map((e) => ({ entryId: e.id, version: e.version })),
      });
      if (result.status === "forbidden") return result;
      const student = diary.student.telegramId;
      if (student != null && result.approved.length > 0) {
        await deps.outbox.enqueue({
          recipient: student,
          kind: "diary-decision",
          ref: diary.diary.id,
          payload: {
            key: "supervision-student-approved-many",
            params: { count: result.approved.length, dates: result.approved.map((e) => dottedDate(e.date)).join(", ") },
          },
          dedupeKey: `diary-approve-all:${diary.diary.id}:${shownFingerprint}`,
        });
      }
      return { status: "approved", studentName: diary.student.fullName, approved: result.approved.length, skipped: result.skipped.length };
    },

    /** Instant messages or a daily digest of the entries to approve. */
    async setDigest(user: Principal, on: boolean): Promise<void> {
      await deps.db.users.setDiaryDigest(user.telegramId, on);
    },
  };
}
export type PendingDesk = ReturnType<typeof createPendingDesk>;

import { markEntryDay } from "../../domain/diary/entry-validation.js";
import { groupPendingByStudent, type PendingGroup } from "../../domain/diary/pending.js";
import { computeProgress, type DiaryProgress } from "../../domain/diary/progress.js";
import { decideDiaryAccess } from "../../domain/diary/diary-access.js";
import type { DiaryActor, DiaryPlacement } from "../../domain/diary/types.js";
import { groupEntriesByWeek, type DiaryWeek } from "../../domain/diary/weeks.js";
import type { IsoDate } from "../../domain/rules/dates.js";
import { placementRules, type DiaryServiceDeps } from "./context.js";
import { toEntryView, type DiaryEntryView, type MarkedEntryView } from "./views.js";

/** Reading the diary: `/pending`, one entry, `/entries` week by week, `/progress`. */
export function createEntryReading(deps: DiaryServiceDeps) {
  const { db } = deps;

  async function listEntries(placement: DiaryPlacement): Promise<MarkedEntryView[]> {
    const { calendar } = placementRules(deps, placement);
    const docs = await db.diaryEntries.listByPlacement(placement.id);
    return docs.map((d) => ({ ...toEntryView(d), mark: markEntryDay(calendar, d.date).mark }));
  }

  return {
    /** What waits for `actor`'s decision in these placements, grouped by student (`/pending`). */
    async listPending(
      actor: DiaryActor,
      placements: readonly DiaryPlacement[],
    ): Promise<PendingGroup<DiaryEntryView & { placementId: string; version: number }>[]> {
      const mine = placements.filter((p) => decideDiaryAccess(actor, p, "approveDiaryEntry").allowed);
      const entries = await db.diaryEntries.listByStatus(
        mine.map((p) => p.id),
        "submitted",
      );
      return groupPendingByStudent(entries.map(toEntryView));
    },

    async getEntry(entryId: string): Promise<DiaryEntryView | null> {
      const doc = await db.diaryEntries.findById(entryId);
      return doc ? toEntryView(doc) : null;
    },

    async findEntryByDate(placementId: string, date: IsoDate): Promise<DiaryEntryView | null> {
      const doc = await db.diaryEntries.findByDate(placementId, date);
      return doc ? toEntryView(doc) : null;
    },

    /** Every entry of the diary, oldest first, with its weekend / holiday mark. */
    listEntries,

    /** `/entries`: every week of the practice with its norm (page with pageOf from the domain). */
    async entriesByWeek(placement: DiaryPlacement): Promise<DiaryWeek<MarkedEntryView>[]> {
      return groupEntriesByWeek(await listEntries(placement), placement, placement.endDate);
    },

    /** `/progress`. */
    async getProgress(placement: DiaryPlacement): Promise<DiaryProgress> {
      const { policy, calendar, today } = placementRules(deps, placement);
      const entries = await db.diaryEntries.listByPlacement(placement.id);
      return computeProgress({ placement, entries: entries.map(toEntryView), today, policy, calendar });
    },
  };
}

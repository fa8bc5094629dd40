import type { Types } from "mongoose";
import type { createPlacementModel, PlacementDocument } from "../models/placement.model.js";

export interface LateEntryDayRecord {
  date: string;
  by: number;
  at: Date;
}

export interface ExcusedDayRecord {
  date: string;
  reason: string;
  by: number;
  at: Date;
  document?: { fileId: string; fileUniqueId: string; fileName?: string | undefined } | undefined;
}

/**
 * The diary's calendar on the placement: days allowed to be written late and excused days. Each call adds
 * only days not recorded yet, with one update guarded by "none of these days is there" (portable subset:
 * no transactions), and leaves the placement's version alone (these lists never conflict with its edits).
 */
export function createDiaryCalendarRepository(Placement: ReturnType<typeof createPlacementModel>) {
  async function add(
    placementId: Types.ObjectId,
    field: "lateEntryDays" | "excusedDays",
    records: readonly (LateEntryDayRecord | ExcusedDayRecord)[],
    history: { at: Date; by: number; action: "lateEntryPermitted" | "excusedDaysMarked"; reason?: string },
  ): Promise<{ added: string[]; placement: PlacementDocument | null }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await Placement.findById(placementId).lean();
      if (!current) return { added: [], placement: null };
      const known = new Set((current[field] ?? []).map((d) => d.date));
      const fresh = records.filter((r) => !known.has(r.date));
      if (fresh.length === 0) return { added: [], placement: current };
      const dates = fresh.map((r) => r.date);
      const updated = await Placement.findOneAndUpdate(
        { _id: placementId, [`${field}.date`]: { $nin: dates } },
        {
          $push: {
            [field]: { $each: fresh },
            history: { ...history, changes: [{ field, from: null, to: dates.join(",") }] },
          },
        },
        { returnDocument: "after" },
      ).lean();
      if (updated) return { added: dates, placement: updated };
    }
    throw new Error(`placement ${String(placementId)}: ${field} kept changing while being written`);
  }

  return {
    async addLateEntryDays(placementId: Types.ObjectId, days: readonly string[], by: number, at: Date) {
      return add(
        placementId,
        "lateEntryDays",
        days.map((date) => ({ date, by, at })),
        { at, by, action: "lateEntryPermitted" },
      );
    },

    async addExcusedDays(
      placementId: Types.ObjectId,
      days: readonly string[],
      input: { reason: string; by: number; at: Date; document?: ExcusedDayRecord["document"] },
    ) {
      const { reason, by, at, document } = input;
      return add(
        placementId,
        "excusedDays",
        days.map((date) => ({ date, reason, by, at, ...(document ? { document } : {}) })),
        { at, by, action: "excusedDaysMarked", reason },
      );
    },
  };
}
export type DiaryCalendarRepository = ReturnType<typeof createDiaryCalendarRepository>;

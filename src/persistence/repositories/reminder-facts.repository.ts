import type { Types } from "mongoose";
import type { createDiaryEntryModel } from "../models/diary-entry.model.js";
import type { createPlacementModel } from "../models/placement.model.js";
import type { createPracticeOutcomeModel } from "../models/practice-outcome.model.js";
import type { createStudentModel } from "../models/student.model.js";

/**
 * `$in` look-ups on a unique index are sent in chunks of this many values. MongoDB answers them with index
 * seeks whatever the size; the stand-in (mongo-java-server) seeks too but then re-checks every document found
 * against the whole list, so a chunk costs size² comparisons: 20,000 students took 17 s in chunks of 5,000 and
 * 1.5 s in chunks of 250 (bench/reminders.ts, same run). Smaller chunks only add round trips.
 */
export const LOOKUP_CHUNK = 250;

/** Placement copies written per bulkWrite. */
const COPY_BATCH = 1_000;

async function chunked<T, R>(values: readonly T[], query: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += LOOKUP_CHUNK) out.push(...(await query(values.slice(i, i + LOOKUP_CHUNK))));
  return out;
}

/**
 * Look-ups of the reminder jobs (src/services/reminders), and the students' copies they keep on placements.
 * Every query is bounded by what is due:
 * placements whose dates are near today (index endDate+startDate), entries of those placements since a
 * recent date (index placementId+date) — never the whole history.
 */
export function createReminderFactsRepository(models: {
  Placement: ReturnType<typeof createPlacementModel>;
  DiaryEntry: ReturnType<typeof createDiaryEntryModel>;
  Student: ReturnType<typeof createStudentModel>;
  PracticeOutcome: ReturnType<typeof createPracticeOutcomeModel>;
}) {
  const { Placement, DiaryEntry, Student, PracticeOutcome } = models;
  return {
    /** Placements ending on or after `endedFrom` and starting on or before `startsBy` (ISO dates). */
    async placementsAround(endedFrom: string, startsBy: string) {
      return Placement.find(
        { endDate: { $gte: endedFrom }, startDate: { $lte: startsBy } },
        {
          studentId: 1,
          studentFullName: 1,
          studentTelegramId: 1,
          departmentId: 1,
          practiceType: 1,
          startDate: 1,
          endDate: 1,
          weeks: 1,
          status: 1,
          organisationId: 1,
          noBaseReportedAt: 1,
          contract: 1,
          universitySupervisorTelegramId: 1,
          organisationSupervisor: 1,
          approvedAt: 1,
          excusedDays: 1,
        },
      ).lean();
    },

    /** End dates of these placements by id (retention: whether their reminders can still be due); absent = no such placement. */
    async placementEndDates(ids: readonly Types.ObjectId[]): Promise<Map<string, string | null>> {
      const docs = await chunked(ids, (chunk) => Placement.find({ _id: { $in: chunk } }, { endDate: 1 }).lean());
      return new Map(docs.map((d) => [String(d._id), d.endDate ?? null]));
    },

    /** Dates of the entries of these placements on or after `since` (a range on the date index: old history is never read). */
    async entryDatesSince(placementIds: readonly string[], since: string) {
      const wanted = new Set(placementIds);
      const docs = await DiaryEntry.find({ date: { $gte: since } }, { _id: 0, placementId: 1, date: 1 }).lean();
      return docs.filter((d) => wanted.has(d.placementId));
    },

    /** The latest entry date before `before` of one placement (index placementId+date, one document read). */
    async lastEntryBefore(placementId: string, before: string): Promise<string | null> {
      const doc = await DiaryEntry.findOne({ placementId, date: { $lt: before } }, { _id: 0, date: 1 })
        .sort({ date: -1 })
        .lean();
      return doc?.date ?? null;
    },

    /** Entries of these placements waiting for a decision (index status+date: decided history is never read). */
    async pendingEntries(placementIds: readonly string[]) {
      const wanted = new Set(placementIds);
      const docs = await DiaryEntry.find({ status: "submitted" }, { placementId: 1, date: 1, submittedAt: 1 }).lean();
      return docs.filter((d) => wanted.has(d.placementId));
    },

    async students(ids: readonly Types.ObjectId[]) {
      return chunked(ids, (chunk) => Student.find({ _id: { $in: chunk } }, { telegramId: 1, fullName: 1 }).lean());
    },

    /**
     * Keeps the students' name and Telegram id on these placements, by id only (an extra condition makes the
     * stand-in scan every placement per update). The caller reads the students again afterwards and drops the
     * copies of those that changed meanwhile. Returns how many were written.
     */
    async rememberStudents(
      copies: readonly { placementId: Types.ObjectId; fullName: string; telegramId: number | null }[],
    ): Promise<number> {
      let written = 0;
      for (let i = 0; i < copies.length; i += COPY_BATCH) {
        const ops = copies.slice(i, i + COPY_BATCH).map((c) => ({
          updateOne: {
            filter: { _id: c.placementId },
            update: { $set: { studentFullName: c.fullName, studentTelegramId: c.telegramId } },
          },
        }));
        written += (await Placement.bulkWrite(ops, { ordered: false })).modifiedCount;
      }
      return written;
    },

    /** Drops the copies of these placements (their student changed while the copies were written). */
    async forgetStudents(placementIds: readonly Types.ObjectId[]): Promise<void> {
      await chunked(placementIds, async (chunk) => {
        await Placement.updateMany({ _id: { $in: chunk } }, { $unset: { studentFullName: "", studentTelegramId: "" } });
        return [];
      });
    },

    /** Which of these placements already have a report / a characteristic. */
    async outcomes(placementIds: readonly string[]) {
      return chunked(placementIds, (chunk) =>
        PracticeOutcome.find({ placementId: { $in: chunk } }, { _id: 0, placementId: 1, report: 1, characteristic: 1 }).lean(),
      );
    },
  };
}
export type ReminderFactsRepository = ReturnType<typeof createReminderFactsRepository>;

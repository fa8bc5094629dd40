import type { Types } from "mongoose";
import type { AudienceFilter, BroadcastState } from "../../domain/delivery/broadcast.js";
import type { BroadcastAckDocument, BroadcastDocument, createBroadcastAckModel, createBroadcastModel } from "../models/broadcast.model.js";
import { isDuplicateKeyError } from "../errors.js";

/** A broadcast as the author composed it (the record's own fields); the repository adds its state and round. */
type NewBroadcast = Pick<
  BroadcastDocument,
  | "departmentId"
  | "authorTelegramId"
  | "text"
  | "parseMode"
  | "photoFileId"
  | "documentFileId"
  | "recipientCount"
  | "scheduledAt"
  | "ackRequested"
> & {
  /** The domain's filter: the stored subdocument fills its defaults (activeOnly: false). */
  audience: AudienceFilter;
};

/** Announcements and their acknowledgements. State changes filter on the state they start from. */
export function createBroadcastRepository(
  Broadcast: ReturnType<typeof createBroadcastModel>,
  BroadcastAck: ReturnType<typeof createBroadcastAckModel>,
) {
  return {
    async create(input: NewBroadcast): Promise<BroadcastDocument> {
      const created = await Broadcast.create({ ...input, state: "draft", round: 1 });
      return created.toObject();
    },
    async findById(id: Types.ObjectId | string): Promise<BroadcastDocument | null> {
      return Broadcast.findById(id).lean();
    },
    /** Newest first; `departmentIds` null = every broadcast (the admin). */
    async listRecent(departmentIds: readonly Types.ObjectId[] | null, limit: number): Promise<BroadcastDocument[]> {
      return Broadcast.find(departmentIds === null ? {} : { departmentId: { $in: [...departmentIds] } })
        .sort({ createdAt: -1, _id: -1 })
        .limit(limit)
        .lean();
    },
    /** Moves `id` from one of `from` to `to`; false when it is in another state already. */
    async transition(id: Types.ObjectId, from: readonly BroadcastState[], to: BroadcastState): Promise<boolean> {
      const result = await Broadcast.updateOne({ _id: id, state: { $in: [...from] } }, { $set: { state: to } });
      return result.modifiedCount === 1;
    },
    /** Starts re-send round `round + 1` once: false when someone started it already (a double press or a stale button). */
    async nextRound(id: Types.ObjectId, round: number): Promise<boolean> {
      const result = await Broadcast.updateOne(
        { _id: id, round },
        { $set: { round: round + 1, state: "sending", progressReported: false } },
      );
      return result.modifiedCount === 1;
    },
    async setProgressMessage(id: Types.ObjectId, chatId: number, messageId: number, at: Date, shown: string): Promise<void> {
      await Broadcast.updateOne(
        { _id: id },
        { $set: { progressMessage: { chatId, messageId }, progressShownAt: at, progressShown: shown } },
      );
    },
    /**
     * Claims the right to edit the progress message now: only if it was last edited at least `minIntervalMs` ago
     * (or never) — two refreshes racing edit it once.
     */
    async claimProgressEdit(id: Types.ObjectId, at: Date, minIntervalMs: number, shown: string): Promise<boolean> {
      const result = await Broadcast.updateOne(
        {
          _id: id,
          $or: [{ progressShownAt: null }, { progressShownAt: { $lte: new Date(at.getTime() - minIntervalMs) } }],
          progressShown: { $ne: shown },
        },
        { $set: { progressShownAt: at, progressShown: shown } },
      );
      return result.modifiedCount === 1;
    },
    /**
     * Broadcasts whose progress message may need an edit: sending, scheduled and due by `now`, or done but the
     * final report not yet sent. A broadcast scheduled for later has nothing to show yet.
     */
    async listWithOpenProgress(now: Date): Promise<BroadcastDocument[]> {
      return Broadcast.find({
        progressMessage: { $ne: null },
        $or: [{ state: "sending" }, { state: "scheduled", scheduledAt: { $lte: now } }, { state: "done", progressReported: false }],
      }).lean();
    },
    /** Keeps the figures of a done broadcast (they outlive its outbox copies). */
    async saveFigures(id: Types.ObjectId, figures: { sent: number; pending: number; blocked: number; failed: number }): Promise<void> {
      await Broadcast.updateOne({ _id: id }, { $set: { figures } });
    },
    /** Claims sending the final report (once per round, also with two instances); false when it was claimed already. */
    async claimFinalReport(id: Types.ObjectId): Promise<boolean> {
      const result = await Broadcast.updateOne({ _id: id, state: "done", progressReported: false }, { $set: { progressReported: true } });
      return result.modifiedCount === 1;
    },
    /** Gives the claim back (the report could not be sent for a reason that may pass), so the next run tries again. */
    async releaseFinalReport(id: Types.ObjectId): Promise<void> {
      await Broadcast.updateOne({ _id: id, state: "done" }, { $set: { progressReported: false } });
    },

    /** Records `telegramId`'s acknowledgement; "already" when they had pressed before. */
    async acknowledge(broadcastId: Types.ObjectId, telegramId: number, at: Date): Promise<"recorded" | "already"> {
      try {
        await BroadcastAck.create({ broadcastId, telegramId, at });
        return "recorded";
      } catch (error) {
        if (isDuplicateKeyError(error)) return "already";
        throw error;
      }
    },
    async acks(broadcastId: Types.ObjectId): Promise<BroadcastAckDocument[]> {
      return BroadcastAck.find({ broadcastId }).lean();
    },
    async countAcks(broadcastId: Types.ObjectId): Promise<number> {
      return BroadcastAck.countDocuments({ broadcastId });
    },
  };
}

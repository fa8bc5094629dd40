import { duplicateIndexesOf } from "../errors.js";
import type { InboxUpdateRecord, createInboxUpdateModel } from "../models/inbox-update.model.js";

/** An update to record: who it came to, its id, the chat it belongs to and its JSON. */
export interface InboxArrival {
  botId: number;
  updateId: number;
  chatKey: string;
  payload: string;
}

/** What a claim found: the update is now ours, finished by someone, held by a live process, or unknown. */
export type InboxClaim =
  { status: "claimed"; record: InboxUpdateRecord } | { status: "finished" } | { status: "busy"; leaseUntil: Date } | { status: "missing" };

const idOf = (botId: number, updateId: number): string => `${botId}:${updateId}`;

/**
 * The inbox of Telegram updates and ledger of handled ones. Every write is one single-document atomic update
 * with the expected state in its filter (no transactions): the unique `_id` makes storing idempotent, and
 * `leaseUntil` in the filter makes sure two processes never handle the same update at once.
 */
export function createInboxRepository(Inbox: ReturnType<typeof createInboxUpdateModel>) {
  return {
    /**
     * Stores `arrivals` as pending and held by `owner` until `now + leaseMs`, in one unordered insert.
     * Returns the update ids stored now; the others were stored before (by this or another process).
     */
    async store(arrivals: readonly InboxArrival[], owner: string, now: Date, leaseMs: number): Promise<Set<number>> {
      if (arrivals.length === 0) return new Set();
      const leaseUntil = new Date(now.getTime() + leaseMs);
      const docs: InboxUpdateRecord[] = arrivals.map((a) => ({
        _id: idOf(a.botId, a.updateId),
        botId: a.botId,
        updateId: a.updateId,
        chatKey: a.chatKey,
        payload: a.payload,
        state: "pending",
        attempts: 1,
        leaseOwner: owner,
        leaseUntil,
        receivedAt: now,
        finishedAt: null,
        error: null,
      }));
      let skipped = new Set<number>();
      try {
        // The collection's own _id is a string here; the driver's default typing expects ObjectIds.
        await Inbox.collection.insertMany(docs as unknown as Array<Record<string, unknown>>, { ordered: false });
      } catch (error) {
        skipped = duplicateIndexesOf(error);
      }
      return new Set(arrivals.filter((_, i) => !skipped.has(i)).map((a) => a.updateId));
    },

    /**
     * Takes a pending update whose lease has expired (its process died or gave it back) for `owner`,
     * counting an attempt.
     */
    async claim(botId: number, updateId: number, owner: string, now: Date, leaseMs: number): Promise<InboxClaim> {
      const _id = idOf(botId, updateId);
      const record = await Inbox.findOneAndUpdate(
        { _id, state: "pending", leaseUntil: { $lte: now } },
        { $set: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) }, $inc: { attempts: 1 } },
        { returnDocument: "after", lean: true },
      );
      if (record) return { status: "claimed", record };
      const current = await Inbox.findById(_id, { state: 1, leaseUntil: 1 }).lean();
      if (!current) return { status: "missing" };
      // Still pending but not claimable: another process holds a live lease (or the clock moved between the two reads).
      return current.state === "pending" ? { status: "busy", leaseUntil: current.leaseUntil } : { status: "finished" };
    },

    /** Extends `owner`'s leases on the pending updates `updateIds`; returns how many it still held. */
    async renew(botId: number, updateIds: readonly number[], owner: string, now: Date, leaseMs: number): Promise<number> {
      if (updateIds.length === 0) return 0;
      const result = await Inbox.updateMany(
        { _id: { $in: updateIds.map((id) => idOf(botId, id)) }, state: "pending", leaseOwner: owner },
        { $set: { leaseUntil: new Date(now.getTime() + leaseMs) } },
      );
      return result.modifiedCount;
    },

    /** Gives `owner`'s leases on pending updates back, so the next process claims them at once. */
    async release(botId: number, updateIds: readonly number[], owner: string): Promise<void> {
      if (updateIds.length === 0) return;
      await Inbox.updateMany(
        { _id: { $in: updateIds.map((id) => idOf(botId, id)) }, state: "pending", leaseOwner: owner },
        { $set: { leaseOwner: null, leaseUntil: new Date(0) } },
      );
    },

    /**
     * Records the outcome of `owner`'s handling and drops the update's text. False when `owner` no longer held it
     * (its lease expired and another process took it over, or it was finished already).
     */
    async finish(
      botId: number,
      updateId: number,
      owner: string,
      outcome: { state: "done" } | { state: "failed"; error: string },
      now: Date,
    ): Promise<boolean> {
      const result = await Inbox.updateOne(
        { _id: idOf(botId, updateId), state: "pending", leaseOwner: owner },
        {
          $set: {
            state: outcome.state,
            error: outcome.state === "failed" ? outcome.error : null,
            finishedAt: now,
            payload: "",
            leaseOwner: null,
            leaseUntil: now,
          },
        },
      );
      return result.matchedCount === 1;
    },

    /**
     * Marks many handled updates done in one command (those this owner still holds); returns how many it
     * marked. Failures are rare and recorded one by one with `finish`.
     */
    async finishDone(botId: number, updateIds: readonly number[], owner: string, now: Date): Promise<number> {
      if (updateIds.length === 0) return 0;
      const result = await Inbox.updateMany(
        { _id: { $in: updateIds.map((id) => idOf(botId, id)) }, state: "pending", leaseOwner: owner },
        { $set: { state: "done", error: null, finishedAt: now, payload: "", leaseOwner: null, leaseUntil: now } },
      );
      return result.matchedCount;
    },

    /** Unfinished updates of `botId` in update order (all of them, or only those nobody holds a live lease on). */
    async unfinished(botId: number, options: { claimableAt?: Date; limit: number }): Promise<InboxUpdateRecord[]> {
      return Inbox.find({
        botId,
        state: "pending",
        ...(options.claimableAt ? { leaseUntil: { $lte: options.claimableAt } } : {}),
      })
        .sort({ updateId: 1 })
        .limit(options.limit)
        .lean();
    },

    async find(botId: number, updateId: number): Promise<InboxUpdateRecord | null> {
      return Inbox.findById(idOf(botId, updateId)).lean();
    },

    /** Number of unfinished updates of `botId`. */
    async depth(botId: number): Promise<number> {
      return Inbox.countDocuments({ botId, state: "pending" });
    },

    /** Deletes finished (done or failed) updates finished before `before`; returns how many. */
    async purgeFinished(before: Date): Promise<number> {
      const result = await Inbox.deleteMany({ state: { $in: ["done", "failed"] }, finishedAt: { $lt: before } });
      return result.deletedCount;
    },
  };
}
export type InboxRepository = ReturnType<typeof createInboxRepository>;

import { isDuplicateKeyError } from "../errors.js";
import type { LeaseRecord, createLeaseModel } from "../models/lease.model.js";

interface LeaseAcquisition {
  /** The other owner the lock was taken from (after their lease expired or was released); null if it was free or ours. */
  previousOwner: string | null;
  /** Pause recorded on the lock by a previous holder, if any. */
  pausedUntil: Date | null;
}

/** Named locks with an expiry (leader election without transactions: one atomic upsert per attempt). */
export function createLeaseRepository(Lease: ReturnType<typeof createLeaseModel>) {
  return {
    /**
     * Takes or renews the lock `name` for `owner` until `now + ttlMs` when it is free, expired or already
     * `owner`'s; null when someone else holds it (their lease has not expired).
     */
    async acquire(name: string, owner: string, now: Date, ttlMs: number): Promise<LeaseAcquisition | null> {
      try {
        const before = await Lease.findOneAndUpdate(
          { _id: name, $or: [{ owner }, { until: { $lte: now } }] },
          { $set: { owner, until: new Date(now.getTime() + ttlMs) } },
          { upsert: true, returnDocument: "before", lean: true },
        );
        return {
          previousOwner: before && before.owner !== owner ? before.owner : null,
          pausedUntil: before?.pausedUntil ?? null,
        };
      } catch (error) {
        // The lock exists and is held by someone else: the upsert tried to insert a second document with its name.
        if (isDuplicateKeyError(error)) return null;
        throw error;
      }
    },

    /** Gives the lock up (it expires at once; a recorded pause stays). False if `owner` did not hold it. */
    async release(name: string, owner: string): Promise<boolean> {
      const result = await Lease.updateOne({ _id: name, owner }, { $set: { until: new Date(0) } });
      return result.matchedCount === 1;
    },

    /** Records on the lock that its work is paused until `until`, so a next holder honours it too. */
    async pause(name: string, owner: string, until: Date): Promise<void> {
      await Lease.updateOne({ _id: name, owner }, { $set: { pausedUntil: until } });
    },

    async find(name: string): Promise<LeaseRecord | null> {
      return Lease.findById(name).lean();
    },
  };
}

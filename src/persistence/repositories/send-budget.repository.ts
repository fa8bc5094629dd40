import { isDuplicateKeyError } from "../errors.js";
import type { createSendBudgetModel } from "../models/send-budget.model.js";

/** A slot as the store hands it over: its index and the earliest moment it may send. */
export interface LeasedSlot {
  index: number;
  freeAt: Date;
}

export interface SendBudgetControl {
  pausedUntil: Date | null;
  interactiveWantAt: Date | null;
  interactiveWantBy: string | null;
}

const EPOCH = new Date(0);

/**
 * The shared part of the send budget (src/services/send-budget): slot leases and the control document, one
 * atomic single-document update each (portable subset: no transactions, lease expiry compared in the filter).
 */
export function createSendBudgetRepository(SendBudget: ReturnType<typeof createSendBudgetModel>, budget: string) {
  const slotId = (index: number) => `${budget}:slot:${index}`;
  const controlId = `${budget}:control`;
  const indexOf = (id: string) => Number(id.slice(id.lastIndexOf(":") + 1));

  return {
    /** Creates the slot documents 0..count-1 and the control document when missing (idempotent). */
    async ensure(count: number): Promise<void> {
      const ids = [controlId, ...Array.from({ length: count }, (_, i) => slotId(i))];
      await Promise.all(
        ids.map(async (_id) => {
          try {
            await SendBudget.updateOne(
              { _id },
              { $setOnInsert: { budget, owner: null, leaseUntil: EPOCH, freeAt: EPOCH, pausedUntil: null, interactiveWantAt: null } },
              { upsert: true },
            );
          } catch (error) {
            // Two processes creating the same slot at once: the other one's insert won, which is all we need.
            if (!isDuplicateKeyError(error)) throw error;
          }
        }),
      );
    },

    /** Leases up to `count` free slots among 0..limit-1 (released, or their holder's lease expired) to `owner`. */
    async lease(owner: string, count: number, limit: number, now: Date, leaseUntil: Date): Promise<LeasedSlot[]> {
      const candidates = Array.from({ length: limit }, (_, i) => slotId(i));
      const claims = await Promise.all(
        Array.from({ length: count }, () =>
          SendBudget.findOneAndUpdate(
            { _id: { $in: candidates }, leaseUntil: { $lte: now } },
            { $set: { owner, leaseUntil } },
            { sort: { freeAt: 1 }, returnDocument: "after", lean: true, projection: { freeAt: 1 } },
          ),
        ),
      );
      return claims.flatMap((doc) => (doc ? [{ index: indexOf(doc._id), freeAt: doc.freeAt ?? EPOCH }] : []));
    },

    /** Extends `owner`'s leases of `indexes`; returns the indexes it still holds. */
    async renew(owner: string, indexes: readonly number[], leaseUntil: Date): Promise<number[]> {
      if (indexes.length === 0) return [];
      const ids = indexes.map(slotId);
      await SendBudget.updateMany({ _id: { $in: ids }, owner }, { $set: { leaseUntil } });
      const held = await SendBudget.find({ _id: { $in: ids }, owner, leaseUntil }, { _id: 1 }).lean();
      return held.map((doc) => indexOf(doc._id));
    },

    /** Gives slots back at once, each with the moment it may send again. */
    async release(owner: string, slots: readonly LeasedSlot[]): Promise<void> {
      await Promise.all(
        slots.map((slot) =>
          SendBudget.updateOne({ _id: slotId(slot.index), owner }, { $set: { owner: null, leaseUntil: EPOCH, freeAt: slot.freeAt } }),
        ),
      );
    },

    async control(): Promise<SendBudgetControl> {
      const doc = await SendBudget.findById(controlId, { pausedUntil: 1, interactiveWantAt: 1, interactiveWantBy: 1 }).lean();
      return {
        pausedUntil: doc?.pausedUntil ?? null,
        interactiveWantAt: doc?.interactiveWantAt ?? null,
        interactiveWantBy: doc?.interactiveWantBy ?? null,
      };
    },

    /** Every process pauses until `until` (never shortens a longer pause). */
    async pause(until: Date): Promise<void> {
      await SendBudget.updateOne({ _id: controlId }, { $max: { pausedUntil: until } }, { upsert: true });
    },

    /** `owner` is waiting for an interactive slot: holders of bulk slots give one up. */
    async wantInteractive(owner: string, at: Date): Promise<void> {
      await SendBudget.updateOne({ _id: controlId }, { $set: { interactiveWantAt: at, interactiveWantBy: owner } }, { upsert: true });
    },
  };
}
export type SendBudgetRepository = ReturnType<typeof createSendBudgetRepository>;

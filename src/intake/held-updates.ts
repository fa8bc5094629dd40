import type { Update } from "grammy/types";
import { chatKeyOf } from "./update-facts.js";

/** Where the intake reports its backlog (the metrics endpoint); called on every change, so keep it cheap. */
export interface IntakeMetricsSink {
  /** Updates taken in and not finished yet (queued or being handled) in this process. */
  setInboxDepth(n: number): void;
  /** Age in seconds of the oldest of them (0 when none). */
  setInboxLag(seconds: number): void;
}

/** An update this process has taken in and not finished: queued, being handled, or handled but not recorded yet. */
export interface HeldUpdate {
  updateId: number;
  chatKey: string;
  update: Update;
  receivedAt: number;
  /** Until when this process holds the update's lease (ms); 0 when it must claim it first. */
  leasedUntil: number;
  attempts: number;
  /** A busy update is waited for (polling) or refused with a transient error (webhook). */
  onBusy: "wait" | "refuse";
  started: boolean;
  /** Webhook callers waiting for the outcome. */
  waiters: Array<(error?: Error) => void>;
}

export function heldUpdate(update: Update, receivedAt: number, leasedUntil: number, onBusy: HeldUpdate["onBusy"]): HeldUpdate {
  return {
    updateId: update.update_id,
    chatKey: chatKeyOf(update),
    update,
    receivedAt,
    leasedUntil,
    attempts: 1,
    onBusy,
    started: false,
    waiters: [],
  };
}

/** The updates this process holds, by update id, with the depth and lag they make. */
export function createHeldUpdates(now: () => Date, metrics?: IntakeMetricsSink) {
  const held = new Map<number, HeldUpdate>();

  function lag(): number {
    let oldest = Infinity;
    for (const entry of held.values()) oldest = Math.min(oldest, entry.receivedAt);
    return oldest === Infinity ? 0 : Math.max(0, (now().getTime() - oldest) / 1000);
  }
  function report(): void {
    metrics?.setInboxDepth(held.size);
    metrics?.setInboxLag(lag());
  }

  return {
    add(entry: HeldUpdate): void {
      held.set(entry.updateId, entry);
      report();
    },
    /** Forgets `entry` and answers whoever waits for it (with `error` when it was not handled here). */
    release(entry: HeldUpdate, error?: Error): void {
      held.delete(entry.updateId);
      for (const wake of entry.waiters) wake(error);
      entry.waiters = [];
      report();
    },
    has: (updateId: number): boolean => held.has(updateId),
    get: (updateId: number): HeldUpdate | undefined => held.get(updateId),
    values: (): HeldUpdate[] => [...held.values()],
    size: (): number => held.size,
    lag,
    report,
  };
}

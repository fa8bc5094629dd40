import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Update } from "grammy/types";
import type { Logger } from "../logging/logger.js";
import type { InboxRepository } from "../persistence/repositories/inbox.repository.js";
import { createChatScheduler } from "./chat-scheduler.js";
import { TransientIntakeError } from "./intake-errors.js";
import { chatKeyOf, updateTypeOf } from "./update-facts.js";
import { createHeldUpdates, heldUpdate, type HeldUpdate, type IntakeMetricsSink } from "./held-updates.js";

export type { IntakeMetricsSink } from "./held-updates.js";

export interface InboxProcessorOptions {
  inbox: InboxRepository;
  /** The bot's own id (update ids are unique per bot). */
  botId: number;
  /** Handles one update (the bot's `handleUpdate`). */
  handle: (update: Update) => Promise<void>;
  logger: Pick<Logger, "debug" | "info" | "warn" | "error">;
  now?: () => Date;
  /** How long a claim holds an update before another process may take it over (default 15 s; renewed every 5 s while handling). */
  leaseMs?: number;
  /** Updates handled at once, across chats (default 100); one chat's updates are handled one after another. */
  concurrency?: number;
  /** Attempts (counting restarts after a crash) after which an update is marked failed unhandled (default 3). */
  maxAttempts?: number;
  /** How often unfinished updates nobody holds are looked for (default: the lease). */
  sweepMs?: number;
  metrics?: IntakeMetricsSink;
  /** Longest wait in `stop()` for the updates being handled (default 30 s). */
  graceMs?: number;
  /** This process's name on leases (default: host, pid and a random part). */
  owner?: string;
}

/** A handling that finished but could not be recorded yet (database unreachable); retried by the heartbeat. */
type Outcome = { state: "done" } | { state: "failed"; error: string };

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * The handling side of the exactly-once intake: takes updates that were stored in the inbox, handles each one
 * under a lease (per chat in update order, a bounded number at once) and records it done or failed. Shared by
 * polling (`accept`, `recover`) and the webhook (`submit`).
 */
export function createInboxProcessor(options: InboxProcessorOptions) {
  const { inbox, botId, logger } = options;
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 15_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const graceMs = options.graceMs ?? 30_000;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const held = createHeldUpdates(now, options.metrics);
  const unrecorded = new Map<number, Outcome>();
  let stopping = false;
  let timers: NodeJS.Timeout[] = [];

  const scheduler = createChatScheduler<HeldUpdate>({ concurrency: options.concurrency ?? 100, run: (entry) => handleEntry(entry) });

  const release = (entry: HeldUpdate, error?: Error): void => held.release(entry, error);

  function enqueue(entry: HeldUpdate): void {
    held.add(entry);
    scheduler.add(entry.chatKey, entry);
  }

  /** Makes sure this process holds the update's lease; false when it must not be handled here (now). */
  async function hold(entry: HeldUpdate): Promise<boolean> {
    const at = now();
    if (entry.leasedUntil - at.getTime() > leaseMs / 2) return true;
    if (entry.leasedUntil > 0 && (await inbox.renew(botId, [entry.updateId], owner, at, leaseMs)) === 1) {
      entry.leasedUntil = at.getTime() + leaseMs;
      return true;
    }
    for (;;) {
      const claim = await inbox.claim(botId, entry.updateId, owner, now(), leaseMs);
      switch (claim.status) {
        case "claimed":
          entry.leasedUntil = now().getTime() + leaseMs;
          entry.attempts = claim.record.attempts;
          return true;
        case "finished":
        case "missing":
          release(entry);
          return false;
        case "busy":
          if (entry.onBusy === "refuse" || stopping) {
            release(entry, new TransientIntakeError("in-progress"));
            return false;
          }
          // Another process holds it (one that is stopping, or died with a live lease): the chat waits for it.
          await sleep(Math.min(Math.max(claim.leaseUntil.getTime() - now().getTime(), 50), 1000));
          break;
      }
    }
  }

  async function record(entry: HeldUpdate, outcome: Outcome): Promise<void> {
    try {
      if (!(await inbox.finish(botId, entry.updateId, owner, outcome, now())))
        logger.warn({ updateId: entry.updateId }, "inbox: the update's lease was lost before it was recorded as handled");
      release(entry);
    } catch (error) {
      // Handled but not recorded: keep holding it (the heartbeat renews the lease and records it once the database answers).
      unrecorded.set(entry.updateId, outcome);
      // The update was handled: a webhook waiting for it is answered now, not when the database is back.
      for (const wake of entry.waiters.splice(0)) wake();
      logger.warn({ updateId: entry.updateId, err: (error as Error).message }, "inbox: could not record a handled update yet");
    }
  }

  /** Handled updates waiting for their "done" mark, and the flush writing them (one command per batch). */
  const finishing: HeldUpdate[] = [];
  let flushing: Promise<void> | undefined;

  /**
   * Marks a handled update done without holding up its chat: the marks of every update finished while one
   * flush is under way go out together in the next (group commit). Until then the update stays held (its
   * lease renewed; a webhook caller waits), so nothing else takes it.
   */
  function recordDone(entry: HeldUpdate): void {
    finishing.push(entry);
    flushing ??= flushDone();
  }

  async function flushDone(): Promise<void> {
    await new Promise<void>((next) => setImmediate(next));
    while (finishing.length > 0) {
      const batch = finishing.splice(0, 1000);
      try {
        const marked = await inbox.finishDone(
          botId,
          batch.map((e) => e.updateId),
          owner,
          now(),
        );
        if (marked < batch.length)
          logger.warn({ count: batch.length - marked }, "inbox: updates whose lease was lost before they were recorded as handled");
        for (const entry of batch) release(entry);
      } catch (error) {
        for (const entry of batch) {
          unrecorded.set(entry.updateId, { state: "done" });
          for (const wake of entry.waiters.splice(0)) wake();
        }
        logger.warn({ count: batch.length, err: (error as Error).message }, "inbox: could not record handled updates yet");
      }
    }
    flushing = undefined;
  }

  async function handleEntry(entry: HeldUpdate): Promise<void> {
    if (stopping) {
      release(entry, new TransientIntakeError("stopping"));
      return;
    }
    let holding: boolean;
    try {
      holding = await hold(entry);
    } catch (error) {
      logger.warn({ updateId: entry.updateId, err: (error as Error).message }, "inbox: could not claim an update");
      release(entry, new TransientIntakeError("database", { cause: error }));
      return;
    }
    if (!holding) return;
    const type = updateTypeOf(entry.update);
    if (entry.attempts > maxAttempts) {
      logger.error({ updateId: entry.updateId, type, attempts: entry.attempts }, "inbox: update given up after repeated attempts");
      await record(entry, { state: "failed", error: `gave up after ${entry.attempts - 1} attempts` });
      return;
    }
    entry.started = true;
    const started = performance.now();
    let outcome: Outcome;
    try {
      await options.handle(entry.update);
      outcome = { state: "done" };
    } catch (error) {
      outcome = { state: "failed", error: error instanceof Error ? error.name : "error" };
    }
    // The per-update log line comes from the bot's update observer (both modes); the inbox adds only its own state.
    if (outcome.state === "failed") {
      const ms = Math.round(performance.now() - started);
      logger.warn({ updateId: entry.updateId, type, ms, attempts: entry.attempts }, "inbox: the handler failed on an update");
      await record(entry, outcome);
    } else recordDone(entry);
  }

  async function store(updates: readonly Update[]): Promise<Set<number>> {
    try {
      return await inbox.store(
        updates.map((u) => ({ botId, updateId: u.update_id, chatKey: chatKeyOf(u), payload: JSON.stringify(u) })),
        owner,
        now(),
        leaseMs,
      );
    } catch (error) {
      throw new TransientIntakeError("database", { cause: error });
    }
  }

  /** Takes unfinished updates nobody holds (a dead process's, or ones given back) into the queues, in update order. */
  async function sweep(all = false): Promise<number> {
    const records = await inbox.unfinished(botId, { ...(all ? {} : { claimableAt: now() }), limit: 1000 });
    let taken = 0;
    for (const r of records) {
      if (held.has(r.updateId)) continue;
      let update: Update;
      try {
        update = JSON.parse(r.payload) as Update;
      } catch {
        continue;
      }
      enqueue({ ...heldUpdate(update, r.receivedAt.getTime(), 0, "wait"), attempts: r.attempts });
      taken++;
    }
    return taken;
  }

  async function heartbeat(): Promise<void> {
    const at = now();
    for (const [updateId, outcome] of unrecorded) {
      const entry = held.get(updateId);
      if (!entry) {
        unrecorded.delete(updateId);
        continue;
      }
      try {
        await inbox.finish(botId, updateId, owner, outcome, at);
        unrecorded.delete(updateId);
        release(entry);
      } catch {
        break;
      }
    }
    const busy = held
      .values()
      .filter((e) => e.started)
      .map((e) => e.updateId);
    try {
      await inbox.renew(botId, busy, owner, at, leaseMs);
      for (const id of busy) {
        const entry = held.get(id);
        if (entry) entry.leasedUntil = at.getTime() + leaseMs;
      }
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "inbox: could not renew leases");
    }
    held.report();
  }

  return {
    owner,
    /**
     * Polling: stores a fetched batch (before its offset is confirmed) and queues it. Updates stored earlier
     * (Telegram delivered them again because the offset was never confirmed) are claimed before being handled.
     * Throws `TransientIntakeError` when the database did not take them.
     */
    async accept(updates: readonly Update[]): Promise<void> {
      const fresh = await store(updates);
      const at = now().getTime();
      for (const update of updates) {
        if (held.has(update.update_id)) continue;
        enqueue(heldUpdate(update, at, fresh.has(update.update_id) ? at + leaseMs : 0, "wait"));
      }
    },

    /**
     * Webhook: stores `update` and handles it, resolving once it is handled — or at once when it was handled
     * before (a redelivery is a no-op). Throws `TransientIntakeError` when it cannot be taken in now.
     */
    async submit(update: Update): Promise<void> {
      if (stopping) throw new TransientIntakeError("stopping");
      if (held.has(update.update_id)) throw new TransientIntakeError("in-progress");
      const fresh = await store([update]);
      if (held.has(update.update_id)) throw new TransientIntakeError("in-progress");
      const at = now().getTime();
      const entry = heldUpdate(update, at, fresh.has(update.update_id) ? at + leaseMs : 0, "refuse");
      const done = new Promise<void>((resolve, reject) => entry.waiters.push((error) => (error ? reject(error) : resolve())));
      enqueue(entry);
      return done;
    },

    /** At start: queues every unfinished update in update order, before anything new is taken in. */
    recover(): Promise<number> {
      return sweep(true);
    },

    /** Starts the lease heartbeat and the periodic sweep for updates a dead process left. */
    start(): void {
      const tick = (every: number, work: () => Promise<unknown>): NodeJS.Timeout =>
        setInterval(() => {
          if (!stopping)
            void work().catch((error: unknown) => logger.warn({ err: (error as Error).message }, "inbox: background step failed"));
        }, every).unref();
      timers = [tick(Math.max(leaseMs / 3, 10), heartbeat), tick(options.sweepMs ?? leaseMs, () => sweep())];
    },

    /**
     * Starts nothing more, waits for the updates being handled, and gives the queued ones back (the next
     * process takes them first); a webhook still waiting is answered with a transient error.
     */
    async stop(): Promise<void> {
      stopping = true;
      for (const timer of timers) clearInterval(timer);
      const queued = scheduler.pause();
      const idle = await Promise.race([scheduler.idle().then(() => true), sleep(graceMs).then(() => false)]);
      if (!idle)
        logger.warn(
          { running: scheduler.active() },
          "inbox: updates still being handled after the grace period (their leases will expire)",
        );
      await flushing;
      await heartbeat().catch(() => undefined);
      try {
        await inbox.release(
          botId,
          queued.filter((e) => e.leasedUntil > 0).map((e) => e.updateId),
          owner,
        );
      } catch (error) {
        logger.warn({ err: (error as Error).message }, "inbox: could not give queued updates back (their leases will expire)");
      }
      for (const entry of queued) release(entry, new TransientIntakeError("stopping"));
    },

    /** Updates taken in and not finished in this process. */
    depth(): number {
      return held.size();
    },
    /** Updates waiting in the queues (not started). */
    waiting(): number {
      return scheduler.waiting();
    },
    /** Age in seconds of the oldest update taken in and not finished here (0 when none). */
    lag: held.lag,
  };
}
export type InboxProcessor = ReturnType<typeof createInboxProcessor>;

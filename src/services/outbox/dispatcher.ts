import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as delay } from "node:timers/promises";
import type { OutboxMessageRecord } from "../../persistence/models/outbox-message.model.js";
import { quietly } from "../../logging/quietly.js";
import { createDelivery } from "./delivery.js";
import {
  DISPATCHER_LOCK,
  parseDispatcherOptions,
  type DeliveryOutcome,
  type DispatcherDeps,
  type DrainSummary,
  type RunOnceResult,
} from "./dispatcher-options.js";
import { createRateLimiter } from "./rate-limiter.js";
import { describeError } from "./send-errors.js";

type Step = { status: "not-leader" | "idle" } | { status: "wait"; ms: number } | { status: "claimed"; delivery: Promise<DeliveryOutcome> };

const WINDOW_MS = 1000;

async function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  // An abort ends the wait early: that is its purpose, not a failure.
  await quietly(() => delay(ms, undefined, signal ? { signal } : {}), { reason: "outbox: wait aborted" });
}

/**
 * Sends the outbox at Telegram's rate. Only the holder of the leader lock sends. It leases due messages a few
 * at a time (up to a second's worth, each for a different free chat) with atomic per-document updates filtered
 * on state and lease expiry, so two instances never send the same document, and a crashed sender's messages are
 * taken over once their lease expires (at-least-once: a message in flight at a crash may be sent twice, never lost).
 * Sending one message and recording Telegram's answer is createDelivery's step.
 *
 * `start()` runs it in the background, `stop()` stops claiming, waits for the sends in flight and releases
 * the lock. `runOnce()` / `drain()` run it step by step (tests, CLI).
 */
export function createDispatcher(deps: DispatcherDeps) {
  const options = parseDispatcherOptions(deps);
  const { db, now, logger } = deps;
  const sleep = deps.sleep ?? defaultSleep;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const log = logger.child({ component: "outbox", owner });
  const limiter = deps.limiter ?? createRateLimiter(options.rate, WINDOW_MS);
  /** Renew the leader lock this often (three times per lease). */
  const renewEveryMs = Math.floor(options.leaseMs / 3);
  /**
   * Messages claimed ahead of their slot (one second's worth, topped up at half), so claiming never holds up
   * sending: a claim costs a few database round trips, or a collection scan on the stand-in.
   */
  const prefetch = options.rate.globalPerSecond;

  const inFlight = new Set<Promise<DeliveryOutcome>>();
  const abort = new AbortController();
  let leader = false;
  let renewAt = 0;
  let running: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  async function ensureLeader(): Promise<boolean> {
    const at = now();
    if (leader && at.getTime() < renewAt) return true;
    const acquired = await db.leases.acquire(DISPATCHER_LOCK, owner, at, options.leaseMs);
    if (!acquired) {
      if (leader) log.warn("outbox: another dispatcher took the leader lock over; no longer sending");
      leader = false;
      return false;
    }
    if (!leader) {
      log.info({ previousOwner: acquired.previousOwner }, "outbox: this dispatcher is the leader");
      // The previous leader's last sends still count in Telegram's current window (a shared budget knows them already).
      if (acquired.previousOwner && !deps.limiter) limiter.pause(at.getTime() + WINDOW_MS);
    }
    if (acquired.pausedUntil) limiter.pause(acquired.pausedUntil.getTime());
    leader = true;
    renewAt = at.getTime() + renewEveryMs;
    return true;
  }

  /** Claimed ahead (leased to this dispatcher), each for a different chat that is free; sent as slots free up. */
  const ready: OutboxMessageRecord[] = [];
  let refilling: Promise<void> | undefined;

  /** Claims up to `prefetch` messages for chats that are free and not already waiting in `ready`. Never rejects. */
  function refill(at: number): Promise<void> {
    refilling ??= (async () => {
      try {
        const claimed = await db.outbox.claimMany({
          owner,
          now: new Date(at),
          leaseMs: options.leaseMs,
          limit: prefetch - ready.length,
          excludeRecipients: [...limiter.busyChats(at), ...ready.map((doc) => doc.recipient)],
        });
        ready.push(...claimed);
      } catch (error) {
        log.error({ err: describeError(error) }, "outbox: claiming failed");
      } finally {
        refilling = undefined;
      }
    })();
    return refilling;
  }

  /** Gives claimed-ahead messages back untouched (they were not attempted): due again at once. */
  async function releaseReady(filter: (doc: OutboxMessageRecord) => boolean = () => true): Promise<void> {
    const released = ready.filter(filter);
    if (released.length === 0) return;
    ready.splice(0, ready.length, ...ready.filter((doc) => !filter(doc)));
    const at = new Date(now().getTime());
    await Promise.all(released.map((doc) => db.outbox.complete(doc._id, owner, { state: "pending", notBefore: at, countAttempt: false })));
  }

  const delivery = createDelivery({ ...deps, options, owner, limiter, log, releaseClaimedAhead: () => releaseReady() });

  async function step(background: boolean): Promise<Step> {
    if (!(await ensureLeader())) {
      await releaseReady();
      return { status: "not-leader" };
    }
    let at = now().getTime();
    // Never send under a lease about to expire: another dispatcher may take the message over after it.
    await releaseReady((doc) => (doc.lease?.until.getTime() ?? 0) - at < renewEveryMs);
    const paused = limiter.pausedUntil() - at;
    if (paused > 0) return { status: "wait", ms: paused };
    if (ready.length === 0) {
      await refill(at);
      at = now().getTime();
      // Nothing due for the free chats; messages for a busy chat may be due once it is free again.
      if (ready.length === 0) return limiter.busyChats(at).length > 0 ? { status: "wait", ms: limiter.chatWaitMs(at) } : { status: "idle" };
    } else if (background && ready.length <= prefetch / 2) {
      void refill(at);
    }
    const wait = limiter.waitMs(at);
    if (wait > 0) return { status: "wait", ms: wait };
    const doc = ready.shift()!;
    // Take the slot before anything else can run, so the next step sees it taken.
    const ticket = limiter.begin(doc.recipient, at);
    return { status: "claimed", delivery: delivery.deliver(doc, ticket) };
  }

  function track(sending: Promise<DeliveryOutcome>): void {
    inFlight.add(sending);
    void sending.finally(() => inFlight.delete(sending));
  }

  async function loop(): Promise<void> {
    const { signal } = abort;
    while (!signal.aborted) {
      try {
        const next = await step(true);
        switch (next.status) {
          case "claimed":
            track(next.delivery);
            break;
          case "wait":
            if (next.ms === Infinity && inFlight.size > 0) await Promise.race(inFlight);
            else await sleep(Math.min(next.ms, renewEveryMs), signal);
            break;
          case "idle":
          case "not-leader":
            await sleep(options.pollMs, signal);
            break;
        }
      } catch (error) {
        log.error({ err: describeError(error) }, "outbox: dispatcher step failed");
        await sleep(options.pollMs, signal);
      }
    }
  }

  async function runOnce(): Promise<RunOnceResult> {
    for (;;) {
      const next = await step(false);
      switch (next.status) {
        case "claimed":
          return next.delivery;
        case "wait":
          // Step by step nothing is in flight, so the wait is finite.
          await sleep(Math.min(next.ms, renewEveryMs));
          break;
        case "idle":
        case "not-leader":
          return next.status;
      }
    }
  }

  return {
    /** This dispatcher's identity in the leases. */
    owner,

    /** Whether it held the leader lock at its last look. */
    isLeader(): boolean {
      return leader;
    },

    /** Starts sending in the background (idempotent). */
    start(): void {
      if (stopping) throw new Error("outbox dispatcher: stopped; create a new one");
      running ??= loop();
    },

    /** Stops claiming, waits for the sends in flight and releases the leader lock (idempotent). */
    stop(): Promise<void> {
      stopping ??= (async () => {
        abort.abort();
        await running;
        await refilling;
        await releaseReady();
        await Promise.all(inFlight);
        if (leader) {
          leader = false;
          await db.leases.release(DISPATCHER_LOCK, owner);
        }
        log.info("outbox: dispatcher stopped");
      })();
      return stopping;
    },

    /**
     * Sends at most one due message, waiting for the rate limit (through `sleep`) if needed. Messages it claimed
     * ahead stay leased to this dispatcher until later calls send them or `stop()` gives them back.
     */
    runOnce,

    /** Sends due messages one by one until none is due now (or `maxMessages`); returns what happened to them. */
    async drain(maxMessages = 1_000_000): Promise<DrainSummary> {
      const summary: DrainSummary = { sent: 0, blocked: 0, failed: 0, retry: 0, "rate-limited": 0 };
      for (let i = 0; i < maxMessages; i++) {
        const result = await runOnce();
        if (result === "idle" || result === "not-leader") break;
        summary[result]++;
      }
      return summary;
    },
  };
}

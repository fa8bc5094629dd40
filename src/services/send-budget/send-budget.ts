import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Logger } from "../../logging/logger.js";
import type { LeasedSlot, SendBudgetControl } from "../../persistence/repositories/send-budget.repository.js";
import type { RateTicket } from "../outbox/rate-limiter.js";

/** Interactive replies (someone is waiting in the chat) go before bulk sends (the outbox: notifications, broadcasts). */
export type SendPriority = "interactive" | "bulk";

/** The shared store of slot leases (`db.sendBudget(botId)`; tests may pass another). */
export interface SendBudgetStore {
  ensure(count: number): Promise<void>;
  lease(owner: string, count: number, limit: number, now: Date, leaseUntil: Date): Promise<LeasedSlot[]>;
  renew(owner: string, indexes: readonly number[], leaseUntil: Date): Promise<number[]>;
  release(owner: string, slots: readonly LeasedSlot[]): Promise<void>;
  control(): Promise<SendBudgetControl>;
  pause(until: Date): Promise<void>;
  wantInteractive(owner: string, at: Date): Promise<void>;
}

/** What the budget reports to metrics (no chat or user ids). */
export interface SendBudgetObserver {
  granted?(priority: SendPriority, waitedMs: number): void;
  slots?(held: number, busy: number): void;
  storeReachable?(reachable: boolean): void;
}

export interface SendBudgetDeps {
  store: SendBudgetStore;
  /** Messages per second for the bot token, all processes together (TELEGRAM_RATE). */
  ratePerSecond: number;
  logger: Pick<Logger, "info" | "warn" | "debug">;
  /** Milliseconds; tests pass a virtual clock. */
  now?: () => number;
  owner?: string;
  /** false: no timers; the caller drives `tick()` (tests). Default true. */
  autoRun?: boolean;
  windowMs?: number;
  /** Slot lease length (default 10 s); renewed at half of it. */
  leaseMs?: number;
  /** Maintenance period while this process holds slots or waits (default 200 ms). */
  tickMs?: number;
  /** Slots unused this long go back to the store (default 3 s). */
  idleMs?: number;
  /** A chat may receive this many messages at once, then one per `chatIntervalMs` (interactive; bulk gets no burst). */
  chatBurst?: number;
  chatIntervalMs?: number;
  /** For this long after an interactive send, bulk sends leave one slot free (default 30 s). */
  interactiveQuietMs?: number;
  /** Added to a slot's `freeAt` taken from another process (clock skew between hosts; default 0). */
  skewMs?: number;
  observer?: SendBudgetObserver;
}

interface Slot {
  index: number;
  freeAt: number;
  leaseUntil: number;
  busy: boolean;
  lastUsed: number;
  /** Not leased from the store: the store was unreachable, this process runs on a local budget meanwhile. */
  local: boolean;
}

interface Waiter {
  priority: SendPriority;
  chat: number | undefined;
  since: number;
  grant: (ticket: RateTicket) => void;
}

/** Slots a process that only replies keeps at hand (one reply rests its slot a second). */
const INTERACTIVE_SLOTS = 5;
/** Early maintenance steps (more slots wanted now) are this far apart at least. */
const EARLY_TICK_MS = 50;
/** While every usable slot carries a send, the bulk user looks again this often. */
const BUSY_POLL_MS = 5;

/**
 * One send budget per bot token, shared by every process on one database: Telegram counts a token's messages
 * (about 30 per second, 1 per second per chat with short bursts) whichever process sends them.
 *
 * The budget is `ratePerSecond` slots; a slot sends one message, then rests one window after Telegram answered
 * (the moment it was surely counted), so no window of Telegram's can see more than `ratePerSecond` messages,
 * whatever the network does. Slots live in the database and are leased to processes on demand; a process
 * spends the slots it holds locally, without a database round trip per message, and gives back those it stops
 * using, recording when each may send again. A process whose interactive reply finds no slot says so on the
 * control document, and a process that holds slots for bulk sends gives one up at its next tick.
 *
 * Inside a process, interactive replies take a free slot before any bulk send, and while interactive replies
 * were seen in the last `interactiveQuietMs`, bulk sends leave one slot free for them. A 429 pauses every process
 * until its `retry_after` (control document). If the database cannot be reached, the process runs on a local
 * budget of `ratePerSecond` (logged; the metric says so) until it can.
 */
export function createSendBudget(deps: SendBudgetDeps) {
  const rate = deps.ratePerSecond;
  if (!Number.isInteger(rate) || rate < 1) throw new Error("send budget: ratePerSecond must be a positive integer");
  const now = deps.now ?? (() => Date.now());
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const { store, logger, observer } = deps;
  const windowMs = deps.windowMs ?? 1000;
  const leaseMs = deps.leaseMs ?? 10_000;
  const tickMs = deps.tickMs ?? 200;
  const idleMs = deps.idleMs ?? 3_000;
  const chatBurst = deps.chatBurst ?? 3;
  const chatIntervalMs = deps.chatIntervalMs ?? 1000;
  const quietMs = deps.interactiveQuietMs ?? 30_000;
  const skewMs = deps.skewMs ?? 0;
  const autoRun = deps.autoRun ?? true;
  /** A slot is spent only while its lease has this much left: a send in flight never outlives the lease. */
  const leaseGuardMs = Math.floor(leaseMs / 3);

  const slots = new Map<number, Slot>();
  const waiters: Waiter[] = [];
  /** GCRA per chat: the theoretical time of the chat's next message. */
  const chatTat = new Map<number, number>();
  let pausedUntil = -Infinity;
  let lastInteractiveAt = -Infinity;
  /** Another process asked for an interactive slot at this time. */
  let othersWantAt = -Infinity;
  let bulkWantedAt = -Infinity;
  let ensured = false;
  let storeDown = false;
  let ticking: Promise<void> | undefined;
  let loopTimer: NodeJS.Timeout | undefined;
  let wakeTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  const reserveForInteractive = (at: number): number => (at - lastInteractiveAt < quietMs ? 1 : 0);

  function usable(slot: Slot, at: number): boolean {
    return !slot.busy && slot.freeAt <= at && (slot.local || slot.leaseUntil - leaseGuardMs > at);
  }

  function freeSlots(at: number): Slot[] {
    return [...slots.values()].filter((slot) => usable(slot, at)).sort((a, b) => a.freeAt - b.freeAt);
  }

  function chatAllows(chat: number | undefined, priority: SendPriority, at: number): boolean {
    if (chat === undefined) return true;
    const tat = chatTat.get(chat) ?? -Infinity;
    return priority === "interactive" ? tat - (chatBurst - 1) * chatIntervalMs <= at : tat <= at;
  }

  function chatReadyAt(chat: number, priority: SendPriority): number {
    const tat = chatTat.get(chat) ?? -Infinity;
    return priority === "interactive" ? tat - (chatBurst - 1) * chatIntervalMs : tat;
  }

  function report(): void {
    observer?.slots?.(slots.size, [...slots.values()].filter((slot) => slot.busy).length);
  }

  /** Takes `slot` for a send to `chat`. */
  function take(slot: Slot, chat: number | undefined, priority: SendPriority, at: number): RateTicket {
    const previousFreeAt = slot.freeAt;
    const previousTat = chat === undefined ? undefined : chatTat.get(chat);
    slot.busy = true;
    slot.freeAt = Infinity;
    slot.lastUsed = at;
    let tatSet: number | undefined;
    if (chat !== undefined) {
      tatSet = Math.max(previousTat ?? -Infinity, at) + chatIntervalMs;
      chatTat.set(chat, tatSet);
    }
    if (priority === "interactive") lastInteractiveAt = at;
    report();
    let settled = false;
    return {
      done(completedAt: number) {
        if (settled) return;
        settled = true;
        slot.busy = false;
        slot.freeAt = completedAt + windowMs;
        slot.lastUsed = Math.max(slot.lastUsed, completedAt);
        report();
        pump();
      },
      cancel() {
        if (settled) return;
        settled = true;
        slot.busy = false;
        slot.freeAt = previousFreeAt;
        if (chat !== undefined && chatTat.get(chat) === tatSet) {
          if (previousTat === undefined) chatTat.delete(chat);
          else chatTat.set(chat, previousTat);
        }
        report();
        pump();
      },
    };
  }

  /** Grants waiting sends in priority order; bulk never jumps ahead of an interactive send that lacks a slot. */
  function pump(): void {
    const at = now();
    if (pausedUntil > at) return schedule(pausedUntil - at);
    const free = freeSlots(at);
    const blockedChats = new Set<string>();
    let interactiveStarved = false;
    let nextChatAt = Infinity;
    for (const priority of ["interactive", "bulk"] as const) {
      for (let i = 0; i < waiters.length; i++) {
        const waiter = waiters[i]!;
        if (waiter.priority !== priority) continue;
        const chatKey = `${priority}:${waiter.chat ?? "-"}`;
        // Messages to one chat keep their order.
        if (waiter.chat !== undefined && blockedChats.has(chatKey)) continue;
        if (!chatAllows(waiter.chat, priority, at)) {
          blockedChats.add(chatKey);
          nextChatAt = Math.min(nextChatAt, chatReadyAt(waiter.chat!, priority));
          continue;
        }
        if (priority === "bulk" && (interactiveStarved || free.length <= reserveForInteractive(at))) {
          if (!interactiveStarved) bulkWantedAt = at;
          break;
        }
        const slot = free.shift();
        if (!slot) {
          if (priority === "interactive") interactiveStarved = true;
          else bulkWantedAt = at;
          break;
        }
        waiters.splice(i--, 1);
        observer?.granted?.(priority, at - waiter.since);
        waiter.grant(take(slot, waiter.chat, priority, at));
      }
    }
    if (waiters.length === 0) return;
    const nextSlotAt = Math.min(...[...slots.values()].filter((slot) => !slot.busy).map((slot) => slot.freeAt));
    const wake = Math.min(nextChatAt, nextSlotAt > at ? nextSlotAt : Infinity);
    if (wake < Infinity) schedule(wake - at);
    if (interactiveStarved || freeSlots(at).length === 0) requestTick();
  }

  function schedule(ms: number): void {
    if (!autoRun || stopped) return;
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = setTimeout(
      () => {
        wakeTimer = undefined;
        pump();
      },
      Math.max(1, Math.ceil(ms)),
    );
    wakeTimer.unref();
  }

  let lastTickAt = -Infinity;
  /** An early maintenance step, when this process could hold more slots than it does (at most every 50 ms). */
  function requestTick(): void {
    if (!autoRun || stopped || ticking) return;
    const at = now();
    if (slots.size >= target(at) || at - lastTickAt < EARLY_TICK_MS) return;
    lastTickAt = at;
    void tick();
  }

  /** How many slots this process should hold now. */
  function target(at: number): number {
    const interactiveWaiting = waiters.filter((w) => w.priority === "interactive").length;
    const bulkDemand = at - bulkWantedAt < idleMs || waiters.some((w) => w.priority === "bulk");
    // Another process waits for interactive slots: bulk holders leave it one.
    const leave = at - othersWantAt < quietMs ? 1 : 0;
    if (bulkDemand) return Math.max(1, rate - leave);
    const recentlyUsed = [...slots.values()].filter((slot) => slot.busy || at - slot.lastUsed < idleMs).length;
    if (recentlyUsed + interactiveWaiting === 0) return 0;
    // Replies come in bursts: a few slots at hand spare them a database round trip and a slot's rest.
    return Math.min(rate, Math.max(INTERACTIVE_SLOTS, recentlyUsed + interactiveWaiting));
  }

  function markStore(reachable: boolean): void {
    if (storeDown === !reachable) return;
    storeDown = !reachable;
    observer?.storeReachable?.(reachable);
    if (storeDown) logger.warn("send budget: the database cannot be reached; sending on a local budget until it can");
    else logger.info("send budget: the database is back; slots are leased again");
  }

  async function maintain(): Promise<void> {
    const at = now();
    if (!ensured) {
      await store.ensure(rate);
      ensured = true;
    }
    // Slots taken locally while the store was down go once they are idle.
    for (const slot of [...slots.values()]) if (slot.local && !slot.busy) slots.delete(slot.index);
    const control = await store.control();
    if (control.pausedUntil) pausedUntil = Math.max(pausedUntil, control.pausedUntil.getTime());
    if (control.interactiveWantAt && control.interactiveWantBy !== owner) othersWantAt = control.interactiveWantAt.getTime();

    const leased = [...slots.values()];
    if (leased.some((slot) => slot.leaseUntil - at < leaseMs / 2)) {
      const until = at + leaseMs;
      const kept = new Set(
        await store.renew(
          owner,
          leased.map((slot) => slot.index),
          new Date(until),
        ),
      );
      for (const slot of leased) {
        if (kept.has(slot.index)) slot.leaseUntil = until;
        else if (!slot.busy) slots.delete(slot.index);
        else slot.leaseUntil = 0;
      }
    }

    const want = target(at);
    if (slots.size > want) {
      const spare = [...slots.values()]
        .filter((slot) => !slot.busy)
        .sort((a, b) => a.lastUsed - b.lastUsed)
        .slice(0, slots.size - want);
      for (const slot of spare) slots.delete(slot.index);
      await store.release(
        owner,
        spare.map((slot) => ({ index: slot.index, freeAt: new Date(Math.max(slot.freeAt, 0)) })),
      );
    } else if (slots.size < want) {
      const until = at + leaseMs;
      const got = await store.lease(owner, want - slots.size, rate, new Date(at), new Date(until));
      for (const slot of got) {
        slots.set(slot.index, {
          index: slot.index,
          freeAt: slot.freeAt.getTime() + skewMs,
          leaseUntil: until,
          busy: false,
          lastUsed: at,
          local: false,
        });
      }
      const interactiveWaiting = waiters.some((w) => w.priority === "interactive");
      if (got.length === 0 && interactiveWaiting && freeSlots(at).length === 0) await store.wantInteractive(owner, new Date(at));
    }
    report();
  }

  /** Runs one maintenance step (renew, lease, release, read the shared pause) and grants what it can. Never rejects. */
  function tick(): Promise<void> {
    ticking ??= (async () => {
      try {
        await maintain();
        markStore(true);
      } catch (error) {
        markStore(false);
        logger.debug({ err: error instanceof Error ? error.message : String(error) }, "send budget: store step failed");
        if (slots.size === 0 && waiters.length > 0) {
          for (let i = 0; i < rate; i++) {
            const index = -1 - i;
            slots.set(index, { index, freeAt: -Infinity, leaseUntil: Infinity, busy: false, lastUsed: now(), local: true });
          }
        }
      } finally {
        ticking = undefined;
        pump();
      }
    })();
    return ticking;
  }

  function pause(until: number): void {
    pausedUntil = Math.max(pausedUntil, until);
    store.pause(new Date(until)).catch((error: unknown) => {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, "send budget: could not share a pause");
    });
  }

  const unlimited: RateTicket = { done: () => undefined, cancel: () => undefined };

  function loop(): void {
    if (stopped) return;
    const active = slots.size > 0 || waiters.length > 0 || now() - bulkWantedAt < idleMs;
    const next = () => {
      loopTimer = setTimeout(loop, active ? tickMs : tickMs * 5);
      loopTimer.unref();
    };
    if (active || !ensured) void tick().then(next);
    else next();
  }

  return {
    owner,

    /** The budget's clock (milliseconds). */
    now: (): number => now(),

    /** Starts the maintenance loop (autoRun). */
    start(): void {
      if (autoRun && !loopTimer && !stopped) loop();
    },

    /** Gives every slot back (recording when each may send again) and stops the timers. */
    async stop(): Promise<void> {
      stopped = true;
      if (loopTimer) clearTimeout(loopTimer);
      if (wakeTimer) clearTimeout(wakeTimer);
      await ticking;
      // Whatever still waits is sent unmetered: the process is going away, and nothing may hang on it.
      for (const waiter of waiters.splice(0)) waiter.grant(unlimited);
      const leased = [...slots.values()].filter((slot) => !slot.local);
      slots.clear();
      try {
        await store.release(
          owner,
          leased.map((slot) => ({ index: slot.index, freeAt: new Date(Number.isFinite(slot.freeAt) ? slot.freeAt : now() + windowMs) })),
        );
      } catch (error) {
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, "send budget: could not give the slots back");
      }
    },

    tick,

    /** Grants what can be granted now (the timers do this by themselves; tests on a virtual clock call it). */
    wake: (): void => pump(),

    /** Waits for a slot (and the chat's pace) to send one message; `done`/`cancel` the ticket when Telegram answered. */
    acquire(priority: SendPriority, chat?: number): Promise<RateTicket> {
      if (stopped) return Promise.resolve(unlimited);
      return new Promise<RateTicket>((grant) => {
        waiters.push({ priority, chat, since: now(), grant });
        pump();
      });
    },

    /** Nothing is sent by any process before `until` (a 429's retry_after). */
    pause,

    pausedUntil: (): number => pausedUntil,

    /** The outbox dispatcher's view (same contract as createRateLimiter): bulk sends, no burst per chat. */
    bulk: {
      waitMs(at: number): number {
        if (pausedUntil > at) return pausedUntil - at;
        if (waiters.some((w) => w.priority === "interactive")) return 5;
        const free = freeSlots(at).length;
        if (free > reserveForInteractive(at)) return 0;
        bulkWantedAt = at;
        requestTick();
        const resting = [...slots.values()].filter((slot) => !slot.busy && slot.freeAt > at).map((slot) => slot.freeAt - at);
        // A send in flight frees its slot a window after its answer; look again soon rather than a whole tick later.
        const inFlight = [...slots.values()].some((slot) => slot.busy);
        return Math.min(inFlight ? BUSY_POLL_MS : tickMs, ...resting);
      },
      busyChats(at: number): number[] {
        const busy: number[] = [];
        for (const [chat, tat] of chatTat) {
          if (tat <= at) chatTat.delete(chat);
          else busy.push(chat);
        }
        return busy;
      },
      chatWaitMs(at: number): number {
        let first = Infinity;
        for (const tat of chatTat.values()) if (tat > at) first = Math.min(first, tat);
        return first === Infinity ? 0 : first - at;
      },
      begin(chat: number, at: number): RateTicket {
        const slot = freeSlots(at)[0];
        if (!slot || pausedUntil > at) throw new Error("send budget: no free slot (call waitMs first)");
        observer?.granted?.("bulk", 0);
        return take(slot, chat, "bulk", at);
      },
      pause,
      pausedUntil: (): number => pausedUntil,
    },

    /** Slots held and waiting sends (tests, metrics). */
    state(): { held: number; busy: number; waiting: Record<SendPriority, number>; storeDown: boolean } {
      return {
        held: slots.size,
        busy: [...slots.values()].filter((slot) => slot.busy).length,
        waiting: {
          interactive: waiters.filter((w) => w.priority === "interactive").length,
          bulk: waiters.filter((w) => w.priority === "bulk").length,
        },
        storeDown,
      };
    },
  };
}
export type SendBudget = ReturnType<typeof createSendBudget>;

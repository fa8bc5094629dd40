import { beforeEach, describe, expect, it } from "vitest";
import pino from "pino";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";
import { createSendBudget, type SendBudget, type SendBudgetStore, type SendPriority } from "../../src/services/send-budget/send-budget.js";
import type { RateTicket } from "../../src/services/outbox/rate-limiter.js";

const database = useTestDatabase();
const logger = pino({ level: "silent" });
const T0 = Date.parse("2026-11-23T09:00:00Z");
/** Telegram's answer time in the simulations (virtual). */
const LATENCY_MS = 20;

let db: Persistence;
let t: number;

beforeEach(async () => {
  await clearDatabase(database.connection());
  db = createPersistence(database.connection());
  await db.syncIndexes();
  t = T0;
});

function budget(owner: string, rate: number, store: SendBudgetStore = db.sendBudget("7000000001")): SendBudget {
  return createSendBudget({ store, ratePerSecond: rate, logger, owner, now: () => t, autoRun: false });
}

/** Lets granted promises settle. */
const settle = () => new Promise<void>((done) => setImmediate(done));

interface Send {
  at: number;
  owner: string;
  priority: SendPriority;
  chat: number | undefined;
}

/** Most sends that started within any window of `windowMs`. */
function maxInWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/**
 * Virtual Telegram: each granted send is counted when it starts and answered LATENCY_MS later (then its slot rests a
 * window). `keepBusy` keeps `depth` bulk sends waiting at each budget, as a broadcast does.
 */
function createSimulation(budgets: SendBudget[]) {
  const sends: Send[] = [];
  const answering: { at: number; ticket: RateTicket }[] = [];
  let chat = 1;
  function request(b: SendBudget, priority: SendPriority, to: number | undefined = chat++, onGranted?: () => void): Promise<number> {
    return b.acquire(priority, to).then((ticket) => {
      if (stopped.has(b)) return t;
      sends.push({ at: t, owner: b.owner, priority, chat: to });
      answering.push({ at: t + LATENCY_MS, ticket });
      onGranted?.();
      return t;
    });
  }
  const stopped = new Set<SendBudget>();
  function keepBusy(b: SendBudget, depth: number): void {
    if (stopped.has(b)) return;
    for (let i = 0; i < depth; i++) void request(b, "bulk", undefined, () => keepBusy(b, 1));
  }
  /** A process shutting down: it asks for nothing more and gives its slots back. */
  async function stop(b: SendBudget): Promise<void> {
    stopped.add(b);
    await b.stop();
  }
  /** Advances virtual time in 5 ms steps; every budget runs its maintenance every 200 ms. */
  async function run(ms: number, active: SendBudget[] = budgets): Promise<void> {
    const end = t + ms;
    while (t < end) {
      t += 5;
      for (const done of answering.filter((a) => a.at <= t)) {
        answering.splice(answering.indexOf(done), 1);
        done.ticket.done(done.at);
      }
      if ((t - T0) % 200 === 0) for (const b of active) await b.tick();
      for (const b of active) b.wake();
      await settle();
    }
  }
  return { sends, request, keepBusy, run, stop };
}

describe("send budget: one budget for every Bot API send", () => {
  it("gives a free slot to an interactive reply before a bulk send that waited longer (issue 16: interactive replies go first)", async () => {
    const b = budget("a", 2);
    const sim = createSimulation([b]);
    sim.keepBusy(b, 3);
    await b.tick();
    await sim.run(10);
    expect(sim.sends).toHaveLength(2);
    // Both slots rest until 1 s after their answers; a reply asked now goes out before the broadcast's waiting sends.
    const reply = sim.request(b, "interactive", 42);
    await sim.run(990);
    expect(sim.sends).toHaveLength(2);
    await sim.run(100);
    expect(sim.sends[2]).toMatchObject({ priority: "interactive", chat: 42 });
    expect(await reply).toBeLessThanOrEqual(T0 + 1000 + LATENCY_MS + 10);
  });

  it("leaves one slot to interactive replies while people chat, and all of them to a broadcast while nobody does", async () => {
    const b = budget("a", 3);
    await b.tick();
    const sim = createSimulation([b]);
    sim.keepBusy(b, 1);
    await sim.run(3000);
    const quiet = sim.sends.filter((s) => s.at >= T0 + 1500 && s.at < T0 + 2500);
    expect(quiet).toHaveLength(3);
    // Someone writes: from now on bulk sends keep one slot free, so the next reply needs no wait.
    const first = sim.request(b, "interactive", 42);
    await sim.run(3000);
    expect(await first).toBeLessThanOrEqual(T0 + 4100);
    const busy = sim.sends.filter((s) => s.at >= t - 1500 && s.at < t - 500);
    expect(busy.filter((s) => s.priority === "bulk")).toHaveLength(2);
    const askedAt = t;
    const next = sim.request(b, "interactive", 43);
    await settle();
    await sim.run(10);
    // Without the kept slot it would wait for a slot's rest (up to 1 s).
    expect(await next).toBe(askedAt);
  });

  it("never sends more than the rate in any second, two instances over one database together (issue 16: shared across processes)", async () => {
    const rate = 6;
    const a = budget("process-a", rate);
    const b = budget("process-b", rate);
    const sim = createSimulation([a, b]);
    sim.keepBusy(a, 4);
    sim.keepBusy(b, 4);
    await sim.run(4000);
    // Process a stops (a deploy): it gives its slots back with the moment each may send again; b takes them over.
    await sim.stop(a);
    await sim.run(4000, [b]);
    const times = sim.sends.map((s) => s.at);
    expect(maxInWindow(times)).toBeLessThanOrEqual(rate);
    expect(new Set(sim.sends.map((s) => s.owner))).toEqual(new Set(["process-a", "process-b"]));
    // Still close to the rate: each slot sends once per (window + answer time).
    const perSecond = sim.sends.filter((s) => s.at >= T0 + 1000).length / 7;
    expect(perSecond).toBeGreaterThanOrEqual(rate * 0.85);
    const slots = await db.models.SendBudget.find({ _id: /:slot:/ }).lean();
    expect(slots).toHaveLength(rate);
    expect(slots.filter((slot) => slot.owner === "process-b")).toHaveLength(rate);
  });

  it("a process that holds every slot for a broadcast gives one up when another process has a reply to send", async () => {
    const a = budget("broadcaster", 4);
    const b = budget("replier", 4);
    const sim = createSimulation([a, b]);
    sim.keepBusy(a, 4);
    await sim.run(1000);
    expect(await db.models.SendBudget.countDocuments({ owner: "broadcaster" })).toBe(4);
    let answeredAt: number | undefined;
    void sim.request(b, "interactive", 42).then((at) => (answeredAt = at));
    const askedAt = t;
    await sim.run(2000);
    expect(answeredAt).toBeDefined();
    // One maintenance round of each (200 ms) plus the slot's rest after its last send.
    expect(answeredAt! - askedAt).toBeLessThanOrEqual(200 * 3 + 1000 + LATENCY_MS);
    expect(maxInWindow(sim.sends.map((s) => s.at))).toBeLessThanOrEqual(4);
  });

  it("a 429 in one process pauses the other one for retry_after (issue 16: a 429 pauses everyone)", async () => {
    const a = budget("a", 4);
    const b = budget("b", 4);
    const sim = createSimulation([a, b]);
    await b.tick();
    a.pause(t + 5000);
    const pausedAt = t;
    await settle();
    sim.keepBusy(b, 2);
    await sim.run(4800);
    expect(sim.sends).toHaveLength(0);
    await sim.run(600);
    expect(sim.sends.length).toBeGreaterThan(0);
    expect(Math.min(...sim.sends.map((s) => s.at))).toBeGreaterThanOrEqual(pausedAt + 5000);
  });

  it("paces one chat: a burst of three, then one a second; a bulk send to that chat waits its turn (issue 16: per-chat burst)", async () => {
    const b = budget("a", 30);
    await b.tick();
    const sim = createSimulation([b]);
    // The broadcast confirm: five replies to the coordinator's chat at once, and the coordinator's own copy.
    const replies = Array.from({ length: 5 }, () => sim.request(b, "interactive", 77));
    const copy = sim.request(b, "bulk", 77);
    await b.tick();
    await sim.run(5000);
    const at = (await Promise.all(replies)).map((ms) => ms - T0);
    expect(at.slice(0, 3)).toEqual([0, 0, 0]);
    expect(at[3]).toBeGreaterThanOrEqual(1000);
    expect(at[4]! - at[3]!).toBeGreaterThanOrEqual(1000);
    expect((await copy) - T0).toBeGreaterThanOrEqual(at[4]! + 1000);
    // Never more than the burst within any second, and other chats are not held up meanwhile.
    expect(maxInWindow(at)).toBeLessThanOrEqual(3);
    const askedAt = t;
    const other = sim.request(b, "interactive", 78);
    await settle();
    await sim.run(10);
    expect(await other).toBe(askedAt);
  });

  it("keeps sending on a local budget while the database is unreachable, and says so", async () => {
    const failing: SendBudgetStore = {
      ensure: () => Promise.reject(new Error("connection refused")),
      lease: () => Promise.reject(new Error("connection refused")),
      renew: () => Promise.reject(new Error("connection refused")),
      release: () => Promise.reject(new Error("connection refused")),
      control: () => Promise.reject(new Error("connection refused")),
      pause: () => Promise.reject(new Error("connection refused")),
      wantInteractive: () => Promise.reject(new Error("connection refused")),
    };
    const b = budget("a", 2, failing);
    const sim = createSimulation([b]);
    const reply = sim.request(b, "interactive", 5);
    await b.tick();
    await settle();
    expect(await reply).toBe(T0);
    expect(b.state().storeDown).toBe(true);
  });
});

import { Hono } from "hono";
import type { TelegramState } from "./telegram-probe.js";

export interface HealthProbes {
  /** True while the database answers a ping. */
  pingDatabase(): Promise<boolean>;
  /** Outcome of the last Bot API call. */
  telegram?: () => TelegramState;
  /** Seconds the oldest unhandled update has waited (null: nothing waits), when an inbox exists. */
  inboxLag?: () => Promise<number | null>;
  /** Longest wait for each probe (default 1.5 s), so the answer comes within 2 s even while the database hangs. */
  timeoutMs?: number;
}

const TIMED_OUT: unique symbol = Symbol("timed out");

async function within<T>(work: () => Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work().catch((): typeof TIMED_OUT => TIMED_OUT), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** `GET /healthz`: `{ db, telegram, inboxLag? }`; 200 while the database answers, 503 otherwise. */
export function healthRoute(probes: HealthProbes): Hono {
  const timeoutMs = probes.timeoutMs ?? 1_500;
  return new Hono().get("/healthz", async (c) => {
    const [db, lag] = await Promise.all([
      within(() => probes.pingDatabase(), timeoutMs),
      probes.inboxLag ? within(probes.inboxLag, timeoutMs) : Promise.resolve(undefined),
    ]);
    const dbOk = db === true;
    const body: Record<string, unknown> = { db: dbOk ? "ok" : "unavailable", telegram: probes.telegram?.() ?? "unknown" };
    if (lag !== undefined) body["inboxLag"] = lag === TIMED_OUT ? null : lag;
    c.header("cache-control", "no-store");
    return c.json(body, dbOk ? 200 : 503);
  });
}

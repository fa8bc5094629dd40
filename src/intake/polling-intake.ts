import type { Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../logging/logger.js";
import type { InboxProcessor } from "./inbox-processor.js";

type AllowedUpdate = Exclude<keyof Update, "update_id">;

export interface PollingIntakeOptions {
  api: Pick<Api, "getUpdates">;
  processor: InboxProcessor;
  logger: Pick<Logger, "info" | "warn" | "error">;
  /** Passed to getUpdates (default: Telegram's, as before). */
  allowedUpdates?: readonly AllowedUpdate[];
  /** Long-polling timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
  /** Fetching pauses while this many updates wait to be handled (default 1000). */
  maxWaiting?: number;
  /** Longest back-off after a failed fetch or store (default 30 s). */
  maxBackoffMs?: number;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), done()), { once: true });
  });

/**
 * Long polling with an inbox: each batch from getUpdates is written to the database before the next getUpdates
 * confirms its offset, then handled by the inbox processor (per chat in order, bounded concurrency) and marked
 * done. A crash at any point loses nothing: unconfirmed updates are fetched again and recognised, stored ones
 * are handled at the next start.
 */
export function createPollingIntake(options: PollingIntakeOptions) {
  const { api, processor, logger } = options;
  const timeout = options.pollTimeoutSeconds ?? 30;
  const maxWaiting = options.maxWaiting ?? 1000;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const abort = new AbortController();
  let offset: number | undefined;
  let loop: Promise<void> | undefined;

  async function fetchLoop(): Promise<void> {
    const { signal } = abort;
    let backoff = 100;
    const failed = async (what: string, error: unknown): Promise<void> => {
      logger.warn({ err: (error as Error).message, retryInMs: backoff }, what);
      await sleep(backoff, signal);
      backoff = Math.min(backoff * 2, maxBackoff);
    };
    while (!signal.aborted) {
      if (processor.waiting() >= maxWaiting) {
        await sleep(50, signal);
        continue;
      }
      let updates: Update[];
      try {
        updates = await api.getUpdates(
          {
            ...(offset !== undefined ? { offset } : {}),
            limit: 100,
            timeout,
            ...(options.allowedUpdates ? { allowed_updates: options.allowedUpdates } : {}),
          },
          // grammY types its signal with a polyfill's class; the platform's AbortSignal is what it uses at run time.
          signal as Parameters<Api["getUpdates"]>[1],
        );
      } catch (error) {
        if (signal.aborted) break;
        await failed("could not fetch updates from Telegram", error);
        continue;
      }
      if (updates.length === 0) continue;
      // Stored before the next getUpdates confirms them; until then Telegram keeps them for us.
      for (;;) {
        try {
          await processor.accept(updates);
          break;
        } catch (error) {
          if (signal.aborted) return;
          await failed("could not store fetched updates (they stay unconfirmed at Telegram)", error);
        }
      }
      offset = updates[updates.length - 1]!.update_id + 1;
      backoff = 100;
    }
  }

  return {
    /** Queues what an earlier process left unfinished, then starts fetching. */
    async start(): Promise<void> {
      const recovered = await processor.recover();
      if (recovered > 0) logger.info({ recovered }, "inbox: handling updates left unfinished by an earlier run first");
      processor.start();
      loop = fetchLoop();
    },
    /**
     * Stops fetching (the pending long poll is cut), confirms what was stored, waits for the updates being
     * handled and gives the queued ones back to the inbox for the next start.
     */
    async stop(): Promise<void> {
      abort.abort();
      await loop;
      if (offset !== undefined) {
        // Confirms the stored batches so the next start does not fetch them again (harmless if it fails).
        await api.getUpdates({ offset, limit: 1, timeout: 0 }).catch(() => undefined);
      }
      await processor.stop();
    },
    isRunning(): boolean {
      return loop !== undefined && !abort.signal.aborted;
    },
  };
}
export type PollingIntake = ReturnType<typeof createPollingIntake>;

import type { Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../logging/logger.js";
import type { InboxRepository } from "../persistence/repositories/inbox.repository.js";
import { createInboxProcessor, type IntakeMetricsSink } from "./inbox-processor.js";
import { createPollingIntake, type PollingIntakeOptions } from "./polling-intake.js";

export { TransientIntakeError, isTransientIntakeError } from "./intake-errors.js";
export { startInboxPurgeScheduler, purgeInbox, INBOX_RETENTION_HOURS } from "./inbox-purge.js";
export type { IntakeMetricsSink } from "./inbox-processor.js";

export interface UpdateIntakeOptions {
  /** An initialised bot (its `botInfo` is known). */
  bot: { botInfo: { id: number }; handleUpdate(update: Update): Promise<void>; api: Pick<Api, "getUpdates"> };
  inbox: InboxRepository;
  logger: Pick<Logger, "debug" | "info" | "warn" | "error">;
  metrics?: IntakeMetricsSink;
  now?: () => Date;
  /** Lease on an update being handled (default 15 s, renewed every 5 s). */
  leaseMs?: number;
  /** Updates handled at once across chats (default 100). */
  concurrency?: number;
  /** How often unfinished updates nobody holds are looked for (default: the lease). */
  sweepMs?: number;
  /** Long polling only. */
  polling?: Omit<PollingIntakeOptions, "api" | "processor" | "logger">;
}

/**
 * Every update handled exactly once: the inbox (polling) and the ledger of handled update ids (webhook) in one
 * collection. Build it after `bot.init()`; then either `startPolling()`, or `startWebhook()` and pass each
 * webhook update to `handleWebhookUpdate`. `stop()` stops taking updates and waits for those being handled.
 */
export function createUpdateIntake(options: UpdateIntakeOptions) {
  const { bot } = options;
  const processor = createInboxProcessor({
    inbox: options.inbox,
    botId: bot.botInfo.id,
    handle: (update) => bot.handleUpdate(update),
    logger: options.logger,
    ...(options.now ? { now: options.now } : {}),
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.sweepMs !== undefined ? { sweepMs: options.sweepMs } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const polling = createPollingIntake({ ...options.polling, api: bot.api, processor, logger: options.logger });
  let mode: "polling" | "webhook" | undefined;

  return {
    /** Handles what an earlier run left unfinished first, then long-polls. */
    async startPolling(): Promise<void> {
      mode = "polling";
      await polling.start();
    },
    /** Handles what an earlier run left unfinished, and looks for abandoned updates from time to time. */
    async startWebhook(): Promise<void> {
      mode = "webhook";
      await processor.recover();
      processor.start();
    },
    /**
     * One webhook update: recorded, then handled (resolves when handled). A redelivered update that was handled
     * is a no-op; one left by a dead process (its lease expired) is handled again. Throws `TransientIntakeError`
     * (answer 5xx so Telegram redelivers) while the database is down or the update is being handled elsewhere.
     */
    handleWebhookUpdate(update: Update): Promise<void> {
      return processor.submit(update);
    },
    /** Stops taking updates and waits for the ones being handled; queued ones go back to the inbox. */
    async stop(): Promise<void> {
      if (mode === "polling") await polling.stop();
      else await processor.stop();
    },
    /** Age in seconds of the oldest update taken in and not finished in this process (for /healthz). */
    lag(): number {
      return processor.lag();
    },
    /** Updates taken in and not finished in this process. */
    depth(): number {
      return processor.depth();
    },
    /** The name this process holds leases under. */
    owner: processor.owner,
  };
}
export type UpdateIntake = ReturnType<typeof createUpdateIntake>;

/**
 * Background jobs, started and stopped by one runner: the outbox dispatcher, the broadcast progress edits, the
 * reminder and retention schedules, the update inbox's purge. May import services, persistence, the Bot API transport and views; nothing
 * outside src/main.ts (and tests, benches) imports this folder.
 */
import type { Api, Context } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Config, Locale } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { AppServices } from "../services/app-services.js";
import { startInboxPurgeScheduler } from "../intake/index.js";
import { createDispatcher, createOutboxRenderer } from "../services/outbox/index.js";
import { createReminderJobs } from "../services/reminders/index.js";
import { createRetention } from "../services/retention.service.js";
import { createBroadcastProgressJob } from "./broadcast-progress.js";
import { createJobRunner, type Job, type JobRunner } from "./job-runner.js";
import { createOutboxApi } from "./outbox-api.js";
import { startReminderScheduler } from "./reminder-scheduler.js";
import { startRetentionScheduler } from "./retention-scheduler.js";

export type { Job, JobRunner };

export interface JobsDeps {
  config: Pick<Config, "botToken" | "botApiRoot" | "defaultLocale" | "timezone" | "retention">;
  db: Persistence;
  services: Pick<AppServices, "outbox" | "broadcasts" | "reference" | "privacy">;
  i18n: I18n<Context>;
  /** The bot's own `bot.api`: the progress edits are interactive, on the bot's transport with its retries. */
  botApi: Pick<Api, "editMessageText" | "sendMessage">;
  logger: Logger;
  now: () => Date;
  /** Telegram's HTTP transport for the dispatcher's client (tests pass a fake); default `fetch`. */
  fetch?: typeof fetch;
  /** Further jobs started and stopped with these. */
  extra?: readonly Job[];
}

/** A job whose scheduler starts on creation: created at `start()`, stopped with it. */
function scheduled(name: string, begin: () => { stop(): Promise<void> }): Job {
  let handle: { stop(): Promise<void> } | undefined;
  return {
    name,
    start() {
      handle ??= begin();
    },
    stop: () => handle?.stop() ?? Promise.resolve(),
  };
}

/** Every background job of a running bot, under one runner (nothing starts before `start()`). */
export function createJobs(deps: JobsDeps): JobRunner {
  const { config, db, services, i18n, logger, now } = deps;
  const localeOf = async (telegramId: number): Promise<Locale> => (await db.users.getLanguage(telegramId)) ?? config.defaultLocale;
  const { timezone } = config;
  // Notifications, reminders and broadcasts: queued in the outbox, sent by one leader per deployment.
  const dispatcher = createDispatcher({
    db,
    api: createOutboxApi(config.botToken, { apiRoot: config.botApiRoot, ...(deps.fetch ? { fetch: deps.fetch } : {}) }),
    render: createOutboxRenderer(i18n),
    localeOf,
    now,
    logger,
  });
  const progress = createBroadcastProgressJob({ broadcasts: services.broadcasts, api: deps.botApi, i18n, localeOf, logger });
  const reminders = scheduled("reminders", () =>
    startReminderScheduler({
      jobs: createReminderJobs({ db, outbox: services.outbox, reference: services.reference, now, timezone, logger }),
      timezone,
      logger,
      now,
    }),
  );
  // Nightly: sent/blocked/failed notifications and stale scene drafts past their retention period; practice records
  // 3 years after the practice ended (QP-06 6.12); deletion requests stopped half-way.
  const retention = scheduled("retention", () =>
    startRetentionScheduler({
      retention: createRetention({
        db,
        now,
        timezone,
        ...config.retention,
        logger,
        reference: services.reference,
        privacy: services.privacy,
      }),
      timezone,
      logger,
    }),
  );
  // Hourly: handled updates older than 48 h leave the inbox.
  const inboxPurge = scheduled("inbox-purge", () => startInboxPurgeScheduler({ inbox: db.inbox, now, timezone, logger }));
  return createJobRunner(
    [
      { name: "outbox-dispatcher", start: () => dispatcher.start(), stop: () => dispatcher.stop() },
      { name: "broadcast-progress", start: () => progress.start(), stop: () => progress.stop() },
      reminders,
      retention,
      inboxPurge,
      ...(deps.extra ?? []),
    ],
    logger,
  );
}

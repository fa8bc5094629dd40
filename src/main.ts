import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import mongoose from "mongoose";
import type { Server } from "node:http";
import { ConfigError, parseConfig } from "./config/config.js";
import { createLogger, scrub } from "./logging/logger.js";
import { resolveDatabase, type ResolvedDatabase } from "./db/resolve-database.js";
import { createPersistence } from "./persistence/create-persistence.js";
import { createBot } from "./bot/create-bot.js";
import { createBotI18n } from "./bot/i18n.js";
import { createServices } from "./services/app-services.js";
import { publishCommands } from "./bot/commands.js";
import { checkTimeZoneData } from "./runtime/time-zone-check.js";
import { createWebhookServer } from "./runtime/webhook-server.js";
import { createInFlightTracker } from "./runtime/in-flight.js";
import { createUpdateIntake, startInboxPurgeScheduler } from "./intake/index.js";
import { createDispatcher, createOutboxApi, createOutboxRenderer } from "./services/outbox/index.js";
import { shutDownGracefully } from "./runtime/shutdown.js";
import { createBroadcastProgressJob } from "./runtime/broadcast-progress.js";
import { createRetention, startRetentionScheduler } from "./services/retention.service.js";
import { createReminderJobs, startReminderScheduler, type ReminderScheduler } from "./services/reminders/index.js";
import { getReferenceData, ReferenceDataError, type ReferenceData } from "./reference-data/load.js";

/** Database name used when MONGODB_URI names none (and for the embedded servers). */
const DEFAULT_DB_NAME = "praktika";

function uriNamesDatabase(uri: string): boolean {
  return /^mongodb(\+srv)?:\/\/[^/]+\/[^/?]+/.test(uri);
}

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\nSee .env.example for every variable.`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const secrets = [config.botToken, config.webhook?.secret ?? ""];

  const tzProblem = checkTimeZoneData();
  if (tzProblem) {
    logger.fatal(tzProblem);
    process.exit(1);
  }

  const started = performance.now();
  let reference: ReferenceData;
  try {
    reference = await getReferenceData();
  } catch (error) {
    if (error instanceof ReferenceDataError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  let database: ResolvedDatabase;
  try {
    database = await resolveDatabase({
      uri: config.mongodbUri,
      purpose: "start",
      dataDir: resolve(config.dataDir),
      log: (level, message) => logger[level](message),
    });
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
  const connection = await mongoose
    .createConnection(database.uri, uriNamesDatabase(database.uri) ? {} : { dbName: DEFAULT_DB_NAME })
    .asPromise();
  const db = createPersistence(connection);
  await db.syncIndexes();

  const i18n = createBotI18n(db, config.defaultLocale);
  const services = createServices({ config, db, logger, now: () => new Date(), reference, i18n });
  const inFlight = createInFlightTracker();
  // Notifications, reminders and broadcasts: queued in the outbox, sent by one leader per deployment.
  const dispatcher = createDispatcher({
    db,
    api: createOutboxApi(config.botToken, { apiRoot: config.botApiRoot }),
    render: createOutboxRenderer(i18n),
    localeOf: async (telegramId) => (await db.users.getLanguage(telegramId)) ?? config.defaultLocale,
    now: () => new Date(),
    logger,
  });
  const bot = createBot(services, { inFlight });
  await bot.init();
  const commandsError = await publishCommands(bot.api, i18n, config.defaultLocale);
  if (commandsError) logger.warn({ err: scrub(commandsError.message, secrets) }, "could not publish the command list");

  // Every update is recorded in the inbox before it is confirmed (polling) or acknowledged (webhook), and handled once.
  const intake = createUpdateIntake({ bot, inbox: db.inbox, logger });
  let server: Server | undefined;
  if (config.webhook) {
    const { url, secret, port } = config.webhook;
    await intake.startWebhook();
    server = createWebhookServer({ bot, path: new URL(url).pathname, secretToken: secret, isHealthy: () => db.ping() });
    try {
      await new Promise<void>((ready, fail) => {
        server!.once("error", fail);
        server!.listen(port, ready);
      });
    } catch (error) {
      logger.fatal({ port, err: (error as Error).message }, "cannot listen for webhooks (is the port in use?)");
      await connection.close();
      await database.stop();
      process.exit(1);
    }
    await bot.api.setWebhook(url, { secret_token: secret, drop_pending_updates: false });
    logger.info({ port }, "webhook server listening");
  } else {
    await bot.api.deleteWebhook();
    await intake.startPolling();
    logger.info("polling for updates");
  }
  dispatcher.start();
  // Authors' progress messages: edited through bot.api (the one transport), never queued behind the broadcast.
  const progress = createBroadcastProgressJob({
    broadcasts: services.broadcasts,
    api: bot.api,
    i18n,
    localeOf: async (telegramId) => (await db.users.getLanguage(telegramId)) ?? config.defaultLocale,
    logger,
  });
  progress.start();
  const reminders: ReminderScheduler = startReminderScheduler({
    jobs: createReminderJobs({ db, outbox: services.outbox, reference, now: () => new Date(), timezone: config.timezone, logger }),
    timezone: config.timezone,
    logger,
    now: () => new Date(),
  });
  // Nightly: sent/blocked/failed notifications and stale scene drafts past their retention period.
  const retention = startRetentionScheduler({
    retention: createRetention({
      db,
      now: () => new Date(),
      timezone: config.timezone,
      outboxDays: config.retention.outboxDays,
      draftDays: config.retention.draftDays,
      logger,
    }),
    timezone: config.timezone,
    logger,
  });
  // Hourly: handled updates older than 48 h leave the inbox.
  const inboxPurge = startInboxPurgeScheduler({ inbox: db.inbox, now: () => new Date(), timezone: config.timezone, logger });
  logger.info(
    { bot: bot.botInfo.username, database: database.label, startupMs: Math.round(performance.now() - started) },
    "Praktika is running",
  );

  let stopping: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ signal }, "shutting down");
      await shutDownGracefully({
        logger,
        inFlight,
        stopIntake: async () => {
          await intake.stop();
          if (server) {
            const closed = new Promise<void>((done) => server.close(() => done()));
            server.closeIdleConnections();
            await closed;
          }
        },
        stopJobs: async () => {
          await Promise.all([reminders.stop(), retention.stop(), dispatcher.stop(), progress.stop(), inboxPurge.stop()]);
        },
        closeResources: async () => {
          await connection.close();
          await database.stop();
        },
      });
      logger.info("stopped");
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: scrub(String(error), secrets) }, "unclean shutdown");
        process.exit(1);
      },
    ));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const token = process.env["BOT_TOKEN"] ?? "";
  console.error(`Praktika failed to start: ${token ? text.split(token).join("[redacted]") : text}`);
  process.exit(1);
});

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
import { createUpdateIntake } from "./intake/index.js";
import { shutDownGracefully } from "./runtime/shutdown.js";
import { createJobs } from "./jobs/index.js";
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
  // The outbox dispatcher, broadcast progress, reminders, retention and the inbox purge: one runner starts and stops them.
  const jobs = createJobs({ config, db, services, i18n, botApi: bot.api, logger, now: () => new Date() });
  jobs.start();
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
        stopJobs: () => jobs.stop(),
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

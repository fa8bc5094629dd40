import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import mongoose from "mongoose";
import { ConfigError, parseConfig } from "./config/config.js";
import { createLogger, scrub } from "./logging/logger.js";
import { resolveDatabase, type ResolvedDatabase } from "./db/resolve-database.js";
import { createPersistence } from "./persistence/create-persistence.js";
import { createBot } from "./bot/create-bot.js";
import { createBotI18n } from "./bot/i18n.js";
import { createServices } from "./services/app-services.js";
import { publishCommands } from "./bot/commands.js";
import { checkTimeZoneData } from "./runtime/time-zone-check.js";
import { createHttpServer, createMetrics, createTelegramProbe } from "./http/index.js";
import { verifyPage } from "./http/verify-page.js";
import { boardApp } from "./http/board-app.js";
import { boardApi } from "./http/board/api.js";
import { createBoardAuth } from "./http/board/auth.js";
import { FAIL_FAST_CONNECTION_OPTIONS, isDatabaseUnavailable } from "./db/fail-fast.js";
import { createUpdateObserver } from "./bot/middlewares/observe-updates.js";
import { createInFlightTracker } from "./runtime/in-flight.js";
import { createUpdateIntake, isTransientIntakeError } from "./intake/index.js";
import { shutDownGracefully } from "./runtime/shutdown.js";
import { createJobs } from "./jobs/index.js";
import { createSendBudget } from "./services/send-budget/send-budget.js";
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
  const metrics = createMetrics();
  const connection = await mongoose
    .createConnection(database.uri, {
      ...FAIL_FAST_CONNECTION_OPTIONS,
      monitorCommands: true,
      ...(uriNamesDatabase(database.uri) ? {} : { dbName: DEFAULT_DB_NAME }),
    })
    .asPromise();
  connection.getClient().on("commandStarted", () => metrics.countDbCommand());
  const db = createPersistence(connection);
  await db.syncIndexes();

  const i18n = createBotI18n((telegramId) => db.users.getLanguage(telegramId), config.defaultLocale);
  const services = createServices({ config, db, logger, now: () => new Date(), reference, i18n });
  const inFlight = createInFlightTracker();
  const telegram = createTelegramProbe({
    metrics,
    onChange: (state, previous) => {
      if (state === "unreachable") logger.warn("Telegram is unreachable (network error or 5xx)");
      else if (previous === "unreachable") logger.info("Telegram is reachable again");
    },
  });
  const observer = createUpdateObserver({ logger, metrics });
  // One send budget per token (its public bot id, the part before ":"), shared by every process on this database.
  const sendBudget = createSendBudget({
    store: db.sendBudget(config.botToken.split(":")[0] ?? "bot"),
    ratePerSecond: config.telegramRate,
    logger,
    observer: {
      granted: (priority, waitedMs) => metrics.observeSendBudgetWait(priority, waitedMs / 1000),
      slots: (held, busy) => metrics.setSendBudgetSlots(held, busy),
      storeReachable: (reachable) => metrics.setSendBudgetShared(reachable),
    },
  });
  metrics.setSendBudgetRate(config.telegramRate);
  metrics.setSendBudgetShared(true);
  sendBudget.start();
  const telegramFetch = telegram.wrap(fetch);
  const bot = createBot(services, { inFlight, observer, fetch: telegramFetch, sendBudget, floodControl: {} });
  await bot.init();
  const commandsError = await publishCommands(bot.api, i18n, config.defaultLocale);
  if (commandsError) logger.warn({ err: scrub(commandsError.message, secrets) }, "could not publish the command list");

  // Every update is recorded in the inbox before it is confirmed (polling) or acknowledged (webhook), and handled once.
  const intake = createUpdateIntake({ bot, inbox: db.inbox, logger, metrics });
  // One HTTP server in every mode: /healthz, /metrics, the page behind the F-76's QR code, the board, and the webhook in webhook mode.
  const http = createHttpServer({
    port: config.port,
    logger,
    metrics,
    routes: [
      {
        path: "/api",
        app: boardApi({
          auth: createBoardAuth({ botToken: config.botToken, now: () => new Date() }),
          board: services.board,
          logger,
          botUsername: () => bot.botInfo.username,
        }),
      },
      {
        path: "/v",
        app: verifyPage({
          verifyDiaryCode: (code) => services.diary.verification.verifyDiaryCode(code),
          translate: (locale) => (key, params) => i18n.t(locale, key, params),
          defaultLocale: config.defaultLocale,
        }),
      },
      // The board's Mini App (dist/board, built by `npm run build`); Telegram opens it at ${PUBLIC_URL}/app/.
      { path: "/app", app: boardApp({ logger }) },
    ],
    health: { pingDatabase: () => db.ping(), telegram: telegram.state, inboxLag: () => Promise.resolve(intake.lag()) },
    webhook: config.webhook && {
      path: new URL(config.webhook.url).pathname,
      secret: config.webhook.secret,
      handle: (update) => intake.handleWebhookUpdate(update),
      isTransient: (error) => isTransientIntakeError(error) || isDatabaseUnavailable(error),
    },
  });
  try {
    await http.listen();
  } catch (error) {
    logger.fatal({ port: config.port, err: (error as Error).message }, "cannot listen for HTTP (is the port in use?)");
    await connection.close();
    await database.stop();
    process.exit(1);
  }
  logger.info({ port: config.port, publicUrl: config.publicUrl }, "HTTP server listening");
  if (config.webhook) {
    const { url, secret } = config.webhook;
    await intake.startWebhook();
    await bot.api.setWebhook(url, { secret_token: secret, drop_pending_updates: false });
    logger.info("receiving updates by webhook");
  } else {
    await bot.api.deleteWebhook();
    await intake.startPolling();
    logger.info("polling for updates");
  }
  // The outbox dispatcher, broadcast progress, reminders, retention and the inbox purge: one runner starts and stops them.
  const jobs = createJobs({
    config,
    db,
    services,
    i18n,
    botApi: bot.api,
    logger,
    now: () => new Date(),
    fetch: telegramFetch,
    sendBudget,
    rate: config.telegramRate,
    metrics,
  });
  jobs.start();
  logger.info(
    { bot: bot.botInfo.username, database: database.label, startupMs: Math.round(performance.now() - started) },
    "Praktika is running",
  );

  let stopping: Promise<void> | undefined;
  let exitCode = 0;
  const shutdown = (signal: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ signal }, "shutting down");
      await shutDownGracefully({
        logger,
        inFlight,
        // The HTTP server stops accepting at once and closes lingering connections after its grace period.
        stopIntake: async () => {
          await Promise.all([http.close(), intake.stop()]);
        },
        stopJobs: () => jobs.stop(),
        closeResources: async () => {
          await sendBudget.stop();
          await connection.close();
          await database.stop();
        },
      });
      logger.info("stopped");
    })().then(
      () => process.exit(exitCode),
      (error: unknown) => {
        logger.error({ err: scrub(String(error), secrets) }, "unclean shutdown");
        process.exit(1);
      },
    ));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  // Last resort: whatever escaped every handler is logged, and the process stops in the usual order.
  const crash = (reason: string) => (error: unknown) => {
    logger.fatal({ err: scrub(error instanceof Error ? (error.stack ?? error.message) : String(error), secrets) }, reason);
    exitCode = 1;
    void shutdown(reason);
  };
  process.on("uncaughtException", crash("uncaughtException"));
  process.on("unhandledRejection", crash("unhandledRejection"));
}

main().catch((error: unknown) => {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const token = process.env["BOT_TOKEN"] ?? "";
  console.error(`Praktika failed to start: ${token ? text.split(token).join("[redacted]") : text}`);
  process.exit(1);
});

import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import type { Locale } from "../config/config.js";
import type { AppServices } from "../services/app-services.js";
import { isPersonInPrivateChat, type BotContext, type PrivateContext, type SceneContext, type SceneLocaleFlavor } from "./context.js";
import { createTelegramFetch, type TransportOptions } from "./telegram-transport.js";
import { buttonGuard } from "./middlewares/button-guard.js";
import { outsidePrivateChats } from "./features/outside-private.feature.js";
import type { InFlightTracker } from "../runtime/in-flight.js";
import { installErrorBoundary } from "./error-boundary.js";
import { createUpdateObserver, type UpdateObserver } from "./middlewares/observe-updates.js";
import { loadUser } from "./middlewares/load-user.js";
import { commandMenuSync } from "./middlewares/command-menu.js";
import { cancelFeature } from "./features/cancel.feature.js";
import { languageFeature } from "./features/language.feature.js";
import { settingsFeature } from "./features/settings.feature.js";
import { helpFeature } from "./features/help.feature.js";
import { startFeature } from "./features/start.feature.js";
import { profileFeature } from "./features/profile.feature.js";
import { adminFeature } from "./features/admin.feature.js";
import { coordinatorFeature } from "./features/coordinator.feature.js";
import { unhandledFeature } from "./features/unhandled.feature.js";
import { eligibilityFeature } from "./features/eligibility.feature.js";
import { verifyFeature } from "./features/verify.feature.js";
import { baseFeature } from "./features/base.feature.js";
import { broadcastFeature } from "./features/broadcast.feature.js";
import { diaryDecisionFeature } from "./features/diary-decision.feature.js";
import { pendingFeature } from "./features/pending.feature.js";
import { diaryOutcomeFeature } from "./features/diary-outcome.feature.js";
import { diaryCalendarFeature } from "./features/diary-calendar.feature.js";
import { departmentExportFeature } from "./features/department-export.feature.js";
import { installScenes } from "../../scenes/index.js";
import { createSceneStorage } from "./scene-storage.js";
import { placementDecisionsFeature } from "./features/placement-decisions.feature.js";
import { supervisorClaimsFeature } from "./features/supervisor-claims.feature.js";
import { coordinatorPracticeFeature } from "./features/coordinator-practice.feature.js";
import { staffRolesFeature } from "./features/staff-roles.feature.js";
import { rosterFeature } from "./features/roster.feature.js";
import { createFileDownloader, type FileDownloader } from "./file-download.js";
import { diaryFeature } from "./features/diary.feature.js";

export interface CreateBotOptions {
  /** Skips `getMe` (tests, and `bot.init()` callers that already know it). */
  botInfo?: UserFromGetMe;
  /** The HTTP transport to Telegram (tests pass a fake); wrapped with the retry policy. Default: `fetch`. */
  fetch?: typeof fetch;
  /** Retry policy of the Bot API transport (tests shorten the waits). */
  transport?: TransportOptions;
  /** Counts updates in flight so shutdown can wait for them. */
  inFlight?: InFlightTracker;
  /** Downloads files users send (reports); default: the Bot API file URL over `fetch`. */
  downloadFile?: FileDownloader;
  /** Logs and measures each update (default: a log line per update, no metrics). */
  observer?: UpdateObserver;
}

/** Builds the whole bot: plugins, features in order, scenes and the error boundary. Starts nothing. */
export function createBot(services: AppServices, options: CreateBotOptions = {}): Bot<BotContext> {
  const { config, i18n } = services;

  const { inFlight } = options;
  // Every Bot API call, the scenes' included, goes through one transport with the retry policy.
  const transport = createTelegramFetch(options.fetch ?? fetch, options.transport);
  const bot = new Bot<BotContext>(config.botToken, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(config.botApiRoot ? { apiRoot: config.botApiRoot } : {}), fetch: transport },
  });
  const sceneLocales = new WeakMap<object, Promise<Locale | null>>();
  const sceneStorage = createSceneStorage(services);
  if (inFlight) bot.use(inFlight.middleware());
  const guarded = installErrorBoundary(bot, services);
  guarded.use((options.observer ?? createUpdateObserver({ logger: services.logger })).middleware());

  // Groups, channels and inline messages: answer buttons (or the client's spinner keeps turning) and
  // say once per group that the bot works in private chats.
  guarded.drop(isPersonInPrivateChat).use(outsidePrivateChats(services));
  // The bot works in private chats with people; everything below may rely on ctx.from and ctx.chat.
  const privateChats = guarded.filter(isPersonInPrivateChat);
  privateChats.use(sequentialize((ctx) => [String(ctx.chat.id), String(ctx.from.id)]));
  privateChats.use(loadUser(services));
  privateChats.use(i18n.middleware());
  privateChats.use(commandMenuSync(services));
  privateChats.use(buttonGuard());
  privateChats.use(
    conversations<PrivateContext, SceneContext>({
      storage: sceneStorage.storage,
      // Scenes get a fresh Api per context (on the same transport) and translations; the language
      // is read once per incoming update, not once per replayed context.
      plugins: (conversation) => [
        async (ctx, next) => {
          let pending = sceneLocales.get(conversation);
          if (!pending) {
            pending = ctx.from ? services.users.language(ctx.from.id) : Promise.resolve(null);
            sceneLocales.set(conversation, pending);
          }
          (ctx as SceneContext & SceneLocaleFlavor).sceneLocale = await pending;
          return next();
        },
        i18n.middleware(),
      ],
    }),
  );
  privateChats.use(sceneStorage.announceInterrupted);
  // After the plugin (which provides ctx.conversation) but before the scenes, so it always wins.
  privateChats.use(cancelFeature(services));
  const downloadFile =
    options.downloadFile ?? createFileDownloader({ token: config.botToken, apiRoot: config.botApiRoot, fetch: options.fetch ?? fetch });
  installScenes(privateChats, services, { downloadFile });
  privateChats.use(languageFeature(services));
  privateChats.use(settingsFeature(services));
  privateChats.use(helpFeature(services));
  privateChats.use(startFeature(services));
  privateChats.use(profileFeature(services));
  privateChats.use(eligibilityFeature(services));
  privateChats.use(verifyFeature(services));
  privateChats.use(baseFeature(services));
  // Coordinators' /export (XLSX); everyone else falls through to the student's /export (PDF).
  privateChats.use(departmentExportFeature(services));
  privateChats.use(diaryFeature(services));
  // Before the roster upload: a coordinator's sick note captioned "/excuse …" is not a roster file.
  privateChats.use(diaryCalendarFeature(services));
  privateChats.use(adminFeature(services));
  privateChats.use(coordinatorFeature(services));
  privateChats.use(broadcastFeature(services));
  privateChats.use(placementDecisionsFeature(services));
  privateChats.use(supervisorClaimsFeature(services));
  privateChats.use(coordinatorPracticeFeature(services));
  privateChats.use(staffRolesFeature(services));
  privateChats.use(rosterFeature(services, downloadFile));
  privateChats.use(diaryDecisionFeature(services));
  privateChats.use(pendingFeature(services));
  privateChats.use(diaryOutcomeFeature(services));
  privateChats.use(unhandledFeature(services));
  return bot;
}

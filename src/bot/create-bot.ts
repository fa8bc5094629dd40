import { Bot, type BotConfig } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import type { Locale } from "../config/config.js";
import type { AppServices } from "../services/app-services.js";
import type { BotContext, SceneContext, SceneLocaleFlavor } from "./context.js";
import { installErrorBoundary } from "./error-boundary.js";
import { loadUser } from "./middlewares/load-user.js";
import { cancelFeature } from "./features/cancel.feature.js";
import { languageFeature } from "./features/language.feature.js";
import { helpFeature } from "./features/help.feature.js";
import { startFeature } from "./features/start.feature.js";
import { profileFeature } from "./features/profile.feature.js";
import { adminFeature } from "./features/admin.feature.js";
import { coordinatorFeature } from "./features/coordinator.feature.js";
import { unhandledFeature } from "./features/unhandled.feature.js";
import { eligibilityFeature } from "./features/eligibility.feature.js";
import { installScenes } from "../../scenes/index.js";
import { createSceneStorage } from "./scene-storage.js";

export interface CreateBotOptions {
  /** Skips `getMe` (tests, and `bot.init()` callers that already know it). */
  botInfo?: UserFromGetMe;
  client?: BotConfig<BotContext>["client"];
}

/** Builds the whole bot: plugins, features in order, scenes and the error boundary. Starts nothing. */
export function createBot(services: AppServices, options: CreateBotOptions = {}): Bot<BotContext> {
  const { config, db, i18n } = services;

  const bot = new Bot<BotContext>(config.botToken, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(config.botApiRoot ? { apiRoot: config.botApiRoot } : {}), ...options.client },
  });
  const sceneLocales = new WeakMap<object, Promise<Locale | null>>();
  const sceneStorage = createSceneStorage(services);
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 });
  bot.api.config.use(retry);
  const guarded = installErrorBoundary(bot, services);

  // The bot works in private chats with people; everything below may rely on ctx.from and ctx.chat.
  const privateChats = guarded.drop((ctx) => ctx.chat?.type !== "private" || !ctx.from || ctx.from.is_bot);
  privateChats.use(sequentialize((ctx) => [String(ctx.chat?.id ?? ""), String(ctx.from?.id ?? "")].filter(Boolean)));
  privateChats.use(loadUser(services));
  privateChats.use(i18n.middleware());
  privateChats.use(
    conversations<BotContext, SceneContext>({
      storage: sceneStorage.storage,
      // Scenes get a fresh Api per context: give it the same retry policy and translations.
      // The language is read once per incoming update, not once per replayed context.
      plugins: (conversation) => [
        (ctx, next) => {
          ctx.api.config.use(retry);
          return next();
        },
        async (ctx, next) => {
          let pending = sceneLocales.get(conversation);
          if (!pending) {
            pending = ctx.from ? db.users.getLanguage(ctx.from.id) : Promise.resolve(null);
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
  installScenes(privateChats, services);
  privateChats.use(languageFeature(services));
  privateChats.use(helpFeature(services));
  privateChats.use(startFeature(services));
  privateChats.use(profileFeature(services));
  privateChats.use(eligibilityFeature(services));
  privateChats.use(adminFeature(services));
  privateChats.use(coordinatorFeature(services));
  privateChats.use(unhandledFeature(services));
  return bot;
}

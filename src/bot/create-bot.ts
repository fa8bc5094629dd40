import { Bot, type BotConfig } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { sequentialize } from "@grammyjs/runner";
import type { Config, Locale } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import type { Persistence } from "../persistence/create-persistence.js";
import { localesDir } from "../paths.js";
import type { AppFlavor, BotContext, SceneContext } from "./context.js";
import { createI18n } from "./i18n.js";
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
import { createInvitationService, type InvitationService } from "../services/invitation.service.js";
import { installScenes, SCENE_STATE_VERSION } from "../../scenes/index.js";
import type { ReferenceData } from "../reference-data/load.js";
import { eligibilityFeature } from "./features/eligibility.feature.js";

/** Everything the bot needs from the outside world. */
export interface BotDeps {
  config: Pick<Config, "botToken" | "adminTelegramIds" | "defaultLocale" | "timezone" | "botApiRoot">;
  db: Persistence;
  logger: Logger;
  /** The clock; tests pass a fixed one. */
  now(): Date;
  /** University policies and holiday calendars (src/reference-data), loaded once at start-up. */
  reference: ReferenceData;
  /** Translations; built from `locales/` when absent. */
  i18n?: I18n<Context>;
}

/** Services and settings shared by features and scenes. */
export interface AppServices {
  config: BotDeps["config"];
  db: Persistence;
  logger: Logger;
  now(): Date;
  reference: ReferenceData;
  i18n: I18n<Context>;
  invitations: InvitationService;
}

export interface CreateBotOptions {
  /** Skips `getMe` (tests, and `bot.init()` callers that already know it). */
  botInfo?: UserFromGetMe;
  client?: BotConfig<BotContext>["client"];
}

/** Set on contexts inside scenes: the user's language as stored when the update arrived. */
interface SceneLocaleFlavor {
  sceneLocale: Locale | null;
}

/** Translations from `locales/`, negotiated from the stored user's language (outside and inside scenes). */
export function createBotI18n(db: Persistence, defaultLocale: Locale): I18n<Context> {
  return createI18n({
    localesDir: localesDir(),
    defaultLocale,
    // Outside scenes the user is already loaded; inside (replayed contexts) it is read by id.
    resolveLocale: async (ctx) => {
      if ("user" in ctx) return (ctx as Partial<AppFlavor>).user?.language ?? null;
      if ("sceneLocale" in ctx) return (ctx as SceneLocaleFlavor).sceneLocale;
      return ctx.from ? db.users.getLanguage(ctx.from.id) : null;
    },
  });
}

/** Builds the whole bot: plugins, features in order, scenes and the error boundary. Starts nothing. */
export function createBot(deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const i18n = deps.i18n ?? createBotI18n(deps.db, deps.config.defaultLocale);
  const services: AppServices = {
    config: deps.config,
    db: deps.db,
    logger: deps.logger,
    now: deps.now,
    reference: deps.reference,
    i18n,
    invitations: createInvitationService({ db: deps.db, now: deps.now }),
  };

  const bot = new Bot<BotContext>(deps.config.botToken, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(deps.config.botApiRoot ? { apiRoot: deps.config.botApiRoot } : {}), ...options.client },
  });
  const sceneLocales = new WeakMap<object, Promise<Locale | null>>();
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
      storage: {
        type: "key",
        version: SCENE_STATE_VERSION,
        getStorageKey: (ctx) => (ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined),
        adapter: {
          read: (key) => deps.db.conversationStates.read(key),
          write: (key, state) => deps.db.conversationStates.write(key, state, deps.now()),
          delete: (key) => deps.db.conversationStates.delete(key),
        },
      },
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
            pending = ctx.from ? deps.db.users.getLanguage(ctx.from.id) : Promise.resolve(null);
            sceneLocales.set(conversation, pending);
          }
          (ctx as SceneContext & SceneLocaleFlavor).sceneLocale = await pending;
          return next();
        },
        i18n.middleware(),
      ],
    }),
  );
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

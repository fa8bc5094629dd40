import type { Context } from "grammy";
import type { Chat, User } from "grammy/types";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { AppUser } from "../services/user.service.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import type { Locale } from "../config/config.js";

/** What the app adds to every update outside scenes. */
export interface AppFlavor {
  /** The stored user behind `ctx.from`, loaded (and created on first contact) before any feature runs. */
  user: AppUser;
  /** The same person as the access policy sees them (admins from configuration); ask `can()` with it. */
  principal: AccessPrincipal;
  /** The language the user reads in (stored choice, else the default). */
  locale: Locale;
}

/** Context inside scenes (conversations): replayed, so it carries only what plugins rebuild. */
export type SceneContext = Context & I18nFlavor;

/** Context of ordinary handlers, outside scenes. */
export type BotContext = ConversationFlavor<Context & I18nFlavor & AppFlavor>;

/** Set on contexts inside scenes: the user's language as stored when the update arrived. */
export interface SceneLocaleFlavor {
  sceneLocale: Locale | null;
}

/** After the private-chat filter: a person (not a bot) writing to the bot in a private chat. */
export type PrivateContext = BotContext & { from: User; chat: Chat.PrivateChat };

export function isPersonInPrivateChat(ctx: BotContext): ctx is PrivateContext {
  return ctx.chat?.type === "private" && ctx.from !== undefined && !ctx.from.is_bot;
}

import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { LOCALES, type Locale } from "../config/config.js";
import { localesDir } from "../paths.js";
import type { AppFlavor, SceneLocaleFlavor } from "./context.js";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The supported locale matching Telegram's `language_code`, if any. */
export function localeFromTelegram(code: string | undefined): Locale | null {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : null;
}

export interface I18nOptions {
  localesDir: string;
  defaultLocale: Locale;
  /** Resolves the user's language; used outside and inside scenes. */
  resolveLocale(ctx: Context): Promise<Locale | null> | Locale | null;
}

/** Fluent translations from `locales/{kk,ru,en}/*.ftl`. */
export function createI18n(options: I18nOptions): I18n<Context> {
  const i18n = new I18n<Context>({
    defaultLocale: options.defaultLocale,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: async (ctx) => (await options.resolveLocale(ctx)) ?? options.defaultLocale,
  });
  i18n.loadLocalesDirSync(options.localesDir.replace(/\/+$/, ""));
  for (const locale of LOCALES) {
    if (!i18n.locales.includes(locale)) throw new Error(`locale "${locale}" has no translations in ${options.localesDir}`);
  }
  return i18n;
}

/** Translations from `locales/`, negotiated from the stored user's language (outside and inside scenes). */
/** `languageOf` reads the stored language of a Telegram user (null when unknown). */
export function createBotI18n(languageOf: (telegramId: number) => Promise<Locale | null>, defaultLocale: Locale): I18n<Context> {
  return createI18n({
    localesDir: localesDir(),
    defaultLocale,
    // Outside scenes the user is already loaded; inside (replayed contexts) it is read by id.
    resolveLocale: async (ctx) => {
      if ("user" in ctx) return (ctx as Partial<AppFlavor>).user?.language ?? null;
      if ("sceneLocale" in ctx) return (ctx as SceneLocaleFlavor).sceneLocale;
      return ctx.from ? languageOf(ctx.from.id) : null;
    },
  });
}

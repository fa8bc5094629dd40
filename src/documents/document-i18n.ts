import { I18n } from "@grammyjs/i18n";
import { localesDir } from "../paths.js";
import type { Translate } from "./translate.js";

/**
 * Labels for documents made outside a chat (CLI, benches, tests): the same Fluent files as the bot.
 * `forLocale("kk")("doc-title")`.
 */
export function createDocumentTranslations(dir: string = localesDir()): {
  forLocale(locale: string): Translate;
  locales: readonly string[];
} {
  const i18n = new I18n({ defaultLocale: "ru", useSession: false, fluentBundleOptions: { useIsolating: false } });
  i18n.loadLocalesDirSync(dir.replace(/\/+$/, ""));
  return {
    locales: i18n.locales,
    forLocale: (locale) => (key, params) => i18n.t(locale, key, params),
  };
}

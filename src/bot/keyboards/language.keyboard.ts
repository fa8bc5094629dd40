import type { InlineKeyboard } from "grammy";
import { LOCALES, type Locale } from "../../config/config.js";
import { defineChoice } from "../choice.js";

/**
 * The interface language. Each language is named in itself (`language-name` of its own locale), so
 * callers give the labels: `languageChoice.with({ label })` or {@link languageKeyboard}.
 */
export const languageChoice = defineChoice<Locale>({ prefix: "lang", options: LOCALES, label: (locale) => locale, columns: 3 });

/** Language names are shown in their own language, so they are the same in every locale file. */
export function languageKeyboard(label: (locale: Locale) => string): InlineKeyboard {
  return languageChoice.keyboardWith(label);
}

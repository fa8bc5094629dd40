import { InlineKeyboard } from "grammy";
import { LOCALES, type Locale } from "../../config/config.js";
import { defineCallback } from "../callback-data.js";
import { z } from "zod";

export const languageCallback = defineCallback("lang", z.enum(LOCALES));

/** Language names are shown in their own language, so they are the same in every locale file. */
export function languageKeyboard(label: (locale: Locale) => string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) keyboard.text(label(locale), languageCallback.pack(locale));
  return keyboard;
}

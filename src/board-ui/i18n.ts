import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import en from "../../locales/en/board-ui.ftl?raw";
import kk from "../../locales/kk/board-ui.ftl?raw";
import ru from "../../locales/ru/board-ui.ftl?raw";

export const UI_LOCALES = ["kk", "ru", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
const SOURCES: Record<UiLocale, string> = { kk, ru, en };

export type Translate = (key: string, args?: Record<string, FluentVariable>) => string;

export interface Messages {
  locale: UiLocale;
  t: Translate;
}

export function isUiLocale(value: string | null | undefined): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value ?? "");
}

/** The board's own messages (locales/<locale>/board-ui.ftl, the same files the locale tests check). */
export function createMessages(locale: UiLocale): Messages {
  // No bidi isolation marks: the text is Cyrillic or Latin only, and the marks would leak into copied names.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  bundle.addResource(new FluentResource(SOURCES[locale]));
  const t: Translate = (key, args) => {
    const message = bundle.getMessage(key);
    if (!message?.value) return key;
    return bundle.formatPattern(message.value, args);
  };
  return { locale, t };
}

export const MessagesContext = createContext<Messages>(createMessages("kk"));

export function useT(): Translate {
  return useContext(MessagesContext).t;
}

export function useLocale(): UiLocale {
  return useContext(MessagesContext).locale;
}

import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Locale } from "../../config/config.js";
import type { OutboxPayload } from "../../domain/delivery/outbox-payload.js";

/** Turns a payload (or a button's `{ key, params }`) into text in `locale`. */
export type OutboxRender = (locale: Locale, payload: Pick<OutboxPayload, "key" | "params" | "text">) => string;

/** Renders payloads with the bot's translations: a verbatim `text` as is, a `key` in the recipient's language. */
export function createOutboxRenderer(i18n: I18n<Context>): OutboxRender {
  return (locale, payload) => {
    if (payload.text !== undefined) return payload.text;
    if (payload.key === undefined) throw new Error("outbox payload has neither key nor text");
    const text = i18n.t(locale, payload.key, payload.params);
    // @grammyjs/i18n answers an unknown key with "{key}"; never send that to a person.
    if (text === `{${payload.key}}`) throw new Error(`locale key "${payload.key}" is missing`);
    return text;
  };
}

import { InlineKeyboard } from "grammy";
import type { TranslateFunction } from "@grammyjs/i18n";
import { assertRegisteredPrefix, MAX_CALLBACK_BYTES } from "./callback-data.js";

export type ChoiceValue = string | number;

/** A button's label: a locale key prefix (the label of `value` is `${key}-${value}`), or a function. */
export type ChoiceLabel<V extends ChoiceValue> = string | ((value: V, t: TranslateFunction) => string);

interface ChoiceSpec<V extends ChoiceValue> {
  /** Callback data prefix listed in CALLBACK_PREFIXES, e.g. "onb.level": a button carries `${prefix}:${value}` (64 bytes at most). */
  prefix: string;
  /** The values offered, in button order; a press is accepted only for one of them. */
  options: readonly V[];
  label: ChoiceLabel<V>;
  /** Buttons per row (default 1). */
  columns?: number;
}

/**
 * One declaration of a multiple-choice question: the callback prefix, the options and how they are
 * labelled yield both the keyboard and the codec, so the two can never disagree.
 */
export interface Choice<V extends ChoiceValue> {
  readonly prefix: string;
  readonly options: readonly V[];
  /** Matches the callback data of this choice's buttons (for `bot.callbackQuery`). */
  readonly filter: RegExp;
  pack(value: V): string;
  /** The value of a pressed button; null for anything that is not one of the options (forged or stale data). */
  parse(data: string | undefined): V | null;
  label(value: V, t: TranslateFunction): string;
  keyboard(t: TranslateFunction): InlineKeyboard;
  /** The keyboard with labels computed by the caller (e.g. each language named in itself). */
  keyboardWith(label: (value: V) => string): InlineKeyboard;
  /** The same choice with other options offered (a subset for this person, rows from the database) or other labels. */
  with(changes: { options?: readonly V[]; label?: ChoiceLabel<V> }): Choice<V>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function defineChoice<const V extends ChoiceValue>(spec: ChoiceSpec<V>): Choice<V> {
  assertRegisteredPrefix(spec.prefix);
  const head = `${spec.prefix}:`;
  const columns = spec.columns ?? 1;
  const label = (value: V, t: TranslateFunction): string =>
    typeof spec.label === "string" ? t(`${spec.label}-${value}`) : spec.label(value, t);
  const pack = (value: V): string => {
    const data = head + String(value);
    if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data too long: ${data}`);
    return data;
  };
  const keyboardWith = (labelOf: (value: V) => string): InlineKeyboard => {
    const keyboard = new InlineKeyboard();
    spec.options.forEach((value, i) => {
      keyboard.text(labelOf(value), pack(value));
      if ((i + 1) % columns === 0 && i + 1 < spec.options.length) keyboard.row();
    });
    return keyboard;
  };
  return {
    prefix: spec.prefix,
    options: spec.options,
    filter: new RegExp(`^${escapeRegExp(spec.prefix)}:`),
    pack,
    parse(data) {
      if (!data?.startsWith(head)) return null;
      const raw = data.slice(head.length);
      return spec.options.find((value) => String(value) === raw) ?? null;
    },
    label,
    keyboard: (t) => keyboardWith((value) => label(value, t)),
    keyboardWith,
    with: (changes) => defineChoice<V>({ ...spec, ...changes }),
  };
}

/** Two buttons, yes and no; each question names its labels with `with({ label })` or uses `elig-yes`/`elig-no`. */
export const yesNoChoice = defineChoice({ prefix: "yn", options: ["yes", "no"], label: "elig", columns: 2 });

import type { Checked } from "../profile/student-profile.js";

/**
 * Contact details of a practice base and its supervisor (6B03104 §9.1 stage I: the organisation's
 * full name, postal address, phone, e-mail; the supervisor's full name, phone(s), e-mail).
 * Pure: each check returns the normalised value or a reason code the bot localises.
 */

export type PhoneRejection = "characters" | "length" | "prefix" | "not-kazakhstan";
export type EmailRejection = "format" | "too-long";
export type TextRejection = "too-short" | "too-long";

const fail = <T>(reason: string, params?: Record<string, string | number>): Checked<T> =>
  params ? { ok: false, reason, params } : { ok: false, reason };

/**
 * Kazakhstan phone number → `+7XXXXXXXXXX`. Accepts `+7`, `8` or `7` before the ten digits of
 * the national number (or the ten digits alone); spaces, dashes, dots and brackets are ignored.
 * Kazakhstan's numbers in the +7 zone start with 6 or 7 (Russia's with 3, 4, 8, 9).
 * With `allowForeign`, an international number `+<country code><number>` (8–15 digits) is kept as typed.
 */
export function checkPhone(input: string, options: { allowForeign?: boolean } = {}): Checked<string> {
  const compact = input.trim().replace(/[\s\-().\u00a0]+/g, "");
  if (!/^\+?\d+$/.test(compact)) return fail("characters" satisfies PhoneRejection);
  const plus = compact.startsWith("+");
  const digits = plus ? compact.slice(1) : compact;
  let national: string;
  if (plus) {
    if (digits.startsWith("7")) {
      if (digits.length !== 11) return fail("length" satisfies PhoneRejection);
      national = digits.slice(1);
    } else if (options.allowForeign) {
      if (digits.length < 8 || digits.length > 15) return fail("length" satisfies PhoneRejection);
      return { ok: true, value: `+${digits}` };
    } else return fail("prefix" satisfies PhoneRejection);
  } else if (digits.length === 11) {
    if (digits[0] !== "8" && digits[0] !== "7") return fail("prefix" satisfies PhoneRejection);
    national = digits.slice(1);
  } else if (digits.length === 10) {
    national = digits;
  } else return fail("length" satisfies PhoneRejection);
  if (national[0] !== "7" && national[0] !== "6") return fail("not-kazakhstan" satisfies PhoneRejection);
  return { ok: true, value: `+7${national}` };
}

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:.]+(\.[^\s@"<>(),;:.]+)*\.[\p{L}]{2,}$/u;

/** E-mail address, trimmed and lower-cased (so it can be compared, e.g. a roster's supervisor e-mail). */
export function checkEmail(input: string): Checked<string> {
  const text = input.trim().toLowerCase();
  if (text.length > 254) return fail("too-long" satisfies EmailRejection, { max: 254 });
  const at = text.lastIndexOf("@");
  if (!EMAIL.test(text) || at > 64) return fail("format" satisfies EmailRejection);
  return { ok: true, value: text };
}

/** Quote characters organisations' names are written with: «ТОО "Kaspi"», „…“, '…'. */
const QUOTES = /[«»"“”„‟'‘’‚`]/g;

/**
 * Look-up key of an organisation name: lower-case, quotes removed, spaces collapsed, ё → е.
 * The stand-in database has no collation, so this key is stored and searched instead.
 */
export function normaliseOrganisationName(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(QUOTES, " ").replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

/** Organisation's full name as written in its documents: 2–300 characters, at least one letter. */
export function checkOrganisationName(input: string): Checked<string> {
  const text = input.normalize("NFC").replace(/\s+/g, " ").trim();
  if (text.length < 2 || !/\p{L}/u.test(text)) return fail("too-short" satisfies TextRejection, { min: 2 });
  if (text.length > 300) return fail("too-long" satisfies TextRejection, { max: 300 });
  return { ok: true, value: text };
}

/** Free text such as a postal address, a unit or a contract number: spaces collapsed, length bounded. */
export function checkText(input: string, limits: { min: number; max: number }): Checked<string> {
  const text = input.normalize("NFC").replace(/\s+/g, " ").trim();
  if (text.length < limits.min) return fail("too-short" satisfies TextRejection, { min: limits.min });
  if (text.length > limits.max) return fail("too-long" satisfies TextRejection, { max: limits.max });
  return { ok: true, value: text };
}

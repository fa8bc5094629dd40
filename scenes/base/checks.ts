import type { Checked } from "../../src/domain/profile/student-profile.js";
import { isIsoDate, type IsoDate } from "../../src/domain/rules/dates.js";
import { checkPhone } from "../../src/domain/practice/contacts.js";

/** A date typed as 11.01.2027, 11/01/2027 or 2027-01-11 (reason `invalid-date`, as the service says it). */
export function checkDate(input: string): Checked<IsoDate> {
  const text = input.replace(/[\u2010-\u2015\u2212]/g, "-").trim();
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let iso: string | null = null;
  if (dmy) iso = `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  else if (ymd) iso = `${ymd[1]}-${ymd[2]!.padStart(2, "0")}-${ymd[3]!.padStart(2, "0")}`;
  return iso !== null && isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, reason: "invalid-date" };
}

/** One or more phone numbers separated by commas or semicolons, each normalised (+7…); the first bad one is reported. */
export function checkPhones(input: string, foreign: boolean): Checked<string> {
  const parts = input
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) return { ok: false, reason: "length" };
  const phones: string[] = [];
  for (const part of parts) {
    const checked = checkPhone(part, { allowForeign: foreign });
    if (!checked.ok) return checked;
    phones.push(checked.value);
  }
  return { ok: true, value: [...new Set(phones)].join(", ") };
}

/** A search for a base: a name fragment (2+ characters) or a BIN. */
export function checkQuery(input: string): Checked<string> {
  const text = input.trim();
  return text.length >= 2 && text.length <= 200 ? { ok: true, value: text } : { ok: false, reason: "too-short" };
}

import type { Checked } from "../profile/student-profile.js";

/**
 * Kazakhstan business / individual identification numbers (BIN / IIN): 12 digits, the last a
 * check digit (domain.md §3). Weighted sum mod 11 with weights 1…11; when that gives 10 the
 * second weight set 3…11, 1, 2 is used; 10 again means no valid number has these 11 digits.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

export type BinRejection = "format" | "check-digit";

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/** The check digit for the first 11 digits, or null when the second pass also gives 10 (no valid number). */
export function computeBinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError("computeBinCheckDigit: expected 11 digits");
  const digits = [...first11].map(Number);
  const first = weightedMod11(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** BIN or IIN typed by a person: spaces and dashes are ignored; returns the 12 digits or the reason. */
export function checkBin(input: string): Checked<string> {
  const text = input.replace(/[\s-]+/g, "");
  if (!/^\d{12}$/.test(text) || /^0+$/.test(text)) return { ok: false, reason: "format" satisfies BinRejection };
  const expected = computeBinCheckDigit(text.slice(0, 11));
  if (expected === null || expected !== Number(text[11])) return { ok: false, reason: "check-digit" satisfies BinRejection };
  return { ok: true, value: text };
}

export function isValidBin(input: string): boolean {
  return checkBin(input).ok;
}

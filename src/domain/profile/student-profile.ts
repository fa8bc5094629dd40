/**
 * Validation of what a student types about themselves. Pure: returns the normalised value or the
 * reason it was rejected (a locale key suffix, so the bot can explain it in the user's language).
 */
import { LEVELS, type Level } from "../rules/types.js";

/** The degree levels of a student profile are the levels of the rules (src/domain/rules/types.ts). */
export type DegreeLevel = Level;
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string, params?: Record<string, string | number>): Checked<T> =>
  params ? { ok: false, reason, params } : { ok: false, reason };

/** Hyphen look-alikes people type or paste (en dash, em dash, minus sign…) become "-". */
export function normalizeDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-");
}

const NAME_WORD = /^\p{L}[\p{L}'’ʼ`-]*$/u;
/** Initials after the surname: "И.", "И.И.". */
const INITIALS = /^(?:\p{L}\.){1,3}$/u;

function capitalise(word: string): string {
  return INITIALS.test(word) ? word.toLocaleUpperCase() : word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/**
 * Full name: two to five words of letters (Kazakh, Russian, Latin), hyphens and apostrophes allowed;
 * initials ("Иванов И.И.") after the surname; short names ("Ли Ю") too.
 */
export function checkFullName(input: string): Checked<string> {
  const text = normalizeDashes(input.normalize("NFC")).replace(/\s+/g, " ").trim();
  if (text.length < 3) return fail("too-short");
  if (text.length > 120) return fail("too-long", { max: 120 });
  const words = text.split(" ");
  if (words.some((word, i) => !NAME_WORD.test(word) && !(i > 0 && INITIALS.test(word)))) return fail("letters-only");
  if (words.length < 2) return fail("need-surname-and-name");
  if (words.length > 5) return fail("too-many-words");
  return ok(words.map(capitalise).join(" "));
}

/**
 * University student ID: 4–20 letters, digits or single hyphens between them, with a digit other
 * than 0 ("----1", "1---" and "0000" are typing slips, not IDs); stored upper-case.
 */
export function checkStudentNumber(input: string): Checked<string> {
  const text = normalizeDashes(input).replace(/\s+/g, "").toUpperCase();
  if (text.length < 4 || text.length > 20) return fail("format");
  if (!/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(text)) return fail("format");
  if (!/[1-9]/.test(text)) return fail("format");
  return ok(text);
}

/** Cyrillic letters that look like the Latin letters of programme codes (6В… typed on a Russian keyboard). */
const LOOK_ALIKES: Record<string, string> = { В: "B", М: "M", Д: "D", в: "B", м: "M", д: "D" };

/** Programme code prefixes of the national classifier: 6B bachelor, 7M master, 8D doctorate. */
export const PROGRAMME_PREFIX: Record<DegreeLevel, string> = { bachelor: "6B", master: "7M", phd: "8D" };

/** The level a well-formed programme code belongs to, by its prefix. */
export function programmeCodeLevel(code: string): DegreeLevel | null {
  return LEVELS.find((level) => code.startsWith(PROGRAMME_PREFIX[level])) ?? null;
}

/** A programme code of any level, such as 6B06102: level prefix, then five digits (field and programme). */
export function checkAnyProgrammeCode(input: string): Checked<string> {
  const text = [...input.replace(/\s+/g, "")]
    .map((ch) => LOOK_ALIKES[ch] ?? ch)
    .join("")
    .toUpperCase();
  if (!/^[678][BMD]\d{5}$/.test(text) || programmeCodeLevel(text) === null) return fail("format");
  return ok(text);
}

/** A programme code of `level`. */
export function checkProgrammeCode(input: string, level: DegreeLevel): Checked<string> {
  const checked = checkAnyProgrammeCode(input);
  if (!checked.ok) return checked;
  const prefix = PROGRAMME_PREFIX[level];
  if (!checked.value.startsWith(prefix)) return fail("level-mismatch", { prefix });
  return checked;
}

/** Years of study by level: bachelor 1–4, master 1–2, doctorate 1–3. */
export const COURSE_RANGE: Record<DegreeLevel, { min: number; max: number }> = {
  bachelor: { min: 1, max: 4 },
  master: { min: 1, max: 2 },
  phd: { min: 1, max: 3 },
};

/** The years of study of `level`, in order. */
export function coursesOf(level: DegreeLevel): number[] {
  const { min, max } = COURSE_RANGE[level];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** The widest range of years over all levels (a stored profile, an imported roster row). */
export const ANY_COURSE_RANGE = {
  min: Math.min(...LEVELS.map((level) => COURSE_RANGE[level].min)),
  max: Math.max(...LEVELS.map((level) => COURSE_RANGE[level].max)),
} as const;

export function checkCourse(input: string | number, level: DegreeLevel): Checked<number> {
  const text = String(input).trim();
  const range = COURSE_RANGE[level];
  if (!/^\d{1,2}$/.test(text)) return fail("range", range);
  const course = Number(text);
  if (course < range.min || course > range.max) return fail("range", range);
  return ok(course);
}

/**
 * Academic group such as "SE-2203", "ИС 21-1" or "ВТиПО-22-1": 2–20 letters, digits, spaces,
 * hyphens, slashes or dots, with a digit. Kept as typed; only an all-lower-case group is upper-cased.
 */
export function checkGroup(input: string): Checked<string> {
  const text = normalizeDashes(input).replace(/\s+/g, " ").trim();
  const cased = text === text.toLocaleLowerCase() ? text.toLocaleUpperCase() : text;
  if (!/^[\p{L}\d][\p{L}\d ./-]{1,19}$/u.test(cased) || !/\d/.test(cased)) return fail("format");
  return ok(cased);
}

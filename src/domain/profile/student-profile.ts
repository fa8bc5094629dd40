/**
 * Validation of what a student types about themselves. Pure: returns the normalised value or the
 * reason it was rejected (a locale key suffix, so the bot can explain it in the user's language).
 */
export type DegreeLevel = "bachelor" | "master" | "phd";
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string; params?: Record<string, string | number> };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string, params?: Record<string, string | number>): Checked<T> =>
  params ? { ok: false, reason, params } : { ok: false, reason };

const NAME_WORD = /^[\p{L}][\p{L}'’ʼ`-]*$/u;

/** Full name: two to five words of letters (Kazakh, Russian, Latin), hyphens and apostrophes allowed. */
export function checkFullName(input: string): Checked<string> {
  const text = input.normalize("NFC").replace(/\s+/g, " ").trim();
  if (text.length < 5) return fail("too-short");
  if (text.length > 120) return fail("too-long", { max: 120 });
  const words = text.split(" ");
  if (words.some((word) => !NAME_WORD.test(word))) return fail("letters-only");
  if (words.length < 2) return fail("need-surname-and-name");
  if (words.length > 5) return fail("too-many-words");
  const capitalised = words.map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1));
  return ok(capitalised.join(" "));
}

/** University student ID: 4–20 letters, digits or hyphens, at least one digit; stored upper-case. */
export function checkStudentNumber(input: string): Checked<string> {
  const text = input.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z0-9-]{4,20}$/.test(text)) return fail("format");
  if (!/\d/.test(text)) return fail("format");
  return ok(text);
}

/** Cyrillic letters that look like the Latin letters of programme codes (6В… typed on a Russian keyboard). */
const LOOK_ALIKES: Record<string, string> = { В: "B", М: "M", Д: "D", в: "B", м: "M", д: "D" };

/** Programme code prefixes of the national classifier: 6B bachelor, 7M master, 8D doctorate. */
export const PROGRAMME_PREFIX: Record<DegreeLevel, string> = { bachelor: "6B", master: "7M", phd: "8D" };

/** Programme code such as 6B06102: level prefix, then five digits (two for the field, three for the programme). */
export function checkProgrammeCode(input: string, level: DegreeLevel): Checked<string> {
  const text = [...input.replace(/\s+/g, "")]
    .map((ch) => LOOK_ALIKES[ch] ?? ch)
    .join("")
    .toUpperCase();
  if (!/^[678][BMD]\d{5}$/.test(text)) return fail("format");
  const prefix = PROGRAMME_PREFIX[level];
  if (!text.startsWith(prefix)) return fail("level-mismatch", { prefix });
  return ok(text);
}

/** Years of study by level: bachelor 1–4, master 1–2, doctorate 1–3. */
export const COURSE_RANGE: Record<DegreeLevel, { min: number; max: number }> = {
  bachelor: { min: 1, max: 4 },
  master: { min: 1, max: 2 },
  phd: { min: 1, max: 3 },
};

export function checkCourse(input: string | number, level: DegreeLevel): Checked<number> {
  const text = String(input).trim();
  const range = COURSE_RANGE[level];
  if (!/^\d{1,2}$/.test(text)) return fail("range", range);
  const course = Number(text);
  if (course < range.min || course > range.max) return fail("range", range);
  return ok(course);
}

/** Academic group such as "SE-2203" or "ИС 21-1": 2–20 letters, digits, spaces, hyphens, slashes or dots. */
export function checkGroup(input: string): Checked<string> {
  const text = input.replace(/\s+/g, " ").trim().toUpperCase();
  if (!/^[\p{L}\d][\p{L}\d ./-]{1,19}$/u.test(text) || !/\d/.test(text)) return fail("format");
  return ok(text);
}

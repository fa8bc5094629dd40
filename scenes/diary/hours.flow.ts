import { defineChoice } from "../../src/bot/choice.js";
import { parseHours, validateEntryHours } from "../../src/domain/diary/entry-validation.js";
import type { Checked } from "../../src/domain/profile/student-profile.js";
import type { DayEntry, DiaryKit } from "./kit.js";

/** Hours offered as buttons (any value 0.5–12 may be typed). */
export const COMMON_HOURS = [2, 3, 4, 5, 6, 7, 8] as const;

function checkHours(text: string): Checked<number> {
  const hours = parseHours(text);
  const issue = validateEntryHours(hours ?? Number.NaN);
  if (issue) {
    const { field, code, ...params } = issue;
    void field;
    return { ok: false, reason: code, params };
  }
  return { ok: true, value: hours as number };
}

/** The hours worked: a button (the entry's hours or the policy's day by default) or typed; saved to the draft. */
export async function askHours(kit: DiaryKit, existing: DayEntry | null): Promise<number> {
  const defaultHours = existing?.hours ?? kit.situation.hoursPerDay;
  const hourChoice = defineChoice({
    prefix: "dia.h",
    options: [...new Set<number>([...COMMON_HOURS, defaultHours])].sort((a, b) => a - b),
    label: (value, t) => t(value === defaultHours ? "diary-hours-default" : "diary-hours-button", { hours: value }),
    columns: 4,
  });
  const hours = await kit.ask.choiceOrText(
    hourChoice,
    { question: "diary-ask-hours", params: { hours: defaultHours } },
    (text) => checkHours(text),
    "diary-reason",
  );
  await kit.save({ hours });
  return hours;
}

import { defineChoice } from "../../src/bot/choice.js";
import { PRACTICE_TYPES } from "../../src/domain/delivery/broadcast.js";

/** "Any" in every filter's list. */
export const ANY = "any";

/** The department (an id) or every department (`all`, the admin only); options are set per author. */
export const targetChoice = defineChoice<string>({ prefix: "bc.dep", options: [], label: (v) => v });

/** Which filter to change, or go on to the preview. */
export const FILTER_ACTIONS = ["programme", "course", "group", "practice", "active", "done"] as const;
export type FilterAction = (typeof FILTER_ACTIONS)[number];
export const filterActionChoice = defineChoice({ prefix: "bc.f", options: FILTER_ACTIONS, label: "broadcast-filter", columns: 2 });

/** Values of one filter (options from the department's students); `any` clears it. */
export const programmeChoice = defineChoice<string>({ prefix: "bc.p", options: [], label: (v) => v, columns: 3 });
export const courseChoice = defineChoice<string>({ prefix: "bc.c", options: [], label: (v) => v, columns: 4 });
export const groupChoice = defineChoice<string>({ prefix: "bc.g", options: [], label: (v) => v, columns: 3 });
export const practiceChoice = defineChoice({
  prefix: "bc.t",
  options: [ANY, ...PRACTICE_TYPES],
  label: (v, t) => (v === ANY ? t("broadcast-any") : t(`broadcast-practice-${v}`)),
});

const WHEN = ["now", "later"] as const;
export const whenChoice = defineChoice({ prefix: "bc.w", options: WHEN, label: "broadcast-when", columns: 2 });

import type { Ask } from "../support/ask.js";
import { MAX_ATTEMPTS } from "../support/ask.js";
import type { Level } from "../../src/domain/rules/types.js";
import { checkAnyProgrammeCode, PROGRAMME_PREFIX, programmeCodeLevel, type Checked } from "../../src/domain/profile/student-profile.js";
import { departmentChoice, type DepartmentOption } from "./choices.js";

/** Departments offered as buttons at once; beyond this the student searches by name (Telegram's limit is 100 buttons). */
export const MAX_DEPARTMENT_BUTTONS = 60;
/** Matches of a name search shown as buttons; more ask for a longer part of the name. */
export const MAX_DEPARTMENT_MATCHES = 10;

/**
 * The programme code; a code of another level (7M… for a bachelor) offers to change the level to
 * the code's instead of starting over. Returns the code and the level it belongs to.
 */
export async function askProgrammeCode(ask: Ask, level: Level): Promise<{ programmeCode: string; level: Level }> {
  for (let round = 0; round < MAX_ATTEMPTS; round++) {
    const programmeCode = await ask.text({
      question: "onboarding-ask-programme-code",
      params: { example: `${PROGRAMME_PREFIX[level]}06102` },
      check: checkAnyProgrammeCode,
      errorPrefix: "onboarding-programme-code",
    });
    const codeLevel = programmeCodeLevel(programmeCode) ?? level;
    if (codeLevel === level) return { programmeCode, level };
    const change = await ask.yesNo({
      question: "onboarding-programme-code-change-level",
      params: { code: programmeCode, level: codeLevel },
      yes: "onboarding-change-level-yes",
      no: "onboarding-change-level-no",
    });
    if (change) return { programmeCode, level: codeLevel };
  }
  return ask.giveUp();
}

/** A department found by its exact code, or the departments whose name or code contains the typed text. */
export function searchDepartments(departments: readonly DepartmentOption[], typed: string): Checked<{ exact: boolean; ids: string[] }> {
  const query = typed.replace(/\s+/g, " ").trim().slice(0, 40);
  const needle = query.toLocaleLowerCase();
  const byCode = departments.find((d) => d.code.toLocaleLowerCase() === needle);
  if (byCode) return { ok: true, value: { exact: true, ids: [byCode.id] } };
  const found = needle.length < 2 ? [] : departments.filter((d) => `${d.code} ${d.name}`.toLocaleLowerCase().includes(needle));
  if (found.length === 0) return { ok: false, reason: "no-match", params: { query } };
  if (found.length > MAX_DEPARTMENT_MATCHES) return { ok: false, reason: "too-many", params: { count: found.length, query } };
  return { ok: true, value: { exact: false, ids: found.map((d) => d.id) } };
}

/**
 * The department: buttons when they fit; otherwise the student types part of the name (or the code)
 * and picks from the matches.
 */
export async function askDepartment(ask: Ask, departments: readonly DepartmentOption[]): Promise<string> {
  if (departments.length <= MAX_DEPARTMENT_BUTTONS) {
    return ask.choice(departmentChoice(departments), { question: "onboarding-ask-department" });
  }
  const found = await ask.text({
    question: "onboarding-ask-department-search",
    check: (typed) => searchDepartments(departments, typed),
    errorPrefix: "onboarding-department",
  });
  const [first] = found.ids;
  if (found.exact && first !== undefined) return first;
  const matches = departments.filter((d) => found.ids.includes(d.id));
  return ask.choice(departmentChoice(matches), { question: "onboarding-ask-department-pick" });
}

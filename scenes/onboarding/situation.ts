import type { TranslateFunction } from "@grammyjs/i18n";
import type { AppServices } from "../../src/services/app-services.js";
import type { DraftAnswers } from "../../src/services/scene-draft.service.js";
import type { Verified } from "../support/ask.js";
import { isLevel } from "../../src/domain/rules/types.js";
import { checkFullName, checkGroup, checkProgrammeCode, checkStudentNumber, coursesOf } from "../../src/domain/profile/student-profile.js";
import { SCENES } from "../ids.js";
import { loadDraft } from "../support/draft.js";
import type { RegistrationInput } from "../../src/services/onboarding.service.js";
import { departmentLabel, type DepartmentOption } from "./choices.js";

/** The answers of a registration, in the order they are asked (the service's input). */
export type OnboardingAnswers = RegistrationInput;

/** What the scene knows before the first question; read once, outside the replayed code. */
export interface Situation {
  language: string | null;
  isStaff: boolean;
  registered: boolean;
  departments: DepartmentOption[];
  /** Answers saved earlier (draft) that are still valid. */
  saved: Partial<OnboardingAnswers>;
}

/**
 * The saved answers that still pass today's checks (a draft may be older than a rule or a
 * department): anything else is asked again.
 */
export function stillValid(draft: DraftAnswers, departments: readonly DepartmentOption[]): Partial<OnboardingAnswers> {
  const out: Partial<OnboardingAnswers> = {};
  const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
  const fullName = checkFullName(text(draft["fullName"]) ?? "");
  if (fullName.ok) out.fullName = fullName.value;
  const studentNumber = checkStudentNumber(text(draft["studentNumber"]) ?? "");
  if (studentNumber.ok) out.studentNumber = studentNumber.value;
  const level = draft["level"];
  if (isLevel(level)) {
    out.level = level;
    const code = checkProgrammeCode(text(draft["programmeCode"]) ?? "", level);
    if (code.ok) out.programmeCode = code.value;
    const course = draft["course"];
    if (typeof course === "number" && coursesOf(level).includes(course)) out.course = course;
  }
  const group = checkGroup(text(draft["group"]) ?? "");
  if (group.ok) out.group = group.value;
  const departmentId = text(draft["departmentId"]);
  if (departmentId !== null && departments.some((d) => d.id === departmentId)) out.departmentId = departmentId;
  return out;
}

/** The saved answers as the resume question lists them, in the order they were asked. */
export function savedSummary(saved: Partial<OnboardingAnswers>, departments: readonly DepartmentOption[], t: TranslateFunction): string {
  const department = departments.find((d) => d.id === saved.departmentId);
  return [
    saved.fullName,
    saved.studentNumber,
    saved.level === undefined ? undefined : t(`level-${saved.level}`),
    saved.programmeCode,
    saved.course === undefined ? undefined : String(saved.course),
    saved.group,
    department ? departmentLabel(department) : undefined,
  ]
    .filter((value): value is string => value !== undefined)
    .map((value) => `• ${value}`)
    .join("\n");
}

/** A student ID someone else holds is refused when it is typed, not after all answers. */
export async function verifyStudentNumber(services: AppServices, studentNumber: string, telegramId: number): Promise<Verified> {
  const status = await services.onboarding.studentNumberStatus(studentNumber, telegramId);
  if (status === "taken") return { ok: false, reason: "in-use", params: { studentNumber } };
  if (status === "onRoster") return { ok: false, reason: "listed", params: { studentNumber } };
  return { ok: true };
}

export async function loadSituation(services: AppServices, telegramId: number): Promise<Situation> {
  const [known, draft] = await Promise.all([
    services.onboarding.situation(telegramId),
    loadDraft(services, telegramId, SCENES.ONBOARDING.id),
  ]);
  const saved = draft ? stillValid(draft, known.departments) : {};
  // A saved ID that someone has registered since is asked again.
  if (saved.studentNumber !== undefined && !(await verifyStudentNumber(services, saved.studentNumber, telegramId)).ok) {
    delete saved.studentNumber;
  }
  return { ...known, saved };
}

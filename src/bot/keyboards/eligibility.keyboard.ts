import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { TranslateFunction } from "@grammyjs/i18n";
import { defineCallback } from "../callback-data.js";
import { LEVELS } from "../../domain/rules/types.js";
import type { Funding } from "../../domain/rules/types.js";
import { LETTERS } from "../../domain/rules/grade-scale.js";

/** The checks a student can run in `/eligibility`, in menu order. */
export const ELIGIBILITY_CHECKS = ["promotion", "programmeChange", "transferOut", "reinstatement", "honours"] as const;
export type EligibilityCheck = (typeof ELIGIBILITY_CHECKS)[number];

export const eligibilityCheckCallback = defineCallback("elig.check", z.enum(ELIGIBILITY_CHECKS));

export function eligibilityCheckKeyboard(t: TranslateFunction): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const check of ELIGIBILITY_CHECKS) keyboard.text(t(`elig-check-${check}`), eligibilityCheckCallback.pack(check)).row();
  return keyboard;
}

export const eligibilityLevelCallback = defineCallback("elig.level", z.enum(LEVELS));

export function eligibilityLevelKeyboard(t: TranslateFunction): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const level of LEVELS) keyboard.text(t(`level-${level}`), eligibilityLevelCallback.pack(level)).row();
  return keyboard;
}

/** Only the courses offered (those with a promotion row of the policy) are accepted. */
export function eligibilityCourseCallback(courses: readonly number[]) {
  return defineCallback(
    "elig.course",
    z
      .number()
      .int()
      .refine((course) => courses.includes(course)),
  );
}

export function eligibilityCourseKeyboard(courses: readonly number[]): InlineKeyboard {
  const codec = eligibilityCourseCallback(courses);
  const keyboard = new InlineKeyboard();
  for (const course of courses) keyboard.text(String(course), codec.pack(course));
  return keyboard;
}

/** Only the funding options offered for this question are accepted. */
export function fundingCallback(options: readonly Funding[]) {
  return defineCallback(
    "elig.fund",
    z.enum(["grant", "targetedGrant", "paid"]).refine((funding) => options.includes(funding)),
  );
}

export function fundingKeyboard(t: TranslateFunction, options: readonly Funding[]): InlineKeyboard {
  const codec = fundingCallback(options);
  const keyboard = new InlineKeyboard();
  for (const funding of options) keyboard.text(t(`elig-funding-${funding}`), codec.pack(funding)).row();
  return keyboard;
}

export const GPA_SOURCES = ["record", "type", "grades"] as const;
export type GpaSource = (typeof GPA_SOURCES)[number];

/** "record" (the coordinator's imported GPA and credits) is offered only when there is one. */
export function gpaSourceCallback(withRecord: boolean) {
  return defineCallback(
    "elig.gpa",
    z.enum(GPA_SOURCES).refine((source) => withRecord || source !== "record"),
  );
}

export function gpaSourceKeyboard(t: TranslateFunction, record: { gpa: number; credits: number } | null): InlineKeyboard {
  const codec = gpaSourceCallback(record !== null);
  const keyboard = new InlineKeyboard();
  if (record) keyboard.text(t("elig-gpa-source-record", { gpa: record.gpa, credits: record.credits }), codec.pack("record")).row();
  keyboard.text(t("elig-gpa-source-type"), codec.pack("type")).row();
  keyboard.text(t("elig-gpa-source-grades"), codec.pack("grades")).row();
  return keyboard;
}

export const EXPULSION_REASONS = ["nonPayment", "other"] as const;
export const expulsionReasonCallback = defineCallback("elig.why", z.enum(EXPULSION_REASONS));

export function expulsionReasonKeyboard(t: TranslateFunction): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const reason of EXPULSION_REASONS) keyboard.text(t(`elig-expulsion-${reason}`), expulsionReasonCallback.pack(reason)).row();
  return keyboard;
}

export const finalAttestationCallback = defineCallback("elig.fa", z.enum(LETTERS));

/** The twelve letters of MR-595 App. 1, four to a row. */
export function finalAttestationKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  LETTERS.forEach((letter, i) => {
    keyboard.text(letter, finalAttestationCallback.pack(letter));
    if (i % 4 === 3) keyboard.row();
  });
  return keyboard;
}

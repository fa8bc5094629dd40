import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { TranslateFunction } from "@grammyjs/i18n";
import { defineCallback } from "../callback-data.js";
import { COURSE_RANGE, type DegreeLevel } from "../../domain/profile/student-profile.js";

const LEVELS = ["bachelor", "master", "phd"] as const satisfies readonly DegreeLevel[];
export const levelCallback = defineCallback("onb.level", z.enum(LEVELS));

export function levelKeyboard(t: TranslateFunction): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const level of LEVELS) keyboard.text(t(`level-${level}`), levelCallback.pack(level)).row();
  return keyboard;
}

export function courseCallback(level: DegreeLevel) {
  const { min, max } = COURSE_RANGE[level];
  return defineCallback("onb.course", z.number().int().min(min).max(max));
}

export function courseKeyboard(level: DegreeLevel): InlineKeyboard {
  const { min, max } = COURSE_RANGE[level];
  const codec = courseCallback(level);
  const keyboard = new InlineKeyboard();
  for (let course = min; course <= max; course++) keyboard.text(String(course), codec.pack(course));
  return keyboard;
}

export interface DepartmentChoice {
  id: string;
  code: string;
  name: string;
}

export function departmentCallback(departments: readonly DepartmentChoice[]) {
  const ids = departments.map((d) => d.id);
  return defineCallback(
    "onb.dep",
    z.string().refine((id) => ids.includes(id)),
  );
}

export function departmentKeyboard(departments: readonly DepartmentChoice[]): InlineKeyboard {
  const codec = departmentCallback(departments);
  const keyboard = new InlineKeyboard();
  for (const d of departments) keyboard.text(`${d.code} — ${d.name}`.slice(0, 60), codec.pack(d.id)).row();
  return keyboard;
}

import { defineChoice, type Choice } from "../../src/bot/choice.js";
import { LEVELS } from "../../src/domain/rules/types.js";
import { ANY_COURSE_RANGE } from "../../src/domain/profile/student-profile.js";

/** Level of study, labelled `level-<level>`. */
export const levelChoice = defineChoice({ prefix: "onb.level", options: LEVELS, label: "level" });

const ALL_COURSES = Array.from({ length: ANY_COURSE_RANGE.max - ANY_COURSE_RANGE.min + 1 }, (_, i) => ANY_COURSE_RANGE.min + i);

/** Year of study, all in one row; a question offers the years of the student's level (`with({ options: coursesOf(level) })`). */
export const courseChoice = defineChoice({
  prefix: "onb.course",
  options: ALL_COURSES,
  label: (course) => String(course),
  columns: ALL_COURSES.length,
});

export interface DepartmentOption {
  id: string;
  code: string;
  name: string;
}

/** "CS — Computer Science", short enough for a button. */
export function departmentLabel(department: DepartmentOption): string {
  return `${department.code} — ${department.name}`.slice(0, 60);
}

/** Departments as buttons, one per row; the options are read from the database when the scene starts. */
export function departmentChoice(departments: readonly DepartmentOption[]): Choice<string> {
  const byId = new Map(departments.map((d) => [d.id, d]));
  return defineChoice({
    prefix: "onb.dep",
    options: departments.map((d) => d.id),
    label: (id) => {
      const department = byId.get(id);
      return department ? departmentLabel(department) : id;
    },
  });
}

import type { TranslateFunction } from "@grammyjs/i18n";

export interface ProfileView {
  fullName: string;
  studentNumber: string;
  level: string;
  programmeCode: string;
  course: number;
  group: string;
}

/** The profile card shown by /me and at the end of registration. */
export function formatStudentProfile(
  t: TranslateFunction,
  student: ProfileView,
  department: { code: string; name: string } | null,
): string {
  return t("profile-card", {
    fullName: student.fullName,
    studentNumber: student.studentNumber,
    level: t(`level-${student.level}`),
    programmeCode: student.programmeCode,
    course: student.course,
    group: student.group,
    department: department ? `${department.code} — ${department.name}` : "—",
  });
}

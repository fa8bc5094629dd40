import { computeBinCheckDigit } from "../domain/practice/bin.js";
import type { Locale } from "../config/config.js";
import { addDays, type IsoDate } from "../domain/rules/dates.js";
import type { DemoDiaryState } from "./seed-demo-diaries.js";

/** The demo university's fixed data: its departments and staff, students' names, organisations, and the seed's ids. */

/** Telegram id the seed acts as (an administrator by construction; never a real account). */
export const SEED_ACTOR = 1;
/**
 * Until somebody claims a printed link, the demo's students and supervisors act through stand-in
 * accounts with tiny Telegram ids (Telegram's own range, never a person's).
 */
export const STUDENT_STAND_IN = 2;
/** The set-up (roster, placements, supervisors) happens this many days before today: before every diary starts. */
export const SETUP_DAYS_BACK = 35;
/** Placement state by the student's position in the roster (students sorted by ID). */
export const PLACEMENT_STATES = ["draft", "submitted", "approved", "approved", "returned"] as const;
/** Rows (approved placements) whose diaries the demo writes. */
export const IN_PROGRESS_DIARY_ROW = 2;
export const FINISHED_DIARY_ROW = 3;

interface StandIn {
  telegramId: number;
  firstName: string;
  lastName: string;
  /** As printed in the F-76 approvals and sign-offs (QP-06 6.2). */
  fullName: string;
}

export interface DemoDepartment {
  code: string;
  name: string;
  policyId: string;
  groups: string[];
  programmeCode: string;
  /** Language of the diaries' entries. */
  diaryLanguage: Extract<Locale, "kk" | "ru">;
  /** The finished diary: signed off with a good grade, or graded FX. */
  finishedDiary: Exclude<DemoDiaryState, "inProgress">;
  /** The running diary's approver: the organisation supervisor, else (nobody linked) the university supervisor. */
  organisationApprovesInProgress: boolean;
  staff: {
    universitySupervisor: StandIn;
    organisationSupervisor: StandIn & { phone: string; email: string };
  };
}

export const DEPARTMENTS: DemoDepartment[] = [
  {
    code: "DEMO-IS",
    name: "Ақпараттық жүйелер кафедрасы (демо)",
    policyId: "iitu",
    groups: ["IS-2201", "IS-2202"],
    programmeCode: "6B06102",
    diaryLanguage: "kk",
    finishedDiary: "signed",
    organisationApprovesInProgress: true,
    staff: {
      universitySupervisor: { telegramId: 11, firstName: "Сәуле", lastName: "Ахметова", fullName: "Ахметова Сәуле Бекқызы" },
      organisationSupervisor: {
        telegramId: 12,
        firstName: "Марат",
        lastName: "Тоқтаров",
        fullName: "Тоқтаров Марат Сәкенұлы",
        phone: "+7 701 555 12 34",
        email: "m.toktarov@example.kz",
      },
    },
  },
  {
    code: "DEMO-CE",
    name: "Кафедра компьютерной инженерии (демо)",
    policyId: "kazutb",
    groups: ["CE-2201"],
    programmeCode: "6B06104",
    diaryLanguage: "ru",
    finishedDiary: "failed",
    organisationApprovesInProgress: false,
    staff: {
      universitySupervisor: { telegramId: 21, firstName: "Ирина", lastName: "Ковалёва", fullName: "Ковалёва Ирина Петровна" },
      organisationSupervisor: {
        telegramId: 22,
        firstName: "Андрей",
        lastName: "Ким",
        fullName: "Ким Андрей Викторович",
        phone: "+7 702 555 43 21",
        email: "a.kim@example.kz",
      },
    },
  },
];

/** 30 different students (a coordinator must never see two «Әбенова Гүлнар» in one list). */
const STUDENT_NAMES = [
  "Сейітов Ерлан",
  "Әбенова Гүлнар",
  "Құрманов Денис",
  "Жұмабаева Әсел",
  "Нұрланов Дәулет",
  "Ибраимова Айгерім",
  "Ким Бауыржан",
  "Петрова Аружан",
  "Өмірзақов Нұрсұлтан",
  "Тоқтарова Мария",
  "Бекмұханов Арман",
  "Смағұлова Дана",
  "Иванов Тимур",
  "Қасымова Жансая",
  "Оспанов Әлихан",
  "Ли Виктория",
  "Төлеуов Санжар",
  "Мұратова Інжу",
  "Ахметжанов Ілияс",
  "Ковальчук Алина",
  "Серікбаев Нұрлан",
  "Байжанова Томирис",
  "Ғабитов Айбек",
  "Шевченко Полина",
  "Үсенов Мирас",
  "Жақсылықова Аяжан",
  "Рахимов Ержан",
  "Нұрғалиева Ақбота",
  "Дүйсенов Алмас",
  "Хамитова Камила",
];

export const ORGANISATIONS = [
  { fullName: "«Қазақтелеком» АҚ", prefix: "94084000", activityArea: "Байланыс және ақпараттық технологиялар", email: "hr@telecom.kz" },
  { fullName: "ТОО «Kolesa Group»", prefix: "07034000", activityArea: "Разработка программного обеспечения", email: "practice@kolesa.kz" },
  {
    fullName: "АО «Национальные информационные технологии»",
    prefix: "00024000",
    activityArea: "Электронное правительство",
    email: "info@nitec.kz",
  },
];

export function binFrom(prefix8: string, serial: number): string {
  for (let n = serial; n < serial + 1000; n++) {
    const first11 = `${prefix8}${String(n % 1000).padStart(3, "0")}`;
    const check = computeBinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error("seed: no valid BIN found");
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Students per department in the demo roster. */
export const DEMO_ROSTER_SIZE = 15;

/**
 * The department's roster file (CSV): practices running around `today`, and the finished diary's practice
 * two weeks long, ended two weeks ago. Student IDs continue after `serial`, the last one used.
 */
export function demoRosterCsv(spec: DemoDepartment, today: IsoDate, serial: number): string {
  const header = "Student ID,Full name,Group,Programme code,Course,Level,Practice type,Start,End,Weeks";
  const lines = Array.from({ length: DEMO_ROSTER_SIZE }, (_, i) => {
    serial++;
    const fullName = STUDENT_NAMES[(serial - 1) % STUDENT_NAMES.length]!;
    const group = spec.groups[i % spec.groups.length]!;
    const [start, end, weeks] =
      i === FINISHED_DIARY_ROW ? [addDays(today, -28), addDays(today, -15), "2"] : [addDays(today, -14), addDays(today, 41), "8"];
    return [`2022${String(serial).padStart(4, "0")}`, fullName, group, spec.programmeCode, "4", "bachelor", "production", start, end, weeks]
      .map(csvCell)
      .join(",");
  });
  return [header, ...lines].join("\n");
}

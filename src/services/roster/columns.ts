import { PRACTICE_TYPES, type PracticeType } from "../../domain/rules/practice-deadlines.js";
import { LEVELS, type Level } from "../../domain/rules/types.js";

/** Columns of a roster file; `supervisorEmail` is optional. */
export const ROSTER_COLUMNS = [
  "studentNumber",
  "fullName",
  "group",
  "programmeCode",
  "course",
  "level",
  "practiceType",
  "startDate",
  "endDate",
  "weeks",
  "supervisorEmail",
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const OPTIONAL_COLUMNS: ReadonlySet<RosterColumn> = new Set<RosterColumn>(["supervisorEmail"]);

/** A header as compared: lower-case, ё → е, "e-mail" → "email", punctuation dropped, spaces collapsed. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/e[\s-]?mail/g, "email")
    .replace(/[.,:;*()[\]"'«»№#?!]/g, "")
    .replace(/[-_/\\]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Header names accepted per column, in English, Russian and Kazakh (compared after normaliseHeader). */
const HEADER_ALIASES: Record<RosterColumn, readonly string[]> = {
  studentNumber: [
    "student id",
    "student number",
    "student no",
    "id",
    "id студента",
    "студенческий id",
    "номер студенческого билета",
    "номер студента",
    "студент id",
    "id обучающегося",
    "білім алушы id",
    "білім алушының id",
    "студенттің id",
    "студенттік билет нөмірі",
  ],
  fullName: [
    "full name",
    "name",
    "student name",
    "student",
    "фио",
    "фио студента",
    "фио обучающегося",
    "фамилия имя отчество",
    "аты жөні",
    "толық аты жөні",
    "тәа",
    "білім алушының аты жөні",
    "студенттің аты жөні",
  ],
  group: ["group", "группа", "академическая группа", "топ", "тобы", "академиялық топ"],
  programmeCode: [
    "programme code",
    "program code",
    "programme",
    "program",
    "educational programme code",
    "шифр",
    "шифр оп",
    "шифр программы",
    "шифр образовательной программы",
    "код оп",
    "код программы",
    "образовательная программа",
    "бб шифры",
    "бб коды",
    "білім беру бағдарламасының шифры",
    "бағдарлама шифры",
    "бағдарлама коды",
  ],
  course: ["course", "year", "year of study", "курс", "курсы"],
  level: [
    "level",
    "degree",
    "degree level",
    "уровень",
    "уровень обучения",
    "уровень образования",
    "деңгей",
    "оқу деңгейі",
    "білім деңгейі",
  ],
  practiceType: [
    "practice type",
    "practice",
    "type of practice",
    "вид практики",
    "тип практики",
    "практика",
    "практика түрі",
    "практиканың түрі",
  ],
  startDate: [
    "start",
    "start date",
    "from",
    "начало",
    "дата начала",
    "начало практики",
    "басталуы",
    "басталу күні",
    "басталатын күні",
    "практиканың басталуы",
  ],
  endDate: [
    "end",
    "end date",
    "to",
    "окончание",
    "конец",
    "дата окончания",
    "окончание практики",
    "аяқталуы",
    "аяқталу күні",
    "аяқталатын күні",
    "практиканың аяқталуы",
  ],
  weeks: [
    "weeks",
    "number of weeks",
    "duration weeks",
    "недели",
    "недель",
    "количество недель",
    "кол во недель",
    "продолжительность недель",
    "апта",
    "апталар",
    "апта саны",
    "апталар саны",
  ],
  supervisorEmail: [
    "university supervisor email",
    "supervisor email",
    "university supervisor",
    "supervisor",
    "email руководителя",
    "руководитель email",
    "email руководителя практики",
    "email руководителя от кафедры",
    "руководитель практики от кафедры email",
    "электронная почта руководителя",
    "жетекші email",
    "жетекшінің email",
    "кафедрадағы практика жетекшісі email",
    "жетекшінің электрондық поштасы",
  ],
};

const HEADER_INDEX: ReadonlyMap<string, RosterColumn> = new Map(
  ROSTER_COLUMNS.flatMap((column) =>
    [column.toLowerCase(), ...HEADER_ALIASES[column]].map((alias) => [normaliseHeader(alias), column] as const),
  ),
);

/** The column a header names, or null for a column we do not read. */
export function columnOfHeader(header: string): RosterColumn | null {
  return HEADER_INDEX.get(normaliseHeader(header)) ?? null;
}

/** A cell value as compared: lower-case, ё → е, punctuation dropped, hyphens as spaces. */
function normaliseValue(value: string): string {
  return normaliseHeader(value).replace(/\s/g, "");
}

const LEVEL_WORDS: Record<Level, readonly string[]> = {
  bachelor: ["bachelor", "бакалавр", "бакалавриат", "бакалавр дәрежесі"],
  master: ["master", "магистр", "магистратура", "магистрант"],
  phd: ["phd", "doctorate", "докторантура", "доктор phd", "доктор", "докторант"],
};
const LEVEL_INDEX: ReadonlyMap<string, Level> = new Map(
  LEVELS.flatMap((level) => LEVEL_WORDS[level].map((w) => [normaliseValue(w), level] as const)),
);

export function parseLevel(value: string): Level | null {
  return LEVEL_INDEX.get(normaliseValue(value)) ?? null;
}

const PRACTICE_WORDS: Record<PracticeType, readonly string[]> = {
  educational: ["educational", "учебная", "учебная практика", "оқу", "оқу практикасы"],
  pedagogical: ["pedagogical", "teaching", "педагогическая", "педагогическая практика", "педагогикалық", "педагогикалық практика"],
  research: [
    "research",
    "исследовательская",
    "исследовательская практика",
    "научно исследовательская",
    "научно исследовательская практика",
    "зерттеу",
    "зерттеу практикасы",
    "ғылыми зерттеу практикасы",
  ],
  production: [
    "production",
    "industrial",
    "производственная",
    "производственная практика",
    "өндірістік",
    "өндірістік практика",
    "өндірістік тәжірибе",
  ],
  preDiploma: ["prediploma", "pre diploma", "преддипломная", "преддипломная практика", "диплом алды", "диплом алды практикасы"],
};
const PRACTICE_INDEX: ReadonlyMap<string, PracticeType> = new Map(
  PRACTICE_TYPES.flatMap((type) => PRACTICE_WORDS[type].map((w) => [normaliseValue(w), type] as const)),
);

export function parsePracticeType(value: string): PracticeType | null {
  return PRACTICE_INDEX.get(normaliseValue(value)) ?? null;
}

/** "2027-01-11", "11.01.2027", "11/01/2027" or "11.1.2027" → "2027-01-11"; null otherwise (not checked for existence). */
export function parseDateCell(value: string): string | null {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

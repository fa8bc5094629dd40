import ExcelJS from "exceljs";

/** One roster row as the test writes it (cells as text, in the column order of the header). */
export interface RosterLine {
  studentNumber: string;
  fullName: string;
  group: string;
  programmeCode: string;
  course: string;
  level: string;
  practiceType: string;
  start: string;
  end: string;
  weeks: string;
  email?: string;
}

export const RU_HEADER = [
  "ID студента",
  "ФИО",
  "Группа",
  "Шифр ОП",
  "Курс",
  "Уровень обучения",
  "Вид практики",
  "Дата начала",
  "Дата окончания",
  "Количество недель",
  "E-mail руководителя",
];
export const EN_HEADER = [
  "Student ID",
  "Full name",
  "Group",
  "Programme code",
  "Course",
  "Level",
  "Practice type",
  "Start",
  "End",
  "Weeks",
  "University supervisor e-mail",
];
export const KK_HEADER = [
  "Білім алушы ID",
  "Аты-жөні",
  "Топ",
  "ББ шифры",
  "Курс",
  "Оқу деңгейі",
  "Практика түрі",
  "Басталу күні",
  "Аяқталу күні",
  "Апталар саны",
  "Жетекші e-mail",
];

export function line(overrides: Partial<RosterLine> = {}): RosterLine {
  return {
    studentNumber: "20210345",
    fullName: "Сейтқали Аружан",
    group: "SE-2203",
    programmeCode: "6B06102",
    course: "3",
    level: "бакалавр",
    practiceType: "производственная",
    start: "11.01.2027",
    end: "05.03.2027",
    weeks: "8",
    email: "d.nurlanov@iitu.edu.kz",
    ...overrides,
  };
}

const cells = (l: RosterLine): string[] => [
  l.studentNumber,
  l.fullName,
  l.group,
  l.programmeCode,
  l.course,
  l.level,
  l.practiceType,
  l.start,
  l.end,
  l.weeks,
  l.email ?? "",
];

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || value.includes("\n") ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csv(lines: readonly RosterLine[], options: { header?: readonly string[]; delimiter?: string; bom?: boolean } = {}): Buffer {
  const delimiter = options.delimiter ?? ";";
  const rows = [options.header ?? RU_HEADER, ...lines.map(cells)].map((row) => row.map((c) => quote(c, delimiter)).join(delimiter));
  return Buffer.from(`${options.bom ? "\uFEFF" : ""}${rows.join("\r\n")}\r\n`, "utf8");
}

/** An XLSX as Excel writes one: dates as date cells, numbers as numbers. */
export async function xlsx(lines: readonly RosterLine[], header: readonly string[] = EN_HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Roster");
  sheet.addRow([...header]);
  const asDate = (text: string): Date => {
    const [d, m, y] = /^\d{4}-/.test(text) ? text.split("-").map(Number).reverse() : text.split(".").map(Number);
    return new Date(Date.UTC(y!, m! - 1, d));
  };
  for (const l of lines) {
    sheet.addRow([
      Number(l.studentNumber),
      l.fullName,
      l.group,
      l.programmeCode,
      Number(l.course),
      l.level,
      l.practiceType,
      asDate(l.start),
      asDate(l.end),
      Number(l.weeks),
      l.email ? { text: l.email, hyperlink: `mailto:${l.email}` } : null,
    ]);
  }
  sheet.getColumn(8).numFmt = "dd.mm.yyyy";
  sheet.getColumn(9).numFmt = "dd.mm.yyyy";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `n` distinct students of one department, one production practice each. */
export function manyLines(n: number, offset = 0): RosterLine[] {
  const surnames = ["Сейтқали", "Омаров", "Иванова", "Нұрланов", "Ахметова", "Ким", "Әбенов", "Petrov"];
  const names = ["Аружан", "Ерлан", "Дина", "Нұрсұлтан", "Айгерим", "Виктор", "Dana", "Мирас"];
  return Array.from({ length: n }, (_, i) =>
    line({
      studentNumber: String(30_000_000 + offset + i),
      fullName: `${surnames[i % surnames.length]!} ${names[Math.floor(i / surnames.length) % names.length]!}`,
      group: `SE-${2201 + (i % 40)}`,
      email: i % 3 === 0 ? "" : `sup${i % 25}@iitu.edu.kz`,
    }),
  );
}

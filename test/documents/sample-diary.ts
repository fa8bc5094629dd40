import { addDays, isWeekend } from "../../src/domain/rules/dates.js";
import type { DiaryReportData, DiaryReportEntry } from "../../src/documents/diary-report-data.js";

/** All nine Kazakh-specific letters, in a sentence a student would write. */
export const KAZAKH_ENTRY =
  "Ұйымның құрылымымен таныстым: әкімшілік бөлімі, қаржы бөлімі және өндіріс цехы. Жетекшінің тапсырмасы бойынша ғимараттың жоспарын тексеріп, " +
  "есепке қажетті деректерді жинадым. Күнделікті жұмыс: құжаттарды өңдеу, кестелер құру, һәм үш үлгіні салыстыру.";

const TASKS = [
  "Изучил внутренние регламенты отдела и правила техники безопасности; прошёл инструктаж у руководителя практики.",
  "Подготовил сводную таблицу по заказам за третий квартал, сверил данные с бухгалтерией и исправил расхождения.",
  "Участвовал в совещании отдела, составил протокол и список задач на неделю для группы аналитиков.",
  "Разработал черновик отчёта по анализу рынка; собрал материалы для раздела «Основная часть» отчёта по практике.",
];

/** An entry of the maximum length (3,000 characters), taller than what is left of a page. */
export const LONG_ENTRY = `${TASKS.join(" ")} `.repeat(8).slice(0, 3000).trim();

/** A diary of `n` working-day entries from 5 Oct 2026, in several states, with a long entry that spans pages. */
export function sampleDiaryReportData(n = 60, overrides: Partial<DiaryReportData> = {}): DiaryReportData {
  const entries: DiaryReportEntry[] = [];
  let date = "2026-10-05";
  for (let i = 0; entries.length < n; i++) {
    if (!isWeekend(date)) {
      const k = entries.length;
      const text = k === 1 ? KAZAKH_ENTRY : k === 7 ? LONG_ENTRY : (TASKS[k % TASKS.length] ?? "");
      const status: DiaryReportEntry["status"] = k % 11 === 5 ? "returned" : k >= n - 3 ? "submitted" : "approved";
      entries.push({
        date,
        hours: k % 5 === 4 ? 5.5 : 6,
        text,
        status,
        mark: date === "2026-10-26" ? "holiday" : null,
        decision:
          status === "submitted"
            ? null
            : {
                kind: status,
                by: "Әлібекова Гүлнұр Серікқызы",
                role: "organisationSupervisor",
                at: `${addDays(date, 1)}T05:30:00.000Z`,
                reason: status === "returned" ? "Опишите результат подробнее" : null,
              },
      });
    }
    date = addDays(date, 1);
  }
  const handedIn = entries.filter((e) => e.status !== "returned");
  const sum = (list: DiaryReportEntry[]) => list.reduce((s, e) => s + e.hours, 0);
  const weeks = new Map<number, DiaryReportEntry[]>();
  for (const e of entries) {
    const index = Math.floor((Date.parse(e.date) - Date.parse("2026-10-05")) / (7 * 86_400_000)) + 1;
    weeks.set(index, [...(weeks.get(index) ?? []), e]);
  }
  return {
    placementId: "pl-sample",
    university: "Халықаралық ақпараттық технологиялар университеті",
    department: "Ақпараттық жүйелер кафедрасы",
    student: { fullName: "Сейтқали Аружан Нұрланқызы", studentNumber: "30000042" },
    programme: "6B06102 Информационные системы",
    group: "ИС-22-1",
    practiceType: "production",
    organisation: { name: "ТОО «Қазақ Өнеркәсіп Жүйелері»", unit: "Отдел аналитики" },
    startDate: "2026-10-05",
    endDate: entries.at(-1)?.date ?? "2026-10-05",
    universitySupervisor: "Жұмабаев Ерлан Қайратұлы",
    organisationSupervisor: "Әлібекова Гүлнұр Серікқызы",
    entries,
    weeks: [...weeks.entries()].map(([index, list]) => ({
      index,
      from: list[0]!.date,
      to: list.at(-1)!.date,
      hours: sum(list.filter((e) => e.status !== "returned")),
      approvedHours: sum(list.filter((e) => e.status === "approved")),
    })),
    totals: {
      hours: sum(handedIn),
      approvedHours: sum(entries.filter((e) => e.status === "approved")),
      requiredHours: 360,
      weeklyTarget: 30,
    },
    characteristic: {
      text: "Білім алушы тапсырмаларды уақытында және сапалы орындады, ұжымда өзін жақсы көрсетті. Аналитикалық жұмысқа қабілетті.",
      suggestedScore: 92,
      suggestedLetter: "A-",
      by: "Әлібекова Гүлнұр Серікқызы",
      at: "2026-12-20T06:00:00.000Z",
    },
    grade: {
      score: 90,
      letter: "A-",
      points: 3.67,
      by: "Жұмабаев Ерлан Қайратұлы",
      role: "universitySupervisor",
      at: "2026-12-28T08:15:00.000Z",
    },
    signOffs: [
      { role: "organisationSupervisor", by: "Әлібекова Гүлнұр Серікқызы", at: "2026-12-21T09:00:00.000Z" },
      { role: "universitySupervisor", by: "Жұмабаев Ерлан Қайратұлы", at: "2026-12-22T10:30:00.000Z" },
    ],
    ...overrides,
  };
}

import PDFDocument from "pdfkit";
import { fontBytes } from "../documents/fonts.js";
import type { IsoDate } from "../domain/rules/dates.js";
import type { DemoDiaryInput, DemoDiaryState } from "./seed-demo-diaries.js";

/**
 * What the demo's diaries say, in Kazakh and Russian: the entries' texts, the return reason and the
 * correction, the finished diaries' characteristic and grades, and the student's report as a PDF.
 */

export const TEXTS: Record<DemoDiaryInput["language"], readonly string[]> = {
  kk: [
    "Кіріспе нұсқаулықтан және қауіпсіздік техникасы бойынша нұсқамадан өттім, жұмыс орнын баптадым: Git, Docker, ішкі VPN.",
    // Every Kazakh letter (ә ғ қ ң ө ұ ү һ і) in one entry: the PDF and the chat must render them all.
    "Деректер қорының кестелерін жобаладым, ұйымның жиһаз есебіне арналған сұраныстарды жаздым және өнімділігін тексердім; тәлімгермен код шолуын өткіздім, түзетулер үшін тапсырма алдым.",
    "Жұмыс істедім, тапсырмаларды орындадым, жиналысқа қатыстым.",
    "Өтінімдерді тіркеу модулінің талаптарын талдадым, пайдаланушы сценарийлерін жазып, Jira-да тапсырмаларға бөлдім.",
    "Өтінімдерді тіркеу модулінің REST API әдістерін жаздым, кіріс деректерін тексеруді қостым.",
    "Модульдік тесттер жаздым (Jest), қамту 62%-дан 78%-ға өсті; екі қатені түзеттім.",
    "Пайдаланушы рөлдері бойынша қолжетімділікті шектеу логикасын іске асырдым және тәлімгерге көрсеттім.",
    "Есептер бөлімінің Excel экспортын жасадым, үлкен кестелерде жадты үнемдеу үшін ағынмен жазуды қолдандым.",
    "Сынақ ортасына орналастыруға қатыстым, CI конвейеріндегі құлаған қадамды түзеттім.",
    "Апталық жиналыста жұмыс нәтижелерін баяндадым, келесі аптаның жоспарын тәлімгермен келістім.",
  ],
  ru: [
    "Прошёл вводный инструктаж и инструктаж по технике безопасности, настроил рабочее место: Git, Docker, доступ к VPN.",
    "Изучил архитектуру сервиса заявок, составил схему взаимодействия микросервисов и очередей сообщений.",
    "Работал над задачами, участвовал в совещании.",
    "Разобрал требования к модулю платежей, описал пользовательские сценарии и завёл задачи в Jira.",
    "Настроил CI-конвейер для сервиса заявок, исправил две ошибки валидации форм.",
    "Написал модульные тесты к модулю отчётов, покрытие выросло с 55 до 74 %.",
    "Реализовал кэширование справочников в Redis, время ответа API снизилось примерно вдвое.",
    "Подготовил миграцию базы данных для новой таблицы платежей, проверил откат на тестовом стенде.",
    "Провёл нагрузочное тестирование (k6), оформил для наставника отчёт с узкими местами.",
    "Исправил утечку соединений в пуле PostgreSQL, добавил метрики в Grafana.",
  ],
};
/** The vague entry (index 2) comes back with this reason, and (signed diary) its correction. */
export const RETURN_REASON: Record<DemoDiaryInput["language"], string> = {
  kk: "Нақты не істегеніңізді жазыңыз: қандай тапсырма, қандай нәтиже.",
  ru: "Опишите конкретно: какую задачу решали и какой получили результат.",
};
export const CORRECTED: Record<DemoDiaryInput["language"], string> = {
  kk: "Жиналыста «Өтінімдер» модулінің талаптарын талқыладым, үш пайдаланушы сценарийін жазып, тәлімгермен келістім.",
  ru: "На совещании разобрали требования к модулю заявок; описал три пользовательских сценария и согласовал их с наставником.",
};
/** The finished diaries' characteristic, suggested score and final grade (MR-595 App. 1: 92 → A-, 91 → A-, 45 / 40 → FX). */
export const FINISHED: Record<
  Exclude<DemoDiaryState, "inProgress">,
  { suggested: number; grade: number; characteristic: Record<DemoDiaryInput["language"], string> }
> = {
  signed: {
    suggested: 92,
    grade: 91,
    characteristic: {
      kk: "Практикант тапсырмаларды уақытында және сапалы орындады, команда жұмысына белсене қатысты, кәсіби этиканы сақтады. Өте жақсы бағаға лайық.",
      ru: "Практикант выполнял задания в срок и качественно, активно участвовал в работе команды, соблюдал профессиональную этику. Заслуживает отличной оценки.",
    },
  },
  failed: {
    suggested: 45,
    grade: 40,
    characteristic: {
      kk: "Практикант базаға тұрақты келмеді, жоспарланған тапсырмалардың жартысын орындамады, есеп тапсырылған жоқ.",
      ru: "Практикант посещал базу практики нерегулярно, половину запланированных задач не выполнил, отчёт не представлен.",
    },
  },
};

/** QP-06 5.13: the individual tasks the demo's supervisor gives on the practice's second working day. */
export const DEMO_ASSIGNMENT: Record<DemoDiaryInput["language"], string> = {
  kk: "1. Ұйымның құрылымымен, ішкі тәртіп ережелерімен және еңбек қауіпсіздігі талаптарымен танысу.\n2. Бөлімнің ақпараттық жүйесінің дерекқорын талдап, оның сызбасын жасау.\n3. Есептерге арналған SQL сұраныстарын жазып, тестілеу.\n4. Практика бойынша есепке материал жинау.",
  ru: "1. Изучить структуру организации, правила внутреннего распорядка и требования охраны труда.\n2. Проанализировать базу данных информационной системы отдела и составить её схему.\n3. Написать и протестировать SQL-запросы для отчётов.\n4. Собрать материалы для отчёта по практике.",
};

/** QP-06 6.5–6.6: the demo commission's coordinator (a stand-in account), members (the chair first) and grade. */
export const DEMO_COMMISSION = {
  coordinator: { telegramId: 19, firstName: "Гүлмира" },
  members: ["Сейітқазы Бауыржан Кенжеұлы", "Ахметова Сәуле Бекқызы", "Жақсылықова Динара Ерланқызы"],
  score: 91,
} as const;

/** A one-page practice report (the student's own document) as a real PDF, in the diary's language. */
export async function renderDemoReportPdf(input: {
  studentName: string;
  organisation: string;
  startDate: IsoDate;
  endDate: IsoDate;
  language: DemoDiaryInput["language"];
}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: "Practice report", Author: input.studentName } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  // One embedded font (DejaVu covers Kazakh and Russian): parsing a font is most of the rendering time.
  doc.registerFont("regular", fontBytes("regular"));
  const title = input.language === "kk" ? "Өндірістік практика бойынша есеп" : "Отчёт по производственной практике";
  doc.font("regular").fontSize(16).text(title, { align: "center" }).moveDown();
  doc.fontSize(11).text(input.studentName).text(input.organisation).text(`${input.startDate} — ${input.endDate}`).moveDown();
  doc.text(TEXTS[input.language].slice(3, 7).join("\n\n"));
  doc.end();
  return done;
}

import { Types } from "mongoose";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpServer } from "../../src/http/index.js";
import { useTestDatabase } from "../support/database.js";
import { createSeeder, type Seeder } from "../support/seed.js";
import type { TestPerson } from "../support/bot-harness.js";
import { initDataFor, launchBrowser, launchUrl, openBoard, SHOTS, startBoardServer } from "./browser-support.js";

/**
 * The board in a real browser (Debian's Chromium through playwright-core), served by the real HTTP server with the
 * real API over the test database, opened as Telegram opens a Mini App: signed launch data in the URL hash and the
 * native bridge stubbed. Screenshots go to /tmp/board-shots.
 */
const database = useTestDatabase();
let browser: Browser;
let http: HttpServer;
let base: string;
let h: Awaited<ReturnType<typeof startBoardServer>>["h"];
let seed: Seeder;

const people: Record<"coordinatorKk" | "coordinatorRu" | "supervisor" | "otherSupervisor" | "student" | "outsider", TestPerson> = {
  coordinatorKk: { id: 700001, firstName: "Гүлмира", languageCode: "kk" },
  coordinatorRu: { id: 700002, firstName: "Ольга", languageCode: "ru" },
  supervisor: { id: 700003, firstName: "Сәуле", languageCode: "ru" },
  otherSupervisor: { id: 700004, firstName: "Ирина", languageCode: "ru" },
  student: { id: 700010, firstName: "Аружан", languageCode: "kk" },
  outsider: { id: 700020, firstName: "Дәурен", languageCode: "kk" },
};

const STUDENTS = [
  { person: people.student, code: "220103", name: "Сейтқали Аружан", group: "SE-2203", supervisor: "supervisor" },
  { person: { id: 700011, firstName: "Гүлнар" }, code: "220104", name: "Әбенова Гүлнар", group: "SE-2204", supervisor: "supervisor" },
  { person: { id: 700012, firstName: "Ерлан" }, code: "220105", name: "Қожахметов Ерлан", group: "SE-2203", supervisor: "otherSupervisor" },
  { person: { id: 700013, firstName: "Айгерім" }, code: "220106", name: "Өмірзақова Айгерім", group: "SE-2204", supervisor: null },
] as const;
const OTHER_DEPARTMENT_STUDENT = "Нұрпейісов Бауыржан";

beforeAll(async () => {
  const started = await startBoardServer(database.connection());
  ({ h, http, base } = started);
  seed = createSeeder(h.db, () => new Date("2026-11-23T09:00:00Z"));
  const cs = await seed.department("CS", "iitu", "Ақпараттық жүйелер кафедрасы");
  const ee = await seed.department("EE", "iitu", "Электр энергетикасы кафедрасы");
  const csId = new Types.ObjectId(String(cs._id));
  await seed.staff(people.coordinatorKk, "coordinator", { departmentId: csId });
  await seed.staff(people.coordinatorRu, "coordinator", { departmentId: csId });
  await seed.staff(people.supervisor, "universitySupervisor", { departmentId: csId });
  await seed.staff(people.otherSupervisor, "universitySupervisor", { departmentId: csId });
  await h.db.users.setLanguage(people.coordinatorKk.id, "kk");
  await h.db.users.setLanguage(people.coordinatorRu.id, "ru");
  await h.db.users.setLanguage(people.supervisor.id, "ru");
  await h.db.users.setLanguage(people.student.id, "kk");
  await h.db.users.setFullName(people.supervisor.id, "Ахметова Сәуле Бекқызы");
  await h.db.users.setFullName(people.otherSupervisor.id, "Ковалёва Ирина Петровна");
  for (const s of STUDENTS) {
    const student = await seed.student(s.person, cs, { studentNumber: s.code, fullName: s.name, group: s.group });
    if (s.supervisor === null) continue;
    const placement = await seed.placement(student, { universitySupervisor: people[s.supervisor] });
    await seed.entries(h.services, placement, s.person, [
      { date: "2026-11-16", text: "Дерекқор кестелерін жобаладым." },
      { date: "2026-11-17", text: "Серверлік бөлігін тестіледім." },
    ]);
  }
  const outsider = await seed.student(people.outsider, ee, {
    studentNumber: "230201",
    fullName: OTHER_DEPARTMENT_STUDENT,
    group: "EE-2301",
  });
  await seed.placement(outsider);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await http?.close(0);
});

const rosterNames = (page: import("playwright-core").Page) => page.locator("table.roster-table tbody tr td:nth-child(2)").allInnerTexts();

describe("the board in a real browser", () => {
  it("a coordinator sees their department in Kazakh, and only it, and finds a student by name", async () => {
    const { context, page, events } = await openBoard(browser, launchUrl(base, initDataFor(people.coordinatorKk.id, "kk")));
    try {
      await page.locator("table.roster-table").waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("kk");
      expect(await page.getByRole("tab", { name: "Білім алушылар" }).count()).toBe(1);
      const headings = (await page.locator("th").allInnerTexts()).join(" | ");
      for (const heading of ["Аты-жөні", "Студенттік ID", "Топ", "Мәртебе", "Практика базасы"]) expect(headings).toContain(heading);
      const names = await rosterNames(page);
      expect(names.sort()).toEqual(STUDENTS.map((s) => s.name).sort());
      expect(names).not.toContain(OTHER_DEPARTMENT_STUDENT);
      await page.screenshot({ path: `${SHOTS}/coordinator-kk-roster.png`, fullPage: true });

      await page.getByRole("searchbox").fill("Әбенова");
      await expect.poll(() => rosterNames(page)).toEqual(["Әбенова Гүлнар"]);
      await page.screenshot({ path: `${SHOTS}/coordinator-kk-search.png`, fullPage: true });

      // The Telegram client heard that the board is ready, through the native bridge (no telegram.org script).
      expect(await events()).toEqual(expect.arrayContaining(["web_app_ready", "web_app_expand"]));
    } finally {
      await context.close();
    }
  });

  it("a coordinator sees the same department in Russian and finds a student by ID", async () => {
    const { context, page } = await openBoard(browser, launchUrl(base, initDataFor(people.coordinatorRu.id, "ru")));
    try {
      await page.locator("table.roster-table").waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("ru");
      const headings = (await page.locator("th").allInnerTexts()).join(" | ");
      for (const heading of ["ФИО", "ID студента", "Группа", "Статус", "База практики"]) expect(headings).toContain(heading);
      expect((await rosterNames(page)).length).toBe(STUDENTS.length);

      await page.getByRole("searchbox").fill("220105");
      await expect.poll(() => rosterNames(page)).toEqual(["Қожахметов Ерлан"]);
      await page.screenshot({ path: `${SHOTS}/coordinator-ru-search.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("a coordinator opens a student's page: supervisors, the entries in the heat-map", async () => {
    const { context, page } = await openBoard(browser, launchUrl(base, initDataFor(people.coordinatorRu.id, "ru")));
    try {
      await page.getByRole("button", { name: "Қожахметов Ерлан" }).click();
      await page.locator(".student-page h2").waitFor();
      expect(await page.locator(".student-page h2").innerText()).toBe("Қожахметов Ерлан");
      expect(await page.locator(".student-page").innerText()).toContain("Ковалёва Ирина Петровна");
      expect(await page.locator(".heatmap-cell.entry-submitted").count()).toBe(2);
      await page.screenshot({ path: `${SHOTS}/coordinator-ru-student.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("a supervisor sees only their students' pending entries and approves them in bulk", async () => {
    const { context, page } = await openBoard(browser, launchUrl(base, initDataFor(people.supervisor.id, "ru")));
    try {
      await page.locator(".pending li.entry").first().waitFor();
      // Their two students' two entries each; the other supervisor's student is not there.
      expect(await page.locator(".pending li.entry").count()).toBe(4);
      const pending = await page.locator(".pending").innerText();
      for (const s of STUDENTS.filter((x) => x.supervisor === "supervisor")) expect(pending).toContain(s.name);
      expect(pending).not.toContain("Қожахметов Ерлан");

      // QP-06 5.12: a return needs a reason; without one nothing is sent.
      await page.getByText("Выбрать все").click();
      await page.getByRole("button", { name: "Вернуть на доработку выбранные" }).click();
      expect(await page.locator(".decide [role=alert]").innerText()).toContain("причину");
      await page.screenshot({ path: `${SHOTS}/supervisor-ru-pending.png`, fullPage: true });

      await page.getByRole("button", { name: "Утвердить выбранные" }).click();
      await page.locator(".row-results").waitFor();
      expect(await page.locator(".row-results li.ok").count()).toBe(4);
      await page.screenshot({ path: `${SHOTS}/supervisor-ru-approved.png`, fullPage: true });
      await expect.poll(() => page.locator(".pending li.entry").count()).toBe(0);
    } finally {
      await context.close();
    }
    // The decisions were made by the service, not only shown: every entry of their students is approved.
    for (const s of STUDENTS.filter((x) => x.supervisor === "supervisor")) {
      const student = await h.db.students.findByTelegramId(s.person.id);
      const entries = await h.db.models.DiaryEntry.find({ studentId: String(student!._id) }).lean();
      expect(entries.map((e) => e.status)).toEqual(["approved", "approved"]);
    }
  });

  it("a student sees a polite page and no roster, in the colours of their Telegram theme", async () => {
    const theme = {
      bg_color: "#17212b",
      text_color: "#f5f5f5",
      hint_color: "#708499",
      button_color: "#5288c1",
      button_text_color: "#ffffff",
    };
    const { context, page } = await openBoard(browser, launchUrl(base, initDataFor(people.student.id, "kk"), theme));
    try {
      await page.locator(".student-home").waitFor();
      expect(await page.locator(".student-home").innerText()).toContain("кафедра қызметкерлері");
      expect(await page.locator("table").count()).toBe(0);
      expect(await page.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgb(23, 33, 43)");
      expect(await page.evaluate("getComputedStyle(document.body).color")).toBe("rgb(245, 245, 245)");
      await page.screenshot({ path: `${SHOTS}/student-kk.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("tampered launch data shows the error page, in the language Telegram named", async () => {
    const genuine = initDataFor(people.coordinatorRu.id, "ru");
    const tampered = genuine.replace(/hash=([0-9a-f])/, (_, c: string) => `hash=${c === "0" ? "1" : "0"}`);
    expect(tampered).not.toBe(genuine);
    const { context, page } = await openBoard(browser, launchUrl(base, tampered));
    try {
      await page.locator(".error-page").waitFor();
      expect(await page.locator(".error-page").getAttribute("data-error")).toBe("badSignature");
      expect(await page.locator(".error-page").innerText()).toContain("Не удалось подтвердить данные для входа");
      expect(await page.locator("table").count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/tampered-ru.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

type Locale = "kk" | "ru" | "en";

/** A department with 30 students in two groups, one named «Әбілқасымова Айгерім», and a supervisor assigned to two of them. */
async function department(locale: Locale) {
  const seed = createSeeder(h.db);
  const cs = await seed.department("CS");
  const coordinator = seed.person(locale, "Гүлнар");
  const supervisor = seed.person(locale, "Данияр");
  await seed.staff(coordinator, "coordinator", { departmentId: cs._id });
  await seed.staff(supervisor, "universitySupervisor", { departmentId: cs._id });
  const students: TestPerson[] = [];
  for (let i = 0; i < 30; i++) {
    const person = seed.person(locale);
    students.push(person);
    const fullName = i === 7 ? "Әбілқасымова Айгерім" : i === 8 ? "Сейітов Ерлан" : `Оқушы${String(i).padStart(2, "0")} Тест`;
    const record = await seed.student(person, cs, { studentNumber: `2021${1000 + i}`, fullName, group: i < 15 ? "SE-2201" : "SE-2202" });
    if (i === 7 || i === 20) await seed.placement(record, { status: "submitted", universitySupervisor: supervisor });
  }
  for (const person of [coordinator, supervisor]) await h.db.users.setLanguage(person.id, locale);
  return { coordinator, supervisor };
}

describe.each(["kk", "ru", "en"] as const)("/students search for a department of hundreds (%s)", (locale) => {
  it("part of a name in any case finds the student with their practice status", async () => {
    const { coordinator } = await department(locale);
    await h.text(coordinator, "/students ӘБІЛҚАСЫМ");
    const text = h.lastText(coordinator.id);
    expect(text.split("\n")[0]).toBe(h.t(locale, "cp-search-header", { query: "ӘБІЛҚАСЫМ", count: 1 }));
    expect(text).toContain("Әбілқасымова Айгерім (20211007, SE-2201)");
    expect(text).toContain(
      h.t(locale, "cp-students-placement", {
        practiceType: h.t(locale, "placement-type-production"),
        status: h.t(locale, "placement-status-submitted"),
      }),
    );
  });

  it("a typed student ID finds that student (it is not taken as a group filter)", async () => {
    const { coordinator } = await department(locale);
    await h.text(coordinator, "/students 20211008");
    const text = h.lastText(coordinator.id);
    expect(text.split("\n")[0]).toBe(h.t(locale, "cp-search-header", { query: "20211008", count: 1 }));
    expect(text).toContain("Сейітов Ерлан (20211008, SE-2201)");
    expect(text).toContain(h.t(locale, "cp-students-no-placement"));
  });

  it("a group of the department is the group filter with pages; a name matching many shows the first 20 and says so", async () => {
    const { coordinator } = await department(locale);
    await h.text(coordinator, "/students se-2202");
    expect(h.lastText(coordinator.id)).toContain(h.t(locale, "cp-students-header", { count: 15, page: 1, pages: 2 }));
    await h.text(coordinator, "/students оқушы");
    const text = h.lastText(coordinator.id);
    expect(text.split("\n")[0]).toBe(h.t(locale, "cp-search-header", { query: "оқушы", count: 28 }));
    expect(text.split("\n").filter((line) => /^\d+\. /.test(line))).toHaveLength(20);
    expect(text.endsWith(h.t(locale, "cp-search-more", { shown: 20 }))).toBe(true);
  });

  it("nobody matching is said with the query; a university supervisor finds only the students assigned to them (domain.md §1)", async () => {
    const { coordinator, supervisor } = await department(locale);
    await h.text(coordinator, "/students Иванов");
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "cp-search-none", { query: "Иванов" }));
    await h.text(supervisor, "/students сейітов");
    expect(h.lastText(supervisor.id)).toBe(h.t(locale, "cp-search-none", { query: "сейітов" }));
    await h.text(supervisor, "/students тест");
    const text = h.lastText(supervisor.id);
    expect(text.split("\n")[0]).toBe(h.t(locale, "cp-search-header", { query: "тест", count: 1 }));
    expect(text).toContain("(20211020, SE-2202)");
  });
});

describe("/students filters accept status and practice-type words in kk/ru, not only English tokens (issue 15)", () => {
  const cases = [
    ["kk", "бекітуді күтуде өндірістік"],
    ["ru", "производственная на утверждении"],
    ["en", "industrial waiting"],
    // A coordinator may type Russian in a Kazakh chat.
    ["kk", "ОЖИДАЕТ утверждения"],
  ] as const;
  it.each(cases)("%s: «%s» filters by the status (and the type), the list shows the two waiting students", async (locale, words) => {
    const { coordinator } = await department(locale);
    await h.text(coordinator, `/students ${words}`);
    const text = h.lastText(coordinator.id);
    expect(text.split("\n")[0]).toBe(h.t(locale, "cp-students-header", { count: 2, page: 1, pages: 1 }));
    expect(text.split("\n")[1]).toBe(
      h.t(locale, "cp-students-filters", {
        group: h.t(locale, "cp-filter-any"),
        practiceType: words.includes("ОЖИДАЕТ") ? h.t(locale, "cp-filter-any") : h.t(locale, "placement-type-production"),
        status: h.t(locale, "placement-status-submitted"),
      }),
    );
    expect(text).toContain("Әбілқасымова Айгерім");
  });

  it("ru: «утверждена» is the approved filter (nobody here yet), not a name; a name is still searched", async () => {
    const { coordinator } = await department("ru");
    await h.text(coordinator, "/students утверждена");
    expect(h.lastText(coordinator.id).split("\n")[0]).toBe(h.t("ru", "cp-students-header", { count: 0, page: 1, pages: 1 }));
    await h.text(coordinator, "/students Әбілқасымова");
    expect(h.lastText(coordinator.id).split("\n")[0]).toBe(h.t("ru", "cp-search-header", { query: "Әбілқасымова", count: 1 }));
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();

beforeEach(async () => {
  await clearDatabase(database.connection());
});

describe("a staff member's name for practice documents (QP-06 6.2)", () => {
  it.each(["kk", "ru", "en"] as const)("%s: /me shows it is missing, the button asks it, /me then shows it", async (locale) => {
    const h = createHarness({ connection: database.connection() });
    const seed = createSeeder(h.db);
    const department = await seed.department("CS", "iitu");
    const coordinator: TestPerson = { id: 5501, firstName: "Гүлнар", languageCode: locale };
    await seed.staff(coordinator, "coordinator", { departmentId: department._id });
    await h.db.users.setLanguage(coordinator.id, locale);

    await h.text(coordinator, "/me");
    expect(h.lastText(coordinator.id)).toContain(h.t(locale, "me-staff-name-missing", { name: "Гүлнар" }));
    expect(h.lastButtons(coordinator.id)).toEqual(["me.name"]);
    await h.press(coordinator, "me.name");
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "staff-name-ask"));
    await h.text(coordinator, "Сейітова Гүлнар 2");
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "onboarding-full-name-letters-only"));
    await h.text(coordinator, "Сейітова Гүлнар Маратқызы");
    expect(h.lastText(coordinator.id)).toBe(h.t(locale, "staff-name-saved", { name: "Сейітова Гүлнар Маратқызы" }));
    await h.text(coordinator, "/me");
    expect(h.lastText(coordinator.id)).toContain(h.t(locale, "me-staff-name", { name: "Сейітова Гүлнар Маратқызы" }));
  });

  it("a student has no such button, and a forged press changes nothing", async () => {
    const h = createHarness({ connection: database.connection() });
    const seed = createSeeder(h.db);
    const department = await seed.department("CS", "iitu");
    const student: TestPerson = { id: 5502, firstName: "Ерлан", languageCode: "ru" };
    await seed.student(student, department, { fullName: "Сейітов Ерлан", group: "SE-2203" });
    await h.text(student, "/me");
    expect(h.lastButtons(student.id)).toEqual([]);
    const profileMessage = h.calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === student.id).at(-1)!;
    await h.press(student, "me.name", profileMessage.result.message_id as number);
    expect(h.sentTexts(student.id)).not.toContain(h.t("ru", "staff-name-ask"));
    expect((await h.db.users.findByTelegramId(student.id))?.fullName).toBeUndefined();
  });
});

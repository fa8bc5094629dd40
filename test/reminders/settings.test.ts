import { beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "../support/bot-harness.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();

beforeEach(async () => {
  await clearDatabase(database.connection());
});

describe("/settings («Уведомления»): optional reminders can be muted, mandatory ones cannot", () => {
  it("a student mutes the daily reminder and subscribes to transfer windows; a forged mandatory kind changes nothing", async () => {
    const h = createHarness({ connection: database.connection() });
    const seed = createSeeder(h.db);
    const person = { id: 870001, firstName: "Дана", languageCode: "ru" };
    await seed.student(person, await seed.department());
    await h.db.users.setLanguage(person.id, "ru");
    await h.text(person, "/settings");
    expect(h.sentTexts(person.id).at(-1)).toContain(h.t("ru", "settings-mandatory-note"));
    expect(h.lastButtons(person.id)).toEqual([
      "set:lang",
      "set:mute:diary-daily",
      "set:mute:diary-nudge",
      "set:mute:deadline-orientation",
      "set:transfer",
    ]);
    await h.press(person, "set:mute:diary-daily");
    await h.press(person, "set:transfer");
    expect(await h.db.users.reminderSettings(person.id)).toEqual({
      diaryDigest: false,
      mutedReminders: ["diary-daily"],
      transferWindowReminders: true,
    });
    await h.press(person, "set:mute:diary-daily");
    expect((await h.db.users.reminderSettings(person.id)).mutedReminders).toEqual([]);
    const forged = await h.press(person, "set:mute:deadline-report-due");
    expect(forged.some((c) => c.method === "answerCallbackQuery")).toBe(true);
    expect((await h.db.users.reminderSettings(person.id)).mutedReminders).toEqual([]);
  });

  it("a supervisor switches to the daily digest; a student cannot", async () => {
    const h = createHarness({ connection: database.connection() });
    const seed = createSeeder(h.db);
    const department = await seed.department();
    const supervisor = { id: 870002, firstName: "Ерлан", languageCode: "kk" };
    await seed.staff(supervisor, "universitySupervisor", { departmentId: department._id });
    await h.text(supervisor, "/settings");
    expect(h.lastButtons(supervisor.id)).toEqual(["set:lang", "set:digest"]);
    await h.press(supervisor, "set:digest");
    expect((await h.db.users.reminderSettings(supervisor.id)).diaryDigest).toBe(true);
    const student = { id: 870003, firstName: "Дана", languageCode: "en" };
    await seed.student(student, department);
    await h.text(student, "/settings");
    await h.press(student, "set:digest", undefined);
    expect((await h.db.users.reminderSettings(student.id)).diaryDigest).toBe(false);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import type { Locale } from "../../src/config/config.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
/** Wednesday 20 January 2027 in Almaty: the second week of the practice (11 Jan – 5 Mar 2027). */
const TODAY = new Date("2027-01-20T09:00:00Z");
let now = TODAY;
let placementId = "";

const TEXT = "Wrote unit tests for the payment module and fixed the defects they found.";

function people(locale: Locale) {
  const base = { kk: 7600, ru: 7700, en: 7800 }[locale];
  return {
    student: { id: base + 1, firstName: "Аружан", languageCode: locale } satisfies TestPerson,
    university: { id: base + 2, firstName: "Данияр", languageCode: locale } satisfies TestPerson,
    organisation: { id: base + 3, firstName: "Ерлан", languageCode: locale } satisfies TestPerson,
    coordinator: { id: base + 4, firstName: "Гүлнар", languageCode: locale } satisfies TestPerson,
  };
}

async function setUp(locale: Locale) {
  const p = people(locale);
  const seed = createSeeder(h.db);
  const department = await seed.department("CS", "iitu");
  await seed.student(p.student, department, { fullName: "Сейтқали Аружан", studentNumber: "20210345" });
  await seed.staff(p.coordinator, "coordinator", { departmentId: department._id });
  const placement = await seed.placementThroughBase(p.student, {
    stage: "approved",
    coordinator: p.coordinator,
    universitySupervisor: p.university,
    organisationSupervisor: p.organisation,
  });
  placementId = String(placement._id);
  for (const person of Object.values(p)) {
    await h.db.users.touch({ id: person.id, first_name: person.firstName }, null);
    await h.db.users.setLanguage(person.id, locale);
  }
  now = TODAY;
  return p;
}

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-11-23T09:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now });
  await h.db.syncIndexes();
});

describe("/diary: the link is read again when the entry is sent (QP-06 5.11, 5.12)", () => {
  for (const locale of ["kk", "ru", "en"] as const) {
    it(`${locale}: unlinked by the coordinator while the scene is open → nothing written, the account is told it is no longer linked (QP-06 5.12)`, async () => {
      const p = await setUp(locale);
      await h.text(p.student, "/diary");
      await h.press(p.student, "dia.d:2027-01-20");
      await h.press(p.student, "dia.h:6");

      await h.text(p.coordinator, "/unlink 20210345 Another person registered with this student ID");
      expect((await h.db.students.findByStudentNumber("20210345"))!.telegramId).toBeUndefined();

      await h.text(p.student, TEXT);
      await h.press(p.student, "dia.ev:done");
      await h.press(p.student, "dia.cf:send");
      expect(h.lastText(p.student.id)).toBe(h.t(locale, "diary-account-unlinked"));
      expect(h.sentTexts(p.student.id).join("\n")).not.toContain(h.t(locale, "diary-sent", { date: "20.01.2027" }));
      expect(await h.db.diaryEntries.findByDate(placementId, "2027-01-20")).toBeNull();
      expect(await h.db.diaryDrafts.find(p.student.id)).toBeNull();
    });
  }
});

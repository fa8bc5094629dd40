import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
/** Wednesday 20 January 2027, 14:00 in Almaty: the second week of the practice (11 Jan – 5 Mar 2027). */
const TODAY = new Date("2027-01-20T09:00:00Z");
const TEXT = "Написал модульные тесты для платёжного модуля и исправил найденные ошибки.";
const student = { id: 7601, firstName: "Аружан", languageCode: "ru" } satisfies TestPerson;
const university = { id: 7602, firstName: "Данияр", languageCode: "ru" } satisfies TestPerson;
const organisation = { id: 7603, firstName: "Ерлан", languageCode: "ru" } satisfies TestPerson;
const coordinator = { id: 7604, firstName: "Гүлнар", languageCode: "ru" } satisfies TestPerson;
let placementId = "";

beforeEach(async () => {
  await clearDatabase(database.connection());
  // The default limit (10 updates per 10 s) on the harness's frozen clock: nothing here waits for a window to pass.
  h = createHarness({ connection: database.connection(), now: () => TODAY, floodControl: { now: () => TODAY.getTime() } });
  await h.db.syncIndexes();
  const seed = createSeeder(h.db);
  const department = await seed.department("CS", "iitu");
  await seed.student(student, department, { fullName: "Сейтқали Аружан", studentNumber: "20210345" });
  const placement = await seed.placementThroughBase(student, {
    stage: "approved",
    coordinator,
    universitySupervisor: university,
    organisationSupervisor: organisation,
  });
  placementId = String(placement._id);
  for (const person of [student, university, organisation, coordinator]) {
    await h.db.users.touch({ id: person.id, first_name: person.firstName }, null);
    await h.db.users.setLanguage(person.id, "ru");
  }
});

function albumPhoto(person: TestPerson, group: string, n: number) {
  return h.send({
    message: {
      message_id: 900 + n,
      date: Math.floor(TODAY.getTime() / 1000),
      chat: { id: person.id, type: "private", first_name: person.firstName },
      from: { id: person.id, is_bot: false, first_name: person.firstName, language_code: "ru" },
      media_group_id: group,
      photo: [
        { file_id: `p-${n}-s`, file_unique_id: `up-${n}-s`, width: 90, height: 90 },
        { file_id: `p-${n}`, file_unique_id: `up-${n}`, width: 800, height: 800 },
      ],
    },
  });
}

describe("flood control and albums (one send is one update)", () => {
  it("ru: an album of 8 photos in the /diary evidence step keeps every photo, and the Done press after it works", async () => {
    await h.text(student, "/diary");
    await h.press(student, "dia.d:2027-01-19");
    await h.press(student, "dia.h:4");
    await h.text(student, TEXT);
    for (let n = 1; n <= 8; n++) await albumPhoto(student, "album-1", n);
    const notice = h.i18n.t("ru", "flood-slow-down");
    expect(h.sentTexts(student.id)).not.toContain(notice);
    const done = await h.press(student, "dia.ev:done");
    expect(done.some((c) => c.method === "answerCallbackQuery" && c.payload["text"] === notice)).toBe(false);
    await h.press(student, "dia.cf:send");
    const entry = await h.db.diaryEntries.findByDate(placementId, "2027-01-19");
    expect(entry?.evidence.map((e) => e.fileUniqueId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `up-${n}`));
  });

  it("a second album is counted once more, and an album arriving over the limit is dropped whole with one notice", async () => {
    for (let i = 0; i < 8; i++) await h.text(student, "/help");
    await albumPhoto(student, "album-a", 1);
    await albumPhoto(student, "album-a", 2);
    // Update 10 of the window: admitted.
    await albumPhoto(student, "album-b", 3);
    expect(h.sentTexts(student.id)).not.toContain(h.i18n.t("ru", "flood-slow-down"));
    // Update 11: the album is over the limit; its first item brings the notice, the others nothing.
    const first = await albumPhoto(student, "album-c", 4);
    const rest = [await albumPhoto(student, "album-c", 5), await albumPhoto(student, "album-c", 6)];
    expect(first.filter((c) => c.method === "sendMessage").map((c) => c.payload["text"])).toEqual([h.i18n.t("ru", "flood-slow-down")]);
    expect(rest.flat()).toEqual([]);
    // A button pressed while over the limit is never dropped silently: it is answered with the notice.
    const press = await h.press(student, "noop:1", 1);
    expect(press.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(press[0]!.payload["text"]).toBe(h.i18n.t("ru", "flood-slow-down"));
  });
});

import { beforeEach, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, TEST_TOKEN, type TestPerson } from "../support/bot-harness.js";

const database = useTestDatabase();
const person: TestPerson = { id: 9101, firstName: "Асель", languageCode: "kk" };

beforeEach(async () => {
  await clearDatabase(database.connection());
});

it("a throwing handler gives the user a message in their language, logs the update id without the token, and the bot keeps serving", async () => {
  const h = createHarness({
    connection: database.connection(),
    tweakDb: (db) => ({
      ...db,
      students: {
        ...db.students,
        findByTelegramId: async () => {
          throw new Error(`database exploded near https://api.telegram.org/bot${TEST_TOKEN}/getMe`);
        },
      },
    }),
  });
  await h.text(person, "/me");
  expect(h.lastText(person.id)).toBe(h.t("kk", "errors-generic"));
  const failure = h.logs.find((line) => line["msg"] === "update failed");
  expect(failure).toMatchObject({ updateId: 1, kind: "handler" });
  expect(JSON.stringify(h.logs)).not.toContain(TEST_TOKEN);

  await h.text(person, "/help");
  expect(h.lastText(person.id)).toContain(h.t("kk", "help-title"));
});

import { beforeEach, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, TEST_TOKEN, type TestPerson } from "../support/bot-harness.js";

const database = useTestDatabase();
const person: TestPerson = { id: 9101, firstName: "Асель", languageCode: "kk" };

beforeEach(async () => {
  await clearDatabase(database.connection());
});

it("a failing handler gives the user a message in their language, logs the update id without the token, and the bot keeps serving", async () => {
  const h = createHarness({ connection: database.connection() });
  // Telegram refuses the handler's reply; its error text carries the token, as Bot API URLs do.
  h.failNext({
    method: "sendMessage",
    errorCode: 400,
    description: `Bad Request: can't parse entities (https://api.telegram.org/bot${TEST_TOKEN}/sendMessage)`,
  });
  await h.text(person, "/help");
  expect(h.lastText(person.id)).toBe(h.t("kk", "errors-generic"));
  const failure = h.logs.find((line) => line["msg"] === "update failed");
  expect(failure).toMatchObject({ updateId: 1, kind: "telegram" });
  expect(JSON.stringify(failure)).toContain("can't parse entities");
  expect(JSON.stringify(h.logs)).not.toContain(TEST_TOKEN);

  await h.text(person, "/help");
  expect(h.lastText(person.id)).toContain(h.t("kk", "help-title"));
});

it("a failing button handler answers the button with the message instead of leaving it spinning", async () => {
  const h = createHarness({ connection: database.connection() });
  await h.text(person, "/language");
  h.failNext({ method: "editMessageText", errorCode: 400, description: "Bad Request: message to edit not found" });
  await h.press(person, "lang:ru");
  expect(h.calls.at(-1)).toMatchObject({
    method: "answerCallbackQuery",
    payload: { text: h.t("ru", "errors-generic"), show_alert: true },
  });
});

it("staff are not sent to the practice coordinator (themselves): their failure message names the system's administrator", async () => {
  const h = createHarness({ connection: database.connection() });
  const coordinator: TestPerson = { id: 9102, firstName: "Гүлнар", languageCode: "ru" };
  const department = await h.db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" });
  await h.db.users.touch({ id: coordinator.id, first_name: coordinator.firstName }, "ru");
  await h.db.users.grantRole(coordinator.id, { role: "coordinator", departmentId: department!._id, at: new Date() });
  h.failNext({ method: "sendMessage", errorCode: 400, description: "Bad Request: can't parse entities" });
  await h.text(coordinator, "/help");
  expect(h.lastText(coordinator.id)).toBe(h.t("ru", "errors-generic-staff"));
  expect(h.t("ru", "errors-generic-staff")).not.toBe(h.t("ru", "errors-generic"));
});

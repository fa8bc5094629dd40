import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";

/**
 * Issue 7, defects a new user hits inside scenes (#3, #4, #8, #10, #12–#15, #17, #18), and drafts
 * (Structure 3): each test is an update sequence through the real bot over the real database.
 */
const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let now: Date;
let csId: string;

const HOUR = 3600 * 1000;

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-11-23T09:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now });
  await h.db.syncIndexes();
  csId = String((await h.db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" }))!._id);
  await h.db.departments.create({ code: "MATH", name: "Mathematics", policyId: "iitu" });
});

const aruzhan: TestPerson = { id: 5001, firstName: "Аружан", languageCode: "ru" };
const erlan: TestPerson = { id: 5003, firstName: "Ерлан", languageCode: "kk" };

/** The calls of one update that sent a message to the person. */
function sent(calls: Awaited<ReturnType<typeof h.text>>): string[] {
  return calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload["text"]));
}

async function register(person: TestPerson, answers: { name: string; number: string; group: string }): Promise<void> {
  await h.text(person, "/start");
  await h.text(person, answers.name);
  await h.text(person, answers.number);
  await h.press(person, "onb.level:bachelor");
  await h.text(person, "6B06102");
  await h.press(person, "onb.course:3");
  await h.text(person, answers.group);
  await h.press(person, `onb.dep:${csId}`);
}

/** Rewrites the stored scene state as if it had been written by another version of `sceneId`. */
async function storeAsOtherVersion(person: TestPerson, sceneId: string): Promise<void> {
  const key = `${person.id}:${person.id}`;
  const doc = await h.db.models.ConversationState.findById(key).lean();
  const stored = JSON.parse(doc!.state) as { version: [number, string] };
  stored.version[1] = stored.version[1].replace(new RegExp(`${sceneId}@\\d+`), `${sceneId}@0`);
  await h.db.models.ConversationState.updateOne({ _id: key }, { $set: { state: JSON.stringify(stored) } });
}

describe("issue 7 #3: commands during a scene", () => {
  it("/help, /me and /language are answered and the open question is asked again; the answers go on", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    const help = sent(await h.text(aruzhan, "/help"));
    expect(help[0]).toContain(h.t("ru", "help-title"));
    expect(help.at(-1)).toBe(h.t("ru", "onboarding-ask-student-number"));
    const me = sent(await h.text(aruzhan, "/me"));
    expect(me).toEqual([h.t("ru", "profile-not-registered"), h.t("ru", "onboarding-ask-student-number")]);
    await h.text(aruzhan, "/language");
    await h.press(aruzhan, "lang:en");
    expect(h.lastText(aruzhan.id)).toBe(h.t("en", "onboarding-ask-student-number"));
    await h.text(aruzhan, "20210345");
    expect(h.lastText(aruzhan.id)).toBe(h.t("en", "onboarding-ask-level"));
  });

  it("another command says which scene stopped and how to resume, then runs", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    const texts = sent(await h.text(aruzhan, "/eligibility"));
    expect(texts).toEqual([h.t("ru", "onboarding-scene-stopped"), h.t("ru", "elig-choose-check")]);
  });

  it("/start during registration starts it again without a 'stopped' message and offers to continue", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    const texts = sent(await h.text(aruzhan, "/start"));
    expect(texts).not.toContain(h.t("ru", "onboarding-scene-stopped"));
    expect(texts.at(-1)).toContain("Сейтқали Аружан");
    expect(h.lastButtons(aruzhan.id)).toEqual(["yn:yes", "yn:no"]);
  });
});

describe("issue 7 #4 and Structure 3: timeouts, version bumps, /cancel lose nothing", () => {
  it("an answer after six hours says registration expired and how to continue; /start resumes from the draft", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    now = new Date(now.getTime() + 6 * HOUR + 60_000);
    await h.text(aruzhan, "20210345");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-scene-expired", { hours: 6 }));
    await h.text(aruzhan, "20210345");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "unhandled-message"));

    await h.text(aruzhan, "/start");
    expect(h.lastText(aruzhan.id)).toContain("Сейтқали Аружан");
    await h.press(aruzhan, "yn:yes");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-student-number"));
    await h.text(aruzhan, "20210345");
    await h.press(aruzhan, "onb.level:bachelor");
    await h.text(aruzhan, "6B06102");
    await h.press(aruzhan, "onb.course:3");
    await h.text(aruzhan, "SE-2203");
    await h.press(aruzhan, `onb.dep:${csId}`);
    expect(await h.db.students.findByTelegramId(aruzhan.id)).toMatchObject({ fullName: "Сейтқали Аружан", studentNumber: "20210345" });
    expect(await h.db.models.SceneDraft.countDocuments()).toBe(0);
  });

  it("an answer within six hours is taken", async () => {
    await h.text(aruzhan, "/start");
    now = new Date(now.getTime() + 5 * HOUR);
    await h.text(aruzhan, "Сейтқали Аружан");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-student-number"));
  });

  it("a scene state dropped by a version bump says which scene was interrupted; /start resumes from the draft", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    await storeAsOtherVersion(aruzhan, "ONBOARDING");
    const texts = sent(await h.text(aruzhan, "бакалавр"));
    expect(texts).toEqual([h.t("ru", "onboarding-scene-interrupted")]);
    await h.text(aruzhan, "/start");
    await h.press(aruzhan, "yn:yes");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-level"));
  });

  it("a version bump of one scene keeps the stored state of another", async () => {
    await h.text(aruzhan, "/eligibility");
    await h.press(aruzhan, "elig.check:promotion");
    await storeAsOtherVersion(aruzhan, "ONBOARDING");
    await h.press(aruzhan, "elig.level:bachelor");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "elig-ask-course"));
  });

  it("/cancel keeps the answers: the next /start offers to continue, 'no' starts afresh", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    await h.text(aruzhan, "/cancel");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-scene-cancelled"));
    expect(await h.db.students.findByTelegramId(aruzhan.id)).toBeNull();
    await h.text(aruzhan, "/start");
    expect(h.lastText(aruzhan.id)).toContain("20210345");
    await h.press(aruzhan, "yn:no");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-full-name"));
    expect(await h.db.models.SceneDraft.countDocuments()).toBe(0);
  });
});

describe("issue 7 #8: a taken student ID is reported when typed", () => {
  it("the ID of another account is refused at once and asked again; nothing typed before is lost", async () => {
    await register(aruzhan, { name: "Сейтқали Аружан", number: "20210345", group: "SE-2203" });
    await h.text(erlan, "/start");
    await h.text(erlan, "Омаров Ерлан");
    await h.text(erlan, "20210345");
    expect(h.lastText(erlan.id)).toBe(h.t("kk", "onboarding-student-number-in-use", { studentNumber: "20210345" }));
    await h.text(erlan, "20210399");
    expect(h.lastText(erlan.id)).toBe(h.t("kk", "onboarding-ask-level"));
  });

  it("an ID on the department's roster is refused at once", async () => {
    await h.db.models.Student.create({
      studentNumber: "20210345",
      fullName: "Сейтқали Аружан",
      level: "bachelor",
      programmeCode: "6B06102",
      course: 3,
      group: "SE-2203",
      departmentId: csId,
    });
    await h.text(erlan, "/start");
    await h.text(erlan, "Омаров Ерлан");
    await h.text(erlan, "20210345");
    expect(h.lastText(erlan.id)).toBe(h.t("kk", "onboarding-student-number-listed", { studentNumber: "20210345" }));
  });

  it("one's own registered ID is accepted when updating the profile", async () => {
    await register(aruzhan, { name: "Сейтқали Аружан", number: "20210345", group: "SE-2203" });
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-level"));
  });
});

describe("issue 7 #10: cosmetic calls never abort a scene", () => {
  it("a failed keyboard removal or 'message is not modified' after a button does not end registration", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    const notModified = "Bad Request: message is not modified: specified new message content and reply markup are exactly the same";
    h.failNext({ method: "editMessageReplyMarkup", errorCode: 400, description: notModified });
    h.failNext({ method: "editMessageText", errorCode: 400, description: notModified });
    await h.press(aruzhan, "onb.level:bachelor");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-programme-code", { example: "6B06102" }));
    await h.text(aruzhan, "6B06102");
    h.failNext({
      method: "answerCallbackQuery",
      errorCode: 400,
      description: "Bad Request: query is too old and response timeout expired",
    });
    await h.press(aruzhan, "onb.course:3");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-group"));
    expect(h.sentTexts(aruzhan.id)).not.toContain(h.t("ru", "errors-generic"));
  });
});

describe("issue 7 #12: what people really type", () => {
  it.each(["----1", "1---", "0000"])("student ID %j is refused", async (number) => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, number);
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-student-number-format"));
  });

  it('"Ли Ю" and "Иванов И.И." are names; "ВТиПО-22-1" keeps its case; "SE–2203" with an en dash is a group', async () => {
    await register(aruzhan, { name: "Ли Ю", number: "20210345", group: "ВТиПО-22-1" });
    expect(await h.db.students.findByTelegramId(aruzhan.id)).toMatchObject({ fullName: "Ли Ю", group: "ВТиПО-22-1" });
    await register(erlan, { name: "Иванов И.И.", number: "20210346", group: "SE–2203" });
    expect(await h.db.students.findByTelegramId(erlan.id)).toMatchObject({ fullName: "Иванов И.И.", group: "SE-2203" });
  });
});

describe("issue 7 #13: /start payloads", () => {
  it("a payload that is not an invitation starts registration", async () => {
    const texts = sent(await h.text(aruzhan, "/start ref_x"));
    expect(texts).toEqual([h.t("ru", "onboarding-welcome"), h.t("ru", "onboarding-ask-full-name")]);
  });

  it("an invalid invitation says so and how to register as a student", async () => {
    await h.text(aruzhan, "/start inv_AAAAAAAAAAAAAAAAAAAAAA");
    expect(h.lastText(aruzhan.id)).toContain(h.t("ru", "invite-invalid"));
    expect(h.lastText(aruzhan.id)).toContain(h.t("ru", "onboarding-invite-register-hint"));
  });

  it("re-opening one's own accepted invitation says it is already yours", async () => {
    const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };
    await h.text(admin, "/invite_coordinator CS");
    const code = /start=(inv_[A-Za-z0-9_-]{22})/.exec(h.lastText(admin.id))![1]!;
    await h.text(erlan, `/start ${code}`);
    // A new coordinator is asked the name for practice documents (QP-06 6.2) first.
    expect(h.lastText(erlan.id)).toBe(h.t("kk", "staff-name-ask"));
    await h.text(erlan, "Сейітов Ерлан Маратұлы");
    expect(h.lastText(erlan.id)).toBe(h.t("kk", "staff-name-saved", { name: "Сейітов Ерлан Маратұлы" }));
    await h.text(erlan, `/start ${code}`);
    expect(h.lastText(erlan.id)).toBe(
      h.t("kk", "invite-alreadyYours", { role: h.t("kk", "role-coordinator"), scope: "CS — Computer Science" }),
    );
  });
});

describe("issue 7 #14 and #15: buttons", () => {
  it("stale button presses during a text question are answered but do not count as failed attempts", async () => {
    await h.text(aruzhan, "/start");
    for (let i = 0; i < 6; i++) {
      const calls = await h.press(aruzhan, "onb.level:bachelor", 1);
      expect(calls).toContainEqual(
        expect.objectContaining({
          method: "answerCallbackQuery",
          payload: expect.objectContaining({ text: h.t("ru", "errors-stale-button") }),
        }),
      );
    }
    await h.text(aruzhan, "Сейтқали Аружан");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-student-number"));
  });

  it("the chosen button is echoed in the question it answered", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    const calls = await h.press(aruzhan, "onb.level:bachelor");
    expect(calls).toContainEqual(
      expect.objectContaining({
        method: "editMessageText",
        payload: expect.objectContaining({
          text: h.t("ru", "scene-chosen", { question: h.t("ru", "onboarding-ask-level"), answer: h.t("ru", "level-bachelor") }),
        }),
      }),
    );
  });
});

describe("issue 7 #17: many departments", () => {
  it("with more than 60 departments the student types part of the name and picks from the matches", async () => {
    for (let i = 0; i < 70; i++) await h.db.departments.create({ code: `D${i}`, name: `Кафедра номер ${i}`, policyId: "iitu" });
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    await h.press(aruzhan, "onb.level:bachelor");
    await h.text(aruzhan, "6B06102");
    await h.press(aruzhan, "onb.course:3");
    await h.text(aruzhan, "SE-2203");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-department-search"));
    await h.text(aruzhan, "вычисл");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-department-no-match", { query: "вычисл" }));
    await h.text(aruzhan, "comp");
    expect(h.lastButtons(aruzhan.id)).toEqual([`onb.dep:${csId}`]);
    await h.press(aruzhan, `onb.dep:${csId}`);
    expect(String((await h.db.students.findByTelegramId(aruzhan.id))!.departmentId)).toBe(csId);
  });
});

describe("issue 7 #18: a level and programme code that do not match", () => {
  it("the level is offered to be changed to the code's, without starting over", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    await h.press(aruzhan, "onb.level:bachelor");
    await h.text(aruzhan, "7M06102");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-programme-code-change-level", { code: "7M06102", level: "master" }));
    await h.press(aruzhan, "yn:yes");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-course"));
    expect(h.lastButtons(aruzhan.id)).toEqual(["onb.course:1", "onb.course:2"]);
    await h.press(aruzhan, "onb.course:2");
    await h.text(aruzhan, "SE-2203");
    await h.press(aruzhan, `onb.dep:${csId}`);
    expect(await h.db.students.findByTelegramId(aruzhan.id)).toMatchObject({ level: "master", programmeCode: "7M06102", course: 2 });
  });

  it("declining keeps the level and asks for the code again", async () => {
    await h.text(aruzhan, "/start");
    await h.text(aruzhan, "Сейтқали Аружан");
    await h.text(aruzhan, "20210345");
    await h.press(aruzhan, "onb.level:bachelor");
    await h.text(aruzhan, "7M06102");
    await h.press(aruzhan, "yn:no");
    expect(h.lastText(aruzhan.id)).toBe(h.t("ru", "onboarding-ask-programme-code", { example: "6B06102" }));
    await h.text(aruzhan, "6B06102");
    expect(h.lastButtons(aruzhan.id)).toEqual(["onb.course:1", "onb.course:2", "onb.course:3", "onb.course:4"]);
  });
});

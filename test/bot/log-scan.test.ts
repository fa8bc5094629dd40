import { describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, TEST_TOKEN, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { contact, datesAndNoMatch, newOrganisation, restOfForm } from "./base-support.js";
import { deliver, REPORT_PDF } from "./diary-supervision-support.js";
import { toAccessPrincipal } from "../../src/domain/access/roles.js";

/**
 * The log scan (the law on personal data): every pino line at debug level across a whole practice — invitation
 * claims, registration, the base with its phones, the coordinator's approval, the organisation supervisor's link,
 * a diary entry and its approval, sign-offs, the report, the grade, an announcement, a failed Telegram call —
 * holds no bot token, invitation code, phone number or student name.
 */
const database = useTestDatabase();

const STUDENT_NAME = "Сейтқали Аружан";
const STUDENT_NUMBER = "20210345";
const PHONES = ["+77012345678", "7012345678", "234-56-78", "+7 727 300 00 00", "7273000000", "+77001112233", "7001112233"];

describe("log scan: no token, invitation code, phone number or student name in the logs", () => {
  it("a whole practice through the bot, at debug level", async () => {
    await clearDatabase(database.connection());
    const h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
    await h.db.syncIndexes();
    const seed = createSeeder(h.db, h.services.now);
    const cs = await seed.department("CS", "iitu");
    const student: TestPerson = { id: 610001, firstName: "Аружан", languageCode: "ru" };
    const coordinator: TestPerson = { id: 610002, firstName: "Сәуле", languageCode: "kk" };
    const university: TestPerson = { id: 610003, firstName: "Данияр", languageCode: "en" };
    const organisation: TestPerson = { id: 610004, firstName: "Нұрлан", languageCode: "ru" };
    const codes: string[] = [];

    // Invitation claims: the coordinator and the university supervisor, each giving the name for documents.
    for (const [person, role, name] of [
      [coordinator, "coordinator", "Жұмабекова Сәуле Маратқызы"],
      [university, "universitySupervisor", "Омаров Данияр Ерланұлы"],
    ] as const) {
      const { code } = await h.services.invitations.create({ role, departmentId: cs._id, createdBy: ADMIN_ID });
      codes.push(code);
      await h.text(person, `/start ${code}`);
      await h.text(person, name);
    }
    expect((await h.db.users.findByTelegramId(coordinator.id))?.roles.map((r) => r.role)).toEqual(["coordinator"]);

    // Registration.
    await h.text(student, "/start");
    await h.text(student, STUDENT_NAME);
    await h.text(student, STUDENT_NUMBER);
    await h.press(student, "onb.level:bachelor");
    await h.text(student, "6B06102");
    await h.press(student, "onb.course:3");
    await h.text(student, "SE-2203");
    await h.press(student, `onb.dep:${String(cs._id)}`);
    expect((await h.db.students.findByTelegramId(student.id))?.fullName).toBe(STUDENT_NAME);

    // The base (organisation and supervisor phones), the coordinator's approval, the university supervisor assigned.
    await datesAndNoMatch(h, student);
    await newOrganisation(h, student);
    await restOfForm(h, student);
    await h.press(student, "base.act:submit");
    await deliver(h);
    await h.press(coordinator, h.lastButtons(coordinator.id)[0]!);
    const placement = (await h.db.placements.listByStudent((await h.db.students.findByTelegramId(student.id))!._id))[0]!;
    expect(placement.status).toBe("approved");
    const placementId = String(placement._id);
    await h.services.placements.assignUniversitySupervisor(toAccessPrincipal({ telegramId: ADMIN_ID, roles: [] }, [ADMIN_ID]), {
      departmentId: String(cs._id),
      supervisorTelegramId: university.id,
      placementIds: [placementId],
    });

    // The organisation supervisor's link, claimed from the agreement's phone.
    await h.text(student, "/invite_orgsupervisor");
    const link = h.sentTexts(student.id).find((t) => t.includes("?start="))!;
    const orgCode = /\?start=(inv_[A-Za-z0-9_-]{22})/.exec(link)![1]!;
    codes.push(orgCode);
    await h.text(organisation, `/start ${orgCode}`);
    await h.press(organisation, `osv.yes:${orgCode}`);
    await contact(h, organisation, "+7 701 234 56 78");
    await h.press(organisation, "staff.name:suggested");
    // The department vouches for them (QP-06 5.12): the coordinator confirms the claim.
    await deliver(h);
    await h.press(coordinator, `osc.ok:${placementId}:${organisation.id}`);
    expect(
      (await h.db.placements.findById(placementId))?.organisationSupervisor?.telegramId,
      h.sentTexts(organisation.id).join("\n---\n"),
    ).toBe(organisation.id);

    // A diary entry and its approval.
    h.setNow(() => new Date("2027-01-12T12:00:00Z"));
    await h.text(student, "/diary");
    await h.press(student, "dia.d:2027-01-12");
    await h.press(student, "dia.h:6");
    await h.text(student, "Сейтқали Аружан: дерекқор кестелерін жобаладым, телефон +77001112233 бойынша хабарластым.");
    await h.press(student, "dia.ev:done");
    await h.press(student, "dia.cf:send");
    await deliver(h);
    await h.press(organisation, h.lastButtons(organisation.id)[0]!);
    expect((await h.db.diaryEntries.listByPlacement(placementId)).map((e) => e.status)).toEqual(["approved"]);

    // Sign-offs on the last working day, the report, the grade.
    h.setNow(() => new Date("2027-02-05T09:00:00Z"));
    for (const supervisor of [university, organisation]) {
      await h.text(supervisor, "/signoff");
      await h.press(supervisor, `svs.ok:${placementId}`);
    }
    await h.text(student, "/report");
    await h.document(student, "Сейтқали_Аружан_есеп.pdf", "application/pdf", { bytes: REPORT_PDF });
    await h.text(university, "/grade");
    await h.text(university, "88");
    expect((await h.db.practiceOutcomes.find(placementId))?.grade?.score).toBe(88);

    // An announcement to the department.
    await h.text(coordinator, "/broadcast");
    await h.text(coordinator, "Ертең практика бойынша жиналыс, Сейтқали Аружан хабарласыңыз: +77001112233");
    await h.press(coordinator, "bc.f:done");
    await h.press(coordinator, "yn:no");
    await h.press(coordinator, "bc.w:now");
    await h.press(coordinator, "yn:yes");
    await deliver(h);
    expect(h.sentTexts(student.id).some((t) => t.includes("Ертең практика бойынша жиналыс"))).toBe(true);

    // A Telegram failure inside an update goes through the error boundary's log.
    h.failNext({ method: "sendMessage", errorCode: 400, description: "Bad Request: chat not found" });
    await h.text(student, "/me");
    // Privacy commands of this issue.
    await h.text(student, "/mydata");
    await h.text(student, "/forgetme");
    await h.press(student, "pdu:send");
    await deliver(h);

    const logs = JSON.stringify(h.logs);
    expect(h.logs.filter((line) => line["msg"] === "update handled").length).toBeGreaterThan(40);
    expect(h.logs.some((line) => line["msg"] === "update failed")).toBe(true);
    const secrets = [
      TEST_TOKEN,
      TEST_TOKEN.split(":")[1]!,
      ...codes,
      ...codes.map((code) => code.replace(/^inv_/, "")),
      ...PHONES,
      STUDENT_NAME,
      "Сейтқали",
      "Аружан",
      STUDENT_NUMBER,
    ];
    const scan = (text: string) => secrets.filter((secret) => text.includes(secret));
    expect(scan(logs)).toEqual([]);
    // The scan reads the stream the bot logs to: a name written there is found.
    h.logger.debug({ probe: STUDENT_NAME }, "probe");
    expect(scan(JSON.stringify(h.logs))).toEqual([STUDENT_NAME, "Сейтқали", "Аружан"]);
    // A whole practice: far longer than one ordinary test.
  }, 180_000);
});

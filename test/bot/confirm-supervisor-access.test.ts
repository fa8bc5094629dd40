import { describe, expect, it } from "vitest";
import { useTestDatabase, clearDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { can, type AccessTarget } from "../../src/domain/access/policy.js";
import type { AccessPrincipal } from "../../src/domain/access/roles.js";
import { contact } from "./base-support.js";
import { lastAnswer, seedDiary, type Harness } from "./diary-supervision-support.js";

const database = useTestDatabase();

type Cell = "coordinator" | "admin" | "otherDepartmentCoordinator" | "student" | "universitySupervisor" | "linkedSupervisor" | "claimant";

/**
 * confirmOrganisationSupervisor (QP-06 5.12: the department vouches for the organisation's supervisor),
 * written from domain.md §1: the department's coordinator and the admin may; nobody else, least of all
 * the claimant or the student.
 */
const EXPECTED: Record<Cell, boolean> = {
  coordinator: true,
  admin: true,
  otherDepartmentCoordinator: false,
  student: false,
  universitySupervisor: false,
  linkedSupervisor: false,
  claimant: false,
};

describe("who may confirm an organisation supervisor (QP-06 5.12), through the bot", () => {
  it.each(Object.keys(EXPECTED) as Cell[])("%s", async (cell) => {
    await clearDatabase(database.connection());
    const h: Harness = createHarness({ connection: database.connection(), defaultLocale: "en" });
    const s = await seedDiary(h, "en");
    await h.text(s.student, "/invite_orgsupervisor");
    const code = /\?start=(inv_[A-Za-z0-9_-]{22})/.exec(h.sentTexts(s.student.id).findLast((t) => t.includes("?start="))!)![1]!;
    const claimant = s.seed.person("en", "Bauyrzhan");
    await h.text(claimant, `/start ${code}`);
    await h.press(claimant, `osv.yes:${code}`);
    await contact(h, claimant, "+7 702 111 22 33");
    await h.text(claimant, "Серікбаев Бауыржан");
    const other = await s.seed.department("EE");
    const outsider = s.seed.person("en", "Olzhas");
    await s.seed.staff(outsider, "coordinator", { departmentId: other._id });
    const who: Record<Cell, TestPerson> = {
      coordinator: s.coordinator,
      admin: { id: ADMIN_ID, firstName: "Admin", languageCode: "en" },
      otherDepartmentCoordinator: outsider,
      student: s.student,
      universitySupervisor: s.university,
      linkedSupervisor: s.organisation,
      claimant,
    };
    // An old message (date 0) passes the button check: the decision is the server's own.
    await h.send({
      callback_query: {
        id: String(h.telegram.nextMessageId()),
        chat_instance: "ci",
        from: { id: who[cell].id, is_bot: false, first_name: who[cell].firstName },
        data: `osc.ok:${String(s.placement._id)}:${claimant.id}`,
        message: { message_id: 1, date: 0, chat: { id: who[cell].id, type: "private", first_name: who[cell].firstName } },
      },
    });
    const placement = (await h.db.placements.findById(s.placement._id))!;
    if (EXPECTED[cell]) {
      expect(placement.organisationSupervisor?.telegramId).toBe(claimant.id);
      expect(lastAnswer(h)).toContain("Серікбаев Бауыржан");
    } else {
      expect(placement.organisationSupervisor?.telegramId).toBe(s.organisation.id);
      expect(placement.organisationSupervisor?.claim).toMatchObject({ telegramId: claimant.id });
      expect(lastAnswer(h)).not.toContain("Серікбаев Бауыржан");
    }
  });
});

describe("an unconfirmed organisation supervisor in the policy (QP-06 5.12; 6B03104 §9.1)", () => {
  const supervisor: AccessPrincipal = { telegramId: 3001, roles: [{ role: "organisationSupervisor" }], isAdmin: false };
  const university: AccessPrincipal = { telegramId: 2001, roles: [{ role: "universitySupervisor", departmentId: "d1" }], isAdmin: false };
  const target = (confirmed: boolean): AccessTarget => ({
    departmentId: "d1",
    studentId: "s1",
    studentTelegramId: 1001,
    universitySupervisorTelegramId: 2001,
    organisationSupervisorTelegramId: 3001,
    organisationSupervisorConfirmed: confirmed,
  });

  it.each(["approveDiaryEntry", "returnDiaryEntry", "signOffDiary", "writeCharacteristic"] as const)(
    "%s: refused while pending, allowed once confirmed",
    (action) => {
      expect(can(supervisor, action, target(false))).toEqual({ allowed: false, reason: "notConfirmed" });
      expect(can(supervisor, action, target(true))).toEqual({ allowed: true, as: "organisationSupervisor" });
    },
  );

  it("viewing stays possible, and the university supervisor approves while the organisation's is unconfirmed", () => {
    expect(can(supervisor, "viewDiary", target(false))).toEqual({ allowed: true, as: "organisationSupervisor" });
    expect(can(university, "approveDiaryEntry", target(false))).toEqual({ allowed: true, as: "universitySupervisor" });
    expect(can(university, "approveDiaryEntry", target(true))).toEqual({ allowed: false, reason: "organisationSupervisorApproves" });
  });
});

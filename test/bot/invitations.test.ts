import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { hashInvitationCode } from "../../src/services/invitation.service.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;
let now = new Date("2026-11-23T09:00:00Z");

const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };
const coordinator: TestPerson = { id: 6001, firstName: "Гүлнар", languageCode: "kk" };
const stranger: TestPerson = { id: 6002, firstName: "Пётр", languageCode: "ru" };
const supervisor: TestPerson = { id: 6003, firstName: "Данияр", languageCode: "ru" };

beforeEach(async () => {
  await clearDatabase(database.connection());
  now = new Date("2026-11-23T09:00:00Z");
  h = createHarness({ connection: database.connection(), now: () => now });
  await h.db.syncIndexes();
});

/** A refused invitation, followed by how to register as a student instead (issue 7 #13). */
function refused(locale: "kk" | "ru" | "en", status: "invalid" | "used" | "expired"): string {
  return [h.t(locale, `invite-${status}`), h.t(locale, "onboarding-invite-register-hint")].join("\n\n");
}

function linkCode(text: string): string {
  const match = /https:\/\/t\.me\/praktika_test_bot\?start=(inv_[A-Za-z0-9_-]{22})/.exec(text);
  if (!match?.[1]) throw new Error(`no invitation link in: ${text}`);
  return match[1];
}

async function inviteCoordinatorForCs(): Promise<string> {
  await h.text(admin, "/newdepartment CS Department of Computer Science");
  expect(h.lastText(admin.id)).toBe(
    h.t("en", "admin-newdepartment-created", { code: "CS", name: "Department of Computer Science", policy: "iitu" }),
  );
  await h.text(admin, "/invite_coordinator cs");
  return linkCode(h.lastText(admin.id));
}

describe("invitations", () => {
  it("an admin's one-time link makes the person coordinator of that department; only a hash is stored", async () => {
    const code = await inviteCoordinatorForCs();
    const stored = await h.db.models.Invitation.findOne().lean();
    expect(stored).toMatchObject({ codeHash: hashInvitationCode(code), role: "coordinator" });
    expect(JSON.stringify(stored)).not.toContain(code);

    await h.text(coordinator, `/start ${code}`);
    expect(h.sentTexts(coordinator.id)).toContain(
      h.t("kk", "invite-accepted", { role: h.t("kk", "role-coordinator"), scope: "CS — Department of Computer Science" }),
    );
    // Then the name for practice documents (QP-06 6.2), once.
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "staff-name-ask"));
    await h.text(coordinator, "Photo");
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "onboarding-full-name-need-surname-and-name"));
    await h.text(coordinator, "әбенова гүлнар");
    expect((await h.db.users.findByTelegramId(coordinator.id))?.fullName).toBe("Әбенова Гүлнар");
    const user = await h.db.users.findByTelegramId(coordinator.id);
    const department = await h.db.departments.findByCode("CS");
    expect(user!.roles).toHaveLength(1);
    expect(user!.roles[0]).toMatchObject({ role: "coordinator" });
    expect(String(user!.roles[0]!.departmentId)).toBe(String(department!._id));
  });

  it("the link is used up before anything is stored, even while the language is asked first", async () => {
    const code = await inviteCoordinatorForCs();
    const newcomer: TestPerson = { id: 6010, firstName: "Zhan", languageCode: "de" };
    await h.text(newcomer, `/start ${code}`);
    expect(h.lastText(newcomer.id)).toBe(h.t("kk", "onboarding-choose-language"));
    expect(await h.db.models.Invitation.findOne({ codeHash: hashInvitationCode(code) }).lean()).toMatchObject({ usedBy: newcomer.id });
    await h.text(stranger, `/start ${code}`);
    expect(h.lastText(stranger.id)).toBe(refused("ru", "used"));
    await h.press(newcomer, "lang:ru");
    expect(h.sentTexts(newcomer.id)).toContain(
      h.t("ru", "invite-accepted", { role: h.t("ru", "role-coordinator"), scope: "CS — Department of Computer Science" }),
    );
    expect(h.lastText(newcomer.id)).toBe(h.t("ru", "staff-name-ask"));
  });

  it("a second use of the same link is refused and grants nothing", async () => {
    const code = await inviteCoordinatorForCs();
    await h.text(coordinator, `/start ${code}`);
    await h.text(stranger, `/start ${code}`);
    expect(h.lastText(stranger.id)).toBe(refused("ru", "used"));
    expect((await h.db.users.findByTelegramId(stranger.id))!.roles).toEqual([]);
  });

  it("concurrent uses of one link: exactly one person gets the role", async () => {
    const code = await inviteCoordinatorForCs();
    const people = Array.from({ length: 6 }, (_, i) => ({ id: 7000 + i, firstName: `P${i}`, languageCode: "en" }));
    await Promise.all(people.map((p) => h.text(p, `/start ${code}`)));
    const holders = await h.db.users.listByRole("coordinator");
    expect(holders).toHaveLength(1);
  });

  it("an expired link is refused after 7 days and grants nothing", async () => {
    const code = await inviteCoordinatorForCs();
    now = new Date(now.getTime() + 7 * 24 * 3600 * 1000 + 1000);
    await h.text(coordinator, `/start ${code}`);
    expect(h.lastText(coordinator.id)).toBe(refused("kk", "expired"));
    expect((await h.db.users.findByTelegramId(coordinator.id))!.roles).toEqual([]);
  });

  it.each([
    ["a forged code of the right shape", "inv_AAAAAAAAAAAAAAAAAAAAAA"],
    ["a truncated code", "inv_AAAA"],
  ])("%s is refused with a clear message and how to register instead", async (_label, payload) => {
    await inviteCoordinatorForCs();
    await h.text(stranger, `/start ${payload}`);
    expect(h.lastText(stranger.id)).toBe(refused("ru", "invalid"));
    expect((await h.db.users.findByTelegramId(stranger.id))!.roles).toEqual([]);
  });

  it("a coordinator invites a university supervisor for their own department only", async () => {
    await h.text(admin, "/newdepartment MATH Mathematics");
    const code = await inviteCoordinatorForCs();
    await h.text(coordinator, `/start ${code}`);

    await h.text(coordinator, "/invite_supervisor MATH");
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "invite-not-your-department", { code: "MATH" }));
    await h.text(coordinator, "/invite_supervisor");
    const supervisorCode = linkCode(h.lastText(coordinator.id));
    await h.text(supervisor, `/start ${supervisorCode}`);
    const user = await h.db.users.findByTelegramId(supervisor.id);
    expect(user!.roles[0]).toMatchObject({ role: "universitySupervisor" });
  });

  it("a coordinator invites an organisation supervisor only for a student of their department", async () => {
    const code = await inviteCoordinatorForCs();
    await h.text(coordinator, `/start ${code}`);
    await h.text(admin, "/newdepartment MATH Mathematics");
    const math = await h.db.departments.findByCode("MATH");
    const cs = await h.db.departments.findByCode("CS");
    const base = { level: "bachelor", programmeCode: "6B06102", course: 4, group: "SE-2201" } as const;
    await h.db.students.register({ ...base, telegramId: 8001, studentNumber: "111111", fullName: "Омаров Ерлан", departmentId: math!._id });
    await h.db.students.register({ ...base, telegramId: 8002, studentNumber: "222222", fullName: "Ахметова Дана", departmentId: cs!._id });

    await h.text(coordinator, "/invite_orgsupervisor 111111");
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "invite-not-your-student", { studentNumber: "111111" }));
    await h.text(coordinator, "/invite_orgsupervisor 222222");
    const orgCode = linkCode(h.lastText(coordinator.id));
    await h.text(supervisor, `/start ${orgCode}`);
    expect(h.sentTexts(supervisor.id)).toContain(
      h.t("ru", "invite-accepted", { role: h.t("ru", "role-organisationSupervisor"), scope: "Ахметова Дана (222222)" }),
    );
    expect(h.lastText(supervisor.id)).toBe(h.t("ru", "staff-name-ask"));
  });
});

describe("role-gated commands", () => {
  it.each([
    "/newdepartment CS Computer Science",
    "/invite_coordinator CS",
    "/invite_supervisor",
    "/invite_orgsupervisor 222222",
    "/departments",
  ])("%s is refused for a user without the role, and changes nothing", async (command) => {
    // Everything the command needs exists, so only the role check can stop it.
    const cs = await h.db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" });
    const base = { level: "bachelor", programmeCode: "6B06102", course: 4, group: "SE-2201" } as const;
    await h.db.students.register({ ...base, telegramId: 8002, studentNumber: "222222", fullName: "Ахметова Дана", departmentId: cs!._id });
    await h.text(stranger, command);
    expect(h.lastText(stranger.id)).toBe(h.t("ru", "errors-not-allowed"));
    expect(await h.db.models.Department.countDocuments()).toBe(1);
    expect(await h.db.models.Invitation.countDocuments()).toBe(0);
    expect((await h.db.users.findByTelegramId(stranger.id))!.roles).toEqual([]);
  });

  it("a coordinator cannot use admin commands", async () => {
    const code = await inviteCoordinatorForCs();
    await h.text(coordinator, `/start ${code}`);
    await h.text(coordinator, "/invite_coordinator CS");
    expect(h.lastText(coordinator.id)).toBe(h.t("kk", "errors-not-allowed"));
    expect(await h.db.models.Invitation.countDocuments()).toBe(1);
  });

  it("/help lists only the commands of the user's roles", async () => {
    await h.text(stranger, "/help");
    expect(h.lastText(stranger.id)).not.toContain("/invite_coordinator");
    expect(h.lastText(stranger.id)).toContain("/me");
    await h.text(admin, "/help");
    expect(h.lastText(admin.id)).toContain("/invite_coordinator");
    expect(h.lastText(admin.id)).not.toContain("/invite_supervisor");
  });

  it("a forged language button is refused; a real one switches the language", async () => {
    await h.text(stranger, "/language");
    await h.press(stranger, "lang:de");
    expect(h.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: h.t("ru", "errors-stale-button") } });
    await h.press(stranger, "lang:kk");
    expect(h.calls.at(-1)).toMatchObject({ method: "editMessageText", payload: { text: h.t("kk", "language-changed") } });
    await h.text(stranger, "/cancel");
    expect(h.lastText(stranger.id)).toBe(h.t("kk", "cancel-nothing"));
  });

  it("an admin may name the university policy of a new department", async () => {
    await h.text(admin, "/newdepartment RT kazutb Radio Engineering");
    expect(await h.db.departments.findByCode("RT")).toMatchObject({ name: "Radio Engineering", policyId: "kazutb" });
    await h.text(admin, "/newdepartment EE Electrical Engineering");
    expect(await h.db.departments.findByCode("EE")).toMatchObject({ name: "Electrical Engineering", policyId: "iitu" });
  });

  it("bad admin arguments get the usage message and change nothing", async () => {
    const usage = h.t("en", "admin-newdepartment-usage", { policies: "iitu, kazutb" });
    await h.text(admin, "/newdepartment");
    expect(h.lastText(admin.id)).toBe(usage);
    await h.text(admin, "/newdepartment C$ Bad");
    expect(h.lastText(admin.id)).toBe(usage);
    await h.text(admin, "/newdepartment CS kazutb");
    expect(h.lastText(admin.id)).toBe(usage);
    await h.text(admin, "/invite_coordinator NOPE");
    expect(h.lastText(admin.id)).toBe(h.t("en", "invite-unknown-department", { code: "NOPE" }));
    expect(await h.db.models.Department.countDocuments()).toBe(0);
  });
});

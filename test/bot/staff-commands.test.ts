import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type ApiCall, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

type Locale = "kk" | "ru" | "en";

/**
 * Each role's own commands, written from domain.md §1 (what each role may do), not from commands.ts:
 * a university supervisor sees and approves diaries of assigned students, signs, grades; an organisation
 * supervisor approves, writes the characteristic, signs; a coordinator manages roster, bases, supervisors,
 * broadcasts and exports; the admin creates departments and appoints coordinators.
 */
const OWN: Record<string, readonly string[]> = {
  universitySupervisor: ["pending", "students", "signoff", "grade"],
  organisationSupervisor: ["pending", "signoff", "characteristic"],
  // QP-06 6.5: the coordinator grades for the department's commission.
  coordinator: ["students", "bases", "assign", "broadcast", "export", "invite_supervisor", "invite_orgsupervisor", "departments", "grade"],
  admin: ["newdepartment", "invite_coordinator", "departments", "broadcast", "bases", "students"],
  student: ["diary", "base", "report", "export", "invite_orgsupervisor"],
};
/** What each role has nothing to do with (domain.md §1): none of it may be offered to them. */
const FOREIGN: Record<string, readonly string[]> = {
  universitySupervisor: ["newdepartment", "invite_coordinator", "bases", "broadcast", "characteristic", "diary"],
  organisationSupervisor: ["newdepartment", "students", "bases", "grade", "broadcast", "diary"],
  coordinator: ["newdepartment", "invite_coordinator", "characteristic", "pending", "diary"],
  admin: ["diary", "characteristic", "pending"],
  student: ["newdepartment", "pending", "students", "bases", "grade", "signoff", "characteristic", "broadcast"],
};
const EVERYONE = ["start", "help", "me", "language", "settings", "cancel", "verify", "mydata", "forgetme"];

function helpCommands(text: string): string[] {
  return [...text.matchAll(/^\/(\w+) — /gm)].map((m) => m[1]!);
}

function menus(calls: readonly ApiCall[], chatId: number): ApiCall[] {
  return calls.filter((c) => c.method === "setMyCommands" && (c.payload["scope"] as { chat_id?: number } | undefined)?.chat_id === chatId);
}

describe("staff find their commands: /help and the chat's command menu show every role they hold (domain.md §1)", () => {
  it.each(["kk", "ru", "en"] as const)(
    "%s: each role's /help lists its own commands and the menu is the same list",
    async (locale: Locale) => {
      const seed = createSeeder(h.db);
      const department = await seed.department();
      const people: Record<string, TestPerson> = {
        universitySupervisor: seed.person(locale),
        organisationSupervisor: seed.person(locale),
        coordinator: seed.person(locale),
        student: seed.person(locale),
      };
      const student = await seed.student(people["student"]!, department);
      await seed.staff(people["universitySupervisor"]!, "universitySupervisor", { departmentId: department._id });
      await seed.staff(people["organisationSupervisor"]!, "organisationSupervisor", {
        departmentId: department._id,
        studentId: student._id,
      });
      await seed.staff(people["coordinator"]!, "coordinator", { departmentId: department._id });
      const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: locale };
      people["admin"] = admin;
      for (const person of Object.values(people)) {
        await h.db.users.touch({ id: person.id, first_name: person.firstName }, null);
        await h.db.users.setLanguage(person.id, locale);
      }

      for (const [role, person] of Object.entries(people)) {
        const calls = await h.text(person, "/help");
        const help = h.lastText(person.id);
        expect(help.startsWith(h.t(locale, "help-title")), role).toBe(true);
        const listed = helpCommands(help);
        for (const command of [...EVERYONE, ...OWN[role]!]) expect(listed, `${role} /${command}`).toContain(command);
        // Nobody is offered another role's commands: a supervisor has no /newdepartment, a student no /pending.
        for (const command of FOREIGN[role]!) expect(listed, `${role} must not see /${command}`).not.toContain(command);
        // The chat's menu, published once with the first update: the same commands, in the person's language.
        const [menu, ...more] = menus(calls, person.id);
        expect(more).toEqual([]);
        const commands = menu!.payload["commands"] as { command: string; description: string }[];
        expect(commands.map((c) => c.command)).toEqual(listed);
        expect(commands.find((c) => c.command === "help")?.description).toBe(h.t(locale, "cmd-help.description"));
        expect(menu!.payload["language_code"]).toBeUndefined();
        // Not published again while nothing changes.
        expect(menus(await h.text(person, "/help"), person.id)).toEqual([]);
      }
    },
  );

  it("someone with no role gets no chat menu (the default list applies) and /help shows the general commands", async () => {
    const stranger: TestPerson = { id: 7101, firstName: "Пётр", languageCode: "ru" };
    const calls = await h.text(stranger, "/help");
    expect(calls.filter((c) => c.method === "setMyCommands" || c.method === "deleteMyCommands")).toEqual([]);
    expect(helpCommands(h.lastText(stranger.id))).toEqual([
      "start",
      "me",
      "eligibility",
      "verify",
      "language",
      "settings",
      "mydata",
      "forgetme",
      "help",
      "cancel",
    ]);
  });

  it("a claimed coordinator link publishes the coordinator's menu at once; a language change republishes it", async () => {
    const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };
    const person: TestPerson = { id: 7102, firstName: "Гүлнар", languageCode: "kk" };
    await h.text(admin, "/newdepartment CS Department of Computer Science");
    await h.text(admin, "/invite_coordinator CS");
    const code = /start=(inv_[A-Za-z0-9_-]{22})/.exec(h.lastText(admin.id))?.[1];
    expect(code).toBeDefined();

    const claim = await h.text(person, `/start ${code!}`);
    const [menu] = menus(claim, person.id);
    const commands = (menu!.payload["commands"] as { command: string; description: string }[]).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(["students", "bases", "assign", "broadcast", "invite_supervisor"]));
    expect(commands).not.toContain("newdepartment");
    expect((menu!.payload["commands"] as { description: string }[])[0]!.description).toBe(h.t("kk", "cmd-start.description"));

    await h.text(person, "Әбенова Гүлнар");
    await h.text(person, "/language");
    const switched = await h.press(person, "lang:ru");
    const [again] = menus(switched, person.id);
    expect((again!.payload["commands"] as { description: string }[])[0]!.description).toBe(h.t("ru", "cmd-start.description"));
  });

  it("a role revoked since the last update: the chat's own menu is deleted, so the default list applies again", async () => {
    const seed = createSeeder(h.db);
    const department = await seed.department();
    const person = seed.person("ru");
    await seed.staff(person, "coordinator", { departmentId: department._id });
    expect(menus(await h.text(person, "/help"), person.id)).toHaveLength(1);
    await h.db.models.User.updateOne({ telegramId: person.id }, { $set: { roles: [] } });

    const calls = await h.text(person, "/help");
    expect(calls.filter((c) => c.method === "deleteMyCommands")).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ scope: { type: "chat", chat_id: person.id } }) }),
    ]);
    expect(helpCommands(h.lastText(person.id))).not.toContain("bases");
    expect((await h.db.users.findByTelegramId(person.id))?.commandMenu).toBeNull();
  });

  it("a menu Telegram refuses is retried on the next update, and the update itself is answered", async () => {
    const seed = createSeeder(h.db);
    const department = await seed.department();
    const person = seed.person("kk");
    await seed.staff(person, "universitySupervisor", { departmentId: department._id });
    h.failNext({ method: "setMyCommands", errorCode: 400, description: "Bad Request: BOT_COMMAND_INVALID" });
    await h.text(person, "/help");
    expect(h.lastText(person.id).startsWith(h.t("kk", "help-title"))).toBe(true);
    expect((await h.db.users.findByTelegramId(person.id))?.commandMenu).toBeNull();
    const retried = await h.text(person, "/me");
    expect(menus(retried, person.id).map((c) => c.result)).toEqual([true]);
    expect((await h.db.users.findByTelegramId(person.id))?.commandMenu).toBe("kk:universitySupervisor");
  });
});

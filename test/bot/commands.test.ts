import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { commandMenu, publishCommands } from "../../src/bot/commands.js";
import type { Role } from "../../src/domain/access/roles.js";

const database = useTestDatabase();

/**
 * Written from the README's command table ("In the chat"), not from `COMMANDS`: the commands each role
 * reads in /help and its menu, besides the everyone-commands. Where the code lists more than the README's
 * row, the extra commands are named in a comment so the difference stays visible.
 */
const EVERYONE = ["start", "me", "eligibility", "verify", "language", "settings", "help", "cancel"];
const OWN: Record<Role, string[]> = {
  student: ["base", "myplacement", "invite_orgsupervisor", "diary", "progress", "entries", "report", "export"],
  // Not in the README's row: /reopen, /reportfile (QP-06 6.2); /students is the university supervisor's only.
  universitySupervisor: ["pending", "grade", "signoff", "students", "permit", "excuse", "reopen", "reportfile"],
  organisationSupervisor: ["pending", "characteristic", "signoff", "permit", "excuse", "reopen", "reportfile"],
  // Not in the README's row: /earlysignoff (QP-06 5.9, 6.2).
  coordinator: [
    "bases",
    "students",
    "assign",
    "grade",
    "export",
    "broadcast",
    "broadcasts",
    "invite_supervisor",
    "invite_orgsupervisor",
    "supervisor_claims",
    "permit",
    "excuse",
    "departments",
    "earlysignoff",
    "reissue",
    "unlink",
    "revoke",
  ],
  // Not in the README's row: /supervisor_claims, /broadcasts, /bases, /students, /assign (the admin acts on every department).
  admin: [
    "newdepartment",
    "renamedepartment",
    "removedepartment",
    "invite_coordinator",
    "departments",
    "broadcast",
    "supervisor_claims",
    "broadcasts",
    "bases",
    "students",
    "assign",
    "reissue",
    "unlink",
    "revoke",
  ],
};

describe("each role's menu lists exactly the commands of the README's table", () => {
  it.each(Object.keys(OWN) as Role[])("%s", (role) => {
    const h = createHarness({ connection: database.connection() });
    const menu = commandMenu(new Set([role]), (key) => h.t("en", key)).map((c) => c.command);
    expect([...menu].sort()).toEqual([...EVERYONE, ...OWN[role]].sort());
    expect(menu.length, "no command listed twice").toBe(new Set(menu).size);
  });

  it("nobody-in-particular sees only the everyone-commands, in /help order", () => {
    const h = createHarness({ connection: database.connection() });
    expect(commandMenu(new Set(), (key) => h.t("en", key)).map((c) => c.command)).toEqual(EVERYONE);
  });
});

it("publishes the everyone-commands as the default list (in DEFAULT_LOCALE) and once per language", async () => {
  const h = createHarness({ connection: database.connection() });
  expect(await publishCommands(h.bot.api, h.i18n, "ru")).toBeNull();
  const calls = h.calls.filter((c) => c.method === "setMyCommands");
  expect(calls.map((c) => c.payload["language_code"])).toEqual([undefined, "kk", "ru", "en"]);
  expect(calls[0]!.payload["commands"]).toEqual(
    EVERYONE.map((command) => ({ command, description: h.t("ru", `cmd-${command}.description`) })),
  );
  expect(calls[1]!.payload["commands"][0]).toEqual({ command: "start", description: h.t("kk", "cmd-start.description") });
  for (const call of calls) for (const c of call.payload["commands"]) expect(c.description.length).toBeLessThanOrEqual(256);
});

describe("/export is described for the audience that uses it (students: own PDF; coordinators: department XLSX)", () => {
  const menuOf = (h: ReturnType<typeof createHarness>, locale: "kk" | "ru" | "en", roles: Role[]) =>
    commandMenu(new Set(roles), (key) => h.t(locale, key));

  it.each(["kk", "ru", "en"] as const)("%s: each role's menu, and the /help each role is shown", async (locale) => {
    const h = createHarness({ connection: database.connection() });
    const seed = createSeeder(h.db);
    const department = await seed.department();
    const student = seed.person(locale);
    const coordinator = seed.person(locale);
    const both = seed.person(locale);
    await seed.student(student, department);
    await seed.staff(coordinator, "coordinator", { departmentId: department._id });
    await seed.student(both, department);
    await seed.staff(both, "coordinator", { departmentId: department._id });
    for (const person of [student, coordinator, both]) await h.db.users.setLanguage(person.id, locale);

    const studentText = h.t(locale, "cmd-export.description-student");
    const coordinatorText = h.t(locale, "cmd-export.description-coordinator");
    const generalText = h.t(locale, "cmd-export.description");
    expect(new Set([studentText, coordinatorText, generalText]).size).toBe(3);

    const exportOf = (roles: Role[]) => menuOf(h, locale, roles).find((c) => c.command === "export")?.description;
    expect(exportOf(["student"])).toBe(studentText);
    expect(exportOf(["coordinator"])).toBe(coordinatorText);
    expect(exportOf(["student", "coordinator"])).toBe(generalText);
    expect(exportOf(["coordinator", "admin"])).toBe(coordinatorText);
    expect(exportOf(["universitySupervisor"])).toBeUndefined();
    // The same for the organisation supervisor's invitation: a student's own link vs. a coordinator's by student ID.
    const inviteOf = (roles: Role[]) => menuOf(h, locale, roles).find((c) => c.command === "invite_orgsupervisor")?.description;
    expect(inviteOf(["student"])).toBe(h.t(locale, "cmd-invite_orgsupervisor.description-student"));
    expect(inviteOf(["coordinator"])).toBe(h.t(locale, "cmd-invite_orgsupervisor.description-coordinator"));
    expect(inviteOf(["student"])).not.toBe(inviteOf(["coordinator"]));
    for (const roles of [["student"], ["coordinator"], ["student", "coordinator"]] as Role[][]) {
      for (const c of menuOf(h, locale, roles)) expect(c.description.length).toBeLessThanOrEqual(256);
    }

    for (const [person, expected] of [
      [student, studentText],
      [coordinator, coordinatorText],
      [both, generalText],
    ] as const) {
      await h.text(person, "/help");
      expect(h.lastText(person.id)).toContain(`/export — ${expected}\n`);
    }
  });

  it("the published menu (everyone-commands) has no /export and the general descriptions", async () => {
    const h = createHarness({ connection: database.connection() });
    expect(await publishCommands(h.bot.api, h.i18n, "kk")).toBeNull();
    for (const call of h.calls.filter((c) => c.method === "setMyCommands")) {
      const locale = (call.payload["language_code"] as "kk" | "ru" | "en" | undefined) ?? "kk";
      expect(call.payload["commands"]).toEqual(
        EVERYONE.map((command) => ({ command, description: h.t(locale, `cmd-${command}.description`) })),
      );
      expect(call.payload["commands"].map((c: { command: string }) => c.command)).not.toContain("export");
    }
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import { packId } from "../../src/bot/compact-id.js";
import { revokeConfirmData, revokeData } from "../../src/bot/features/staff-roles.feature.js";
import { deliver, entryStatus, lastAnswer, notify, pressCrafted, seedDiary, type Harness } from "./diary-supervision-support.js";

/**
 * Taking roles away (domain.md §1: the admin appoints coordinators, the department its supervisors), as update
 * sequences: the person is told through the outbox, and a button they still have open is refused, because every
 * press re-reads their roles and asks `can()`.
 */
const database = useTestDatabase();
let h: Harness;
const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
  await h.db.users.touch({ id: ADMIN_ID, first_name: "Admin" }, "en");
});

type World = Awaited<ReturnType<typeof seedDiary>>;

/** `/revoke`, the person's button, then the confirmation; returns the outcome the message shows. */
async function revokeThroughChat(actor: TestPerson, command: string, person: TestPerson, role: "c" | "u" | "o", department: string) {
  await h.text(actor, command);
  const data = revokeData.pack({ department: packId(department), role, person: person.id });
  expect(h.lastButtons(actor.id)).toContain(data);
  await h.press(actor, data);
  expect(h.lastButtons(actor.id)).toEqual([revokeConfirmData.pack({ department: packId(department), role, person: person.id })]);
  const calls = await h.press(actor, revokeConfirmData.pack({ department: packId(department), role, person: person.id }));
  return String(calls.find((c) => c.method === "editMessageText")?.payload["text"] ?? "");
}

function grantsOf(user: { roles: readonly { role: string }[] } | null, role: string): number {
  return (user?.roles ?? []).filter((grant) => grant.role === role).length;
}

describe("revoking a supervisor (the department's coordinator)", () => {
  let s: World;
  beforeEach(async () => {
    s = await seedDiary(h, "en");
  });

  it("the organisation supervisor is told, their open Approve button is refused, and the entry waits for the university supervisor", async () => {
    const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-20" }]);
    await notify(h, s.organisation, entry!);
    const outcome = await revokeThroughChat(s.coordinator, "/revoke", s.organisation, "o", String(s.department._id));
    expect(outcome).toBe(
      h.t("en", "staff-roles-revoked", {
        name: "Гүлнар",
        role: h.t("en", "role-organisationSupervisor"),
        department: "CS — Department CS",
        released: 1,
      }),
    );
    const user = await h.db.users.findByTelegramId(s.organisation.id);
    expect(grantsOf(user, "organisationSupervisor")).toBe(0);
    expect(user?.revokedRoles).toMatchObject([{ role: "organisationSupervisor", revokedBy: s.coordinator.id }]);
    expect((await h.db.placements.findById(s.placement._id))?.organisationSupervisor?.telegramId).toBeUndefined();

    const sent = await deliver(h);
    expect(sent.find((c) => c.method === "sendMessage" && c.payload["chat_id"] === s.organisation.id)?.payload["text"]).toBe(
      h.t("en", "staff-roles-revoked-notice-organisationSupervisor", { department: "CS — Department CS" }),
    );

    // The Approve button of the entry's message, still open in their chat.
    await h.press(s.organisation, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect((await entryStatus(h, entry!.id)).status).toBe("submitted");
    expect(lastAnswer(h)).not.toBe("");
    // QP-06 5.12: with no organisation supervisor linked, the university supervisor approves.
    await pressCrafted(h, s.university, diaryDecision.pack("ok", entry!.id, entry!.version));
    expect((await entryStatus(h, entry!.id)).status).toBe("approved");
  });

  it("the university supervisor loses the role and their students; their open /students button is refused", async () => {
    await h.text(s.university, "/students");
    expect(h.lastText(s.university.id)).toContain("Әбілқасымова Айгерім");
    const openButton = h.lastButtons(s.university.id)[0]!;
    await revokeThroughChat(s.coordinator, "/revoke", s.university, "u", String(s.department._id));
    expect(grantsOf(await h.db.users.findByTelegramId(s.university.id), "universitySupervisor")).toBe(0);
    expect((await h.db.placements.findById(s.placement._id))?.universitySupervisorTelegramId).toBeUndefined();
    const calls = await h.press(s.university, openButton);
    expect(calls.filter((c) => c.method === "editMessageText" || c.method === "sendMessage")).toEqual([]);
    expect(lastAnswer(h)).not.toBe("");
    // Pressing the confirmation again changes nothing and says so.
    const again = await pressCrafted(
      h,
      s.coordinator,
      revokeConfirmData.pack({ department: packId(String(s.department._id)), role: "u", person: s.university.id }),
    );
    expect(again.find((c) => c.method === "editMessageText")?.payload["text"]).toBe(h.t("en", "staff-roles-revoke-not-held"));
  });

  it("a coordinator does not see, and cannot revoke, another coordinator; nor can a coordinator of another department or a supervisor", async () => {
    const other: TestPerson = { id: 7201, firstName: "Сәуле", languageCode: "en" };
    await s.seed.staff(other, "coordinator", { departmentId: s.department._id });
    const ee = await s.seed.department("EE", "kazutb");
    const eeCoordinator: TestPerson = { id: 7202, firstName: "Марат", languageCode: "en" };
    await s.seed.staff(eeCoordinator, "coordinator", { departmentId: ee._id });
    await h.db.users.setLanguage(eeCoordinator.id, "en");

    await h.text(s.coordinator, "/revoke");
    const department = packId(String(s.department._id));
    expect(h.lastButtons(s.coordinator.id)).not.toContain(revokeData.pack({ department, role: "c", person: other.id }));
    await pressCrafted(h, s.coordinator, revokeConfirmData.pack({ department, role: "c", person: other.id }));
    expect(grantsOf(await h.db.users.findByTelegramId(other.id), "coordinator")).toBe(1);

    await h.text(eeCoordinator, "/revoke CS");
    expect(h.lastText(eeCoordinator.id)).toBe(h.t("en", "placement-denied-otherDepartment"));
    await pressCrafted(h, eeCoordinator, revokeData.pack({ department, role: "u", person: s.university.id }));
    expect(lastAnswer(h)).toBe(h.t("en", "placement-denied-otherDepartment"));
    await pressCrafted(h, eeCoordinator, revokeConfirmData.pack({ department, role: "u", person: s.university.id }));
    await pressCrafted(h, s.university, revokeConfirmData.pack({ department, role: "o", person: s.organisation.id }));
    await pressCrafted(h, s.student, revokeConfirmData.pack({ department, role: "u", person: s.university.id }));
    expect(grantsOf(await h.db.users.findByTelegramId(s.university.id), "universitySupervisor")).toBe(1);
    expect(grantsOf(await h.db.users.findByTelegramId(s.organisation.id), "organisationSupervisor")).toBe(1);
    // A forged payload that does not parse is a stale button.
    await pressCrafted(h, eeCoordinator, "sr.rk:CS:u:1");
    expect(lastAnswer(h)).toBe(h.t("en", "errors-stale-button"));
    expect(await h.db.models.OutboxMessage.countDocuments({ kind: "role-revoked" })).toBe(0);
  });
});

describe("revoking a coordinator (the admin)", () => {
  it("domain.md §1: the admin takes the coordinator's role away; they are told and their commands stop working", async () => {
    const s = await seedDiary(h, "en");
    const outcome = await revokeThroughChat(admin, "/revoke CS", s.coordinator, "c", String(s.department._id));
    expect(outcome).toContain(h.t("en", "role-coordinator"));
    expect(grantsOf(await h.db.users.findByTelegramId(s.coordinator.id), "coordinator")).toBe(0);
    const sent = await deliver(h);
    expect(sent.find((c) => c.method === "sendMessage" && c.payload["chat_id"] === s.coordinator.id)?.payload["text"]).toBe(
      h.t("en", "staff-roles-revoked-notice-coordinator", { department: "CS — Department CS" }),
    );
    await h.text(s.coordinator, "/bases");
    expect(h.lastText(s.coordinator.id)).toBe(h.t("en", "errors-not-allowed"));
    await h.text(s.coordinator, "/help");
    expect(h.lastText(s.coordinator.id)).not.toContain("/revoke");
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { ADMIN_ID, createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;

/** The cells of domain.md §1 for department administration, driven through the bot. */
const admin: TestPerson = { id: ADMIN_ID, firstName: "Admin", languageCode: "en" };
const coordinator: TestPerson = { id: 8101, firstName: "Гүлнар", languageCode: "en" };
const otherCoordinator: TestPerson = { id: 8102, firstName: "Марат", languageCode: "en" };
const supervisor: TestPerson = { id: 8103, firstName: "Данияр", languageCode: "en" };
const student: TestPerson = { id: 8104, firstName: "Айгерім", languageCode: "en" };

async function world() {
  const seed = createSeeder(h.db);
  const cs = await seed.department("CS");
  const math = await seed.department("MATH");
  await seed.staff(coordinator, "coordinator", { departmentId: cs._id });
  await seed.staff(otherCoordinator, "coordinator", { departmentId: math._id });
  await seed.staff(supervisor, "universitySupervisor", { departmentId: cs._id });
  const record = await seed.student(student, cs, { studentNumber: "220101" });
  for (const person of [admin, coordinator, otherCoordinator, supervisor, student]) {
    await h.db.users.touch({ id: person.id, first_name: person.firstName }, null);
    await h.db.users.setLanguage(person.id, "en");
  }
  return { cs, math, record };
}

const invitationCount = () => h.db.models.Invitation.countDocuments();

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

describe("department administration asks the policy (domain.md §1: the admin creates departments and appoints coordinators)", () => {
  it("manageDepartments: only the admin creates, renames and removes; a coordinator's attempt changes nothing", async () => {
    await world();
    for (const person of [coordinator, supervisor, student]) {
      await h.text(person, "/newdepartment LAW Department of Law");
      expect(h.lastText(person.id)).toBe(h.t("en", "errors-not-allowed"));
      await h.text(person, "/renamedepartment CS Renamed by someone");
      expect(h.lastText(person.id)).toBe(h.t("en", "errors-not-allowed"));
      await h.text(person, "/removedepartment MATH");
      expect(h.lastText(person.id)).toBe(h.t("en", "errors-not-allowed"));
    }
    expect(await h.db.departments.findByCode("LAW")).toBeNull();
    expect((await h.db.departments.findByCode("CS"))?.name).toBe("Department CS");
    expect(await h.db.departments.findByCode("MATH")).not.toBeNull();

    await h.text(admin, "/newdepartment LAW Department of Law");
    expect((await h.db.departments.findByCode("LAW"))?.name).toBe("Department of Law");
    await h.text(admin, "/removedepartment LAW");
    expect(h.lastText(admin.id)).toBe(h.t("en", "admin-removedepartment-done", { code: "LAW", name: "Department of Law" }));
    expect(await h.db.departments.findByCode("LAW")).toBeNull();
    // A department with people in it is kept.
    await h.text(admin, "/removedepartment CS");
    expect(h.lastText(admin.id)).toBe(h.t("en", "admin-removedepartment-in-use", { code: "CS", students: 1, staff: 2 }));
    expect(await h.db.departments.findByCode("CS")).not.toBeNull();
  });

  it("inviteCoordinator: only the admin makes a coordinator's link", async () => {
    await world();
    await h.text(coordinator, "/invite_coordinator CS");
    expect(h.lastText(coordinator.id)).toBe(h.t("en", "errors-not-allowed"));
    expect(await invitationCount()).toBe(0);
    await h.text(admin, "/invite_coordinator CS");
    expect(h.lastText(admin.id)).toContain("https://t.me/praktika_test_bot?start=inv_");
    expect(await h.db.models.Invitation.findOne().lean()).toMatchObject({ role: "coordinator", createdBy: ADMIN_ID });
  });

  it("inviteUniversitySupervisor: a coordinator for their own department only; the admin for any; a supervisor never", async () => {
    const { math } = await world();
    await h.text(otherCoordinator, "/invite_supervisor CS");
    expect(h.lastText(otherCoordinator.id)).toBe(h.t("en", "invite-not-your-department", { code: "CS" }));
    await h.text(supervisor, "/invite_supervisor CS");
    expect(h.lastText(supervisor.id)).toBe(h.t("en", "errors-not-allowed"));
    expect(await invitationCount()).toBe(0);

    await h.text(admin, "/invite_supervisor MATH");
    expect(h.lastText(admin.id)).toContain("start=inv_");
    const made = await h.db.models.Invitation.findOne().lean();
    expect(made).toMatchObject({ role: "universitySupervisor", createdBy: ADMIN_ID });
    expect(String(made?.departmentId)).toBe(String(math._id));
  });

  it("inviteOrganisationSupervisor by student ID: a coordinator of another department is refused and nothing is made", async () => {
    await world();
    await h.text(otherCoordinator, "/invite_orgsupervisor 220101");
    expect(h.lastText(otherCoordinator.id)).toBe(h.t("en", "invite-not-your-student", { studentNumber: "220101" }));
    expect(await invitationCount()).toBe(0);
    await h.text(coordinator, "/invite_orgsupervisor 220101");
    expect(await h.db.models.Invitation.findOne().lean()).toMatchObject({ role: "organisationSupervisor", createdBy: coordinator.id });
  });

  it("viewDepartment: /departments lists every department for the admin, only one's own for a coordinator", async () => {
    await world();
    await h.text(admin, "/departments");
    expect(h.lastText(admin.id)).toBe([h.t("en", "departments-title"), "• CS — Department CS", "• MATH — Department MATH"].join("\n"));
    await h.text(otherCoordinator, "/departments");
    expect(h.lastText(otherCoordinator.id)).toBe([h.t("en", "departments-title"), "• MATH — Department MATH"].join("\n"));
    await h.text(supervisor, "/departments");
    expect(h.lastText(supervisor.id)).toBe(h.t("en", "errors-not-allowed"));
  });

  it("exportDepartment: another department's workbook is refused; the admin names the department and gets it", async () => {
    await world();
    const refused = await h.text(otherCoordinator, "/export CS");
    expect(refused.filter((c) => c.method === "sendDocument")).toEqual([]);
    expect(h.lastText(otherCoordinator.id)).toBe(h.t("en", "supervision-export-not-yours", { code: "CS" }));
    const exported = await h.text(admin, "/export CS");
    const documents = exported.filter((c) => c.method === "sendDocument");
    expect(documents).toHaveLength(1);
    expect(documents[0]!.payload["caption"]).toBe(h.t("en", "roster-export-caption", { department: "CS", students: 1, rows: 1 }));
  });
});

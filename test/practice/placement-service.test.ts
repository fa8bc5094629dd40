import type { Types } from "mongoose";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { diaryPlacementOf } from "../../src/services/placement.service.js";
import { ADMIN_ID, completeDraft, createPracticeWorld, type PracticeWorld } from "./support.js";

const database = useTestDatabase();
const clock = { now: new Date("2026-11-23T09:00:00Z") };
let w: PracticeWorld;
let cs: Types.ObjectId;
let ee: Types.ObjectId;
let kaspiId: string;

const STUDENT = 1001;
const OTHER_STUDENT = 1002;
const SUPERVISOR = 2001;
const SECOND_SUPERVISOR = 2002;
const COORDINATOR = 4001;
const EE_COORDINATOR = 4002;

beforeEach(async () => {
  await clearDatabase(database.connection());
  clock.now = new Date("2026-11-23T09:00:00Z");
  w = await createPracticeWorld(database.connection(), clock);
  cs = await w.department("CS", "iitu");
  ee = await w.department("EE", "kazutb");
  await w.person(COORDINATOR, "Гүлнар", [{ role: "coordinator", departmentId: cs }]);
  await w.person(EE_COORDINATOR, "Марат", [{ role: "coordinator", departmentId: ee }]);
  await w.person(SUPERVISOR, "Данияр", [{ role: "universitySupervisor", departmentId: cs }]);
  await w.person(SECOND_SUPERVISOR, "Айгерим", [{ role: "universitySupervisor", departmentId: cs }]);
  await w.person(STUDENT, "Аружан");
  await w.person(OTHER_STUDENT, "Ерлан");
  await w.student(STUDENT, cs, { studentNumber: "20210345", fullName: "Сейтқали Аружан", group: "SE-2203" });
  await w.student(OTHER_STUDENT, cs, { studentNumber: "20210346", fullName: "Омаров Ерлан", group: "SE-2203" });
  const proposed = await w.organisations.propose(await w.principal(STUDENT), {
    fullName: 'АО "Kaspi Bank"',
    bin: "971240001315",
    postalAddress: "г. Алматы, ул. Наурызбай батыра, 154А",
    phones: ["+7 727 258 59 65"],
    email: "info@kaspi.kz",
    activityArea: "Финансовые технологии",
  });
  if (proposed.status !== "proposed") throw new Error(proposed.status);
  kaspiId = String(proposed.organisation._id);
});

async function submitted(): Promise<{ id: string; version: number }> {
  const saved = await w.placements.saveDraft(await w.principal(STUDENT), completeDraft(kaspiId));
  if (saved.status !== "saved") throw new Error(JSON.stringify(saved));
  const sent = await w.placements.submit(await w.principal(STUDENT), String(saved.placement._id));
  if (sent.status !== "submitted") throw new Error(JSON.stringify(sent));
  return { id: String(sent.placement._id), version: sent.placement.version };
}

async function approved(): Promise<{ id: string; version: number }> {
  const { id, version } = await submitted();
  const result = await w.placements.approve(await w.principal(COORDINATOR), id, version);
  if (result.status !== "approved") throw new Error(result.status);
  return { id, version: result.placement.version };
}

describe("organisations (QP-06 4.1; 6B03104 §9.1): one per BIN, searched by name or BIN", () => {
  it("a proposal with a BIN already known reuses the organisation", async () => {
    const again = await w.organisations.propose(await w.principal(OTHER_STUDENT), { fullName: "Kaspi", bin: "9712 4000 1315" });
    expect(again).toMatchObject({ status: "existing", organisation: { fullName: 'АО "Kaspi Bank"' } });
    expect(await w.db.models.Organisation.countDocuments()).toBe(1);
  });

  it("search finds only approved bases, by a fragment of the name (case and quotes ignored) or by BIN", async () => {
    const student = await w.principal(STUDENT);
    expect(await w.organisations.searchApproved(student, "kaspi")).toEqual([]);
    expect(await w.organisations.approve(await w.principal(COORDINATOR), kaspiId)).toMatchObject({ status: "approved" });
    expect((await w.organisations.searchApproved(student, "«KASPI  bank»")).map((o) => o.bin)).toEqual(["971240001315"]);
    expect((await w.organisations.searchApproved(student, "9712 4000 1315")).map((o) => o.bin)).toEqual(["971240001315"]);
    expect(await w.organisations.searchApproved(student, "k")).toEqual([]);
    expect(await w.organisations.searchApproved(student, "a.b*(")).toEqual([]);
  });

  it("refuses a BIN with a wrong check digit, a missing BIN in Kazakhstan, a bad phone and e-mail, all at once", async () => {
    const result = await w.organisations.propose(await w.principal(STUDENT), {
      fullName: "ТОО Рога",
      bin: "971240001316",
      phones: ["+7 916 123 45 67"],
      email: "hr@",
    });
    expect(result).toEqual({
      status: "invalid",
      issues: [
        { field: "bin", kind: "bin", reason: "check-digit" },
        { field: "phones.0", kind: "phone", reason: "not-kazakhstan" },
        { field: "email", kind: "email", reason: "format" },
      ],
    });
    expect(await w.organisations.propose(await w.principal(STUDENT), { fullName: "ТОО Рога" })).toEqual({
      status: "invalid",
      issues: [{ field: "bin", kind: "required", reason: "missing" }],
    });
  });

  it("a foreign organisation has a country instead of a BIN and may have a foreign phone", async () => {
    const result = await w.organisations.propose(await w.principal(STUDENT), {
      fullName: "Uzum Market",
      country: "uz",
      phones: ["+998 78 150 00 00"],
    });
    expect(result).toMatchObject({ status: "proposed", organisation: { country: "UZ", phones: ["+998781500000"] } });
    expect(result.status === "proposed" && result.organisation.bin).toBeFalsy();
    const again = await w.organisations.propose(await w.principal(OTHER_STUDENT), { fullName: "UZUM  market", country: "UZ" });
    expect(again.status).toBe("existing");
  });

  it("only a coordinator of a proposing department decides; a second press is harmless", async () => {
    expect(await w.organisations.approve(await w.principal(EE_COORDINATOR), kaspiId)).toEqual({
      status: "forbidden",
      reason: "otherDepartment",
    });
    expect(await w.organisations.reject(await w.principal(COORDINATOR), kaspiId, "Не соответствует профилю")).toMatchObject({
      status: "rejected",
      organisation: { status: "rejected", rejectionReason: "Не соответствует профилю", decidedBy: COORDINATOR },
    });
    expect(await w.organisations.approve(await w.principal(COORDINATOR), kaspiId)).toMatchObject({ status: "alreadyDecided" });
    const listed = await w.organisations.listProposed(await w.principal(COORDINATOR), String(cs));
    expect(listed).toEqual({ status: "ok", organisations: [] });
  });
});

describe("placement draft and submission (6B03104 §9.1 stage I)", () => {
  it("saves a complete draft: phone and e-mail normalised, required hours = 8 × 30 (QP-06 3.6), contract in time", async () => {
    const saved = await w.placements.saveDraft(await w.principal(STUDENT), completeDraft(kaspiId));
    expect(saved).toMatchObject({ status: "saved", created: true, contract: { late: false, deadline: "2026-12-31" } });
    if (saved.status !== "saved") return;
    expect(saved.placement).toMatchObject({
      status: "draft",
      academicYear: "2026-2027",
      requiredHours: 240,
      contractLate: false,
      organisationSupervisor: { phone: "+77012345678", email: "e.akhmetov@kaspi.kz", fullName: "Ахметов Ерлан Серикович" },
      source: "student",
      version: 0,
    });
    expect(saved.placement.history).toMatchObject([{ action: "created", by: STUDENT }]);
  });

  it("refuses every invalid field in one answer and saves nothing", async () => {
    const result = await w.placements.saveDraft(await w.principal(STUDENT), {
      ...completeDraft(kaspiId),
      endDate: "2027-03-19",
      organisationSupervisorPhone: "+7 701 234",
      organisationSupervisorEmail: "akhmetov@kaspi",
      organisationSupervisorName: "Ахметов",
      unit: "x",
    });
    expect(result).toEqual({
      status: "invalid",
      issues: [
        { field: "unit", kind: "text", reason: "too-short", params: { min: 2 } },
        { field: "organisationSupervisorName", kind: "name", reason: "need-surname-and-name" },
        { field: "organisationSupervisorPhone", kind: "phone", reason: "length" },
        { field: "organisationSupervisorEmail", kind: "email", reason: "format" },
        { field: "weeks", kind: "date", reason: "weeks-mismatch", params: { weeks: 8, calendarWeeks: 10, expectedEnd: "2027-03-05" } },
      ],
    });
    expect(await w.db.models.Placement.countDocuments()).toBe(0);
  });

  it("flags a late contract with the IITU clause (QP-06 Annex 1 §2.1) and with the KazUTB one (KazUTB-RPA 8.5: 30 days)", async () => {
    const late = await w.placements.saveDraft(await w.principal(STUDENT), { ...completeDraft(kaspiId), contractDate: "2027-01-05" });
    expect(late).toMatchObject({ status: "saved", contract: { late: true, deadline: "2026-12-31", rule: "QP-06 Annex 1 §2.1" } });
    expect(late.status === "saved" && late.placement).toMatchObject({ contractLate: true, contractRule: "QP-06 Annex 1 §2.1" });

    await w.person(1003, "Дина");
    await w.student(1003, ee, { studentNumber: "20210999", fullName: "Нұрланова Дина", group: "EE-2201" });
    const kazutb = await w.placements.saveDraft(await w.principal(1003), { ...completeDraft(kaspiId), contractDate: "2026-12-20" });
    expect(kazutb).toMatchObject({ status: "saved", contract: { late: true, deadline: "2026-12-11", rule: "KazUTB-RPA 8.5" } });

    // Moving the contract back in time clears the flag.
    const fixed = await w.placements.saveDraft(await w.principal(STUDENT), { practiceType: "production", contractDate: "2026-12-20" });
    expect(fixed.status === "saved" && fixed.placement).toMatchObject({ contractLate: false });
    expect(fixed.status === "saved" && fixed.placement.contractRule).toBeUndefined();
  });

  it("submission lists what is still missing", async () => {
    const saved = await w.placements.saveDraft(await w.principal(STUDENT), {
      practiceType: "production",
      startDate: "2027-01-11",
      endDate: "2027-03-05",
      weeks: 8,
    });
    const id = saved.status === "saved" ? String(saved.placement._id) : "";
    expect(await w.placements.submit(await w.principal(STUDENT), id)).toMatchObject({
      status: "incomplete",
      missing: [
        "organisation",
        "unit",
        "contractNumber",
        "contractDate",
        "organisationSupervisorName",
        "organisationSupervisorPhone",
        "organisationSupervisorEmail",
      ],
    });
  });

  it("submitting tells whom to notify (the department's coordinators) and a second submit is harmless", async () => {
    const saved = await w.placements.saveDraft(await w.principal(STUDENT), completeDraft(kaspiId));
    const id = saved.status === "saved" ? String(saved.placement._id) : "";
    expect(await w.placements.submit(await w.principal(STUDENT), id)).toMatchObject({ status: "submitted", coordinators: [COORDINATOR] });
    expect(await w.placements.submit(await w.principal(STUDENT), id)).toMatchObject({ status: "alreadySubmitted" });
  });

  it("another student can neither see nor submit it; another department's coordinator cannot approve it", async () => {
    const { id, version } = await submitted();
    expect(await w.placements.getPlacement(await w.principal(OTHER_STUDENT), id)).toEqual({ status: "forbidden", reason: "notOwnRecord" });
    expect(await w.placements.submit(await w.principal(OTHER_STUDENT), id)).toEqual({ status: "forbidden", reason: "notOwnRecord" });
    expect(await w.placements.approve(await w.principal(EE_COORDINATOR), id, version)).toEqual({
      status: "forbidden",
      reason: "otherDepartment",
    });
    expect(await w.placements.getPlacement(await w.principal(STUDENT), "not-an-id")).toEqual({ status: "notFound" });
    expect((await w.db.placements.findById(id))!.status).toBe("submitted");
  });
});

describe("coordinator's decision (QP-06 5.9; KazUTB 7.8)", () => {
  it("approves the version seen; a second press answers 'already decided'; the proposed base is approved too", async () => {
    const { id, version } = await submitted();
    const coordinator = await w.principal(COORDINATOR);
    const first = await w.placements.approve(coordinator, id, version);
    expect(first).toMatchObject({
      status: "approved",
      studentTelegramId: STUDENT,
      organisationApproved: true,
      placement: { status: "approved", decidedBy: COORDINATOR },
    });
    expect(await w.placements.approve(coordinator, id, version)).toMatchObject({
      status: "alreadyDecided",
      placement: { status: "approved" },
    });
    expect(await w.placements.returnForRevision(coordinator, id, version, "Поздно")).toMatchObject({ status: "alreadyDecided" });
    expect((await w.db.organisations.findById(kaspiId))!.status).toBe("approved");
    const history = (await w.db.placements.findById(id))!.history.map((h) => h.action);
    expect(history).toEqual(["created", "submitted", "approved"]);
  });

  it("two coordinators pressing at once: exactly one decision is recorded", async () => {
    await w.person(4003, "Second coordinator", [{ role: "coordinator", departmentId: cs }]);
    const { id, version } = await submitted();
    const results = await Promise.all([
      w.placements.approve(await w.principal(COORDINATOR), id, version),
      w.placements.returnForRevision(await w.principal(4003), id, version, "Нет договора"),
      w.placements.approve(await w.principal(4003), id, version),
    ]);
    expect(results.filter((r) => r.status === "approved" || r.status === "returned")).toHaveLength(1);
    expect(results.filter((r) => r.status === "alreadyDecided")).toHaveLength(2);
    expect((await w.db.placements.findById(id))!.history.filter((h) => h.action === "approved" || h.action === "returned")).toHaveLength(1);
  });

  it("a stale decision after the student edited answers 'changed' and decides nothing", async () => {
    const { id, version } = await submitted();
    const edited = await w.placements.saveDraft(await w.principal(STUDENT), {
      placementId: id,
      practiceType: "production",
      unit: "Отдел аналитики",
    });
    expect(edited).toMatchObject({ status: "saved", backToApproval: false, placement: { status: "submitted", version: version + 1 } });
    expect(await w.placements.approve(await w.principal(COORDINATOR), id, version)).toMatchObject({
      status: "changed",
      placement: { unit: "Отдел аналитики" },
    });
    expect(await w.placements.approve(await w.principal(COORDINATOR), id, version + 1)).toMatchObject({ status: "approved" });
  });

  it("returns with a reason; the student edits, resubmits, and it is approved", async () => {
    const { id, version } = await submitted();
    expect(await w.placements.returnForRevision(await w.principal(COORDINATOR), id, version, "  ")).toMatchObject({ status: "invalid" });
    const returned = await w.placements.returnForRevision(await w.principal(COORDINATOR), id, version, "Договор не подписан базой");
    expect(returned).toMatchObject({
      status: "returned",
      studentTelegramId: STUDENT,
      placement: { status: "returned", returnReason: "Договор не подписан базой" },
    });
    const edited = await w.placements.saveDraft(await w.principal(STUDENT), {
      placementId: id,
      practiceType: "production",
      contractNumber: "ПП-18/2026",
    });
    expect(edited).toMatchObject({ status: "saved", placement: { status: "returned" } });
    const again = await w.placements.submit(await w.principal(STUDENT), id);
    expect(again).toMatchObject({ status: "submitted" });
    expect(again.status === "submitted" && again.placement.returnReason).toBeUndefined();
    expect(
      await w.placements.approve(await w.principal(COORDINATOR), id, again.status === "submitted" ? again.placement.version : -1),
    ).toMatchObject({ status: "approved" });
  });

  it("an approved base edited by the student goes back for approval, recorded in the history with what changed", async () => {
    const { id } = await approved();
    const edited = await w.placements.saveDraft(await w.principal(STUDENT), {
      placementId: id,
      practiceType: "production",
      organisationSupervisorPhone: "+7 702 000 11 22",
    });
    expect(edited).toMatchObject({
      status: "saved",
      backToApproval: true,
      coordinators: [COORDINATOR],
      placement: { status: "submitted" },
    });
    const last = (await w.db.placements.findById(id))!.history.at(-1)!;
    expect(last).toMatchObject({
      action: "resubmitted",
      by: STUDENT,
      changes: [
        { field: "organisationSupervisor.phone", from: "+77012345678", to: "+77020001122" },
        { field: "status", from: "approved", to: "submitted" },
      ],
    });
    expect(
      await w.placements.saveDraft(await w.principal(STUDENT), {
        placementId: id,
        practiceType: "production",
        unit: "Департамент разработки",
      }),
    ).toMatchObject({
      status: "unchanged",
    });
  });

  it("once the practice is active the student can no longer edit", async () => {
    const { id } = await approved();
    await w.db.models.Placement.updateOne({ _id: id }, { $set: { status: "active" } });
    expect(
      await w.placements.saveDraft(await w.principal(STUDENT), { placementId: id, practiceType: "production", unit: "Другой отдел" }),
    ).toMatchObject({
      status: "locked",
    });
  });
});

describe("'I could not find a base' (6B03104 §9.1: two weeks before the start)", () => {
  it("records it once, tells the coordinators, and says whether it comes late", async () => {
    await w.placements.saveDraft(await w.principal(STUDENT), {
      practiceType: "production",
      startDate: "2027-01-11",
      endDate: "2027-03-05",
      weeks: 8,
    });
    const first = await w.placements.reportNoBase(await w.principal(STUDENT), { practiceType: "production", academicYear: "2026-2027" });
    expect(first).toMatchObject({
      status: "reported",
      coordinators: [COORDINATOR],
      deadline: { date: "2026-12-28", rule: "6B03104 §9.1" },
      late: false,
    });
    expect(
      await w.placements.reportNoBase(await w.principal(STUDENT), { practiceType: "production", academicYear: "2026-2027" }),
    ).toMatchObject({
      status: "alreadyReported",
    });
    clock.now = new Date("2027-01-04T09:00:00Z");
    await w.person(1004, "Late");
    await w.student(1004, cs, { studentNumber: "20210400", fullName: "Кемелов Нұр", group: "SE-2203" });
    await w.placements.saveDraft(await w.principal(1004), {
      practiceType: "production",
      startDate: "2027-01-11",
      endDate: "2027-03-05",
      weeks: 8,
    });
    expect(await w.placements.reportNoBase(await w.principal(1004), { practiceType: "production" })).toMatchObject({
      status: "reported",
      late: true,
    });
  });

  it("a placement with an approved base answers 'has base'", async () => {
    await approved();
    expect(
      await w.placements.reportNoBase(await w.principal(STUDENT), { practiceType: "production", academicYear: "2026-2027" }),
    ).toMatchObject({
      status: "hasBase",
    });
  });
});

describe("university supervisors (QP-06 5.6–5.8): assigned by the coordinator, one by one or by group", () => {
  it("assigns a group; the supervisor then sees exactly those students; a reassignment cuts the previous one off", async () => {
    const { id } = await submitted();
    await w.placements.saveDraft(await w.principal(OTHER_STUDENT), {
      practiceType: "production",
      startDate: "2027-01-11",
      endDate: "2027-03-05",
      weeks: 8,
    });
    const coordinator = await w.principal(COORDINATOR);
    expect(
      await w.placements.assignUniversitySupervisor(coordinator, {
        departmentId: String(cs),
        supervisorTelegramId: SUPERVISOR,
        group: "se 2203",
      }),
    ).toEqual({
      status: "assigned",
      matched: 0,
      assigned: 0,
    });
    expect(
      await w.placements.assignUniversitySupervisor(coordinator, {
        departmentId: String(cs),
        supervisorTelegramId: SUPERVISOR,
        group: "se-2203",
      }),
    ).toEqual({
      status: "assigned",
      matched: 2,
      assigned: 2,
    });
    const supervisor = await w.principal(SUPERVISOR);
    expect(await w.placements.getPlacement(supervisor, id)).toMatchObject({ status: "ok", as: "universitySupervisor" });
    const listed = await w.placements.listStudents(supervisor, { departmentId: String(cs) });
    expect(listed).toMatchObject({ status: "ok", as: "universitySupervisor", total: 2 });

    expect(
      await w.placements.assignUniversitySupervisor(coordinator, {
        departmentId: String(cs),
        supervisorTelegramId: SECOND_SUPERVISOR,
        placementIds: [id],
      }),
    ).toEqual({
      status: "assigned",
      matched: 1,
      assigned: 1,
    });
    expect(await w.placements.getPlacement(supervisor, id)).toEqual({ status: "forbidden", reason: "notAssigned" });
    expect(await w.placements.listStudents(supervisor, { departmentId: String(cs) })).toMatchObject({ total: 1 });
  });

  it("refuses a person who is not a supervisor of the department, and a coordinator of another department", async () => {
    expect(
      await w.placements.assignUniversitySupervisor(await w.principal(COORDINATOR), {
        departmentId: String(cs),
        supervisorTelegramId: OTHER_STUDENT,
        group: "SE-2203",
      }),
    ).toEqual({
      status: "notSupervisor",
    });
    expect(
      await w.placements.assignUniversitySupervisor(await w.principal(EE_COORDINATOR), {
        departmentId: String(cs),
        supervisorTelegramId: SUPERVISOR,
        group: "SE-2203",
      }),
    ).toEqual({
      status: "forbidden",
      reason: "otherDepartment",
    });
  });

  it("placement ids of another department are ignored", async () => {
    await w.person(1003, "Дина");
    await w.student(1003, ee, { studentNumber: "20210999", fullName: "Нұрланова Дина", group: "EE-2201" });
    const saved = await w.placements.saveDraft(await w.principal(1003), {
      practiceType: "production",
      startDate: "2027-01-11",
      endDate: "2027-03-05",
      weeks: 8,
    });
    const foreignId = saved.status === "saved" ? String(saved.placement._id) : "";
    expect(
      await w.placements.assignUniversitySupervisor(await w.principal(COORDINATOR), {
        departmentId: String(cs),
        supervisorTelegramId: SUPERVISOR,
        placementIds: [foreignId, "junk"],
      }),
    ).toEqual({
      status: "assigned",
      matched: 0,
      assigned: 0,
    });
  });
});

describe("organisation supervisor invitation (QP-06 5.12): a new link revokes the previous one", () => {
  it("needs an approved placement; the newest link alone is claimed, and only a coordinator's confirmation links (QP-06 5.12)", async () => {
    await w.person(3001, "Ерлан");
    await w.person(3002, "Бауыржан");
    const { id: pending } = await submitted();
    expect(await w.placements.inviteOrganisationSupervisor(await w.principal(STUDENT), pending)).toMatchObject({ status: "notApproved" });
    await w.placements.approve(await w.principal(COORDINATOR), pending, (await w.db.placements.findById(pending))!.version);

    const first = await w.placements.inviteOrganisationSupervisor(await w.principal(STUDENT), pending);
    expect(first).toMatchObject({ status: "invited", revoked: 0 });
    const second = await w.placements.inviteOrganisationSupervisor(await w.principal(STUDENT), pending);
    expect(second).toMatchObject({ status: "invited", revoked: 1 });
    if (first.status !== "invited" || second.status !== "invited") return;
    expect(await w.invitations.preview(first.code)).toEqual({ status: "revoked" });
    expect(await w.invitations.accept(first.code, 3001)).toEqual({ status: "revoked" });

    const described = await w.placements.describeSupervisorInvitation(second.code);
    expect(described).toMatchObject({
      status: "valid",
      invitedBy: STUDENT,
      student: { fullName: "Сейтқали Аружан" },
      organisation: { fullName: 'АО "Kaspi Bank"' },
    });
    expect(await w.placements.getPlacement(await w.principal(3001), pending)).toEqual({ status: "forbidden", reason: "notOwnRecord" });
    expect(await w.invitations.accept(second.code, 3001)).toMatchObject({
      status: "accepted",
      role: "organisationSupervisor",
      placementId: pending,
    });
    // QP-06 5.12: claimed, not linked: the claimant sees nothing until the coordinator confirms.
    expect(await w.placements.getPlacement(await w.principal(3001), pending)).toEqual({ status: "forbidden", reason: "notLinked" });
    expect((await w.db.placements.findById(pending))?.organisationSupervisor?.claim).toMatchObject({ telegramId: 3001, replaces: null });
    expect(await w.invitations.accept(second.code, 3002)).toEqual({ status: "used" });
    expect(await w.invitations.accept(second.code, 3001)).toMatchObject({ status: "alreadyYours", placementId: pending });
    expect(await w.placements.decideSupervisorClaim(await w.principal(COORDINATOR), pending, 3001, "confirm")).toMatchObject({
      status: "confirmed",
    });
    expect(await w.placements.getPlacement(await w.principal(3001), pending)).toMatchObject({ status: "ok", as: "organisationSupervisor" });
    expect(await w.placements.listSupervisedPlacements(await w.principal(3001))).toHaveLength(1);
    expect(diaryPlacementOf((await w.db.placements.findById(pending))!, "iitu")).toEqual({
      id: pending,
      studentId: String((await w.db.students.findByTelegramId(STUDENT))!._id),
      departmentId: String(cs),
      policyId: "iitu",
      startDate: "2027-01-11",
      endDate: "2027-03-05",
      requiredHours: 240,
      universitySupervisorTelegramId: null,
      organisationSupervisorTelegramId: 3001,
    });

    // A third link, claimed by someone else: the linked supervisor stays until the coordinator confirms the replacement.
    const third = await w.placements.inviteOrganisationSupervisor(await w.principal(COORDINATOR), pending);
    if (third.status !== "invited") throw new Error(third.status);
    expect(await w.invitations.accept(third.code, 3002)).toMatchObject({ status: "accepted" });
    expect(await w.placements.getPlacement(await w.principal(3001), pending)).toMatchObject({ status: "ok" });
    expect(await w.placements.getPlacement(await w.principal(3002), pending)).toEqual({ status: "forbidden", reason: "notLinked" });
    expect(await w.placements.decideSupervisorClaim(await w.principal(COORDINATOR), pending, 3002, "confirm")).toMatchObject({
      status: "confirmed",
    });
    expect(await w.placements.getPlacement(await w.principal(3001), pending)).toEqual({ status: "forbidden", reason: "notLinked" });
    expect(await w.placements.getPlacement(await w.principal(3002), pending)).toMatchObject({ status: "ok" });
    expect(await w.placements.listSupervisedPlacements(await w.principal(3001))).toEqual([]);
  });

  it("a link accepted after a newer one was made (a race) is refused as revoked and links nobody", async () => {
    await w.person(3001, "Ерлан");
    const { id } = await approved();
    const first = await w.placements.inviteOrganisationSupervisor(await w.principal(STUDENT), id);
    if (first.status !== "invited") throw new Error(first.status);
    // The newer link is recorded on the placement before the old one is revoked: accept in between.
    const { invitationId } = await w.invitations.create({
      role: "organisationSupervisor",
      placementId: (await w.db.placements.findById(id))!._id,
      createdBy: STUDENT,
    });
    await w.db.models.Placement.updateOne({ _id: id }, { $set: { "organisationSupervisor.invitationId": invitationId } });
    expect(await w.invitations.accept(first.code, 3001)).toEqual({ status: "revoked" });
    expect((await w.db.placements.findById(id))!.organisationSupervisor?.telegramId).toBeUndefined();
    expect((await w.db.users.findByTelegramId(3001))?.roles ?? []).toEqual([]);
  });
});

describe("/students: the department's list, filtered and paged", () => {
  it("filters by group, practice type and status; pages; another department's coordinator is refused; the admin sees all", async () => {
    await submitted();
    for (let i = 0; i < 12; i++)
      await w.student(null, cs, {
        studentNumber: `2022${String(i).padStart(4, "0")}`,
        fullName: `Студент Номер${String.fromCharCode(1040 + i)}`,
        group: "SE-2301",
      });
    const coordinator = await w.principal(COORDINATOR);
    const all = await w.placements.listStudents(coordinator, { departmentId: String(cs), pageSize: 5 });
    expect(all).toMatchObject({ status: "ok", total: 14, pages: 3, page: 0, as: "coordinator" });
    expect(all.status === "ok" && all.rows).toHaveLength(5);
    const last = await w.placements.listStudents(coordinator, { departmentId: String(cs), pageSize: 5, page: 2 });
    expect(last.status === "ok" && last.rows).toHaveLength(4);
    const group = await w.placements.listStudents(coordinator, { departmentId: String(cs), group: "se-2203" });
    expect(group).toMatchObject({ total: 2 });
    const waiting = await w.placements.listStudents(coordinator, {
      departmentId: String(cs),
      status: "submitted",
      practiceType: "production",
    });
    expect(waiting).toMatchObject({ total: 1, rows: [{ student: { studentNumber: "20210345" }, placements: [{ status: "submitted" }] }] });
    expect(await w.placements.listStudents(await w.principal(EE_COORDINATOR), { departmentId: String(cs) })).toEqual({
      status: "forbidden",
      reason: "otherDepartment",
    });
    expect(await w.placements.listStudents(await w.principal(STUDENT), { departmentId: String(cs) })).toEqual({
      status: "forbidden",
      reason: "noRole",
    });
    expect(await w.placements.listStudents(await w.principal(ADMIN_ID), { departmentId: String(cs) })).toMatchObject({
      status: "ok",
      as: "admin",
      total: 14,
    });
  });

  it("/myplacement lists the student's own placements with their base", async () => {
    await submitted();
    const mine = await w.placements.listMyPlacements(await w.principal(STUDENT));
    expect(mine).toMatchObject({
      status: "ok",
      placements: [{ placement: { status: "submitted" }, organisation: { bin: "971240001315" } }],
    });
    expect(await w.placements.listMyPlacements(await w.principal(SUPERVISOR))).toEqual({ status: "notFound" });
  });

  it("a coordinator fills in a base for a student who could not find one (6B03104 §9.1); the source is recorded", async () => {
    const students = await w.db.students.findByTelegramId(OTHER_STUDENT);
    const saved = await w.placements.saveDraft(await w.principal(COORDINATOR), {
      ...completeDraft(kaspiId),
      studentId: String(students!._id),
    });
    expect(saved).toMatchObject({ status: "saved", placement: { source: "coordinator", status: "draft" } });
    expect(
      await w.placements.saveDraft(await w.principal(EE_COORDINATOR), { ...completeDraft(kaspiId), studentId: String(students!._id) }),
    ).toEqual({
      status: "forbidden",
      reason: "otherDepartment",
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { diaryDecision } from "../../src/bot/decision-buttons.js";
import type { Action as PolicyAction } from "../../src/domain/access/policy.js";
import { entryStatus, lastAnswer, pressCrafted, seedDiary, type Harness } from "./diary-supervision-support.js";

/**
 * Authorization cells of the diary (domain.md §1; issue 9): nobody approves, returns, grades, writes a
 * characteristic, approves all or signs off for a student not linked to them — pressed through the
 * real bot with crafted callback data on a message whose keyboard carries it (the button guard lets
 * such presses through, so the handler's own check is what is tested). Each cell asserts that nothing
 * changed and that no question of a scene was asked; positive controls prove the same path works.
 */
const database = useTestDatabase();
let h: Harness;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection(), now: () => new Date("2026-11-23T09:00:00Z") });
  await h.db.syncIndexes();
});

type Outsider =
  "otherUniversitySupervisor" | "otherOrganisationSupervisor" | "otherCoordinator" | "theStudent" | "noRole" | "formerUniversitySupervisor";
type Action = "approve" | "return" | "grade" | "characteristic" | "approveAll" | "oneByOne" | "signOff";

const OUTSIDERS: Outsider[] = [
  "otherUniversitySupervisor",
  "otherOrganisationSupervisor",
  "otherCoordinator",
  "theStudent",
  "noRole",
  "formerUniversitySupervisor",
];
const ACTIONS: Action[] = ["approve", "return", "grade", "characteristic", "approveAll", "oneByOne", "signOff"];
/** The cell of `can()` each press asks (the authorization matrix checks every policy action is pressed somewhere). */
const ASKS: Record<Action, PolicyAction> = {
  approve: "approveDiaryEntry",
  return: "returnDiaryEntry",
  grade: "gradePractice",
  characteristic: "writeCharacteristic",
  approveAll: "approveDiaryEntry",
  oneByOne: "approveDiaryEntry",
  signOff: "signOffDiary",
};
const CELLS = OUTSIDERS.flatMap((who) => ACTIONS.map((action) => [who, action, ASKS[action]] as const));

async function world() {
  const s = await seedDiary(h, "en");
  const [entry] = await s.seed.entries(h.services, s.placement, s.student, [{ date: "2026-11-20" }]);
  // Another student of another department, with their own supervisors.
  const otherDepartment = await s.seed.department("EE");
  const otherStudent = s.seed.person("en", "Other");
  const otherStudentDoc = await s.seed.student(otherStudent, otherDepartment, { studentNumber: "S-other" });
  const people: Record<Outsider, TestPerson> = {
    otherUniversitySupervisor: s.seed.person("en", "OtherUni"),
    otherOrganisationSupervisor: s.seed.person("en", "OtherOrg"),
    otherCoordinator: s.seed.person("en", "OtherCoord"),
    theStudent: s.student,
    noRole: s.seed.person("en", "Nobody"),
    formerUniversitySupervisor: s.university,
  };
  // Same department, not assigned to this student.
  await s.seed.staff(people.otherUniversitySupervisor, "universitySupervisor", { departmentId: s.department._id });
  await s.seed.staff(people.otherOrganisationSupervisor, "organisationSupervisor", { studentId: otherStudentDoc._id });
  await s.seed.placement(otherStudentDoc, { organisationSupervisor: people.otherOrganisationSupervisor });
  await s.seed.staff(people.otherCoordinator, "coordinator", { departmentId: otherDepartment._id });
  await h.db.users.touch({ id: people.noRole.id, first_name: "Nobody" }, "en");
  for (const person of Object.values(people)) await h.db.users.setLanguage(person.id, "en");
  return { s, entry: entry!, people };
}

function dataFor(action: Action, placementId: string, entry: { id: string; version: number }): string {
  switch (action) {
    case "approve":
      return diaryDecision.pack("ok", entry.id, entry.version);
    case "return":
      return diaryDecision.pack("ret", entry.id, entry.version);
    case "grade":
      return `svg:${placementId}`;
    case "characteristic":
      return `svc:${placementId}`;
    case "approveAll":
      return `svp.all:${placementId}:000000000000`;
    case "oneByOne":
      return `svp.one:${placementId}`;
    case "signOff":
      return `svs:${placementId}`;
  }
}

const SCENE_QUESTIONS = ["supervision-return-ask", "supervision-grade-ask", "supervision-characteristic-ask-text"];

describe("diary authorization matrix", () => {
  it(`has ${CELLS.length} refusal cells (6 outsiders × 7 actions) plus the organisation-approves cell`, () => {
    expect(CELLS).toHaveLength(42);
  });

  it.each(CELLS)("%s may not %s (%s) on a student not linked to them", async (who, action) => {
    const { s, entry, people } = await world();
    const placementId = String(s.placement._id);
    if (who === "formerUniversitySupervisor") {
      // Reassignment: the old supervisor's buttons are stale (links are read from the record).
      const successor = s.seed.person("en", "Successor");
      await s.seed.staff(successor, "universitySupervisor", { departmentId: s.department._id });
      await h.db.placements.assignUniversitySupervisor([s.placement._id], s.placement.departmentId, successor.id, {
        at: new Date(),
        by: 0,
        action: "supervisorAssigned",
      });
    }
    const person = people[who];
    const before = await entryStatus(h, entry.id);
    const calls = await pressCrafted(h, person, dataFor(action, placementId, entry));
    const answer = lastAnswer(h);
    expect(calls.some((c) => c.method === "answerCallbackQuery")).toBe(true);
    expect([h.t("en", "diary-reason-notLinked"), h.t("en", "diary-reason-roleCannot"), h.t("en", "errors-not-allowed")]).toContain(answer);
    expect(await entryStatus(h, entry.id)).toEqual(before);
    expect(await h.services.diary.outcomes.getOutcome(placementId)).toBeNull();
    const asked = calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload["text"]));
    for (const key of SCENE_QUESTIONS) expect(asked).not.toContain(h.t("en", key));
    // Nor is any entry shown to them (the one-by-one list).
    expect(calls.some((c) => c.method === "sendMessage" && JSON.stringify(c.payload["reply_markup"] ?? {}).includes("dia."))).toBe(false);
  });

  it("the university supervisor may not approve while an organisation supervisor is linked (QP-06 5.12), but may return", async () => {
    const { s, entry } = await world();
    await pressCrafted(h, s.university, diaryDecision.pack("ok", entry.id, entry.version));
    expect(lastAnswer(h)).toBe(h.t("en", "diary-reason-organisationSupervisorApproves"));
    expect((await entryStatus(h, entry.id)).status).toBe("submitted");
    await pressCrafted(h, s.university, diaryDecision.pack("ret", entry.id, entry.version));
    expect(h.lastText(s.university.id)).toBe(h.t("en", "supervision-return-ask"));
  });

  it("positive controls: the linked people pass the same crafted path", async () => {
    const { s, entry } = await world();
    const placementId = String(s.placement._id);
    await pressCrafted(h, s.university, `svg:${placementId}`);
    expect(h.lastText(s.university.id)).toBe(h.t("en", "supervision-grade-ask"));
    await h.text(s.university, "/cancel");
    await pressCrafted(h, s.organisation, `svc:${placementId}`);
    expect(h.lastText(s.organisation.id)).toBe(h.t("en", "supervision-characteristic-ask-text"));
    await h.text(s.organisation, "/cancel");
    await pressCrafted(h, s.university, `svs:${placementId}`);
    expect(h.lastText(s.university.id)).toContain(h.t("en", "signoff-summary-pending", { count: 1 }));
    await pressCrafted(h, s.organisation, diaryDecision.pack("ok", entry.id, entry.version));
    expect((await entryStatus(h, entry.id)).status).toBe("approved");
  });
});

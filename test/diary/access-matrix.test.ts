import { describe, expect, it } from "vitest";
import { decideDiaryAccess, DIARY_ROLES } from "../../src/domain/diary/index.js";
import type { DiaryActor, DiaryPlacement, DiaryRole } from "../../src/domain/diary/index.js";

/** The policy's diary actions (src/domain/access/policy.ts), asked through the diary's adapter. */
const DIARY_ACTIONS = [
  "viewDiary",
  "writeDiaryEntry",
  "approveDiaryEntry",
  "returnDiaryEntry",
  "uploadReport",
  "writeCharacteristic",
  "gradePractice",
  "signOffDiary",
  "reopenDiary",
  "allowEarlySignOff",
] as const;
type DiaryAction = (typeof DIARY_ACTIONS)[number];

const placement: DiaryPlacement = {
  id: "p",
  studentId: "s",
  departmentId: "d",
  policyId: "iitu",
  startDate: "2026-10-05",
  endDate: "2026-11-27",
  requiredHours: 240,
  universitySupervisorTelegramId: 501,
  organisationSupervisorTelegramId: 601,
};
const noOrganisation = { ...placement, organisationSupervisorTelegramId: null };

/** The actor linked to `placement` in each role, and one who holds the role but is linked elsewhere. */
const linked: Record<DiaryRole, DiaryActor> = {
  student: { telegramId: 1, role: "student", studentId: "s" },
  organisationSupervisor: { telegramId: 601, role: "organisationSupervisor" },
  universitySupervisor: { telegramId: 501, role: "universitySupervisor" },
  coordinator: { telegramId: 9, role: "coordinator", departmentId: "d" },
};
const stranger: Record<DiaryRole, DiaryActor> = {
  student: { telegramId: 2, role: "student", studentId: "other" },
  organisationSupervisor: { telegramId: 602, role: "organisationSupervisor" },
  universitySupervisor: { telegramId: 502, role: "universitySupervisor" },
  coordinator: { telegramId: 10, role: "coordinator", departmentId: "other" },
};

// Y = allowed when linked; A = only while no organisation supervisor is linked; . = never.
const MATRIX: Record<DiaryRole, Record<DiaryAction, "Y" | "A" | ".">> = {
  student: {
    viewDiary: "Y",
    writeDiaryEntry: "Y",
    approveDiaryEntry: ".",
    returnDiaryEntry: ".",
    uploadReport: "Y",
    writeCharacteristic: ".",
    gradePractice: ".",
    signOffDiary: ".",
    reopenDiary: ".",
    allowEarlySignOff: ".",
  },
  organisationSupervisor: {
    viewDiary: "Y",
    writeDiaryEntry: ".",
    approveDiaryEntry: "Y",
    returnDiaryEntry: "Y",
    uploadReport: ".",
    writeCharacteristic: "Y",
    gradePractice: ".",
    signOffDiary: "Y",
    reopenDiary: "Y",
    allowEarlySignOff: ".",
  },
  universitySupervisor: {
    viewDiary: "Y",
    writeDiaryEntry: ".",
    approveDiaryEntry: "A",
    returnDiaryEntry: "Y",
    uploadReport: ".",
    writeCharacteristic: ".",
    gradePractice: "Y",
    signOffDiary: "Y",
    reopenDiary: "Y",
    allowEarlySignOff: ".",
  },
  coordinator: {
    viewDiary: "Y",
    writeDiaryEntry: ".",
    approveDiaryEntry: ".",
    returnDiaryEntry: ".",
    uploadReport: ".",
    writeCharacteristic: ".",
    gradePractice: "Y",
    signOffDiary: ".",
    reopenDiary: ".",
    allowEarlySignOff: "Y",
  },
};

describe("diary authorization matrix (domain.md §1; QP-06 5.6–5.12, 6.2, 6.5)", () => {
  for (const role of DIARY_ROLES) {
    for (const action of DIARY_ACTIONS) {
      const cell = MATRIX[role][action];
      it(`${role} × ${action}: ${cell === "Y" ? "allowed when linked" : cell === "A" ? "allowed only without an organisation supervisor" : "never"}; never for someone not linked`, () => {
        expect(decideDiaryAccess(linked[role], placement, action).allowed).toBe(cell === "Y");
        // Without an organisation supervisor nobody holds that link; everyone else keeps theirs and gains the "A" cells.
        expect(decideDiaryAccess(linked[role], noOrganisation, action).allowed).toBe(role !== "organisationSupervisor" && cell !== ".");
        expect(decideDiaryAccess(stranger[role], placement, action).allowed).toBe(false);
        expect(decideDiaryAccess(stranger[role], noOrganisation, action).allowed).toBe(false);
      });
    }
  }
  it("an organisation supervisor is not linked to a placement without one (null never matches)", () => {
    expect(decideDiaryAccess({ telegramId: 0, role: "organisationSupervisor" }, { ...noOrganisation }, "approveDiaryEntry").allowed).toBe(
      false,
    );
    expect(decideDiaryAccess({ telegramId: 1, role: "student" }, placement, "writeDiaryEntry")).toEqual({
      allowed: false,
      reason: "notLinked",
    });
  });

  it("QP-06 5.12: an organisation supervisor not yet confirmed approves, returns and signs nothing; the university supervisor approves meanwhile", () => {
    const pending = { ...placement, organisationSupervisorConfirmed: false };
    for (const action of ["approveDiaryEntry", "returnDiaryEntry", "signOffDiary", "reopenDiary", "writeCharacteristic"] as const) {
      expect(decideDiaryAccess(linked.organisationSupervisor, pending, action)).toEqual({
        allowed: false,
        reason: "organisationSupervisorPending",
      });
    }
    expect(decideDiaryAccess(linked.organisationSupervisor, pending, "viewDiary").allowed).toBe(true);
    expect(decideDiaryAccess(linked.universitySupervisor, pending, "approveDiaryEntry").allowed).toBe(true);
    expect(decideDiaryAccess(linked.universitySupervisor, placement, "approveDiaryEntry")).toEqual({
      allowed: false,
      reason: "organisationSupervisorApproves",
    });
  });
});

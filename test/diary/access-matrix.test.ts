import { describe, expect, it } from "vitest";
import { decideDiaryAccess, DIARY_ACTIONS, DIARY_ROLES } from "../../src/domain/diary/index.js";
import type { DiaryAction, DiaryActor, DiaryPlacement, DiaryRole } from "../../src/domain/diary/index.js";

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
    writeEntry: "Y",
    approveEntry: ".",
    returnEntry: ".",
    uploadReport: "Y",
    writeCharacteristic: ".",
    recordGrade: ".",
    signOff: ".",
  },
  organisationSupervisor: {
    viewDiary: "Y",
    writeEntry: ".",
    approveEntry: "Y",
    returnEntry: "Y",
    uploadReport: ".",
    writeCharacteristic: "Y",
    recordGrade: ".",
    signOff: "Y",
  },
  universitySupervisor: {
    viewDiary: "Y",
    writeEntry: ".",
    approveEntry: "A",
    returnEntry: "Y",
    uploadReport: ".",
    writeCharacteristic: ".",
    recordGrade: "Y",
    signOff: "Y",
  },
  coordinator: {
    viewDiary: "Y",
    writeEntry: ".",
    approveEntry: ".",
    returnEntry: ".",
    uploadReport: ".",
    writeCharacteristic: ".",
    recordGrade: "Y",
    signOff: ".",
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
    expect(decideDiaryAccess({ telegramId: 0, role: "organisationSupervisor" }, { ...noOrganisation }, "approveEntry").allowed).toBe(false);
    expect(decideDiaryAccess({ telegramId: 1, role: "student" }, placement, "writeEntry")).toEqual({ allowed: false, reason: "notLinked" });
  });
});

import { describe, expect, it } from "vitest";
import { toDiaryReportContext } from "../../src/services/diary/diary-placements.js";
import { displayName } from "../../src/domain/profile/display-name.js";

const diary = {
  id: "p1",
  studentId: "s1",
  departmentId: "d1",
  policyId: "iitu",
  startDate: "2026-11-16",
  endDate: "2026-12-11",
  requiredHours: 120,
  universitySupervisorTelegramId: 101,
  organisationSupervisorTelegramId: 202,
};
const base = {
  diary,
  student: { fullName: "Сейітова Айгерім", studentNumber: "20220001", group: "IS-2201", programmeCode: "6B06102" },
  organisation: { fullName: "ТОО «Ромашка»" },
  department: { name: "Ақпараттық жүйелер кафедрасы" },
  policy: { name: "IITU" },
};

describe("names printed in the F-76 approvals and signatures (QP-06 6.2)", () => {
  it("the name a supervisor gave for documents wins; then the practice agreement's; then Telegram's", () => {
    const named = toDiaryReportContext({
      ...base,
      placement: { practiceType: "production", unit: null, organisationSupervisor: { fullName: "Ахметов Ерлан" } },
      universitySupervisor: { firstName: "U74001", lastName: null, fullName: "Нұрланова Сәуле Асқарқызы" },
      organisationSupervisorUser: { firstName: "Ерлан", lastName: null, fullName: "Ахметов Ерлан Серікұлы" },
    });
    expect(named.universitySupervisor?.fullName).toBe("Нұрланова Сәуле Асқарқызы");
    expect(named.organisationSupervisor?.fullName).toBe("Ахметов Ерлан Серікұлы");

    const agreement = toDiaryReportContext({
      ...base,
      placement: { practiceType: "production", unit: null, organisationSupervisor: { fullName: "Ахметов Ерлан" } },
      universitySupervisor: { firstName: "Сәуле", lastName: "Нұрланова", fullName: null },
      organisationSupervisorUser: { firstName: "Ерлан", lastName: null, fullName: null },
    });
    expect(agreement.universitySupervisor?.fullName).toBe("Сәуле Нұрланова");
    expect(agreement.organisationSupervisor?.fullName).toBe("Ахметов Ерлан");
  });

  it("displayName: the full name, else first and last names, else null", () => {
    expect(displayName({ firstName: "Сәуле", lastName: "Нұрланова", fullName: " Нұрланова Сәуле " })).toBe("Нұрланова Сәуле");
    expect(displayName({ firstName: "Сәуле", lastName: null })).toBe("Сәуле");
    expect(displayName({ firstName: " ", lastName: " " })).toBeNull();
    expect(displayName(null)).toBeNull();
  });
});

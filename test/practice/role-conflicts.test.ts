import { describe, expect, it } from "vitest";
import { roleConflict } from "../../src/domain/access/role-conflicts.js";

const D1 = "64b000000000000000000d01";
const D2 = "64b000000000000000000d02";

describe("conflicts of role (department rule read with QP-06 5.6–5.9, 5.12; domain.md §1)", () => {
  const student = { studentDepartmentId: D1, staffDepartmentIds: [] };
  const supervisor = { studentDepartmentId: null, staffDepartmentIds: [D1] };

  it("QP-06 5.9, 5.6–5.8, 5.12: a student of a department claims none of its supervising roles", () => {
    expect(roleConflict(student, { role: "coordinator", departmentId: D1 })).toBe("studentOfDepartment");
    expect(roleConflict(student, { role: "universitySupervisor", departmentId: D1 })).toBe("studentOfDepartment");
    expect(roleConflict(student, { role: "organisationSupervisor", departmentId: D1 })).toBe("studentOfDepartment");
  });

  it("QP-06 5.6–5.9: a supervisor of a department claims no student record in it", () => {
    expect(roleConflict(supervisor, { role: "student", departmentId: D1 })).toBe("staffOfDepartment");
  });

  it("QP-06 5.12, 6.2: one person never holds both sides of a department's supervision", () => {
    const coordinator = {
      studentDepartmentId: null,
      staffDepartmentIds: [D1],
      staffGrants: [{ role: "coordinator" as const, departmentId: D1 }],
    };
    const uniSupervisor = { ...coordinator, staffGrants: [{ role: "universitySupervisor" as const, departmentId: D1 }] };
    const orgSupervisor = { ...coordinator, staffGrants: [{ role: "organisationSupervisor" as const, departmentId: D1 }] };
    expect(roleConflict(coordinator, { role: "organisationSupervisor", departmentId: D1 })).toBe("bothSidesOfDepartment");
    expect(roleConflict(uniSupervisor, { role: "organisationSupervisor", departmentId: D1 })).toBe("bothSidesOfDepartment");
    expect(roleConflict(orgSupervisor, { role: "universitySupervisor", departmentId: D1 })).toBe("bothSidesOfDepartment");
    expect(roleConflict(orgSupervisor, { role: "coordinator", departmentId: D1 })).toBe("bothSidesOfDepartment");
    expect(roleConflict(coordinator, { role: "universitySupervisor", departmentId: D1 })).toBeNull();
    expect(roleConflict(orgSupervisor, { role: "organisationSupervisor", departmentId: D1 })).toBeNull();
    expect(roleConflict(coordinator, { role: "organisationSupervisor", departmentId: D2 })).toBeNull();
  });

  it("another department, or a link with no department, is no conflict", () => {
    expect(roleConflict(student, { role: "universitySupervisor", departmentId: D2 })).toBeNull();
    expect(roleConflict(supervisor, { role: "student", departmentId: D2 })).toBeNull();
    expect(roleConflict(student, { role: "coordinator", departmentId: null })).toBeNull();
    expect(roleConflict({ studentDepartmentId: null, staffDepartmentIds: [] }, { role: "coordinator", departmentId: D1 })).toBeNull();
  });
});

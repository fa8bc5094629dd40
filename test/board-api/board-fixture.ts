import type { PlacementDocument } from "../../src/persistence/models/placement.model.js";
import type { StudentDocument } from "../../src/persistence/models/student.model.js";
import type { TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { NOW, type BoardHarness } from "./board-support.js";

/**
 * Two departments and every role of the board: CS with a coordinator, a university supervisor, an organisation
 * supervisor and five students in different states; EE with its own coordinator and one student.
 */
export async function seedBoard(b: BoardHarness) {
  const seed = createSeeder(b.h.db, () => NOW);
  const cs = await seed.department("CS", "iitu", "Ақпараттық жүйелер кафедрасы");
  const ee = await seed.department("EE", "iitu", "Электр энергетикасы кафедрасы");
  const person = (id: number, firstName: string): TestPerson => ({ id, firstName, languageCode: "kk" });
  const coordinator = person(720001, "Гүлнар");
  const otherCoordinator = person(720002, "Марат");
  const universitySupervisor = person(720003, "Ерлан");
  const organisationSupervisor = person(720004, "Айгүл");
  const stranger = 720099;
  await seed.staff(coordinator, "coordinator", { departmentId: cs._id });
  await seed.staff(otherCoordinator, "coordinator", { departmentId: ee._id });
  await seed.staff(universitySupervisor, "universitySupervisor", { departmentId: cs._id });
  const studentPeople = [0, 1, 2, 3, 4].map((i) => person(721000 + i, `Студент${i}`));
  const students: StudentDocument[] = [];
  const profiles = [
    { fullName: "Әбенова Гүлнар Маратқызы", group: "SE-2201", studentNumber: "210101" },
    { fullName: "Серікұлы Ерлан", group: "SE-2201", studentNumber: "210102" },
    { fullName: "Ахметова Алёна", group: "SE-2202", studentNumber: "210103" },
    { fullName: "Бекова Дана", group: "SE-2202", studentNumber: "210104" },
    { fullName: "Жанұзақов Тимур", group: "SE-2203", studentNumber: "210105" },
  ];
  for (const [i, p] of studentPeople.entries()) students.push(await seed.student(p, cs, profiles[i]));
  const placements: Record<string, PlacementDocument> = {};
  // Running since 2026-11-16 with the university and the organisation supervisor: 5 working days (30 h) expected by 23.11.
  placements["active"] = await seed.placement(students[0]!, { status: "active", universitySupervisor, organisationSupervisor });
  await seed.staff(organisationSupervisor, "organisationSupervisor", { studentId: students[0]!._id });
  placements["submitted"] = await seed.placement(students[1]!, {
    status: "submitted",
    startDate: "2027-01-11",
    endDate: "2027-02-05",
    weeks: 4,
  });
  placements["submitted2"] = await seed.placement(students[2]!, {
    status: "submitted",
    startDate: "2027-01-11",
    endDate: "2027-02-05",
    weeks: 4,
  });
  placements["draft"] = await seed.placement(students[3]!, { status: "draft", startDate: "2027-01-11", endDate: "2027-02-05", weeks: 4 });
  const eeStudentPerson = person(722000, "Болат");
  const eeStudent = await seed.student(eeStudentPerson, ee, { fullName: "Қасымов Болат", group: "EE-2201", studentNumber: "220101" });
  placements["ee"] = await seed.placement(eeStudent, { status: "submitted", startDate: "2027-01-11", endDate: "2027-02-05", weeks: 4 });
  return {
    seed,
    cs: cs,
    ee: ee,
    coordinator,
    otherCoordinator,
    universitySupervisor,
    organisationSupervisor,
    stranger,
    studentPeople,
    students,
    eeStudent,
    eeStudentPerson,
    placements,
  };
}
export type BoardFixture = Awaited<ReturnType<typeof seedBoard>>;

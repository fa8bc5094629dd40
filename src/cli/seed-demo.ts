import { Types } from "mongoose";
import type { Persistence } from "../persistence/create-persistence.js";
import type { ReferenceData } from "../reference-data/load.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import { computeBinCheckDigit } from "../domain/practice/bin.js";
import { addDays, type IsoDate } from "../domain/rules/dates.js";
import { calendarDateIn } from "../domain/diary/calendar-date.js";
import { createInvitationService } from "../services/invitation.service.js";
import { createOrganisationService } from "../services/organisation.service.js";
import { createPlacementService } from "../services/placement.service.js";
import { createRosterService } from "../services/roster/roster.service.js";

/**
 * `npm run seed:demo`: a demo university in the configured database, so a newcomer sees the bot working in a
 * minute. Everything is written through the services (roster import, placement drafts, approvals), as a
 * coordinator would. It refuses a database that holds anything but an earlier demo.
 */

export const DEMO_MARKER_COLLECTION = "demo_meta";
/** Telegram id the seed acts as (an administrator by construction; never a real account). */
const SEED_ACTOR = 1;

export interface DemoLink {
  who: string;
  code: string;
}

export type SeedDemoResult =
  | { status: "seeded"; departments: string[]; students: number; placements: Record<string, number>; links: DemoLink[] }
  | { status: "refused"; reason: string };

interface DemoDepartment {
  code: string;
  name: string;
  policyId: string;
  groups: string[];
  programmeCode: string;
}

const DEPARTMENTS: DemoDepartment[] = [
  {
    code: "DEMO-IS",
    name: "Ақпараттық жүйелер кафедрасы (демо)",
    policyId: "iitu",
    groups: ["IS-2201", "IS-2202"],
    programmeCode: "6B06102",
  },
  { code: "DEMO-CE", name: "Кафедра компьютерной инженерии (демо)", policyId: "kazutb", groups: ["CE-2201"], programmeCode: "6B06104" },
];

const SURNAMES = ["Сейітов", "Әбенова", "Құрманов", "Жұмабаева", "Нұрланов", "Ибраимова", "Ким", "Петрова", "Өмірзақов", "Тоқтарова"];
const NAMES = ["Ерлан", "Аружан", "Дәулет", "Гүлнар", "Нұрсұлтан", "Айгерім", "Денис", "Мария", "Бауыржан", "Әсел"];

const ORGANISATIONS = [
  { fullName: "«Қазақтелеком» АҚ", prefix: "94084000", activityArea: "Байланыс және ақпараттық технологиялар", email: "hr@telecom.kz" },
  { fullName: "ТОО «Kolesa Group»", prefix: "07034000", activityArea: "Разработка программного обеспечения", email: "practice@kolesa.kz" },
  {
    fullName: "АО «Национальные информационные технологии»",
    prefix: "00024000",
    activityArea: "Электронное правительство",
    email: "info@nitec.kz",
  },
];

function binFrom(prefix8: string, serial: number): string {
  for (let n = serial; n < serial + 1000; n++) {
    const first11 = `${prefix8}${String(n % 1000).padStart(3, "0")}`;
    const check = computeBinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error("seed: no valid BIN found");
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** True when the database holds anything the demo did not write. */
async function holdsForeignData(db: Persistence): Promise<boolean> {
  const native = db.connection.db;
  if (!native) throw new Error("seed: the database connection is not open");
  if (await native.collection(DEMO_MARKER_COLLECTION).findOne({ _id: "demo" as never })) return false;
  const [departments, users, students] = await Promise.all([
    db.models.Department.estimatedDocumentCount(),
    db.models.User.estimatedDocumentCount(),
    db.models.Student.estimatedDocumentCount(),
  ]);
  return departments + users + students > 0;
}

/** Writes the demo university; `now` decides the dates (placements run around it). */
export async function seedDemo(deps: {
  db: Persistence;
  reference: ReferenceData;
  now: () => Date;
  botUsername: string;
}): Promise<SeedDemoResult> {
  const { db, reference, now } = deps;
  if (await holdsForeignData(db)) {
    return {
      status: "refused",
      reason: "this database holds data that is not the demo's; point MONGODB_URI (or DATA_DIR) at an empty database",
    };
  }
  const native = db.connection.db!;
  // An earlier demo is cleared document by document: collections and their indexes stay.
  const collections = await native.listCollections({}, { nameOnly: true }).toArray();
  for (const { name } of collections) if (!name.startsWith("system.")) await native.collection(name).deleteMany({});
  await db.syncIndexes();
  await native.collection(DEMO_MARKER_COLLECTION).insertOne({ _id: "demo" as never, seededAt: now() });

  const admin: AccessPrincipal = { telegramId: SEED_ACTOR, roles: [], isAdmin: true };
  const invitations = createInvitationService({ db, now });
  const practice = { db, now, reference };
  const roster = createRosterService({ ...practice, invitations });
  const placements = createPlacementService({ ...practice, invitations });
  const organisations = createOrganisationService(practice);
  const today: IsoDate = calendarDateIn(now(), "Asia/Almaty");
  const links: DemoLink[] = [];
  const counts: Record<string, number> = {};
  let students = 0;
  let serial = 0;

  for (const spec of DEPARTMENTS) {
    const department = await db.departments.create({ code: spec.code, name: spec.name, policyId: spec.policyId });
    if (!department) throw new Error(`seed: department ${spec.code} exists`);
    const departmentId = String(department._id);

    const orgIds: string[] = [];
    for (const [i, org] of ORGANISATIONS.entries()) {
      const proposed = await organisations.propose(admin, {
        fullName: org.fullName,
        bin: binFrom(org.prefix, 100 + i),
        postalAddress: "Алматы, Әл-Фараби даңғылы, 77",
        phones: ["+77272500000"],
        email: org.email,
        activityArea: org.activityArea,
        departmentId,
      });
      if (proposed.status !== "proposed" && proposed.status !== "existing")
        throw new Error(`seed: organisation: ${JSON.stringify(proposed)}`);
      orgIds.push(String(proposed.organisation._id));
    }

    // 15 students per department through a roster import, practices running around today.
    const start = addDays(today, -14);
    const end = addDays(today, 41);
    const header = "Student ID,Full name,Group,Programme code,Course,Level,Practice type,Start,End,Weeks";
    const lines = Array.from({ length: 15 }, (_, i) => {
      serial++;
      const fullName = `${SURNAMES[serial % SURNAMES.length]} ${NAMES[(serial * 3) % NAMES.length]}`;
      const group = spec.groups[i % spec.groups.length]!;
      return [`2022${String(serial).padStart(4, "0")}`, fullName, group, spec.programmeCode, "4", "bachelor", "production", start, end, "8"]
        .map(csvCell)
        .join(",");
    });
    const imported = await roster.importRoster(admin, {
      departmentId,
      fileName: "demo-roster.csv",
      mime: "text/csv",
      content: Buffer.from([header, ...lines].join("\n")),
      botUsername: deps.botUsername,
    });
    if (imported.status !== "imported") throw new Error(`seed: roster import for ${spec.code}: ${JSON.stringify(imported).slice(0, 500)}`);
    students += imported.rows;

    // Staff: a coordinator and two university supervisors, each by a one-time invitation link.
    const coordinator = await invitations.create({ role: "coordinator", departmentId: department._id, createdBy: SEED_ACTOR });
    links.push({ who: `coordinator of ${spec.code}`, code: coordinator.code });
    for (const n of [1, 2]) {
      const supervisor = await invitations.create({ role: "universitySupervisor", departmentId: department._id, createdBy: SEED_ACTOR });
      links.push({ who: `university supervisor ${n} of ${spec.code}`, code: supervisor.code });
    }

    // Placements in several states: draft (roster only), submitted, approved, returned.
    const rows = await db.students.listByDepartmentAll(department._id);
    for (const [i, student] of rows.entries()) {
      const state = (["draft", "submitted", "approved", "approved", "returned"] as const)[i % 5]!;
      if (state !== "draft") {
        const saved = await placements.saveDraft(admin, {
          studentId: String(student._id),
          practiceType: "production",
          organisationId: orgIds[i % orgIds.length],
          unit: "Бағдарламалық қамтамасыз ету бөлімі",
          contractNumber: `ДП-${2026}-${String(i + 1).padStart(3, "0")}`,
          contractDate: addDays(today, -40),
          organisationSupervisorName: "Тоқтаров Марат Сәкенұлы",
          organisationSupervisorPhone: "+7 701 555 12 34",
          organisationSupervisorEmail: "m.toktarov@example.kz",
        });
        if (saved.status !== "saved" && saved.status !== "unchanged") throw new Error(`seed: placement draft: ${saved.status}`);
        const submitted = await placements.submit(admin, String(saved.placement._id));
        if (submitted.status !== "submitted") throw new Error(`seed: submit: ${JSON.stringify(submitted).slice(0, 300)}`);
        const version = submitted.placement.version;
        if (state === "approved") await placements.approve(admin, String(saved.placement._id), version);
        if (state === "returned") {
          await placements.returnForRevision(
            admin,
            String(saved.placement._id),
            version,
            "Шарттың көшірмесін тіркеңіз / приложите копию договора",
          );
        }
        if (
          state === "approved" &&
          links.filter((l) => l.who.startsWith("organisation supervisor")).length < DEPARTMENTS.indexOf(spec) + 1
        ) {
          const invite = await placements.inviteOrganisationSupervisor(admin, String(saved.placement._id));
          if (invite.status === "invited")
            links.push({ who: `organisation supervisor of ${student.fullName} (${spec.code})`, code: invite.code });
        }
      }
      counts[state] = (counts[state] ?? 0) + 1;
      if (i === 0 || i === 2) {
        const own = await invitations.create({
          role: "student",
          departmentId: department._id,
          studentId: new Types.ObjectId(String(student._id)),
          createdBy: SEED_ACTOR,
        });
        links.push({ who: `student ${student.fullName} (${state} placement, ${spec.code})`, code: own.code });
      }
    }
  }
  return { status: "seeded", departments: DEPARTMENTS.map((d) => d.code), students, placements: counts, links };
}

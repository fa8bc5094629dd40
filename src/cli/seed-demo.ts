import { Types } from "mongoose";
import type { Persistence } from "../persistence/create-persistence.js";
import type { ReferenceData } from "../reference-data/load.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import type { DiaryActor, EntryStatus } from "../domain/diary/types.js";
import { computeBinCheckDigit } from "../domain/practice/bin.js";
import { addDays, type IsoDate } from "../domain/rules/dates.js";
import { calendarDateIn } from "../domain/diary/calendar-date.js";
import type { Locale } from "../config/config.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import { createDiaryServices } from "../services/diary/index.js";
import { createDiaryCalendarService } from "../services/diary/diary-calendar.service.js";
import { createInvitationService } from "../services/invitation.service.js";
import { createOutbox } from "../services/outbox/index.js";
import { createOrganisationService } from "../services/organisation.service.js";
import { createPlacementService, diaryPlacementOf } from "../services/placement.service.js";
import { createRosterService } from "../services/roster/roster.service.js";
import { createDemoClock, localTime, mustStatus, writeDemoDiary, type DemoDiaryState } from "./seed-demo-diaries.js";

/**
 * `npm run seed:demo`: a demo university in the configured database, so a newcomer sees the bot working in a
 * minute. Everything is written through the services (roster import, placement drafts, approvals, diary
 * entries and decisions, report, characteristic, grade, sign-offs), as the people would. It refuses a
 * database that holds anything but an earlier demo.
 */

export const DEMO_MARKER_COLLECTION = "demo_meta";
/** Telegram id the seed acts as (an administrator by construction; never a real account). */
const SEED_ACTOR = 1;
/**
 * Until somebody claims a printed link, the demo's students and supervisors act through stand-in
 * accounts with tiny Telegram ids (Telegram's own range, never a person's).
 */
const STUDENT_STAND_IN = 2;
/** The set-up (roster, placements, supervisors) happens this many days before today: before every diary starts. */
const SETUP_DAYS_BACK = 35;
/** Placement state by the student's position in the roster (students sorted by ID). */
const PLACEMENT_STATES = ["draft", "submitted", "approved", "approved", "returned"] as const;
/** Rows (approved placements) whose diaries the demo writes. */
const IN_PROGRESS_DIARY_ROW = 2;
const FINISHED_DIARY_ROW = 3;
const DIARY_LABEL: Record<DemoDiaryState, string> = {
  inProgress: "diary in progress",
  signed: "diary signed off",
  failed: "diary graded FX",
};

export interface DemoLink {
  who: string;
  code: string;
}

/** What to open after claiming the link named `who`. */
export interface DemoTourStop {
  commands: string;
  who: string;
  shows: string;
}

export interface DemoDiary {
  department: string;
  state: DemoDiaryState;
  placementId: string;
  studentName: string;
  studentNumber: string;
}

export type SeedDemoResult =
  | {
      status: "seeded";
      departments: string[];
      students: number;
      placements: Record<string, number>;
      links: DemoLink[];
      diaries: DemoDiary[];
      /** Diary entries by their final state. */
      entries: Partial<Record<EntryStatus, number>>;
      tour: DemoTourStop[];
    }
  | { status: "refused"; reason: string };

interface StandIn {
  telegramId: number;
  firstName: string;
  lastName: string;
  /** As printed in the F-76 approvals and sign-offs (QP-06 6.2). */
  fullName: string;
}

interface DemoDepartment {
  code: string;
  name: string;
  policyId: string;
  groups: string[];
  programmeCode: string;
  /** Language of the diaries' entries. */
  diaryLanguage: Extract<Locale, "kk" | "ru">;
  /** The finished diary: signed off with a good grade, or graded FX. */
  finishedDiary: Exclude<DemoDiaryState, "inProgress">;
  /** The running diary's approver: the organisation supervisor, else (nobody linked) the university supervisor. */
  organisationApprovesInProgress: boolean;
  staff: {
    universitySupervisor: StandIn;
    organisationSupervisor: StandIn & { phone: string; email: string };
  };
}

const DEPARTMENTS: DemoDepartment[] = [
  {
    code: "DEMO-IS",
    name: "Ақпараттық жүйелер кафедрасы (демо)",
    policyId: "iitu",
    groups: ["IS-2201", "IS-2202"],
    programmeCode: "6B06102",
    diaryLanguage: "kk",
    finishedDiary: "signed",
    organisationApprovesInProgress: true,
    staff: {
      universitySupervisor: { telegramId: 11, firstName: "Сәуле", lastName: "Ахметова", fullName: "Ахметова Сәуле Бекқызы" },
      organisationSupervisor: {
        telegramId: 12,
        firstName: "Марат",
        lastName: "Тоқтаров",
        fullName: "Тоқтаров Марат Сәкенұлы",
        phone: "+7 701 555 12 34",
        email: "m.toktarov@example.kz",
      },
    },
  },
  {
    code: "DEMO-CE",
    name: "Кафедра компьютерной инженерии (демо)",
    policyId: "kazutb",
    groups: ["CE-2201"],
    programmeCode: "6B06104",
    diaryLanguage: "ru",
    finishedDiary: "failed",
    organisationApprovesInProgress: false,
    staff: {
      universitySupervisor: { telegramId: 21, firstName: "Ирина", lastName: "Ковалёва", fullName: "Ковалёва Ирина Петровна" },
      organisationSupervisor: {
        telegramId: 22,
        firstName: "Андрей",
        lastName: "Ким",
        fullName: "Ким Андрей Викторович",
        phone: "+7 702 555 43 21",
        email: "a.kim@example.kz",
      },
    },
  },
];

/** 30 different students (a coordinator must never see two «Әбенова Гүлнар» in one list). */
const STUDENT_NAMES = [
  "Сейітов Ерлан",
  "Әбенова Гүлнар",
  "Құрманов Денис",
  "Жұмабаева Әсел",
  "Нұрланов Дәулет",
  "Ибраимова Айгерім",
  "Ким Бауыржан",
  "Петрова Аружан",
  "Өмірзақов Нұрсұлтан",
  "Тоқтарова Мария",
  "Бекмұханов Арман",
  "Смағұлова Дана",
  "Иванов Тимур",
  "Қасымова Жансая",
  "Оспанов Әлихан",
  "Ли Виктория",
  "Төлеуов Санжар",
  "Мұратова Інжу",
  "Ахметжанов Ілияс",
  "Ковальчук Алина",
  "Серікбаев Нұрлан",
  "Байжанова Томирис",
  "Ғабитов Айбек",
  "Шевченко Полина",
  "Үсенов Мирас",
  "Жақсылықова Аяжан",
  "Рахимов Ержан",
  "Нұрғалиева Ақбота",
  "Дүйсенов Алмас",
  "Хамитова Камила",
];

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

/** Writes the demo university; `now` decides the dates (placements and diaries run around it). */
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

  // The services run on the seed's clock: the set-up five weeks back, each diary step at its own moment,
  // the printed links at the real time (they expire a week after it).
  const until = now();
  const clock = createDemoClock(until);
  const admin: AccessPrincipal = { telegramId: SEED_ACTOR, roles: [], isAdmin: true };
  const invitations = createInvitationService({ db, now: clock.now });
  const practice = { db, now: clock.now, reference };
  const roster = createRosterService({ ...practice, invitations });
  const outbox = createOutbox({ db, now: clock.now });
  const placements = createPlacementService({ ...practice, invitations, outbox });
  const organisations = createOrganisationService(practice);
  const diary = createDiaryServices(practice);
  const diaryCalendar = createDiaryCalendarService({ ...practice, outbox });
  const today: IsoDate = calendarDateIn(until, "Asia/Almaty");
  const links: DemoLink[] = [];
  const tour: DemoTourStop[] = [];
  const diaries: DemoDiary[] = [];
  const counts: Record<string, number> = {};
  const entries: Partial<Record<EntryStatus, number>> = {};
  let students = 0;
  let serial = 0;

  for (const spec of DEPARTMENTS) {
    clock.set(localTime(addDays(today, -SETUP_DAYS_BACK), 9, "Asia/Almaty"));
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

    // 15 students per department through a roster import: practices running around today, and the
    // finished diary's practice two weeks long, ended two weeks ago.
    const header = "Student ID,Full name,Group,Programme code,Course,Level,Practice type,Start,End,Weeks";
    const lines = Array.from({ length: 15 }, (_, i) => {
      serial++;
      const fullName = STUDENT_NAMES[(serial - 1) % STUDENT_NAMES.length]!;
      const group = spec.groups[i % spec.groups.length]!;
      const [start, end, weeks] =
        i === FINISHED_DIARY_ROW ? [addDays(today, -28), addDays(today, -15), "2"] : [addDays(today, -14), addDays(today, 41), "8"];
      return [
        `2022${String(serial).padStart(4, "0")}`,
        fullName,
        group,
        spec.programmeCode,
        "4",
        "bachelor",
        "production",
        start,
        end,
        weeks,
      ]
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

    // Placements in several states: draft (roster only), submitted, approved, returned.
    const rows = (await db.students.listByDepartmentAll(department._id)).sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
    const approved: { row: number; placementId: string }[] = [];
    for (const [i, student] of rows.entries()) {
      const state = PLACEMENT_STATES[i % PLACEMENT_STATES.length]!;
      counts[state] = (counts[state] ?? 0) + 1;
      if (state === "draft") continue;
      const saved = await placements.saveDraft(admin, {
        studentId: String(student._id),
        practiceType: "production",
        organisationId: orgIds[i % orgIds.length],
        unit: "Бағдарламалық қамтамасыз ету бөлімі",
        contractNumber: `ДП-${2026}-${String(i + 1).padStart(3, "0")}`,
        contractDate: addDays(today, -40),
        organisationSupervisorName: spec.staff.organisationSupervisor.fullName,
        organisationSupervisorPhone: spec.staff.organisationSupervisor.phone,
        organisationSupervisorEmail: spec.staff.organisationSupervisor.email,
      });
      if (saved.status !== "saved" && saved.status !== "unchanged") throw new Error(`seed: placement draft: ${saved.status}`);
      const placementId = String(saved.placement._id);
      const submitted = await placements.submit(admin, placementId);
      if (submitted.status !== "submitted") throw new Error(`seed: submit: ${JSON.stringify(submitted).slice(0, 300)}`);
      const version = submitted.placement.version;
      if (state === "approved") {
        const decided = await placements.approve(admin, placementId, version);
        if (decided.status !== "approved") throw new Error(`seed: approve: ${decided.status}`);
        approved.push({ row: i, placementId });
      }
      if (state === "returned") {
        await placements.returnForRevision(admin, placementId, version, "Шарттың көшірмесін тіркеңіз / приложите копию договора");
      }
    }

    // The demo's supervisors act through stand-in accounts until somebody claims a printed link:
    // the university supervisor takes the role by an invitation and is assigned the approved placements;
    // the organisation supervisor is linked by the placement's own invitation.
    const { universitySupervisor: uni, organisationSupervisor: org } = spec.staff;
    for (const person of [uni, org]) {
      await db.users.touch({ id: person.telegramId, first_name: person.firstName, last_name: person.lastName }, spec.diaryLanguage);
      await db.users.setFullName(person.telegramId, person.fullName);
    }
    const uniInvite = await invitations.create({ role: "universitySupervisor", departmentId: department._id, createdBy: SEED_ACTOR });
    mustStatus(await invitations.accept(uniInvite.code, uni.telegramId), "accepted");
    const assigned = await placements.assignUniversitySupervisor(admin, {
      departmentId,
      supervisorTelegramId: uni.telegramId,
      placementIds: approved.map((a) => a.placementId),
    });
    mustStatus(assigned, "assigned");
    const diaryRows = new Map<number, DemoDiaryState>([
      [IN_PROGRESS_DIARY_ROW, "inProgress"],
      [FINISHED_DIARY_ROW, spec.finishedDiary],
    ]);
    for (const [row, state] of diaryRows) {
      const placementId = approved.find((a) => a.row === row)?.placementId;
      if (!placementId) throw new Error(`seed: row ${row} of ${spec.code} has no approved placement`);
      if (state !== "inProgress" || spec.organisationApprovesInProgress) {
        const invite = mustStatus(await placements.inviteOrganisationSupervisor(admin, placementId), "invited");
        // The demo's own organisation supervisor is one the department has vouched for (QP-06 5.12).
        const confirmed = { supervisorClaim: { phoneMatched: true, confirmAtOnce: true } };
        mustStatus(await invitations.accept(invite.code, org.telegramId, confirmed), "accepted");
      }
    }

    // QP-06 5.12: someone claimed another approved placement's supervisor link, from a phone the agreement
    // does not name; they wait for the coordinator's Confirm / Refuse (/supervisor_claims).
    const waiting = approved.find((a) => !diaryRows.has(a.row));
    if (waiting) {
      const claimant = { id: org.telegramId + 1, first_name: "Ержан" };
      await db.users.touch(claimant, spec.diaryLanguage);
      const invite = mustStatus(await placements.inviteOrganisationSupervisor(admin, waiting.placementId), "invited");
      const shared = { userId: claimant.id, phoneNumber: "+7 705 000 11 22" };
      mustStatus(
        await placements.claimSupervisorLink(claimant.id, invite.code, shared, { kind: "typed", value: "Сейітов Ержан Болатұлы" }),
        "pending",
      );
    }

    // The diaries, each step at its own moment.
    const diaryStudents = new Map<DemoDiaryState, StudentDocument>();
    for (const [row, state] of diaryRows) {
      const student = rows[row]!;
      const placementId = approved.find((a) => a.row === row)!.placementId;
      const placement = await db.placements.findById(placementId);
      const diaryPlacement = placement ? diaryPlacementOf(placement, spec.policyId) : null;
      if (!placement || !diaryPlacement) throw new Error(`seed: placement ${placementId} has no diary`);
      const actor = (telegramId: number, role: "universitySupervisor" | "organisationSupervisor"): DiaryActor => ({ telegramId, role });
      // The university supervisor keeps the diary's calendar (QP-06 5.8): a late entry and an excused day.
      const supervisor: AccessPrincipal = {
        telegramId: uni.telegramId,
        roles: [{ role: "universitySupervisor", departmentId: department._id }],
        isAdmin: false,
      };
      const permitLate = async (date: IsoDate) =>
        mustStatus(await diaryCalendar.grantLateEntry(supervisor, { studentNumber: student.studentNumber, dates: [date] }), "done").loaded
          .diary;
      const finals = await writeDemoDiary(
        { diary, clock, reference, until, ...(state === "inProgress" ? { permitLate } : {}) },
        {
          state,
          placement: diaryPlacement,
          language: spec.diaryLanguage,
          student: { telegramId: STUDENT_STAND_IN, role: "student", studentId: String(student._id) },
          universitySupervisor: actor(uni.telegramId, "universitySupervisor"),
          organisationSupervisor:
            diaryPlacement.organisationSupervisorTelegramId === null ? null : actor(org.telegramId, "organisationSupervisor"),
          report: { studentName: student.fullName, organisation: ORGANISATIONS[row % ORGANISATIONS.length]!.fullName },
        },
      );
      if (state === "inProgress") {
        clock.set(until);
        const reason = spec.diaryLanguage === "kk" ? "еңбекке жарамсыздық парағы" : "больничный лист";
        const excused = { studentNumber: student.studentNumber, from: today, to: today, reason };
        mustStatus(await diaryCalendar.markExcusedDays(supervisor, excused), "done");
      }
      for (const status of finals) entries[status] = (entries[status] ?? 0) + 1;
      diaries.push({ department: spec.code, state, placementId, studentName: student.fullName, studentNumber: student.studentNumber });
      diaryStudents.set(state, student);
    }

    // Links to claim, valid a week from now.
    clock.set(now());
    const coordinator = await invitations.create({ role: "coordinator", departmentId: department._id, createdBy: SEED_ACTOR });
    const coordinatorLink = { who: `coordinator of ${spec.code}`, code: coordinator.code };
    links.push(coordinatorLink);
    for (const n of [1, 2]) {
      const supervisor = await invitations.create({ role: "universitySupervisor", departmentId: department._id, createdBy: SEED_ACTOR });
      links.push({ who: `university supervisor ${n} of ${spec.code}`, code: supervisor.code });
    }
    for (const row of [0, IN_PROGRESS_DIARY_ROW, FINISHED_DIARY_ROW]) {
      const student = rows[row]!;
      const state = diaryRows.get(row);
      const own = await invitations.create({
        role: "student",
        departmentId: department._id,
        studentId: new Types.ObjectId(String(student._id)),
        createdBy: SEED_ACTOR,
      });
      const about = state ? DIARY_LABEL[state] : `${PLACEMENT_STATES[row % PLACEMENT_STATES.length]} placement`;
      links.push({ who: `student ${student.fullName} (${about}, ${spec.code})`, code: own.code });
    }
    // Claiming this link makes you the in-progress diary's organisation supervisor (and so its approver).
    const running = diaryStudents.get("inProgress")!;
    const runningPlacement = approved.find((a) => a.row === IN_PROGRESS_DIARY_ROW)!.placementId;
    const orgInvite = mustStatus(await placements.inviteOrganisationSupervisor(admin, runningPlacement), "invited");
    const orgLink = {
      who: `organisation supervisor of ${running.fullName} (${spec.code})`,
      code: orgInvite.code,
    };
    links.push(orgLink);

    const finishedState = spec.finishedDiary;
    const finished = diaryStudents.get(finishedState)!;
    tour.push(
      {
        commands: "/progress, /entries, /export",
        who: `student ${running.fullName} (${DIARY_LABEL.inProgress}, ${spec.code})`,
        shows:
          "a running diary: approved entries, three waiting for approval, one returned with a reason, a missed working day, " +
          "a day filled late with the supervisor's permission (marked in the F-76), today excused (sick leave, lower weekly norm)",
      },
      {
        commands: "/pending",
        who: orgLink.who,
        shows: spec.organisationApprovesInProgress
          ? "after the coordinator confirms you (Confirm under their message, or /supervisor_claims): three entries to approve or return; you take over from the demo's organisation supervisor"
          : "after the coordinator confirms you (Confirm under their message, or /supervisor_claims): three entries to approve or return; so far the demo's university supervisor decided",
      },
      {
        commands: "/supervisor_claims",
        who: coordinatorLink.who,
        shows:
          "an organisation supervisor waiting for confirmation: the typed name beside the agreement's, the phone Telegram verified beside the agreement's (no match); Confirm / Refuse",
      },
      {
        commands: "/export",
        who: `student ${finished.fullName} (${DIARY_LABEL[finishedState]}, ${spec.code})`,
        shows:
          finishedState === "signed"
            ? "a finished diary, every entry approved, report uploaded, characteristic, grade A-, both sign-offs: the complete F-76"
            : "a finished diary graded FX (a re-sit of the final control), characteristic with a suggested score, no report",
      },
      {
        commands: "/export, /students, /assign <student ID>",
        who: coordinatorLink.who,
        shows: `the department's status as XLSX; /assign ${running.studentNumber} hands a diary to a university supervisor you claimed`,
      },
    );
  }
  return { status: "seeded", departments: DEPARTMENTS.map((d) => d.code), students, placements: counts, links, diaries, entries, tour };
}

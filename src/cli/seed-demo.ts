import type { Persistence } from "../persistence/create-persistence.js";
import { clearEarlierDemo } from "./seed-demo-clear.js";
import type { ReferenceData } from "../reference-data/load.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import type { DiaryActor, EntryStatus } from "../domain/diary/types.js";
import { addDays, type IsoDate } from "../domain/rules/dates.js";
import { calendarDateIn } from "../domain/diary/calendar-date.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import { createDiaryServices } from "../services/diary/index.js";
import { createDiaryCalendarService } from "../services/diary/diary-calendar.service.js";
import { createInvitationService } from "../services/invitation.service.js";
import { createOutbox } from "../services/outbox/index.js";
import { createOrganisationService } from "../services/organisation.service.js";
import { createPlacementService, diaryPlacementOf } from "../services/placement.service.js";
import { createRosterService } from "../services/roster/roster.service.js";
import {
  binFrom,
  DEMO_ROSTER_SIZE,
  demoRosterCsv,
  DEPARTMENTS,
  FINISHED_DIARY_ROW,
  IN_PROGRESS_DIARY_ROW,
  ORGANISATIONS,
  PLACEMENT_STATES,
  SEED_ACTOR,
  SETUP_DAYS_BACK,
  STUDENT_STAND_IN,
} from "./seed-demo-data.js";
import { printDemoLinks, type DemoLink, type DemoTourStop } from "./seed-demo-links.js";
import { createDemoClock, localTime, mustStatus, writeDemoDiary, type DemoDiaryState } from "./seed-demo-diaries.js";

/**
 * `npm run seed:demo`: a demo university in the configured database, so a newcomer sees the bot working in a
 * minute. Everything is written through the services (roster import, placement drafts, approvals, diary
 * entries and decisions, report, characteristic, grade, sign-offs), as the people would. It refuses a
 * database that holds anything but an earlier demo.
 */

export const DEMO_MARKER_COLLECTION = "demo_meta";

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

interface SeedDemoDeps {
  db: Persistence;
  reference: ReferenceData;
  now: () => Date;
  botUsername: string;
}

/** A seed step that failed: says which step, and keeps the database's own error as the cause. */
export class SeedStepError extends Error {
  override readonly name = "SeedStepError";
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`${step}: ${describeCause(cause)}`, { cause });
  }
}

/** The error's message with what a MongoDB server error adds (its code and code name). */
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, codeName } = error as Error & { code?: string | number; codeName?: string };
  const tags = [error.name !== "Error" ? error.name : null, code !== undefined ? `code ${code}` : null, codeName ?? null];
  const tagged = tags.filter((tag): tag is string => tag !== null);
  return tagged.length > 0 ? `${error.message} (${tagged.join(", ")})` : error.message;
}

/** Writes the demo university; `now` decides the dates (placements and diaries run around it). */
export async function seedDemo(deps: SeedDemoDeps): Promise<SeedDemoResult> {
  const at = { step: "waiting for the database's collections and indexes" };
  try {
    return await seedDemoSteps(deps, at);
  } catch (error) {
    throw new SeedStepError(at.step, error);
  }
}

async function seedDemoSteps(deps: SeedDemoDeps, at: { step: string }): Promise<SeedDemoResult> {
  const { db, reference, now } = deps;
  // Mongoose builds each model's collection and indexes in the background once the connection is open. The
  // stand-in (mongo-java-server) iterates a collection's index list unlocked while it serves a query, so a query
  // or delete on a collection whose index is being added throws ConcurrentModificationException there, which the
  // driver reports as "Unknown error: null". Nothing is read or written before those builds have finished.
  await db.ready();
  at.step = "checking that the database holds nothing but an earlier demo";
  if (await holdsForeignData(db)) {
    return {
      status: "refused",
      reason: "this database holds data that is not the demo's; point MONGODB_URI (or DATA_DIR) at an empty database",
    };
  }
  const native = db.connection.db!;
  // An earlier demo is cleared document by document: collections and their indexes stay.
  at.step = "clearing the earlier demo";
  await clearEarlierDemo(native);
  at.step = "creating the indexes";
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
    at.step = `department ${spec.code}: department, organisations and roster`;
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
    const csv = demoRosterCsv(spec, today, serial);
    serial += DEMO_ROSTER_SIZE;
    const imported = await roster.importRoster(admin, {
      departmentId,
      fileName: "demo-roster.csv",
      mime: "text/csv",
      content: Buffer.from(csv),
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
    at.step = `department ${spec.code}: supervisors and placements`;
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
      at.step = `department ${spec.code}: the ${state} diary`;
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
    at.step = `department ${spec.code}: links to claim`;
    clock.set(now());
    const printed = await printDemoLinks(
      { invitations, placements, admin },
      { spec, department, rows, approved, diaryRows, diaryStudents },
    );
    links.push(...printed.links);
    tour.push(...printed.tour);
  }
  return { status: "seeded", departments: DEPARTMENTS.map((d) => d.code), students, placements: counts, links, diaries, entries, tour };
}

import { Types } from "mongoose";
import type { AccessPrincipal } from "../domain/access/roles.js";
import type { DepartmentDocument } from "../persistence/models/department.model.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import type { InvitationService } from "../services/invitation.service.js";
import type { PlacementService } from "../services/placement.service.js";
import { FINISHED_DIARY_ROW, IN_PROGRESS_DIARY_ROW, PLACEMENT_STATES, SEED_ACTOR, type DemoDepartment } from "./seed-demo-data.js";
import { mustStatus, type DemoDiaryState } from "./seed-demo-diaries.js";

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

/**
 * One department's links to claim (valid a week from the time they are made) and the tour stops that say
 * what each shows.
 */
export async function printDemoLinks(
  deps: { invitations: InvitationService; placements: PlacementService; admin: AccessPrincipal },
  input: {
    spec: DemoDepartment;
    department: DepartmentDocument;
    rows: readonly StudentDocument[];
    approved: readonly { row: number; placementId: string }[];
    diaryRows: ReadonlyMap<number, DemoDiaryState>;
    diaryStudents: ReadonlyMap<DemoDiaryState, StudentDocument>;
  },
): Promise<{ links: DemoLink[]; tour: DemoTourStop[] }> {
  const { invitations, placements, admin } = deps;
  const { spec, department, rows, approved, diaryRows, diaryStudents } = input;
  const links: DemoLink[] = [];
  const tour: DemoTourStop[] = [];
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
      commands: `/students ${rows[1]!.studentNumber}, /reissue ${rows[1]!.studentNumber}`,
      who: coordinatorLink.who,
      shows:
        `a student who has not joined (their roster link was never handed out): the card offers "New personal link", and /reissue ` +
        `${rows[1]!.studentNumber} makes one, the old link stops working; /reissue alone sends an XLSX of fresh links for everyone ` +
        "who has not joined (the student links printed here then stop working too); /unlink <ID> <reason>, /revoke",
    },
    {
      commands: "/export, /students, /assign <student ID>",
      who: coordinatorLink.who,
      shows: `the department's status as XLSX; /assign ${running.studentNumber} hands a diary to a university supervisor you claimed`,
    },
  );
  return { links, tour };
}

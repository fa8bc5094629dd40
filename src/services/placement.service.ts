import { Types } from "mongoose";
import { can, type AccessTarget, type Action } from "../domain/access/policy.js";
import { holdsRole, type AccessPrincipal, type Role } from "../domain/access/roles.js";
import { checkEmail, checkPhone, checkText } from "../domain/practice/contacts.js";
import type { DiaryPlacement } from "../domain/diary/types.js";
import type { FieldIssue } from "../domain/practice/issues.js";
import { HOME_COUNTRY } from "../domain/practice/organisation.js";
import {
  academicYearOf,
  checkContractDate,
  checkPracticeDates,
  isAcademicYear,
  missingForSubmission,
  practiceDeadline,
  statusAfterStudentEdit,
  type PlacementStatus,
  type PracticeType,
  type SubmissionField,
} from "../domain/practice/placement.js";
import { checkFullName } from "../domain/profile/student-profile.js";
import { isIsoDate, type IsoDate } from "../domain/rules/dates.js";
import { requiredPracticeHours } from "../domain/rules/practice-deadlines.js";
import type { OrganisationDocument } from "../persistence/models/organisation.model.js";
import type { PlacementDocument, PlacementHistoryAction } from "../persistence/models/placement.model.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import type { HistoryInput, PlacementSet } from "../persistence/repositories/placement.repository.js";
import type { InvitationService } from "./invitation.service.js";
import { createPracticeContext, type PracticeServiceDeps, type Refusal } from "./practice-context.js";
import { contractNumberWithoutSign } from "../domain/practice/contract-number.js";

/** What the student (or the coordinator, for a student without a base) fills in; absent = unchanged. */
export interface PlacementDraftInput {
  /** Whose placement; default the acting student's own record. */
  studentId?: string | undefined;
  /** The placement to edit; otherwise found (or created) by student + practice type + academic year. */
  placementId?: string | undefined;
  /** The version the form was based on; a newer one answers `changed` instead of overwriting. */
  expectedVersion?: number | undefined;
  practiceType: PracticeType;
  /** "2026-2027"; default the academic year of the start date (or of today). */
  academicYear?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  weeks?: number | undefined;
  organisationId?: string | undefined;
  unit?: string | undefined;
  contractNumber?: string | undefined;
  contractDate?: string | undefined;
  organisationSupervisorName?: string | undefined;
  organisationSupervisorPhone?: string | undefined;
  organisationSupervisorEmail?: string | undefined;
  assignment?: string | undefined;
}

/** The contract-deadline flag (QP-06 Annex 1 §2.1; KazUTB 8.5), to tell the student and the coordinator. */
export interface ContractFlag {
  late: boolean;
  deadline: IsoDate | null;
  rule: string | null;
}

export type SaveDraftResult =
  | {
      status: "saved";
      placement: PlacementDocument;
      created: boolean;
      /** An edit after approval: the placement is waiting for approval again (notify `coordinators`). */
      backToApproval: boolean;
      contract: ContractFlag | null;
      coordinators: number[];
    }
  | { status: "unchanged"; placement: PlacementDocument }
  | { status: "invalid"; issues: FieldIssue[] }
  /** The practice has begun (active/finished): nothing can be edited. */
  | { status: "locked"; placement: PlacementDocument }
  /** Someone changed it since `expectedVersion`: show the current one and ask again. */
  | { status: "changed"; placement: PlacementDocument }
  | Refusal;

export type SubmitResult =
  | { status: "submitted"; placement: PlacementDocument; coordinators: number[]; contract: ContractFlag }
  | { status: "alreadySubmitted" | "alreadyDecided" | "changed"; placement: PlacementDocument }
  | { status: "incomplete"; missing: SubmissionField[]; placement: PlacementDocument }
  | { status: "invalid"; issues: FieldIssue[] }
  | Refusal;

export type DecisionResult =
  | {
      status: "approved" | "returned";
      placement: PlacementDocument;
      /** Telegram id of the student to tell (null for a roster row nobody has claimed). */
      studentTelegramId: number | null;
      /** The base was only proposed and the approval approved it too. */
      organisationApproved: boolean;
    }
  /** Pressing twice (or after another coordinator) is harmless: the first decision stands. */
  | { status: "alreadyDecided"; placement: PlacementDocument }
  /** The student edited it after the coordinator opened it: show the new version first. */
  | { status: "changed"; placement: PlacementDocument }
  | { status: "notSubmitted"; placement: PlacementDocument }
  | { status: "organisationRejected"; placement: PlacementDocument; organisation: OrganisationDocument }
  | { status: "invalid"; issues: FieldIssue[] }
  | Refusal;

export type NoBaseResult =
  | {
      status: "reported" | "alreadyReported";
      placement: PlacementDocument;
      student: StudentDocument;
      coordinators: number[];
      /** 6B03104 §9.1: tell the coordinator two weeks before the start (policy noBaseWarningDaysBeforeStart). */
      deadline: { date: IsoDate; rule: string } | null;
      late: boolean;
    }
  /** The placement already has a submitted or approved base. */
  | { status: "hasBase"; placement: PlacementDocument }
  | { status: "invalid"; issues: FieldIssue[] }
  | Refusal;

export type AssignSupervisorInput = { departmentId: string; supervisorTelegramId: number } & (
  | { placementIds: readonly string[] }
  | { group: string; practiceType?: PracticeType | undefined; academicYear?: string | undefined }
  /** The placements whose roster row named this supervisor's e-mail. */
  | { supervisorEmail: string }
);

export type AssignSupervisorResult =
  | { status: "assigned"; matched: number; assigned: number }
  /** The person is not a university supervisor of that department (invite them first). */
  | { status: "notSupervisor" }
  | Refusal;

export type InviteSupervisorResult =
  | { status: "invited"; code: string; expiresAt: Date; revoked: number; placement: PlacementDocument }
  /** Only an approved placement gets an organisation supervisor's link. */
  | { status: "notApproved"; placement: PlacementDocument }
  | Refusal;

export interface PlacementDetails {
  placement: PlacementDocument;
  student: StudentDocument;
  organisation: OrganisationDocument | null;
}

export interface StudentListQuery {
  departmentId: string;
  group?: string | undefined;
  practiceType?: PracticeType | undefined;
  status?: PlacementStatus | undefined;
  academicYear?: string | undefined;
  /** 0-based. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface StudentListRow {
  student: StudentDocument;
  placements: PlacementDocument[];
}

export type StudentListResult = { status: "ok"; rows: StudentListRow[]; total: number; page: number; pages: number; as: Role } | Refusal;

export const STUDENT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;

/** The access target of a placement (links are read from the record itself). */
export function placementTarget(
  placement: Pick<PlacementDocument, "departmentId" | "universitySupervisorTelegramId" | "organisationSupervisor">,
  student: Pick<StudentDocument, "_id" | "telegramId"> | null,
): AccessTarget {
  return {
    departmentId: String(placement.departmentId),
    studentId: student ? String(student._id) : null,
    studentTelegramId: student?.telegramId ?? null,
    universitySupervisorTelegramId: placement.universitySupervisorTelegramId ?? null,
    organisationSupervisorTelegramId: placement.organisationSupervisor?.telegramId ?? null,
  };
}

/**
 * The placement as the diary services see it (src/domain/diary/types.ts); null until the period and
 * the required hours are known (a draft without dates has no diary yet).
 */
export function diaryPlacementOf(placement: PlacementDocument, policyId: string): DiaryPlacement | null {
  if (!placement.startDate || !placement.endDate || placement.requiredHours == null) return null;
  return {
    id: String(placement._id),
    studentId: String(placement.studentId),
    departmentId: String(placement.departmentId),
    policyId,
    startDate: placement.startDate,
    endDate: placement.endDate,
    requiredHours: placement.requiredHours,
    universitySupervisorTelegramId: placement.universitySupervisorTelegramId ?? null,
    organisationSupervisorTelegramId: placement.organisationSupervisor?.telegramId ?? null,
  };
}

const asId = (id: string | undefined): Types.ObjectId | null =>
  id !== undefined && Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null;
/** A field value as history text: dates ISO, ids hex. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Types.ObjectId) return value.toHexString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
const withParams = (params: Record<string, string | number> | undefined) => (params ? { params } : {});

/**
 * Placements (issue 8; QP-06 §4–5; KazUTB 7–8; 6B03104 §9.1): the student's draft and submission,
 * the coordinator's approval or return, supervisors. Every method takes the acting principal and
 * asks the access policy first; expected refusals come back as results, never as exceptions.
 */
export function createPlacementService(deps: PracticeServiceDeps & { invitations: InvitationService }) {
  const { db, now, invitations } = deps;
  const context = createPracticeContext(deps);

  async function load(placementId: string): Promise<{ placement: PlacementDocument; student: StudentDocument } | null> {
    const id = asId(placementId);
    const placement = id ? await db.placements.findById(id) : null;
    if (!placement) return null;
    const student = await db.students.findById(placement.studentId);
    return student ? { placement, student } : null;
  }

  async function authorize(
    principal: AccessPrincipal,
    action: Action,
    placementId: string,
  ): Promise<{ ok: true; placement: PlacementDocument; student: StudentDocument; as: Role } | { ok: false; refusal: Refusal }> {
    const loaded = await load(placementId);
    if (!loaded) return { ok: false, refusal: { status: "notFound" } };
    const decision = can(principal, action, placementTarget(loaded.placement, loaded.student));
    if (!decision.allowed) return { ok: false, refusal: { status: "forbidden", reason: decision.reason } };
    return { ok: true, ...loaded, as: decision.as };
  }

  function contractFlag(placement: PlacementDocument): ContractFlag {
    return { late: placement.contractLate ?? false, deadline: placement.contractDeadline ?? null, rule: placement.contractRule ?? null };
  }

  /**
   * Validates the given fields against the merged placement and computes what changes. Returns the
   * issues, or the `$set` with its history changes.
   */
  async function prepareChanges(
    input: PlacementDraftInput,
    existing: PlacementDocument | null,
    departmentId: Types.ObjectId,
  ): Promise<
    { issues: FieldIssue[] } | { set: PlacementSet; changes: NonNullable<HistoryInput["changes"]>; contract: ContractFlag | null }
  > {
    const issues: FieldIssue[] = [];
    const set: PlacementSet = {};
    const { policy, calendar } = await context.rulesOf(departmentId);

    let organisation: OrganisationDocument | null = null;
    if (input.organisationId !== undefined) {
      const id = asId(input.organisationId);
      organisation = id ? await db.organisations.findById(id) : null;
      if (!organisation) issues.push({ field: "organisationId", kind: "organisation", reason: "not-found" });
      else if (organisation.status === "rejected") issues.push({ field: "organisationId", kind: "organisation", reason: "rejected" });
      else set.organisationId = organisation._id;
    } else if (existing?.organisationId) {
      organisation = await db.organisations.findById(existing.organisationId);
    }
    const foreign = organisation !== null && organisation.country !== HOME_COUNTRY;

    const textField = (field: "unit" | "contractNumber" | "assignment", limits: { min: number; max: number }): string | undefined => {
      const raw = input[field];
      if (raw === undefined) return undefined;
      const checked = checkText(raw, limits);
      if (checked.ok) return checked.value;
      issues.push({ field, kind: "text", reason: checked.reason, ...withParams(checked.params) });
      return undefined;
    };
    const unit = textField("unit", { min: 2, max: 200 });
    if (unit !== undefined) set.unit = unit;
    const contractNumber = textField("contractNumber", { min: 1, max: 60 });
    if (contractNumber !== undefined) set["contract.number"] = contractNumberWithoutSign(contractNumber);
    const assignment = textField("assignment", { min: 3, max: 2000 });
    if (assignment !== undefined) set.assignment = assignment;

    if (input.organisationSupervisorName !== undefined) {
      const checked = checkFullName(input.organisationSupervisorName);
      if (checked.ok) set["organisationSupervisor.fullName"] = checked.value;
      else issues.push({ field: "organisationSupervisorName", kind: "name", reason: checked.reason, ...withParams(checked.params) });
    }
    if (input.organisationSupervisorPhone !== undefined) {
      const checked = checkPhone(input.organisationSupervisorPhone, { allowForeign: foreign });
      if (checked.ok) set["organisationSupervisor.phone"] = checked.value;
      else issues.push({ field: "organisationSupervisorPhone", kind: "phone", reason: checked.reason });
    }
    if (input.organisationSupervisorEmail !== undefined) {
      const checked = checkEmail(input.organisationSupervisorEmail);
      if (checked.ok) set["organisationSupervisor.email"] = checked.value;
      else issues.push({ field: "organisationSupervisorEmail", kind: "email", reason: checked.reason, ...withParams(checked.params) });
    }

    // QP-06 3.6: dates and weeks agree; the academic year follows the start.
    const startDate = input.startDate ?? existing?.startDate ?? undefined;
    const endDate = input.endDate ?? existing?.endDate ?? undefined;
    const weeks = input.weeks ?? existing?.weeks ?? undefined;
    const datesTouched = input.startDate !== undefined || input.endDate !== undefined || input.weeks !== undefined;
    let datesValid = startDate !== undefined && endDate !== undefined && weeks !== undefined;
    if (datesTouched) {
      if (startDate !== undefined && endDate !== undefined && weeks !== undefined) {
        const academicYear = existing?.academicYear ?? input.academicYear;
        const dateIssues = checkPracticeDates({ startDate, endDate, weeks, academicYear, today: context.today() }, calendar);
        for (const issue of dateIssues)
          issues.push({ field: issue.field, kind: "date", reason: issue.reason, ...withParams(issue.params) });
        datesValid = dateIssues.length === 0;
      } else {
        for (const [field, value] of [
          ["startDate", startDate],
          ["endDate", endDate],
          ["weeks", weeks],
        ] as const) {
          if (value === undefined) issues.push({ field, kind: "required", reason: "missing" });
        }
        datesValid = false;
      }
      if (datesValid) {
        if (input.startDate !== undefined) set.startDate = input.startDate;
        if (input.endDate !== undefined) set.endDate = input.endDate;
        if (input.weeks !== undefined) {
          set.weeks = input.weeks;
          set.requiredHours = requiredPracticeHours(policy, input.weeks);
        }
      }
    }

    // QP-06 Annex 1 §2.1 / KazUTB 8.5: a late contract is accepted but flagged.
    let contract: ContractFlag | null = null;
    const contractDate = input.contractDate ?? existing?.contract?.date ?? undefined;
    if (input.contractDate !== undefined && !isIsoDate(input.contractDate)) {
      issues.push({ field: "contractDate", kind: "date", reason: "invalid-date" });
    } else if (contractDate !== undefined && (input.contractDate !== undefined || datesTouched)) {
      if (datesValid && startDate !== undefined && endDate !== undefined && weeks !== undefined) {
        const practiceType = existing?.practiceType ?? input.practiceType;
        const checked = checkContractDate({ contractDate, startDate, endDate, weeks, practiceType }, policy, calendar);
        if (!checked.ok)
          issues.push({ field: "contractDate", kind: "date", reason: checked.issue.reason, ...withParams(checked.issue.params) });
        else {
          if (input.contractDate !== undefined) set["contract.date"] = input.contractDate;
          set.contractLate = checked.late;
          if (checked.late) {
            set.contractDeadline = checked.deadline;
            set.contractRule = checked.rule;
          }
          contract = checked.late
            ? { late: true, deadline: checked.deadline, rule: checked.rule }
            : { late: false, deadline: checked.deadline, rule: null };
        }
      } else if (input.contractDate !== undefined) {
        // No complete period yet: the contract is checked against it once the dates are given.
        set["contract.date"] = input.contractDate;
      }
    }
    if (issues.length > 0) return { issues };

    const current: Record<string, unknown> = {
      startDate: existing?.startDate,
      endDate: existing?.endDate,
      weeks: existing?.weeks,
      requiredHours: existing?.requiredHours,
      organisationId: existing?.organisationId,
      unit: existing?.unit,
      "contract.number": existing?.contract?.number,
      "contract.date": existing?.contract?.date,
      contractLate: existing?.contractLate ?? false,
      contractDeadline: existing?.contractDeadline,
      contractRule: existing?.contractRule,
      "organisationSupervisor.fullName": existing?.organisationSupervisor?.fullName,
      "organisationSupervisor.phone": existing?.organisationSupervisor?.phone,
      "organisationSupervisor.email": existing?.organisationSupervisor?.email,
      assignment: existing?.assignment,
    };
    const changes: NonNullable<HistoryInput["changes"]> = [];
    const effective: PlacementSet = {};
    for (const [field, value] of Object.entries(set) as [keyof PlacementSet, unknown][]) {
      if (text(current[field]) === text(value)) continue;
      (effective as Record<string, unknown>)[field] = value;
      if (field === "contractDeadline" || field === "contractRule" || field === "requiredHours") continue;
      changes.push({ field, from: text(current[field]), to: text(value) });
    }
    return { set: effective, changes, contract };
  }

  async function studentOf(principal: AccessPrincipal, studentId: string | undefined): Promise<StudentDocument | null> {
    if (studentId === undefined) return db.students.findByTelegramId(principal.telegramId);
    const id = asId(studentId);
    return id ? db.students.findById(id) : null;
  }

  async function decide(
    principal: AccessPrincipal,
    placementId: string,
    expectedVersion: number,
    decision: { status: "approved" } | { status: "returned"; reason: string },
  ): Promise<DecisionResult> {
    const action = decision.status === "approved" ? "approvePlacement" : "returnPlacement";
    const auth = await authorize(principal, action, placementId);
    if (!auth.ok) return auth.refusal;
    const { placement, student } = auth;
    const organisation = placement.organisationId ? await db.organisations.findById(placement.organisationId) : null;
    if (decision.status === "approved" && organisation?.status === "rejected") {
      return { status: "organisationRejected", placement, organisation };
    }
    const at = now();
    const set: PlacementSet = { status: decision.status, decidedBy: principal.telegramId, decidedAt: at };
    if (decision.status === "returned") set.returnReason = decision.reason;
    const history: HistoryInput = {
      at,
      by: principal.telegramId,
      action: decision.status,
      changes: [{ field: "status", from: "submitted", to: decision.status }],
      ...(decision.status === "returned" ? { reason: decision.reason } : {}),
    };
    const updated = await db.placements.change(
      placement._id,
      { statuses: ["submitted"], version: expectedVersion },
      set,
      history,
      decision.status === "approved" ? ["returnReason"] : [],
    );
    if (!updated) {
      const current = (await db.placements.findById(placement._id)) ?? placement;
      if (current.status === "submitted") return { status: "changed", placement: current };
      if (current.status === "draft") return { status: "notSubmitted", placement: current };
      return { status: "alreadyDecided", placement: current };
    }
    let organisationApproved = false;
    if (decision.status === "approved" && organisation?.status === "proposed") {
      // Approving a placement at a proposed base approves the base as well (QP-06 4.1: the department checks it).
      organisationApproved = (await db.organisations.decide(organisation._id, { status: "approved" }, principal.telegramId, at)) !== null;
    }
    return { status: decision.status, placement: updated, studentTelegramId: student.telegramId ?? null, organisationApproved };
  }

  return {
    /** One placement with its student and organisation, if the principal may see it. */
    async getPlacement(
      principal: AccessPrincipal,
      placementId: string,
    ): Promise<({ status: "ok"; as: Role } & PlacementDetails) | Refusal> {
      const auth = await authorize(principal, "viewPlacement", placementId);
      if (!auth.ok) return auth.refusal;
      const organisation = auth.placement.organisationId ? await db.organisations.findById(auth.placement.organisationId) : null;
      return { status: "ok", as: auth.as, placement: auth.placement, student: auth.student, organisation };
    },

    /** The acting student's own placements (`/myplacement`); notFound when they have no student record. */
    async listMyPlacements(principal: AccessPrincipal): Promise<
      | {
          status: "ok";
          student: StudentDocument;
          placements: { placement: PlacementDocument; organisation: OrganisationDocument | null }[];
        }
      | Refusal
    > {
      const student = await db.students.findByTelegramId(principal.telegramId);
      if (!student) return { status: "notFound" };
      const placements = (await db.placements.listByStudent(student._id)).filter(
        (p) => can(principal, "viewPlacement", placementTarget(p, student)).allowed,
      );
      const organisations = await db.organisations.findByIds(placements.flatMap((p) => (p.organisationId ? [p.organisationId] : [])));
      const byId = new Map(organisations.map((o) => [String(o._id), o]));
      return {
        status: "ok",
        student,
        placements: placements.map((placement) => ({ placement, organisation: byId.get(String(placement.organisationId)) ?? null })),
      };
    },

    /** Placements the principal supervises (from the university or the organisation). */
    async listSupervisedPlacements(principal: AccessPrincipal): Promise<PlacementDetails[]> {
      const page = { skip: 0, limit: 500 };
      const [asUniversity, asOrganisation] = await Promise.all([
        db.placements.list({ universitySupervisorTelegramId: principal.telegramId }, page),
        db.placements.list({ organisationSupervisorTelegramId: principal.telegramId }, page),
      ]);
      const unique = new Map([...asUniversity, ...asOrganisation].map((p) => [String(p._id), p]));
      const placements = [...unique.values()];
      const students = new Map((await db.students.findByIds(placements.map((p) => p.studentId))).map((s) => [String(s._id), s]));
      const organisations = new Map(
        (await db.organisations.findByIds(placements.flatMap((p) => (p.organisationId ? [p.organisationId] : [])))).map((o) => [
          String(o._id),
          o,
        ]),
      );
      const out: PlacementDetails[] = [];
      for (const placement of placements) {
        const student = students.get(String(placement.studentId));
        if (!student || !can(principal, "viewPlacement", placementTarget(placement, student)).allowed) continue;
        out.push({ placement, student, organisation: organisations.get(String(placement.organisationId)) ?? null });
      }
      return out;
    },

    /**
     * Creates or edits a placement. The student may edit until the practice begins; an edit after
     * approval sends it back for approval (`backToApproval`) and is recorded in the history.
     */
    async saveDraft(principal: AccessPrincipal, input: PlacementDraftInput): Promise<SaveDraftResult> {
      const student = await studentOf(principal, input.studentId);
      if (!student) return { status: "notFound" };
      let existing: PlacementDocument | null = null;
      if (input.placementId !== undefined) {
        const id = asId(input.placementId);
        existing = id ? await db.placements.findById(id) : null;
        if (!existing || !existing.studentId.equals(student._id)) return { status: "notFound" };
      }
      if (input.academicYear !== undefined && !isAcademicYear(input.academicYear)) {
        return { status: "invalid", issues: [{ field: "academicYear", kind: "date", reason: "academic-year-format" }] };
      }
      if (input.startDate !== undefined && !isIsoDate(input.startDate)) {
        return { status: "invalid", issues: [{ field: "startDate", kind: "date", reason: "invalid-date" }] };
      }
      const academicYear = existing?.academicYear ?? input.academicYear ?? academicYearOf(input.startDate ?? context.today());
      existing ??= await db.placements.findByKey(student._id, input.practiceType, academicYear);

      const departmentId = existing?.departmentId ?? student.departmentId;
      const decision = can(
        principal,
        "editPlacement",
        existing
          ? placementTarget(existing, student)
          : { departmentId: String(departmentId), studentId: String(student._id), studentTelegramId: student.telegramId ?? null },
      );
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };

      const nextStatus = existing
        ? decision.as === "student"
          ? statusAfterStudentEdit(existing.status)
          : existing.status === "active" || existing.status === "finished"
            ? null
            : existing.status
        : "draft";
      if (existing && nextStatus === null) return { status: "locked", placement: existing };
      if (existing && input.expectedVersion !== undefined && existing.version !== input.expectedVersion) {
        return { status: "changed", placement: existing };
      }

      const prepared = await prepareChanges({ ...input, academicYear }, existing, departmentId);
      if ("issues" in prepared) return { status: "invalid", issues: prepared.issues };
      const { set, changes, contract } = prepared;
      const at = now();

      if (!existing) {
        const created = await db.placements.create(
          {
            studentId: student._id,
            departmentId,
            practiceType: input.practiceType,
            academicYear,
            source: decision.as === "student" ? "student" : "coordinator",
          },
          { at, by: principal.telegramId, action: "created", changes },
          set,
        );
        if (!created) {
          const raced = await db.placements.findByKey(student._id, input.practiceType, academicYear);
          return raced ? { status: "changed", placement: raced } : { status: "notFound" };
        }
        return { status: "saved", placement: created, created: true, backToApproval: false, contract, coordinators: [] };
      }

      if (Object.keys(set).length === 0) return { status: "unchanged", placement: existing };
      const backToApproval = existing.status === "approved" && nextStatus === "submitted";
      const action: PlacementHistoryAction = backToApproval ? "resubmitted" : "edited";
      if (backToApproval) {
        set.status = "submitted";
        set.submittedAt = at;
        changes.push({ field: "status", from: existing.status, to: "submitted" });
      }
      const unset = set.contractLate === false ? (["contractDeadline", "contractRule"] as const) : [];
      const updated = await db.placements.change(
        existing._id,
        { statuses: [existing.status], version: existing.version },
        set,
        { at, by: principal.telegramId, action, changes },
        unset,
      );
      if (!updated) {
        const current = await db.placements.findById(existing._id);
        return current ? { status: "changed", placement: current } : { status: "notFound" };
      }
      const coordinators = backToApproval ? await context.coordinatorsOf(updated.departmentId) : [];
      return { status: "saved", placement: updated, created: false, backToApproval, contract, coordinators };
    },

    /** Sends the placement for the coordinator's approval once everything 6B03104 §9.1 asks is there. */
    async submit(principal: AccessPrincipal, placementId: string, expectedVersion?: number): Promise<SubmitResult> {
      const auth = await authorize(principal, "submitPlacement", placementId);
      if (!auth.ok) return auth.refusal;
      const { placement } = auth;
      if (placement.status === "submitted") return { status: "alreadySubmitted", placement };
      if (placement.status !== "draft" && placement.status !== "returned") return { status: "alreadyDecided", placement };
      if (expectedVersion !== undefined && placement.version !== expectedVersion) return { status: "changed", placement };
      const missing = missingForSubmission(placement);
      if (missing.length > 0) return { status: "incomplete", missing, placement };
      const organisation = placement.organisationId ? await db.organisations.findById(placement.organisationId) : null;
      if (!organisation || organisation.status === "rejected") {
        return {
          status: "invalid",
          issues: [{ field: "organisationId", kind: "organisation", reason: organisation ? "rejected" : "not-found" }],
        };
      }
      const at = now();
      const updated = await db.placements.change(
        placement._id,
        { statuses: [placement.status], version: placement.version },
        { status: "submitted", submittedAt: at },
        { at, by: principal.telegramId, action: "submitted", changes: [{ field: "status", from: placement.status, to: "submitted" }] },
        ["returnReason"],
      );
      if (!updated) {
        const current = (await db.placements.findById(placement._id)) ?? placement;
        return { status: current.status === "submitted" ? "alreadySubmitted" : "changed", placement: current };
      }
      return {
        status: "submitted",
        placement: updated,
        coordinators: await context.coordinatorsOf(updated.departmentId),
        contract: contractFlag(updated),
      };
    },

    /** The coordinator approves the version they saw; a second press answers `alreadyDecided`. */
    approve(principal: AccessPrincipal, placementId: string, expectedVersion: number): Promise<DecisionResult> {
      return decide(principal, placementId, expectedVersion, { status: "approved" });
    },

    /** The coordinator returns it with a reason (1–500 characters) the student will see. */
    async returnForRevision(
      principal: AccessPrincipal,
      placementId: string,
      expectedVersion: number,
      reason: string,
    ): Promise<DecisionResult> {
      const checked = checkText(reason, { min: 1, max: 500 });
      if (!checked.ok)
        return { status: "invalid", issues: [{ field: "reason", kind: "text", reason: checked.reason, ...withParams(checked.params) }] };
      return decide(principal, placementId, expectedVersion, { status: "returned", reason: checked.value });
    },

    /**
     * "I could not find a base" (6B03104 §9.1): records it on the placement and gives what the
     * coordinator's notice needs, including whether it comes later than two weeks before the start.
     */
    async reportNoBase(
      principal: AccessPrincipal,
      input: { practiceType: PracticeType; academicYear?: string | undefined },
    ): Promise<NoBaseResult> {
      const student = await db.students.findByTelegramId(principal.telegramId);
      if (!student) return { status: "notFound" };
      if (input.academicYear !== undefined && !isAcademicYear(input.academicYear)) {
        return { status: "invalid", issues: [{ field: "academicYear", kind: "date", reason: "academic-year-format" }] };
      }
      const academicYear = input.academicYear ?? academicYearOf(context.today());
      let placement = await db.placements.findByKey(student._id, input.practiceType, academicYear);
      const target = placement
        ? placementTarget(placement, student)
        : { departmentId: String(student.departmentId), studentId: String(student._id), studentTelegramId: student.telegramId ?? null };
      const decision = can(principal, "reportNoBase", target);
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const at = now();
      placement ??=
        (await db.placements.create(
          { studentId: student._id, departmentId: student.departmentId, practiceType: input.practiceType, academicYear, source: "student" },
          { at, by: principal.telegramId, action: "created" },
        )) ?? (await db.placements.findByKey(student._id, input.practiceType, academicYear));
      if (!placement) return { status: "notFound" };
      if (placement.status !== "draft" && placement.status !== "returned") return { status: "hasBase", placement };

      let status: "reported" | "alreadyReported" = "alreadyReported";
      if (!placement.noBaseReportedAt) {
        const updated = await db.placements.change(
          placement._id,
          { statuses: ["draft", "returned"] },
          { noBaseReportedAt: at },
          { at, by: principal.telegramId, action: "noBaseReported" },
        );
        if (updated) {
          placement = updated;
          status = "reported";
        }
      }
      const { policy, calendar } = await context.rulesOf(placement.departmentId);
      const found =
        placement.startDate && placement.weeks
          ? practiceDeadline(
              policy,
              calendar,
              { type: placement.practiceType, start: placement.startDate, weeks: placement.weeks },
              "noBaseReported",
            )
          : null;
      const deadline = found ? { date: found.date, rule: found.rule } : null;
      return {
        status,
        placement,
        student,
        coordinators: await context.coordinatorsOf(placement.departmentId),
        deadline,
        late: deadline !== null && context.today() > deadline.date,
      };
    },

    /** Assigns a university supervisor of the department to placements: chosen ones, a group's, or by roster e-mail. */
    async assignUniversitySupervisor(principal: AccessPrincipal, input: AssignSupervisorInput): Promise<AssignSupervisorResult> {
      const departmentId = asId(input.departmentId);
      if (!departmentId) return { status: "notFound" };
      const decision = can(principal, "assignSupervisor", { departmentId: input.departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const supervisor = await db.users.findByTelegramId(input.supervisorTelegramId);
      if (!supervisor || !holdsRole(supervisor, "universitySupervisor", departmentId)) return { status: "notSupervisor" };

      const open = { departmentId, excludeStatuses: ["finished"] as const };
      let ids: Types.ObjectId[];
      if ("placementIds" in input) {
        const wanted = input.placementIds.flatMap((id) => asId(id) ?? []);
        const inDepartment = await db.placements.listIds({ ...open });
        const allowed = new Set(inDepartment.map(String));
        ids = wanted.filter((id) => allowed.has(String(id)));
      } else if ("group" in input) {
        const studentIds = await db.students.idsByGroup(departmentId, input.group.replace(/\s+/g, " ").trim().toUpperCase());
        ids =
          studentIds.length === 0
            ? []
            : await db.placements.listIds({ ...open, studentIds, practiceType: input.practiceType, academicYear: input.academicYear });
      } else {
        const email = checkEmail(input.supervisorEmail);
        ids = email.ok ? await db.placements.listIds({ ...open, universitySupervisorEmail: email.value }) : [];
      }
      const at = now();
      const assigned = await db.placements.assignUniversitySupervisor(ids, departmentId, input.supervisorTelegramId, {
        at,
        by: principal.telegramId,
        action: "supervisorAssigned",
        changes: [{ field: "universitySupervisorTelegramId", from: null, to: String(input.supervisorTelegramId) }],
      });
      return { status: "assigned", matched: ids.length, assigned };
    },

    /**
     * A one-time link for the organisation supervisor of an approved placement (issue 8). A new
     * link revokes the previous unused ones; only the newest can link a supervisor.
     */
    async inviteOrganisationSupervisor(principal: AccessPrincipal, placementId: string): Promise<InviteSupervisorResult> {
      const auth = await authorize(principal, "inviteOrganisationSupervisor", placementId);
      if (!auth.ok) return auth.refusal;
      const { placement } = auth;
      if (placement.status !== "approved" && placement.status !== "active") return { status: "notApproved", placement };
      const at = now();
      const invitation = await invitations.create({
        role: "organisationSupervisor",
        departmentId: placement.departmentId,
        studentId: placement.studentId,
        placementId: placement._id,
        createdBy: principal.telegramId,
      });
      await db.placements.setOrganisationSupervisorInvitation(placement._id, invitation.invitationId, {
        at,
        by: principal.telegramId,
        action: "organisationSupervisorInvited",
      });
      const revoked = await invitations.revoke({ placementId: placement._id }, invitation.invitationId);
      const updated = (await db.placements.findById(placement._id)) ?? placement;
      return { status: "invited", code: invitation.code, expiresAt: invitation.expiresAt, revoked, placement: updated };
    },

    /**
     * What an organisation supervisor's link is about, before they consent (the link itself is the
     * authority here: whoever holds it may see the student's name, the base and the dates).
     */
    async describeSupervisorInvitation(
      code: string,
    ): Promise<
      ({ status: "valid"; invitedBy: number; expiresAt: Date } & PlacementDetails) | { status: "invalid" | "used" | "expired" | "revoked" }
    > {
      const preview = await invitations.preview(code);
      if (preview.status !== "valid") return { status: preview.status };
      if (preview.role !== "organisationSupervisor" || !preview.placementId) return { status: "invalid" };
      const loaded = await load(preview.placementId);
      if (!loaded) return { status: "invalid" };
      const organisation = loaded.placement.organisationId ? await db.organisations.findById(loaded.placement.organisationId) : null;
      return { status: "valid", invitedBy: preview.createdBy, expiresAt: preview.expiresAt, ...loaded, organisation };
    },

    /**
     * `/students`: the department's students with their placements, filtered and paged. A university
     * supervisor sees only the students assigned to them.
     */
    async listStudents(principal: AccessPrincipal, query: StudentListQuery): Promise<StudentListResult> {
      const departmentId = asId(query.departmentId);
      if (!departmentId) return { status: "notFound" };
      const decision = can(principal, "listStudents", { departmentId: query.departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const pageSize = Math.min(Math.max(1, query.pageSize ?? STUDENT_PAGE_SIZE), MAX_PAGE_SIZE);
      const page = Math.max(0, Math.floor(query.page ?? 0));
      const group = query.group?.replace(/\s+/g, " ").trim().toUpperCase() || undefined;
      const supervised = decision.as === "universitySupervisor" ? principal.telegramId : undefined;
      const placementFilter = {
        departmentId,
        status: query.status,
        practiceType: query.practiceType,
        academicYear: query.academicYear,
        universitySupervisorTelegramId: supervised,
      };

      const byPlacement =
        supervised !== undefined || query.status !== undefined || query.practiceType !== undefined || query.academicYear !== undefined;
      let studentIds: Types.ObjectId[] | undefined;
      if (byPlacement) {
        const groupIds = group ? await db.students.idsByGroup(departmentId, group) : undefined;
        studentIds = await db.placements.studentIds({ ...placementFilter, studentIds: groupIds });
      }
      const filter = { group, ids: studentIds };
      const [total, students] = await Promise.all([
        db.students.countByDepartment(departmentId, filter),
        db.students.listByDepartment(departmentId, filter, { skip: page * pageSize, limit: pageSize }),
      ]);
      const placements = await db.placements.listByStudents(students.map((s) => s._id));
      const rows = students.map((student) => ({
        student,
        placements: placements.filter(
          (p) =>
            p.studentId.equals(student._id) &&
            (query.status === undefined || p.status === query.status) &&
            (query.practiceType === undefined || p.practiceType === query.practiceType) &&
            (query.academicYear === undefined || p.academicYear === query.academicYear) &&
            can(principal, "viewPlacement", placementTarget(p, student)).allowed,
        ),
      }));
      return { status: "ok", rows, total, page, pages: Math.max(1, Math.ceil(total / pageSize)), as: decision.as };
    },
  };
}
export type PlacementService = ReturnType<typeof createPlacementService>;

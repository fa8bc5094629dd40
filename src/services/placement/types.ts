import type { Role } from "../../domain/access/roles.js";
import type { FieldIssue } from "../../domain/practice/issues.js";
import type { PlacementStatus, PracticeType, SubmissionField } from "../../domain/practice/placement.js";
import type { IsoDate } from "../../domain/rules/dates.js";
import type { OrganisationDocument } from "../../persistence/models/organisation.model.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { InvitationService } from "../invitation.service.js";
import type { Outbox } from "../outbox/index.js";
import type { PracticeServiceDeps, Refusal } from "../practice-context.js";

/** The records the placement use cases answer with (the bot reads them through the services, not persistence). */
export type { OrganisationDocument, PlacementDocument, StudentDocument };

/** What the placement services need: the practice context, invitations (supervisor links) and the outbox. */
export type PlacementDeps = PracticeServiceDeps & { invitations: InvitationService; outbox: Outbox };

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

/** Who and where a decided placement is about, for the messages that report the decision. */
export interface DecisionAbout {
  studentName: string;
  organisationName: string | null;
}

export type DecisionResult =
  | ({
      status: "approved" | "returned";
      placement: PlacementDocument;
      /** Telegram id of the student to tell (null for a roster row nobody has claimed). */
      studentTelegramId: number | null;
      /** The base was only proposed and the approval approved it too. */
      organisationApproved: boolean;
    } & DecisionAbout)
  /** Pressing twice (or after another coordinator) is harmless: the first decision stands. */
  | ({ status: "alreadyDecided"; placement: PlacementDocument } & DecisionAbout)
  /** The student edited it after the coordinator opened it: show the new version first. */
  | ({ status: "changed"; placement: PlacementDocument } & DecisionAbout)
  | ({ status: "notSubmitted"; placement: PlacementDocument } & DecisionAbout)
  | ({ status: "organisationRejected"; placement: PlacementDocument; organisation: OrganisationDocument } & DecisionAbout)
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
export const MAX_PAGE_SIZE = 50;

import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";
import { PLACEMENT_STATUSES, PRACTICE_TYPES } from "../../domain/practice/placement.js";

/** What a history entry records (who did what to the placement). */
export const PLACEMENT_HISTORY_ACTIONS = [
  "created",
  "rosterImported",
  "rosterUpdated",
  "edited",
  "submitted",
  "approved",
  "returned",
  "resubmitted",
  "supervisorAssigned",
  "organisationSupervisorInvited",
  "organisationSupervisorLinked",
  "organisationSupervisorClaimed",
  "organisationSupervisorConfirmed",
  "organisationSupervisorRefused",
  "noBaseReported",
  "activated",
  "finished",
  "lateEntryPermitted",
  "excusedDaysMarked",
  "supervisorRevoked",
] as const;
export type PlacementHistoryAction = (typeof PLACEMENT_HISTORY_ACTIONS)[number];

export const PLACEMENT_SOURCES = ["roster", "student", "coordinator"] as const;

const changeSchema = new Schema(
  {
    field: { type: String, required: true },
    /** Previous and new value as text (dates ISO, ids hex); null = absent. */
    from: { type: String, default: null },
    to: { type: String, default: null },
  },
  { _id: false },
);

const historySchema = new Schema(
  {
    at: { type: Date, required: true },
    /** Telegram id of the person; 0 = the system (roster import run by nobody in the chat). */
    by: { type: Number, required: true },
    action: { type: String, enum: PLACEMENT_HISTORY_ACTIONS, required: true },
    changes: { type: [changeSchema], default: undefined },
    /** The coordinator's reason for returning it. */
    reason: { type: String },
  },
  { _id: false },
);

/** A day a linked supervisor allowed the student to write late (before the diary opened, or beyond the backfill limit). */
const lateEntryDaySchema = new Schema(
  {
    /** ISO date of the day allowed. */
    date: { type: String, required: true },
    /** Telegram id of the supervisor, coordinator or admin who allowed it. */
    by: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

/** The state of an organisation supervisor's link (QP-06 5.12; 6B03104 §9.1). */
export const ORGANISATION_SUPERVISOR_STATUSES = ["pending", "confirmed"] as const;
export type OrganisationSupervisorStatus = (typeof ORGANISATION_SUPERVISOR_STATUSES)[number];

const claimSchema = new Schema(
  {
    telegramId: { type: Number, required: true },
    /** The name for documents: adopted from the agreement (only when the phone matched) or typed. */
    fullName: { type: String },
    /** The phone Telegram verified for that account (the shared contact), normalised; absent = not shared. */
    phone: { type: String },
    phoneMatched: { type: Boolean, required: true },
    /** The account already linked, which this claim would replace (null = the first link). */
    replaces: { type: Number, default: null },
    at: { type: Date, required: true },
  },
  { _id: false },
);

/** A day a linked supervisor excused (sick leave and the like): not an absence, it lowers the week's norm. */
const excusedDaySchema = new Schema(
  {
    date: { type: String, required: true },
    reason: { type: String, required: true },
    by: { type: Number, required: true },
    at: { type: Date, required: true },
    /** The supporting document (a sick note), as Telegram file ids; absent when none was sent. */
    document: {
      type: new Schema({ fileId: String, fileUniqueId: String, fileName: String }, { _id: false }),
      default: undefined,
    },
  },
  { _id: false },
);

const placementSchema = new Schema(
  {
    studentId: { type: Schema.Types.ObjectId, ref: "Student", required: true },
    /**
     * Copy of the student's full name kept for the reminder run (which then reads no students); absent = not
     * copied yet or the student changed since (the run looks the student up and copies it again).
     */
    studentFullName: { type: String },
    /** Copy of the student's Telegram id (null: no account linked), present exactly when `studentFullName` is. */
    studentTelegramId: { type: Number },
    /** The student's department at the time the placement was made; coordinators act within it. */
    departmentId: { type: Schema.Types.ObjectId, ref: "Department", required: true },
    practiceType: { type: String, enum: PRACTICE_TYPES, required: true },
    /** "2026-2027" (September to August, MR-595 23). */
    academicYear: { type: String, required: true },
    /** ISO calendar dates in Asia/Almaty, "YYYY-MM-DD". */
    startDate: { type: String },
    endDate: { type: String },
    weeks: { type: Number, min: 1 },
    /** weeks × policy hours per week (QP-06 3.6: 30 h). */
    requiredHours: { type: Number, min: 0 },
    organisationId: { type: Schema.Types.ObjectId, ref: "Organisation" },
    /** Unit (department, division) inside the organisation where the student practises. */
    unit: { type: String },
    /** Practice contract between the university and the base (QP-06 4.3–4.5; KazUTB 8.5–8.6). */
    contract: {
      number: { type: String },
      /** ISO date the contract was signed. */
      date: { type: String },
    },
    /** The contract is dated after the policy's deadline (QP-06 Annex 1 §2.1; KazUTB 8.5): accepted but flagged. */
    contractLate: { type: Boolean, default: false },
    /** The deadline it was compared with, and the clause (for the flag's message). */
    contractDeadline: { type: String },
    contractRule: { type: String },
    /** Telegram id of the university supervisor assigned by the coordinator (QP-06 5.6–5.8). */
    universitySupervisorTelegramId: { type: Number },
    /** E-mail of the university supervisor named in the roster, lower-case; used to assign them later. */
    universitySupervisorEmail: { type: String },
    /**
     * Supervisor from the organisation (QP-06 5.12) as the practice agreement names them; `telegramId` is
     * the account linked to the placement, which is always a confirmed one: a claim of the link waits in
     * `claim` until the department confirms it (or the verified phone matches, policy `orgSupervisorConfirmation`).
     */
    organisationSupervisor: {
      fullName: { type: String },
      phone: { type: String },
      email: { type: String },
      telegramId: { type: Number },
      /** The one invitation that may link a supervisor; a new invitation replaces (revokes) it. */
      invitationId: { type: Schema.Types.ObjectId },
      linkedAt: { type: Date },
      /** Of the linked account: absent = linked before confirmation existed (treated as confirmed). */
      status: { type: String, enum: ORGANISATION_SUPERVISOR_STATUSES },
      /** How it was confirmed, and by whom (Telegram id; 0 = the phone matched the agreement's). */
      confirmedBy: { type: Number },
      confirmedVia: { type: String, enum: ["coordinator", "phoneMatch"] },
      confirmedAt: { type: Date },
      /** A claim of the supervisor's link that waits for the coordinator's confirmation (QP-06 5.12). */
      claim: { type: claimSchema, default: undefined },
    },
    /** Individual assignment (QP-06 5.13). */
    assignment: { type: String },
    status: { type: String, enum: PLACEMENT_STATUSES, required: true, default: "draft" },
    /** The coordinator's reason when the status is `returned`. */
    returnReason: { type: String },
    /** When the student said they could not find a base (6B03104 §9.1). */
    noBaseReportedAt: { type: Date },
    source: { type: String, enum: PLACEMENT_SOURCES, required: true },
    submittedAt: { type: Date },
    decidedBy: { type: Number },
    decidedAt: { type: Date },
    /** The first approval by the coordinator: the diary may be written from that day (or the start, if later). */
    approvedAt: { type: Date },
    /** Days a linked supervisor allowed to be written late (the F-76 marks their entries). */
    lateEntryDays: { type: [lateEntryDaySchema], default: undefined },
    /** Days a linked supervisor excused (sick leave and the like), oldest first. */
    excusedDays: { type: [excusedDaySchema], default: undefined },
    history: { type: [historySchema], default: [] },
    /** Incremented by every change; updates filter on the version they were based on (optimistic). */
    version: { type: Number, required: true, default: 0 },
  },
  { timestamps: true, collection: "placements", versionKey: false },
);
// A student has at most one placement of a type per academic year; also the roster's upsert key.
placementSchema.index({ studentId: 1, practiceType: 1, academicYear: 1 }, { unique: true });
placementSchema.index({ departmentId: 1, status: 1 });
placementSchema.index({ universitySupervisorTelegramId: 1 }, { sparse: true });
placementSchema.index({ "organisationSupervisor.telegramId": 1 }, { sparse: true });
// Reminder jobs: placements running or near their dates (a range on endDate skips every finished practice).
placementSchema.index({ endDate: 1, startDate: 1 });

export type PlacementDocument = InferSchemaType<typeof placementSchema> & { _id: Types.ObjectId };
export type PlacementHistoryEntry = InferSchemaType<typeof historySchema>;

export function createPlacementModel(connection: Connection) {
  return connection.model("Placement", placementSchema);
}

import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";
import { ORGANISATION_STATUSES } from "../../domain/practice/organisation.js";

const organisationSchema = new Schema(
  {
    /** Full name as in the organisation's documents (6B03104 §9.1 stage I). */
    fullName: { type: String, required: true },
    /** Look-up key: lower-case, quotes removed, spaces collapsed (src/domain/practice/contacts.ts); no collation needed. */
    normalisedName: { type: String, required: true },
    /** 12-digit BIN with a valid check digit; absent only for foreign organisations. One organisation per BIN. */
    bin: { type: String },
    /** ISO 3166-1 alpha-2 ("KZ" for organisations with a BIN). */
    country: { type: String, required: true, default: "KZ" },
    postalAddress: { type: String },
    /** Normalised phones (+7XXXXXXXXXX, or +<country> for foreign ones). */
    phones: { type: [String], default: [] },
    email: { type: String },
    /** Area of activity, to check it matches the training profile (QP-06 4.1–4.2). */
    activityArea: { type: String },
    status: { type: String, enum: ORGANISATION_STATUSES, required: true, default: "proposed" },
    /** Why it was rejected (shown to the student). */
    rejectionReason: { type: String },
    /** Departments whose students proposed it: their coordinators decide. */
    proposedForDepartmentIds: { type: [Schema.Types.ObjectId], ref: "Department", default: [] },
    proposedBy: { type: Number, required: true },
    /** Telegram id of the coordinator (or admin) who approved or rejected it. */
    decidedBy: { type: Number },
    decidedAt: { type: Date },
  },
  { timestamps: true, collection: "organisations" },
);
// Sparse: foreign organisations without a BIN do not collide (partial indexes are not portable).
organisationSchema.index({ bin: 1 }, { unique: true, sparse: true });
organisationSchema.index({ status: 1, normalisedName: 1 });
organisationSchema.index({ proposedForDepartmentIds: 1, status: 1 });

export type OrganisationDocument = InferSchemaType<typeof organisationSchema> & { _id: Types.ObjectId };

export function createOrganisationModel(connection: Connection) {
  return connection.model("Organisation", organisationSchema);
}

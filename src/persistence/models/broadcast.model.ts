import { Schema, type Connection, type InferSchemaType, type Types } from "mongoose";
import { BROADCAST_STATES } from "../../domain/delivery/broadcast.js";
import { PARSE_MODES } from "../../domain/delivery/outbox.js";
import { PRACTICE_TYPES } from "../../domain/rules/practice-deadlines.js";

const audienceSchema = new Schema(
  {
    programmeCode: { type: String },
    course: { type: Number },
    group: { type: String },
    practiceType: { type: String, enum: PRACTICE_TYPES },
    /** Only students with an active placement. */
    activeOnly: { type: Boolean, default: false },
  },
  { _id: false },
);

const broadcastSchema = new Schema(
  {
    /** The department it goes to; null = every department (the admin only). */
    departmentId: { type: Schema.Types.ObjectId, ref: "Department", default: null },
    /** Telegram id of the coordinator (or admin) who wrote it. */
    authorTelegramId: { type: Number, required: true },
    /** The announcement as sent, verbatim (Telegram HTML built from the author's formatting). */
    text: { type: String, required: true },
    parseMode: { type: String, enum: PARSE_MODES, required: true, default: "HTML" },
    /** Telegram file id of an attached photo (the text is its caption). */
    photoFileId: { type: String },
    /** Telegram file id of an attached document (the text is its caption). */
    documentFileId: { type: String },
    /** The filters the recipients were chosen by. */
    audience: { type: audienceSchema, required: true },
    /** Recipients of the first send (exact, as shown in the preview at confirmation). */
    recipientCount: { type: Number, required: true, default: 0 },
    /** When the messages may go out (the confirmation time for "send now"). */
    scheduledAt: { type: Date, required: true },
    state: { type: String, enum: BROADCAST_STATES, required: true, default: "draft" },
    /** Recipients get an "I have read it" button. */
    ackRequested: { type: Boolean, required: true, default: false },
    /** Send rounds so far: 1 = the first send; each re-send to those who have not acknowledged adds one. */
    round: { type: Number, required: true, default: 1 },
    /**
     * The figures when it was last seen done: the outbox copies are deleted by the retention job after a while,
     * and /broadcasts still shows these then.
     */
    figures: {
      type: new Schema(
        {
          sent: { type: Number, required: true },
          pending: { type: Number, required: true },
          blocked: { type: Number, required: true },
          failed: { type: Number, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    /** The author's progress message (chat and message id), edited as the figures change. */
    progressMessage: {
      type: new Schema({ chatId: { type: Number, required: true }, messageId: { type: Number, required: true } }, { _id: false }),
      default: null,
    },
    /** When the progress message was last edited (it is edited at most every few seconds). */
    progressShownAt: { type: Date, default: null },
    /** Figures last shown ("sent/pending/blocked/failed"), so an unchanged message is not edited again. */
    progressShown: { type: String, default: null },
    /**
     * The author was sent the final report of the current round (the progress job sends it once the broadcast is
     * done; a re-send round clears it). Absent on broadcasts older than the job: those are never reported.
     */
    progressReported: { type: Boolean, default: false },
  },
  { timestamps: true, collection: "broadcasts", versionKey: false },
);
broadcastSchema.index({ departmentId: 1, createdAt: -1 });
broadcastSchema.index({ state: 1 });

const ackSchema = new Schema(
  {
    broadcastId: { type: Schema.Types.ObjectId, ref: "Broadcast", required: true },
    /** The recipient who pressed "I have read it". */
    telegramId: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { collection: "broadcast_acks", versionKey: false },
);
/** One acknowledgement per recipient: a second press is "already done" (E11000). */
ackSchema.index({ broadcastId: 1, telegramId: 1 }, { unique: true });

export type BroadcastDocument = InferSchemaType<typeof broadcastSchema> & { _id: Types.ObjectId };
export type BroadcastAckDocument = InferSchemaType<typeof ackSchema> & { _id: Types.ObjectId };

export function createBroadcastModel(connection: Connection) {
  return connection.model("Broadcast", broadcastSchema);
}

export function createBroadcastAckModel(connection: Connection) {
  return connection.model("BroadcastAck", ackSchema);
}

import mongoose, { Types, type Connection } from "mongoose";
import type { createPersistenceModels } from "../create-persistence.js";
import { isDuplicateKeyError } from "../errors.js";
import type { DeletionRequestDocument, KeptRecord, RetentionPurgeRecord } from "../models/privacy.model.js";
import { PRACTICE_FILES_BUCKET } from "./practice-file.repository.js";

type Models = ReturnType<typeof createPersistenceModels>;

/** Every record stored about one person, as plain JSON-ready documents (what `/mydata` exports). */
export interface StoredAboutPerson {
  user: unknown;
  student: unknown;
  placements: unknown[];
  diaryEntries: unknown[];
  outcomes: unknown[];
  sceneDrafts: unknown[];
  diaryDraft: unknown;
  sceneState: unknown;
  outbox: unknown[];
  invitations: unknown[];
  broadcastsAuthored: unknown[];
  broadcastAcknowledgements: unknown[];
  /** What the person decided on other people's records: only the act, never the other person's content. */
  decisions: {
    diaryEntries: unknown[];
    placements: unknown[];
    outcomes: unknown[];
  };
  deletionRequests: unknown[];
}

/**
 * The records of one person across collections (export, erasure), deletion requests and the retention's purges.
 * Every erasure method is idempotent: run again, it finds nothing left to change.
 */
export function createPrivacyRepository(connection: Connection, models: Models) {
  const { User, Student, Placement, DiaryEntry, PracticeOutcome, SceneDraft, DiaryDraft, ConversationState, OutboxMessage } = models;
  const bucket = (): mongoose.mongo.GridFSBucket => {
    if (!connection.db) throw new Error("privacy: the database connection is not open");
    return new mongoose.mongo.GridFSBucket(connection.db, { bucketName: PRACTICE_FILES_BUCKET });
  };

  async function deleteFiles(ids: readonly Types.ObjectId[]): Promise<number> {
    let deleted = 0;
    for (const id of ids) {
      try {
        await bucket().delete(id);
        deleted++;
      } catch (error) {
        // Already gone (a purge stopped half-way and run again): nothing left to delete.
        if (!(error instanceof Error && /File not found/i.test(error.message))) throw error;
      }
    }
    return deleted;
  }

  function filesOf(outcome: {
    report?: { gridFsId: Types.ObjectId } | undefined;
    reportHistory?: { gridFsId: Types.ObjectId }[];
    characteristic?: { document?: { gridFsId: Types.ObjectId } | undefined } | undefined;
    characteristicHistory?: { document?: { gridFsId: Types.ObjectId } | undefined }[];
  }): Types.ObjectId[] {
    const ids = [
      outcome.report?.gridFsId,
      ...(outcome.reportHistory ?? []).map((f) => f.gridFsId),
      outcome.characteristic?.document?.gridFsId,
      ...(outcome.characteristicHistory ?? []).map((c) => c.document?.gridFsId),
    ].filter((id): id is Types.ObjectId => id != null);
    return [...new Map(ids.map((id) => [String(id), id])).values()];
  }

  return {
    async collect(telegramId: number): Promise<StoredAboutPerson> {
      const user = await User.findOne({ telegramId }).lean();
      const student = await Student.findOne({ telegramId }).lean();
      const placements = student ? await Placement.find({ studentId: student._id }).lean() : [];
      const placementIds = placements.map((p) => String(p._id));
      const [diaryEntries, outcomes] = placementIds.length
        ? await Promise.all([
            DiaryEntry.find({ placementId: { $in: placementIds } })
              .sort({ date: 1 })
              .lean(),
            PracticeOutcome.find({ placementId: { $in: placementIds } }).lean(),
          ])
        : [[], []];
      const [sceneDrafts, diaryDraft, sceneState, outbox, invitations, broadcastsAuthored, acks, requests] = await Promise.all([
        SceneDraft.find({ telegramId }).lean(),
        DiaryDraft.findOne({ telegramId }).lean(),
        ConversationState.findById(`${telegramId}:${telegramId}`).lean(),
        // What was sent and when; the content (which may quote other people: a student's entry to their supervisor) is not theirs to export.
        OutboxMessage.find({ recipientTelegramId: telegramId }, { lease: 0, "payload.params": 0, "payload.text": 0, "payload.keyboard": 0 })
          .sort({ createdAt: 1 })
          .lean(),
        // The code's hash is a secret of its own: never exported.
        models.Invitation.find({ $or: [{ createdBy: telegramId }, { usedBy: telegramId }] }, { codeHash: 0 }).lean(),
        models.Broadcast.find({ authorTelegramId: telegramId }).lean(),
        models.BroadcastAck.find({ telegramId }).lean(),
        models.DeletionRequest.find({ telegramId }).lean(),
      ]);
      // Decisions on OTHER people's records: the act only (what, when, which record), none of their content.
      const own = new Set(placementIds);
      const decidedEntries = await DiaryEntry.find(
        { "history.by": telegramId, placementId: { $nin: placementIds } },
        { placementId: 1, date: 1, history: 1 },
      ).lean();
      const decidedPlacements = await Placement.find(
        { "history.by": telegramId, _id: { $nin: placements.map((p) => p._id) } },
        { history: 1 },
      ).lean();
      const decidedOutcomes = await PracticeOutcome.find({
        placementId: { $nin: placementIds },
        $or: [
          { "gradeHistory.by": telegramId },
          { "signOffs.by": telegramId },
          { "signOffHistory.by": telegramId },
          { "characteristicHistory.by": telegramId },
          { "reopenings.by": telegramId },
          { "earlySignOff.by": telegramId },
        ],
      }).lean();
      return {
        user,
        student,
        placements: placements,
        diaryEntries: diaryEntries,
        outcomes: outcomes,
        sceneDrafts: sceneDrafts,
        diaryDraft,
        sceneState,
        outbox: outbox,
        invitations: invitations,
        broadcastsAuthored: broadcastsAuthored,
        broadcastAcknowledgements: acks,
        decisions: {
          diaryEntries: decidedEntries
            .filter((e) => !own.has(e.placementId))
            .flatMap((e) =>
              e.history
                .filter((h) => h.by === telegramId)
                .map((h) => ({
                  entryId: String(e._id),
                  placementId: e.placementId,
                  date: e.date,
                  action: h.action,
                  version: h.version,
                  at: h.at,
                  reason: h.decision?.reason,
                })),
            ),
          placements: decidedPlacements.flatMap((p) =>
            (p.history ?? [])
              .filter((h) => h.by === telegramId)
              .map((h) => ({ placementId: String(p._id), action: h.action, at: h.at, reason: h.reason })),
          ),
          outcomes: decidedOutcomes.map((o) => ({
            placementId: o.placementId,
            grades: o.gradeHistory.filter((g) => g.by === telegramId),
            signOffs: [...o.signOffs, ...o.signOffHistory].filter((s) => s.by === telegramId),
            characteristics: o.characteristicHistory.filter((c) => c.by === telegramId),
            reopenings: o.reopenings.filter((r) => r.by === telegramId).map(({ by, role, at, reason }) => ({ by, role, at, reason })),
            earlySignOff: o.earlySignOff?.by === telegramId ? o.earlySignOff : undefined,
          })),
        },
        deletionRequests: requests,
      };
    },

    /** Whether the person's name is printed on a diary's trail (a decision, grade or sign-off): QP-06 6.2. */
    async signsRecords(telegramId: number): Promise<boolean> {
      const [entries, outcomes] = await Promise.all([
        DiaryEntry.exists({ history: { $elemMatch: { by: telegramId, action: { $in: ["approved", "returned"] } } } }),
        PracticeOutcome.exists({
          $or: [
            { "gradeHistory.by": telegramId },
            { "signOffs.by": telegramId },
            { "signOffHistory.by": telegramId },
            { "characteristicHistory.by": telegramId },
          ],
        }),
      ]);
      return entries !== null || outcomes !== null;
    },

    // --- erasure steps (each idempotent) ---

    async eraseDrafts(telegramId: number): Promise<void> {
      await SceneDraft.deleteMany({ telegramId });
      await DiaryDraft.deleteMany({ telegramId });
      await ConversationState.deleteOne({ _id: `${telegramId}:${telegramId}` });
      await models.BroadcastAck.deleteMany({ telegramId });
    },

    /** Notifications to the person, except those of `keepKinds` (the deletion's own answer). */
    async eraseOutbox(telegramId: number, keepKinds: readonly string[]): Promise<void> {
      await OutboxMessage.deleteMany({ recipientTelegramId: telegramId, kind: { $nin: [...keepKinds] } });
    },

    /** The student's placements with their end dates and departments. */
    async placementsOf(studentId: Types.ObjectId) {
      return Placement.find({ studentId }, { endDate: 1, departmentId: 1 }).lean();
    },

    /** What a placement's diary, outcome, files and printed codes hold now (counted before a purge deletes them). */
    async countPlacementRecords(placementId: string): Promise<{ entries: number; files: number; outcomes: number; verifications: number }> {
      const outcomes = await PracticeOutcome.find({ placementId }).lean();
      const [entries, verifications] = await Promise.all([
        DiaryEntry.countDocuments({ placementId }),
        models.DocumentVerification.countDocuments({ placementId }),
      ]);
      return { entries, files: outcomes.flatMap((o) => filesOf(o)).length, outcomes: outcomes.length, verifications };
    },

    /** Deletes a placement's diary, outcome with its files, and printed codes; the placement document stays. Idempotent. */
    async purgePlacementRecords(placementId: string): Promise<void> {
      const outcomes = await PracticeOutcome.find({ placementId }).lean();
      // Files first: the outcome is what names them, so it goes only once they are gone.
      await deleteFiles(outcomes.flatMap((o) => filesOf(o)));
      await DiaryEntry.deleteMany({ placementId });
      await PracticeOutcome.deleteMany({ placementId });
      await models.DocumentVerification.deleteMany({ placementId });
    },

    async deletePlacement(placementId: Types.ObjectId): Promise<void> {
      await Placement.deleteOne({ _id: placementId });
    },

    /** Unlinks the student row from the Telegram account and drops what no document of the department needs. */
    async unlinkStudent(studentId: Types.ObjectId): Promise<void> {
      await Student.updateOne({ _id: studentId }, { $unset: { telegramId: 1, academic: 1, rosterPending: 1, rosterConfirmedBy: 1 } });
      await Placement.updateMany({ studentId }, { $unset: { studentTelegramId: 1, studentFullName: 1 } });
    },

    async deleteStudent(studentId: Types.ObjectId): Promise<void> {
      await Student.deleteOne({ _id: studentId });
    },

    /** The account: Telegram names, phone, roles and settings go; the language stays (the last message is rendered in it). */
    async anonymiseUser(telegramId: number, keepFullName: boolean, at: Date): Promise<void> {
      await User.updateOne(
        { telegramId },
        {
          $set: { firstName: "—", roles: [], diaryDigest: false, mutedReminders: [], transferWindowReminders: false, anonymisedAt: at },
          $unset: { lastName: 1, username: 1, verifiedPhone: 1, ...(keepFullName ? {} : { fullName: 1 }) },
        },
      );
    },

    // --- deletion requests ---

    /** A new pending request, or null when the person has one open already. */
    async openRequest(telegramId: number, departmentId: Types.ObjectId | null, at: Date): Promise<DeletionRequestDocument | null> {
      try {
        const created = await models.DeletionRequest.create({
          telegramId,
          openFor: telegramId,
          departmentId,
          status: "pending",
          requestedAt: at,
        });
        return created.toObject();
      } catch (error) {
        if (isDuplicateKeyError(error)) return null;
        throw error;
      }
    },

    async findRequest(id: string): Promise<DeletionRequestDocument | null> {
      if (!Types.ObjectId.isValid(id)) return null;
      return models.DeletionRequest.findById(id).lean<DeletionRequestDocument>();
    },

    async openRequestOf(telegramId: number): Promise<DeletionRequestDocument | null> {
      return models.DeletionRequest.findOne({ openFor: telegramId }).lean<DeletionRequestDocument>();
    },

    /** The coordinator's decision, only on the version the button showed (stale and repeated presses change nothing). */
    async decide(
      id: Types.ObjectId,
      version: number,
      decision: "confirmed" | "refused",
      by: number,
      at: Date,
    ): Promise<DeletionRequestDocument | null> {
      return models.DeletionRequest.findOneAndUpdate(
        { _id: id, status: "pending", version },
        {
          $set: { status: decision, decidedBy: by, decidedAt: at },
          $inc: { version: 1 },
          ...(decision === "refused" ? { $unset: { openFor: 1 } } : {}),
        },
        { new: true },
      ).lean<DeletionRequestDocument>();
    },

    async markStep(id: Types.ObjectId, step: string, kept?: KeptRecord[]): Promise<void> {
      await models.DeletionRequest.updateOne({ _id: id }, { $addToSet: { steps: step }, ...(kept ? { $set: { kept } } : {}) });
    },

    async finishRequest(id: Types.ObjectId, at: Date): Promise<void> {
      await models.DeletionRequest.updateOne(
        { _id: id, status: "confirmed" },
        { $set: { status: "done", doneAt: at }, $unset: { openFor: 1 }, $inc: { version: 1 } },
      );
    },

    /** Confirmed requests whose erasure has not finished (stopped half-way): resumed by the retention run. */
    async unfinishedRequests(): Promise<DeletionRequestDocument[]> {
      return models.DeletionRequest.find({ status: "confirmed" }).lean<DeletionRequestDocument[]>();
    },

    // --- retention ---

    /** Placements that ended on or before `lastEndDate` and whose records were not purged yet. */
    async placementsEndedBy(lastEndDate: string) {
      return Placement.find({ endDate: { $lte: lastEndDate }, purgedAt: null }, { endDate: 1, departmentId: 1 }).lean();
    },

    /** Records a purge before it runs; a purge stopped half-way and run again keeps the first record (its counts). */
    async recordPurge(record: RetentionPurgeRecord): Promise<void> {
      await models.RetentionPurge.updateOne({ _id: record._id }, { $setOnInsert: record }, { upsert: true });
    },

    async markPurged(placementId: Types.ObjectId, at: Date): Promise<void> {
      await Placement.updateOne({ _id: placementId }, { $set: { purgedAt: at } });
    },

    async purgeRecords(): Promise<RetentionPurgeRecord[]> {
      return models.RetentionPurge.find().sort({ purgedAt: 1 }).lean<RetentionPurgeRecord[]>();
    },
  };
}
export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;

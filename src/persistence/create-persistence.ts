import mongoose, { type Connection } from "mongoose";
import { createDiaryCalendarRepository } from "./repositories/diary-calendar.repository.js";
import { createChatNoticeModel } from "./models/chat-notice.model.js";
import { createChatNoticeRepository } from "./repositories/chat-notice.repository.js";
import { createConversationStateModel } from "./models/conversation-state.model.js";
import { createDepartmentModel } from "./models/department.model.js";
import { createDiaryDraftModel } from "./models/diary-draft.model.js";
import { createDiaryEntryModel } from "./models/diary-entry.model.js";
import { createDocumentVerificationModel } from "./models/document-verification.model.js";
import { createPracticeOutcomeModel } from "./models/practice-outcome.model.js";
import { createInvitationModel } from "./models/invitation.model.js";
import { createSceneDraftModel } from "./models/scene-draft.model.js";
import { createOrganisationModel } from "./models/organisation.model.js";
import { createPlacementModel } from "./models/placement.model.js";
import { createLeaseModel } from "./models/lease.model.js";
import { createOutboxMessageModel } from "./models/outbox-message.model.js";
import { createStudentModel } from "./models/student.model.js";
import { createUserModel } from "./models/user.model.js";
import { createConversationStateRepository } from "./repositories/conversation-state.repository.js";
import { createDepartmentRepository } from "./repositories/department.repository.js";
import { createDiaryDraftRepository } from "./repositories/diary-draft.repository.js";
import { createDiaryEntryRepository } from "./repositories/diary-entry.repository.js";
import { createDocumentVerificationRepository } from "./repositories/document-verification.repository.js";
import { createPracticeFileRepository } from "./repositories/practice-file.repository.js";
import { createPracticeOutcomeRepository } from "./repositories/practice-outcome.repository.js";
import { createInvitationRepository } from "./repositories/invitation.repository.js";
import { createSceneDraftRepository } from "./repositories/scene-draft.repository.js";
import { createOrganisationRepository } from "./repositories/organisation.repository.js";
import { createPlacementRepository } from "./repositories/placement.repository.js";
import { createLeaseRepository } from "./repositories/lease.repository.js";
import { createOutboxRepository } from "./repositories/outbox.repository.js";
import { createStudentRepository } from "./repositories/student.repository.js";
import { createUserRepository } from "./repositories/user.repository.js";
import { createBroadcastAckModel, createBroadcastModel } from "./models/broadcast.model.js";
import { createBroadcastRepository } from "./repositories/broadcast.repository.js";
import { createReminderFactsRepository } from "./repositories/reminder-facts.repository.js";
import { createInboxUpdateModel } from "./models/inbox-update.model.js";
import { createInboxRepository } from "./repositories/inbox.repository.js";
import { createBoardRepository } from "./repositories/board.repository.js";

/** Registers the models on `connection` and returns the repositories. */
export function createPersistence(connection: Connection) {
  const models = {
    User: createUserModel(connection),
    Department: createDepartmentModel(connection),
    Student: createStudentModel(connection),
    Invitation: createInvitationModel(connection),
    ConversationState: createConversationStateModel(connection),
    SceneDraft: createSceneDraftModel(connection),
    ChatNotice: createChatNoticeModel(connection),
    DiaryEntry: createDiaryEntryModel(connection),
    DiaryDraft: createDiaryDraftModel(connection),
    PracticeOutcome: createPracticeOutcomeModel(connection),
    DocumentVerification: createDocumentVerificationModel(connection),
    Organisation: createOrganisationModel(connection),
    Placement: createPlacementModel(connection),
    OutboxMessage: createOutboxMessageModel(connection),
    Lease: createLeaseModel(connection),
    Broadcast: createBroadcastModel(connection),
    BroadcastAck: createBroadcastAckModel(connection),
    InboxUpdate: createInboxUpdateModel(connection),
  };
  return {
    connection,
    models,
    users: createUserRepository(models.User),
    departments: createDepartmentRepository(models.Department),
    students: createStudentRepository(models.Student, models.Placement),
    invitations: createInvitationRepository(models.Invitation),
    conversationStates: createConversationStateRepository(models.ConversationState),
    sceneDrafts: createSceneDraftRepository(models.SceneDraft),
    chatNotices: createChatNoticeRepository(models.ChatNotice),
    diaryEntries: createDiaryEntryRepository(models.DiaryEntry),
    diaryDrafts: createDiaryDraftRepository(models.DiaryDraft),
    practiceOutcomes: createPracticeOutcomeRepository(models.PracticeOutcome),
    documentVerifications: createDocumentVerificationRepository(models.DocumentVerification),
    /** GridFS store of reports and characteristic documents (QP-06 6.12). */
    practiceFiles: createPracticeFileRepository(connection),
    organisations: createOrganisationRepository(models.Organisation),
    placements: createPlacementRepository(models.Placement),
    /** Late-entry permissions and excused days of a placement's diary. */
    diaryCalendar: createDiaryCalendarRepository(models.Placement),
    outbox: createOutboxRepository(models.OutboxMessage),
    leases: createLeaseRepository(models.Lease),
    /** Department announcements and their "I have read it" acknowledgements. */
    broadcasts: createBroadcastRepository(models.Broadcast, models.BroadcastAck),
    /** Read-only look-ups of the reminder jobs. */
    reminderFacts: createReminderFactsRepository(models),
    /** Telegram updates received and handled (exactly-once intake). */
    inbox: createInboxRepository(models.InboxUpdate),
    /** The board's read-side queries (roster paging, counts, hours). */
    board: createBoardRepository(models),
    /** Builds every declared index (unique ones are idempotency keys); call once at start-up. */
    async syncIndexes(): Promise<void> {
      for (const model of Object.values(models)) await model.createIndexes();
    },
    /** Round-trip to the server; used by the health check. */
    async ping(): Promise<boolean> {
      try {
        await connection.db?.admin().command({ ping: 1 });
        return connection.readyState === mongoose.ConnectionStates.connected;
      } catch {
        return false;
      }
    },
  };
}
export type Persistence = ReturnType<typeof createPersistence>;

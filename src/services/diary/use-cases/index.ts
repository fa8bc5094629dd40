import type { DiaryUseCaseDeps } from "./context.js";
import { createEntryDecisions } from "./entry-decisions.js";
import { createDiaryFilesDesk } from "./files.js";
import { createGradingDesk } from "./grading.js";
import { createPendingDesk } from "./pending.js";
import { createSignOffDesk } from "./sign-off.js";
import { createStudentDiaryDesk } from "./student.js";
import { createAssignmentDesk } from "./assignment.js";
import { createStudentCardDesk } from "./student-card.js";
import { createCommissionDesk } from "./commission.js";

/**
 * The diary's use cases as the bot calls them: each method loads what it needs once, asks `can()`
 * (src/domain/access/policy.ts), acts through the record services (../*.service.ts) and queues what
 * others must hear in the outbox. Returns plain result unions; the bot renders them.
 * Imports: the domain, persistence, the record services and the outbox; never grammy.
 */
export function createDiaryUseCases(deps: DiaryUseCaseDeps) {
  return {
    decisions: createEntryDecisions(deps),
    pending: createPendingDesk(deps),
    signOff: createSignOffDesk(deps),
    grading: createGradingDesk(deps),
    student: createStudentDiaryDesk(deps),
    files: createDiaryFilesDesk(deps),
    assignment: createAssignmentDesk(deps),
    card: createStudentCardDesk(deps),
    commission: createCommissionDesk(deps),
  };
}
export type DiaryUseCases = ReturnType<typeof createDiaryUseCases>;
export type { DiaryUseCaseDeps } from "./context.js";
export type { EntryDecisionOutcome, EntryPress } from "./entry-decisions.js";
export type { PendingOfStudent, ApproveShownOutcome } from "./pending.js";
export type { SignOffSummary, SignOffOutcome, ReasonedOutcome } from "./sign-off.js";
export type { GradeOutcome, CharacteristicOutcome, CurrentCharacteristic } from "./grading.js";
export type { DiarySituation, DiaryDay, SubmitOutcome, ReportOutcome } from "./student.js";
export type { ReportFileOutcome, AttachmentsOutcome } from "./files.js";
export type { WriteAssignmentOutcome, AssignmentView, AssignmentDocumentOutcome } from "./assignment.js";
export type { StudentCard, CardWeek, CardEntry, CardReports, CardCharacteristic, CardPdf } from "./student-card.js";
export type { CommissionOutcome, CommissionSessionInput, HeardStudent, ProtocolPdfOutcome } from "./commission.js";

import { dottedDate } from "../../../domain/rules/dates.js";
import type { SubmitEntryResult } from "../diary-entries.service.js";
import type { DiaryUseCaseDeps } from "./context.js";
import { diaryDecision } from "../../../bot/decision-buttons.js";

type Submitted = Extract<SubmitEntryResult, { status: "created" | "updated" }>;

/**
 * After a student hands in an entry: the approver (organisation supervisor, else the university
 * supervisor; QP-06 5.11) gets it with Approve / Return; when an approved entry was edited, the one
 * who had approved it is told the approval is withdrawn; sign-offs withdrawn by the change are said
 * to those who had signed (QP-06 6.2). One message per entry version (dedupe keys).
 */
export async function notifyAfterSubmit(
  deps: Pick<DiaryUseCaseDeps, "outbox" | "diaryCalendar">,
  input: { studentName: string; result: Submitted },
): Promise<void> {
  const { entry, approverTelegramId, clearedDecision, signOffsCleared } = input.result;
  const date = dottedDate(entry.date);
  if (approverTelegramId !== null) {
    const flagged = await deps.diaryCalendar.flagsOfEntry(entry.placementId, entry.date);
    const edited = input.result.status === "created" ? "no" : "yes";
    const params = { student: input.studentName, date, hours: entry.hours, text: entry.text };
    await deps.outbox.enqueue({
      recipient: approverTelegramId,
      kind: "diary-entry",
      ref: entry.id,
      payload: {
        // A week over 40 h or a day written long after is said at the top of the message (Labour Code art. 68; 6B03104 §10a).
        ...(flagged
          ? { key: "diary-calendar-notify-entry", params: { ...params, edited, ...flagged } }
          : { key: edited === "no" ? "diary-notify-entry" : "diary-notify-entry-edited", params }),
        keyboard: [
          ...diaryDecision.outboxKeyboard(entry.id, entry.version, { approve: "diary-notify-approve", return: "diary-notify-return" }),
          // The photos and documents are sent on demand (the entry's own message carries only the text).
          ...(entry.evidence.length > 0
            ? [[{ key: "supervision-attachments-button", params: { count: entry.evidence.length }, callbackData: `svp.ev:${entry.id}` }]]
            : []),
        ],
      },
      dedupeKey: `diary-entry:${entry.id}:v${entry.version}`,
    });
  }
  if (clearedDecision) {
    await deps.outbox.enqueue({
      recipient: clearedDecision.by,
      kind: "diary-approval-cleared",
      ref: entry.id,
      payload: { key: "diary-reason-approval-cleared", params: { student: input.studentName, date } },
      dedupeKey: `diary-approval-cleared:${entry.id}:v${entry.version}`,
    });
  }
  for (const signOff of signOffsCleared) {
    await deps.outbox.enqueue({
      recipient: signOff.by,
      kind: "diary-signoff-cleared",
      ref: entry.placementId,
      payload: { key: "diary-reason-signoffs-cleared" },
      dedupeKey: `diary-signoff-cleared:${entry.placementId}:${signOff.by}:${entry.id}:v${entry.version}`,
    });
  }
}

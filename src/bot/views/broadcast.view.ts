import { InlineKeyboard } from "grammy";
import type { TranslateFunction } from "@grammyjs/i18n";
import type { BroadcastProgress } from "../../services/broadcast.service.js";
import type { Recipient } from "../../services/broadcast/audience.js";
import type { AudienceFilter } from "../../domain/delivery/broadcast.js";
import { z } from "zod";
import { CALLBACK_PREFIXES, defineCallback, objectIdField } from "../callback-data.js";

/** Failures named in a report at most (the rest are counted). */
const FAILURES_SHOWN = 30;

/** The progress message is edited at most this often , by a press or the progress job. */
export const PROGRESS_EDIT_INTERVAL_MS = 3_000;

const BROADCAST_ID = z.object({ id: objectIdField });

/**
 * The broadcast buttons: the author's refresh, details and re-send to those who have not read it (carrying the
 * round the author saw, so a stale button sends nothing), and the recipients' "I have read it" (packed by the
 * outbox copy with ackCallbackData).
 */
export const broadcastButtons = {
  progress: defineCallback({ prefix: CALLBACK_PREFIXES.broadcastProgress, schema: BROADCAST_ID }),
  details: defineCallback({ prefix: CALLBACK_PREFIXES.broadcastDetails, schema: BROADCAST_ID }),
  resend: defineCallback({
    prefix: CALLBACK_PREFIXES.broadcastResend,
    schema: z.object({ id: objectIdField, round: z.coerce.number().int().min(1).max(9_999) }),
  }),
  /** The author's confirmation of a re-send, with the round the count was shown for (stale-safe like the re-send). */
  resendConfirm: defineCallback({
    prefix: CALLBACK_PREFIXES.broadcastResendConfirm,
    schema: z.object({ id: objectIdField, round: z.coerce.number().int().min(1).max(9_999) }),
  }),
  resendCancel: defineCallback({ prefix: CALLBACK_PREFIXES.broadcastResendCancel, schema: BROADCAST_ID }),
  ack: defineCallback({ prefix: CALLBACK_PREFIXES.broadcastAck, schema: BROADCAST_ID }),
};

/** A recipient as the author's reports name them: name, group and student ID (two students of a group may share a name). */
export function recipientLabel(recipient: Pick<Recipient, "name" | "group" | "studentNumber">): string {
  const where = [recipient.group || "—", ...(recipient.studentNumber ? [recipient.studentNumber] : [])].join(", ");
  return `${recipient.name} (${where})`;
}

/** "sent 3, pending 1, …" as one line: the figures the progress message compares to decide whether to edit. */
export function figuresKey(progress: BroadcastProgress): string {
  const { sent, pending, blocked, failed } = progress.figures;
  return `${sent}/${pending}/${blocked}/${failed}/${progress.done ? "done" : "open"}`;
}

/** The audience filters in words (or "all students"). */
export function describeAudience(t: TranslateFunction, audience: AudienceFilter, department: string): string {
  const parts = [t("broadcast-audience-department", { department })];
  if (audience.programmeCode) parts.push(t("broadcast-audience-programme", { programme: audience.programmeCode }));
  if (audience.course !== undefined && audience.course !== null) parts.push(t("broadcast-audience-course", { course: audience.course }));
  if (audience.group) parts.push(t("broadcast-audience-group", { group: audience.group }));
  if (audience.practiceType) parts.push(t("broadcast-audience-practice", { practice: t(`placement-type-${audience.practiceType}`) }));
  if (audience.activeOnly) parts.push(t("broadcast-audience-active"));
  return parts.join("; ");
}

/** The progress message: figures, and once nothing is pending, the final report with the failures. */
export function progressText(t: TranslateFunction, progress: BroadcastProgress): string {
  const { sent, pending, blocked, failed } = progress.figures;
  const lines = [
    t(progress.done ? "broadcast-progress-done" : "broadcast-progress-title", {
      recipients: progress.broadcast.recipientCount,
      // The same word as /broadcasts: a broadcast waiting for its time is "scheduled", not "sending".
      state: progress.broadcast.state === "scheduled" ? "scheduled" : "sending",
    }),
    t("broadcast-progress-figures", { sent, pending, blocked, failed }),
  ];
  if (progress.done && progress.failures.length > 0) {
    lines.push("", t("broadcast-progress-failures", { count: progress.failures.length }));
    for (const failure of progress.failures.slice(0, FAILURES_SHOWN)) {
      lines.push(t(`broadcast-failure-${failure.state}`, { recipient: recipientLabel(failure) }));
    }
    if (progress.failures.length > FAILURES_SHOWN) lines.push(t("broadcast-more", { count: progress.failures.length - FAILURES_SHOWN }));
  }
  return lines.join("\n");
}

/** The final report sent to the author when nothing is pending any more: the figures and every failure by name. */
export function finalReportText(t: TranslateFunction, progress: BroadcastProgress): string {
  const { sent, blocked, failed } = progress.figures;
  const headline =
    blocked + failed === 0
      ? t("broadcast-report-all-delivered", { sent })
      : t("broadcast-report-some-failed", { sent, refused: blocked + failed });
  return [headline, "", progressText(t, progress)].join("\n");
}

export function progressKeyboard(t: TranslateFunction, progress: BroadcastProgress): InlineKeyboard | undefined {
  if (progress.done) return undefined;
  return new InlineKeyboard().text(t("broadcast-refresh-button"), broadcastButtons.progress.pack({ id: String(progress.broadcast._id) }));
}

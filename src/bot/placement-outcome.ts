import type { OrganisationDocument, PlacementDocument, StudentDocument } from "../services/placement.service.js";
import { dottedDate } from "../domain/rules/dates.js";
import type { PrivateContext } from "./context.js";
import type { AppServices } from "../services/app-services.js";
import type { DecisionResult } from "../services/placement.service.js";
import type { TranslateFunction } from "@grammyjs/i18n";
import { placementDecision } from "./decision-buttons.js";
import type { InlineKeyboardMarkup } from "grammy/types";
import { toAccessPrincipal } from "../domain/access/roles.js";
import { quietly } from "../logging/quietly.js";
import { contractNumberWithoutSign } from "../domain/practice/contract-number.js";

/** A short summary of one placement for the coordinator (one paragraph). */
export function placementSummary(
  t: TranslateFunction,
  row: { placement: PlacementDocument; student: StudentDocument | null; organisation: OrganisationDocument | null },
): string {
  const { placement, student, organisation } = row;
  return t("cp-placement-summary", {
    student: student?.fullName ?? "—",
    studentNumber: student?.studentNumber ?? "—",
    group: student?.group ?? "—",
    practiceType: t(`placement-type-${placement.practiceType}`),
    organisation: organisation?.fullName ?? "—",
    organisationStatus: organisation?.status ?? "none",
    start: dottedDate(placement.startDate),
    end: dottedDate(placement.endDate),
    contract: placement.contract?.number ? contractNumberWithoutSign(placement.contract.number) : "—",
    contractDate: dottedDate(placement.contract?.date),
    late: placement.contractLate ? "yes" : "no",
  });
}

/** Approve / Return buttons for the version shown. */
export function decisionKeyboard(t: TranslateFunction, placement: Pick<PlacementDocument, "_id" | "version">): InlineKeyboardMarkup {
  return placementDecision.keyboard(String(placement._id), placement.version, {
    approve: t("cp-approve-button"),
    return: t("cp-return-button"),
  });
}

/** A serialisable outcome of a decision (scenes keep it across replays). */
export interface DecisionOutcome {
  status: DecisionResult["status"];
  /** A refusal's reason (`placement-denied-<reason>`). */
  reason?: string;
  placementStatus?: string;
  studentName?: string;
}

/**
 * Tells the student about the decision through the outbox (in their language, when it is sent):
 * approved → they can now invite their organisation supervisor; returned → the reason (QP-06 4.3–4.5).
 */
export async function notifyStudentOfDecision(services: AppServices, result: DecisionResult, reason?: string): Promise<void> {
  if (result.status !== "approved" && result.status !== "returned") return;
  if (result.studentTelegramId === null) return;
  const { placement } = result;
  const id = String(placement._id);
  const params = {
    organisation: result.organisationName ?? "—",
    start: dottedDate(placement.startDate),
    end: dottedDate(placement.endDate),
  };
  await services.outbox.enqueue({
    recipient: result.studentTelegramId,
    kind: result.status === "approved" ? "placement-approved" : "placement-returned",
    ref: `placement:${id}`,
    payload:
      result.status === "approved"
        ? { key: "cp-student-approved", params }
        : { key: "cp-student-returned", params: { ...params, reason: reason ?? placement.returnReason ?? "—" } },
    dedupeKey: `placement-${result.status}:${id}:${placement.version}`,
  });
}

export function outcomeOf(result: DecisionResult): DecisionOutcome {
  switch (result.status) {
    case "approved":
    case "returned":
    case "alreadyDecided":
    case "changed":
    case "notSubmitted":
    case "organisationRejected":
      return { status: result.status, placementStatus: result.placement.status, studentName: result.studentName };
    case "forbidden":
      return { status: result.status, reason: result.reason };
    case "invalid":
    case "notFound":
      return { status: result.status };
  }
}

/** The line that replaces the decision buttons, or answers the press. */
export function outcomeText(t: TranslateFunction, outcome: DecisionOutcome): string {
  switch (outcome.status) {
    case "approved":
      return t("cp-decision-approved", { student: outcome.studentName ?? "—" });
    case "returned":
      return t("cp-decision-returned", { student: outcome.studentName ?? "—" });
    case "alreadyDecided":
      return t("cp-decision-already", { status: t(`placement-status-${outcome.placementStatus ?? "submitted"}`) });
    case "changed":
      return t("cp-decision-changed");
    case "notSubmitted":
      return t("cp-decision-not-submitted");
    case "organisationRejected":
      return t("cp-decision-organisation-rejected");
    case "forbidden":
      return t(`placement-denied-${outcome.reason ?? "noRole"}`);
    case "invalid":
    case "notFound":
      return t("cp-decision-not-found");
  }
}

/**
 * Shows the outcome on the message that carried the buttons (its text kept, the buttons removed) and
 * answers the press. `changed` also shows the current version with fresh buttons.
 */
export async function showOutcome(ctx: PrivateContext, services: AppServices, result: DecisionResult): Promise<void> {
  const outcome = outcomeOf(result);
  const line = outcomeText(ctx.t.bind(ctx), outcome);
  const decided = outcome.status === "approved" || outcome.status === "returned" || outcome.status === "alreadyDecided";
  await quietly(() => ctx.answerCallbackQuery({ text: line, show_alert: !decided }), {
    reason: "placement decision: could not answer the button",
    log: services.logger,
  });
  if (decided || outcome.status === "notSubmitted") {
    const message = ctx.callbackQuery?.message;
    const before = message && "text" in message && message.text ? `${message.text}\n\n` : "";
    await quietly(() => ctx.editMessageText(`${before}${line}`), {
      reason: "placement decision: could not edit the message",
      log: services.logger,
    });
  }
  if (result.status === "changed") {
    const details = await services.placements.getPlacement(
      toAccessPrincipal(ctx.user, services.config.adminTelegramIds),
      String(result.placement._id),
    );
    if (details.status === "ok") {
      await ctx.reply(`${line}\n\n${placementSummary(ctx.t.bind(ctx), details)}`, {
        reply_markup: decisionKeyboard(ctx.t.bind(ctx), details.placement),
      });
    }
  }
}

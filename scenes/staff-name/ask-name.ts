import { defineChoice } from "../../src/bot/choice.js";
import { checkFullName } from "../../src/domain/profile/student-profile.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { Ask, SceneConversation } from "../support/ask.js";
import type { SceneContext } from "../../src/bot/context.js";

/** The answer to the name question: the offered name taken by one tap, or a typed one. */
export type DocumentNameAnswer = { kind: "suggested"; value: string } | { kind: "typed"; value: string };

/**
 * Asks a staff member for the full name printed in practice documents (the approvals and sign-offs of
 * the F-76 diary-report, QP-06 6.2). `suggestion` is offered as a button when it is a valid name;
 * anything else is typed. Saves nothing: the caller's service does.
 */
export async function askDocumentName(ask: Ask, suggestion: string | null): Promise<DocumentNameAnswer> {
  const suggested = suggestion ? checkFullName(suggestion) : null;
  if (suggested?.ok) {
    const value = suggested.value;
    const choice = defineChoice({ prefix: "staff.name", options: ["suggested"] as const, label: () => value });
    const answer = await ask.choiceOrText(
      choice,
      { question: "staff-name-ask-suggested", params: { name: value } },
      checkFullName,
      "onboarding-full-name",
    );
    return answer === "suggested" ? { kind: "suggested", value } : { kind: "typed", value: answer };
  }
  const typed = await ask.text({ question: "staff-name-ask", check: checkFullName, errorPrefix: "onboarding-full-name" });
  return { kind: "typed", value: typed };
}

/** Asks the name for documents (see {@link askDocumentName}) and saves it as the person's own. */
export async function askStaffName(
  env: { ask: Ask; conversation: SceneConversation; ctx: SceneContext; services: AppServices },
  suggestion: string | null,
): Promise<string | null> {
  const { ask, conversation, ctx, services } = env;
  const telegramId = ctx.from!.id;
  const answer = await askDocumentName(ask, suggestion);
  const saved = await conversation.external(() => services.people.setDocumentName(telegramId, answer.value));
  if (saved.status !== "saved") return null;
  await ctx.reply(ctx.t("staff-name-saved", { name: saved.name }));
  return saved.name;
}

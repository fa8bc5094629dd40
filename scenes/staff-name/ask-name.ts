import { defineChoice } from "../../src/bot/choice.js";
import { checkFullName } from "../../src/domain/profile/student-profile.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { Ask, SceneConversation } from "../support/ask.js";
import type { SceneContext } from "../../src/bot/context.js";

/**
 * Asks a staff member for the full name printed in practice documents (the approvals and sign-offs of
 * the F-76 diary-report, QP-06 6.2) and saves it. `suggestion` (e.g. the name in the practice
 * agreement) is offered as a button when it is a valid name; anything else is typed.
 */
export async function askStaffName(
  env: { ask: Ask; conversation: SceneConversation; ctx: SceneContext; services: AppServices },
  suggestion: string | null,
): Promise<string> {
  const { ask, conversation, ctx, services } = env;
  const telegramId = ctx.from!.id;
  const suggested = suggestion ? checkFullName(suggestion) : null;
  let name: string;
  if (suggested?.ok) {
    const value = suggested.value;
    const choice = defineChoice({ prefix: "staff.name", options: ["suggested"] as const, label: () => value });
    const answer = await ask.choiceOrText(
      choice,
      { question: "staff-name-ask-suggested", params: { name: value } },
      checkFullName,
      "onboarding-full-name",
    );
    name = answer === "suggested" ? value : answer;
  } else {
    name = await ask.text({ question: "staff-name-ask", check: checkFullName, errorPrefix: "onboarding-full-name" });
  }
  await conversation.external(() => services.users.setFullName(telegramId, name));
  await ctx.reply(ctx.t("staff-name-saved", { name }));
  return name;
}

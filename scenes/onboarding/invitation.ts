import type { SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { AcceptResult } from "../../src/services/invitation.service.js";
import type { Ask, SceneConversation } from "../support/ask.js";
import { askStaffName } from "../staff-name/ask-name.js";

/** Tells the person what the invitation of their /start link gave them, or why it gave nothing and how to register. */
export async function answerInvitation(
  conversation: SceneConversation,
  ctx: SceneContext,
  services: AppServices,
  result: AcceptResult,
  ask: Ask,
): Promise<void> {
  if (result.status === "accepted" || result.status === "alreadyYours") {
    const scope = await conversation.external(() => services.invitations.describeScope(result));
    await ctx.reply(ctx.t(`invite-${result.status}`, { role: ctx.t(`role-${result.role}`), scope }));
    // Staff approve and sign practice documents: their name there must be the real one (QP-06 6.2).
    // (Appended after the last step, so conversations stored by the previous version replay unchanged.)
    const telegramId = ctx.from!.id;
    const named = await conversation.external(() => services.people.hasDocumentName(telegramId));
    if (result.role !== "student" && !named) await askStaffName({ ask, conversation, ctx, services }, null);
    return;
  }
  if (result.status === "roleConflict") {
    // QP-06 5.6–5.9, 5.12 (src/domain/access/role-conflicts.ts): refused with the reason, nothing changed.
    const department = await conversation.external(() =>
      services.invitations.describeScope({ departmentId: result.departmentId, studentId: null }),
    );
    const why = ctx.t(`staff-roles-conflict-${result.conflict}`, { role: ctx.t(`role-${result.role}`), department });
    await ctx.reply(ctx.t("invite-roleConflict", { why }));
    return;
  }
  await ctx.reply([ctx.t(`invite-${result.status}`), ctx.t("onboarding-invite-register-hint")].join("\n\n"));
}

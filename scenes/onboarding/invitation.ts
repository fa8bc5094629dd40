import type { SceneContext } from "../../src/bot/context.js";
import type { AppServices } from "../../src/services/app-services.js";
import type { AcceptResult } from "../../src/services/invitation.service.js";
import type { SceneConversation } from "../support/ask.js";

/** "CS — Computer Science" or "Fullname (ID)": what an invitation's role applies to. */
async function scopeOf(services: AppServices, result: { departmentId: string | null; studentId: string | null }): Promise<string> {
  if (result.studentId) {
    const student = await services.db.students.findById(result.studentId);
    return student ? `${student.fullName} (${student.studentNumber})` : "—";
  }
  const department = result.departmentId ? await services.db.departments.findById(result.departmentId) : null;
  return department ? `${department.code} — ${department.name}` : "—";
}

/** Tells the person what the invitation of their /start link gave them, or why it gave nothing and how to register. */
export async function answerInvitation(
  conversation: SceneConversation,
  ctx: SceneContext,
  services: AppServices,
  result: AcceptResult,
): Promise<void> {
  if (result.status === "accepted" || result.status === "alreadyYours") {
    const scope = await conversation.external(() => scopeOf(services, result));
    await ctx.reply(ctx.t(`invite-${result.status}`, { role: ctx.t(`role-${result.role}`), scope }));
    return;
  }
  await ctx.reply([ctx.t(`invite-${result.status}`), ctx.t("onboarding-invite-register-hint")].join("\n\n"));
}

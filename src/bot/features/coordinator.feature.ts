import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { allowAttempt } from "../middlewares/may-attempt.js";
import { checkStudentNumber } from "../../domain/profile/student-profile.js";
import { holdsRole } from "../../domain/access/roles.js";
import { sendInvitation } from "./invitation-reply.js";

/** Coordinator area: supervisor invitations for their own department only (domain.md §1). */
export function coordinatorFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.command("invite_supervisor", allowAttempt("inviteUniversitySupervisor"), async (ctx) => {
    const code = ctx.match.trim();
    const result = await services.departments.inviteUniversitySupervisor(ctx.principal, code || undefined);
    switch (result.status) {
      case "invited":
        return sendInvitation(ctx, services, result.invitation, { role: "universitySupervisor", department: result.department.code });
      case "needsCode":
        return void (await ctx.reply(ctx.t("invite-supervisor-usage")));
      case "notFound":
      case "forbidden":
        return void (await ctx.reply(ctx.t("invite-not-your-department", { code })));
    }
  });

  // A student's own /invite_orgsupervisor is answered by the base feature; this is staff's, by student ID.
  feature.command("invite_orgsupervisor", allowAttempt("inviteOrganisationSupervisor"), async (ctx, next) => {
    if (!holdsRole(ctx.principal, "coordinator") && !ctx.principal.isAdmin) return next();
    const checked = checkStudentNumber(ctx.match);
    if (!checked.ok) {
      await ctx.reply(ctx.t("invite-orgsupervisor-usage"));
      return;
    }
    const result = await services.departments.inviteOrganisationSupervisor(ctx.principal, checked.value);
    if (result.status !== "invited") {
      await ctx.reply(ctx.t("invite-not-your-student", { studentNumber: checked.value }));
      return;
    }
    await sendInvitation(ctx, services, result.invitation, {
      role: "organisationSupervisor",
      student: `${result.student.fullName} (${result.student.studentNumber})`,
    });
  });

  return feature;
}

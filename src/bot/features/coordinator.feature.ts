import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { requireRole } from "../middlewares/require-role.js";
import { coordinatedDepartments, coordinates } from "../../domain/access/roles.js";
import { checkStudentNumber } from "../../domain/profile/student-profile.js";
import { sendInvitation } from "./invitation-reply.js";

/** Coordinator area: supervisor invitations for their own department only (domain.md §1). */
export function coordinatorFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  feature.command("invite_supervisor", requireRole(services, ["coordinator"]), async (ctx) => {
    const own = coordinatedDepartments(ctx.user);
    const code = ctx.match.trim();
    let departmentId: string | undefined;
    if (code) {
      const department = await services.db.departments.findByCode(code);
      if (!department || !coordinates(ctx.user, department._id)) {
        await ctx.reply(ctx.t("invite-not-your-department", { code }));
        return;
      }
      departmentId = String(department._id);
    } else if (own.length === 1) {
      departmentId = own[0];
    } else {
      await ctx.reply(ctx.t("invite-supervisor-usage"));
      return;
    }
    const department = departmentId ? await services.db.departments.findById(departmentId) : null;
    if (!department) {
      await ctx.reply(ctx.t("invite-supervisor-usage"));
      return;
    }
    const invitation = await services.invitations.create({
      role: "universitySupervisor",
      departmentId: department._id,
      createdBy: ctx.from.id,
    });
    await sendInvitation(ctx, services, invitation, { role: "universitySupervisor", department: department.code });
  });

  feature.command("invite_orgsupervisor", requireRole(services, ["coordinator"]), async (ctx) => {
    const checked = checkStudentNumber(ctx.match);
    if (!checked.ok) {
      await ctx.reply(ctx.t("invite-orgsupervisor-usage"));
      return;
    }
    const student = await services.db.students.findByStudentNumber(checked.value);
    if (!student || !coordinates(ctx.user, student.departmentId)) {
      await ctx.reply(ctx.t("invite-not-your-student", { studentNumber: checked.value }));
      return;
    }
    const invitation = await services.invitations.create({
      role: "organisationSupervisor",
      departmentId: student.departmentId,
      studentId: student._id,
      createdBy: ctx.from.id,
    });
    await sendInvitation(ctx, services, invitation, {
      role: "organisationSupervisor",
      student: `${student.fullName} (${student.studentNumber})`,
    });
  });

  return feature;
}

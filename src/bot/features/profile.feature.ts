import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { formatStudentProfile } from "../views/student-profile.view.js";
import { isAdmin } from "../../domain/access/roles.js";
import { displayName } from "../../domain/profile/display-name.js";
import { STAFF_NAME_SCENE } from "../../../scenes/ids.js";

/** What the staff-name scene is entered with. */
export interface StaffNameArgs {
  /** A name to offer as a button (the organisation supervisor named in the practice agreement). */
  suggestion: string | null;
}

const RENAME_BUTTON = "me.name";

/** `/me`: the student's registered profile; for staff, their roles with what each covers. */
export function profileFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("me", async (ctx) => {
    const student = await services.db.students.findByTelegramId(ctx.from.id);
    const staffGrants = ctx.user.roles.filter((grant) => grant.role !== "student");
    const admin = isAdmin(ctx.user, services.config.adminTelegramIds);
    if (!student && staffGrants.length === 0 && !admin) {
      await ctx.reply(ctx.t("profile-not-registered"));
      return;
    }
    if (student) {
      const department = await services.db.departments.findById(student.departmentId);
      await ctx.reply(formatStudentProfile(ctx.t.bind(ctx), student, department));
    }
    if (staffGrants.length === 0 && !admin) return;
    const lines = [ctx.t("me-staff-title")];
    if (admin) lines.push(ctx.t("me-role-admin"));
    for (const grant of staffGrants) {
      const role = ctx.t(`role-${grant.role}`);
      if (grant.studentId) {
        const linked = await services.db.students.findById(grant.studentId);
        lines.push(
          ctx.t("me-role-student", {
            role,
            student: linked ? `${linked.fullName} (${linked.studentNumber})` : ctx.t("me-role-unknown-scope"),
          }),
        );
      } else {
        const department = grant.departmentId ? await services.db.departments.findById(grant.departmentId) : null;
        lines.push(
          ctx.t("me-role-department", {
            role,
            department: department ? `${department.code} — ${department.name}` : ctx.t("me-role-unknown-scope"),
          }),
        );
      }
    }
    lines.push("", ctx.t(ctx.user.fullName ? "me-staff-name" : "me-staff-name-missing", { name: displayName(ctx.user) ?? "—" }));
    lines.push("", ctx.t("me-staff-footer"));
    await ctx.reply(lines.join("\n"), { reply_markup: new InlineKeyboard().text(ctx.t("me-staff-rename"), RENAME_BUTTON) });
  });
  // The button is re-checked here: only staff have a name for documents to change.
  feature.callbackQuery(RENAME_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const staff = ctx.user.roles.some((grant) => grant.role !== "student") || isAdmin(ctx.user, services.config.adminTelegramIds);
    if (!staff) {
      await ctx.reply(ctx.t("errors-stale-button"));
      return;
    }
    const args: StaffNameArgs = { suggestion: null };
    await ctx.conversation.enter(STAFF_NAME_SCENE, args);
  });
  return feature;
}

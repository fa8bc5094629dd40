import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { formatStudentProfile } from "../views/student-profile.view.js";
import { displayName } from "../../domain/profile/display-name.js";
import { STAFF_NAME_SCENE } from "../../../scenes/ids.js";
import type { ProfileView } from "../../services/user.service.js";

/** What the staff-name scene is entered with. */
export interface StaffNameArgs {
  /** A name to offer as a button (the organisation supervisor named in the practice agreement). */
  suggestion: string | null;
}

const RENAME_BUTTON = "me.name";

/** The staff part of `/me`: each role with what it covers, and the name printed in documents. */
function staffText(ctx: PrivateContext, profile: ProfileView): string {
  const lines = [ctx.t("me-staff-title")];
  if (profile.isAdmin) lines.push(ctx.t("me-role-admin"));
  for (const grant of profile.staff) {
    const role = ctx.t(`role-${grant.role}`);
    if (grant.kind === "student") {
      const student = grant.student ? `${grant.student.fullName} (${grant.student.studentNumber})` : ctx.t("me-role-unknown-scope");
      lines.push(ctx.t("me-role-student", { role, student }));
    } else {
      const department = grant.department ? `${grant.department.code} — ${grant.department.name}` : ctx.t("me-role-unknown-scope");
      lines.push(ctx.t("me-role-department", { role, department }));
    }
  }
  lines.push("", ctx.t(ctx.user.fullName ? "me-staff-name" : "me-staff-name-missing", { name: displayName(ctx.user) ?? "—" }));
  lines.push("", ctx.t("me-staff-footer"));
  return lines.join("\n");
}

/** `/me`: the student's registered profile; for staff, their roles with what each covers. */
export function profileFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("me", async (ctx) => {
    const profile = await services.users.profile(ctx.principal);
    const staff = profile.staff.length > 0 || profile.isAdmin;
    if (!profile.student && !staff) {
      await ctx.reply(ctx.t("profile-not-registered"));
      return;
    }
    if (profile.student) await ctx.reply(formatStudentProfile(ctx.t.bind(ctx), profile.student, profile.department));
    if (!staff) return;
    await ctx.reply(staffText(ctx, profile), { reply_markup: new InlineKeyboard().text(ctx.t("me-staff-rename"), RENAME_BUTTON) });
  });
  // The button is re-checked here: only staff have a name for documents to change.
  feature.callbackQuery(RENAME_BUTTON, async (ctx) => {
    await ctx.answerCallbackQuery();
    const staff = ctx.principal.roles.some((grant) => grant.role !== "student") || ctx.principal.isAdmin;
    if (!staff) {
      await ctx.reply(ctx.t("errors-stale-button"));
      return;
    }
    const args: StaffNameArgs = { suggestion: null };
    await ctx.conversation.enter(STAFF_NAME_SCENE, args);
  });
  return feature;
}

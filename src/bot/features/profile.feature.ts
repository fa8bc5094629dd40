import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { formatStudentProfile } from "../views/student-profile.view.js";

/** `/me`: the student's registered profile. */
export function profileFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("me", async (ctx) => {
    const student = await services.db.students.findByTelegramId(ctx.from.id);
    if (!student) {
      await ctx.reply(ctx.t("profile-not-registered"));
      return;
    }
    const department = await services.db.departments.findById(student.departmentId);
    await ctx.reply(formatStudentProfile(ctx.t.bind(ctx), student, department));
  });
  return feature;
}

import { Composer, InputFile } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { coordinatedDepartments, holdsRole } from "../../domain/access/roles.js";
import { safeFileName } from "../../services/diary/index.js";

/**
 * Coordinators' `/export`: the department's diary status as XLSX (issue 9). Anyone else falls through
 * to the student's `/export` (the diary-report PDF), so both features can share the command.
 */
export function departmentExportFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("export", async (ctx, next) => {
    if (!holdsRole(ctx.user, "coordinator")) return next();
    const code = ctx.match.trim();
    const own = coordinatedDepartments(ctx.user);
    let departmentId: string | undefined;
    if (code) {
      const department = await services.db.departments.findByCode(code);
      departmentId = department && own.includes(String(department._id)) ? String(department._id) : undefined;
      if (!departmentId) {
        await ctx.reply(ctx.t("supervision-export-not-yours", { code }));
        return;
      }
    } else if (own.length === 1) departmentId = own[0];
    const department = departmentId ? await services.db.departments.findById(departmentId) : null;
    if (!department) {
      await ctx.reply(ctx.t("supervision-export-usage"));
      return;
    }
    await ctx.reply(ctx.t("supervision-export-wait"));
    const diaries = await services.diaryPlacements.ofDepartment(String(department._id));
    const contexts = [];
    for (const diary of diaries) contexts.push(await services.diaryPlacements.reportContext(diary));
    const locale = ctx.locale;
    const xlsx = await services.diary.exports.exportDepartmentXlsx(contexts, {
      t: (key, params) => services.i18n.t(locale, key, params),
      locale,
      title: department.name,
    });
    await ctx.replyWithDocument(
      new InputFile(xlsx, safeFileName([department.code, "diaries", services.now().toISOString().slice(0, 10)], "xlsx")),
      {
        caption: ctx.t("supervision-export-caption", { department: department.code, count: contexts.length }),
      },
    );
  });
  return feature;
}

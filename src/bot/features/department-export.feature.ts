import { Composer, InputFile } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { mayAttempt } from "../../domain/access/policy.js";
import { safeFileName } from "../../services/diary/index.js";

/**
 * Coordinators' `/export`: every student of the department and their practice status as XLSX. Anyone the policy never lets export a
 * department falls through to the student's `/export` (the diary-report PDF), so both features share the command.
 */
export function departmentExportFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("export", async (ctx, next) => {
    if (!mayAttempt(ctx.principal, "exportDepartment")) return next();
    const code = ctx.match.trim();
    const locale = ctx.locale;
    const result = await services.departmentExport.exportDepartment(
      ctx.principal,
      code || undefined,
      {
        t: (key, params) => services.i18n.t(locale, key, params),
        locale,
      },
      () => ctx.reply(ctx.t("supervision-export-wait")),
    );
    switch (result.status) {
      case "exported":
        await ctx.replyWithDocument(
          new InputFile(
            result.xlsx,
            safeFileName([result.department.code, "practice-status", services.now().toISOString().slice(0, 10)], "xlsx"),
          ),
          {
            caption: ctx.t("roster-export-caption", { department: result.department.code, students: result.students, rows: result.count }),
          },
        );
        return;
      case "needsCode":
        return void (await ctx.reply(ctx.t("supervision-export-usage")));
      case "notFound":
      case "forbidden":
        return void (await ctx.reply(ctx.t("supervision-export-not-yours", { code })));
    }
  });
  return feature;
}

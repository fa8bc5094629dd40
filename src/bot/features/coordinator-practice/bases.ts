import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../../context.js";
import type { AppServices } from "../../../services/app-services.js";
import { allowAttempt } from "../../middlewares/may-attempt.js";
import { decisionKeyboard, placementSummary } from "../../placement-outcome.js";
import { basesData } from "./callback-data.js";
import { refusalKey, refuse, resolveDepartment } from "./shared.js";
import { quietly } from "../../../logging/quietly.js";

/** `/bases`: the department's placements waiting for approval, five a page (QP-06 4.3–4.5). */
export function basesFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();

  async function showBases(ctx: PrivateContext, departmentId: string, page: number): Promise<void> {
    const result = await services.coordinatorPractice.listWaiting(ctx.principal, departmentId, page);
    if (result.status !== "ok") return refuse(ctx, refusalKey(result));
    if (ctx.callbackQuery)
      await quietly(() => ctx.answerCallbackQuery(), { reason: "coordinator: could not answer the button", log: services.logger });
    const t = ctx.t.bind(ctx);
    if (result.total === 0) {
      await ctx.reply(t("cp-bases-none"));
      return;
    }
    await ctx.reply(t("cp-bases-header", { count: result.total, page: result.page + 1, pages: result.pages }));
    for (const row of result.rows) await ctx.reply(placementSummary(t, row), { reply_markup: decisionKeyboard(t, row.placement) });
    if (result.pages > 1) {
      const nav = new InlineKeyboard();
      if (result.page > 0) nav.text(t("cp-page-prev"), basesData.pack(departmentId, result.page - 1));
      if (result.page + 1 < result.pages) nav.text(t("cp-page-next"), basesData.pack(departmentId, result.page + 1));
      await ctx.reply(t("cp-page-of", { page: result.page + 1, pages: result.pages }), { reply_markup: nav });
    }
  }

  feature.command("bases", allowAttempt("approvePlacement"), async (ctx) => {
    const resolved = await resolveDepartment(ctx, services, "approvePlacement", ctx.match);
    if (resolved) await showBases(ctx, resolved.department.id, 0);
  });
  feature.callbackQuery(basesData.filter, async (ctx) => {
    const press = basesData.parse(ctx.callbackQuery.data);
    if (!press) return refuse(ctx, "errors-stale-button");
    await showBases(ctx, press.departmentId, press.page);
  });
  return feature;
}

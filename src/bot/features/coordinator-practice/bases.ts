import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../../context.js";
import type { AppServices } from "../../../services/app-services.js";
import { allowAttempt } from "../../middlewares/may-attempt.js";
import { decisionKeyboard, notifyStudentOfDecision, placementSummary } from "../../placement-outcome.js";
import { onCallback } from "../../callback-data.js";
import { packId, unpackId } from "../../compact-id.js";
import { approveShownBasesData, basesData } from "./callback-data.js";
import { pageNumbers, refusalKey, refuse, resolveDepartment } from "./shared.js";
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
    await ctx.reply(t("cp-bases-header", { count: result.total, ...pageNumbers(result.page, result.pages) }));
    for (const row of result.rows) await ctx.reply(placementSummary(t, row), { reply_markup: decisionKeyboard(t, row.placement) });
    // With two or more shown, one press approves exactly these (QP-06 4.3–4.5), each re-checked by the service.
    const bulk = new InlineKeyboard();
    if (result.rows.length > 1)
      bulk
        .text(
          t("cp-bases-approve-shown-button", { count: result.rows.length }),
          approveShownBasesData.pack({ department: packId(departmentId), page: result.page, fingerprint: result.fingerprint }),
        )
        .row();
    if (result.page > 0) bulk.text(t("cp-page-prev"), basesData.pack(departmentId, result.page - 1));
    if (result.page + 1 < result.pages) bulk.text(t("cp-page-next"), basesData.pack(departmentId, result.page + 1));
    if (result.pages > 1 || result.rows.length > 1)
      await ctx.reply(
        result.pages > 1
          ? t("cp-page-of", pageNumbers(result.page, result.pages))
          : t("cp-bases-approve-shown-hint", { count: result.rows.length }),
        { reply_markup: bulk },
      );
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

  onCallback(feature, approveShownBasesData, async (ctx, press) => {
    const departmentId = unpackId(press.department);
    if (!departmentId) return refuse(ctx, "errors-stale-button");
    const result = await services.coordinatorPractice.approveShownBases(ctx.principal, departmentId, press.page, press.fingerprint);
    const t = ctx.t.bind(ctx);
    switch (result.status) {
      case "forbidden":
      case "notFound":
        return refuse(ctx, refusalKey(result));
      case "nothingLeft":
        return refuse(ctx, "cp-bases-none");
      case "listChanged":
        // Nothing approved blindly: the current page is shown again, with its own button.
        await quietly(() => ctx.answerCallbackQuery({ text: t("cp-bases-list-changed"), show_alert: true }), {
          reason: "coordinator: could not answer the button",
          log: services.logger,
        });
        return showBases(ctx, departmentId, press.page);
      case "done":
        break;
    }
    for (const outcome of result.outcomes) await notifyStudentOfDecision(services, outcome.result);
    const approved = result.outcomes.filter((o) => o.result.status === "approved").length;
    await quietly(() => ctx.answerCallbackQuery({ text: t("cp-bases-approved-shown", { approved, count: result.outcomes.length }) }), {
      reason: "coordinator: could not answer the button",
      log: services.logger,
    });
    await quietly(() => ctx.editMessageReplyMarkup(), { reason: "coordinator: could not remove the buttons", log: services.logger });
    const lines = [
      t("cp-bases-approved-shown", { approved, count: result.outcomes.length }),
      ...result.outcomes.map((o) =>
        t("cp-bases-approved-shown-line", {
          student: o.studentName,
          studentNumber: o.studentNumber ?? "—",
          outcome: o.result.status,
        }),
      ),
    ];
    await ctx.reply(lines.join("\n"));
  });
  return feature;
}

import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { toAccessPrincipal } from "../../domain/access/roles.js";
import { dottedDate } from "../../domain/rules/dates.js";
import type { CalendarActionResult } from "../../services/diary/diary-calendar.service.js";
import { parseExcuseArgs, parsePermitArgs, type CalendarArgsError } from "../diary-calendar-args.js";

function argsError(ctx: PrivateContext, command: "permit" | "excuse", error: CalendarArgsError): string {
  return `${ctx.t(`diary-calendar-args-${error}`)}\n${ctx.t(`diary-calendar-${command}-usage`)}`;
}

function refusal(ctx: PrivateContext, result: Exclude<CalendarActionResult, { status: "done" }>): string {
  switch (result.status) {
    case "unknownStudent":
      return ctx.t("diary-calendar-unknown-student");
    case "noDiary":
      return ctx.t("diary-calendar-no-diary");
    case "forbidden":
      return ctx.t(`placement-denied-${result.reason}`);
    case "invalidDates":
      return result.refused.map((r) => ctx.t(`diary-calendar-date-${r.reason}`, { date: dottedDate(r.date) })).join("\n");
  }
}

const EXCUSE_CAPTION = /^\/excuse(?:@\w+)?(?:\s+([\s\S]*))?$/;
const dotted = (dates: readonly string[]) => dates.map(dottedDate).join(", ");

/**
 * The diary's calendar in the chat (QP-06 3.6, 5.8), for a linked supervisor, the department's coordinator
 * or the admin: `/permit <student number> <dd.mm.yyyy>[,…]` lets the student fill named days late;
 * `/excuse <student number> <dd.mm.yyyy>[-dd.mm.yyyy] <reason>` excuses days (sent as the caption of a
 * photo or a document, that file is kept as the supporting document). The service decides who may.
 */
export function diaryCalendarFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const principalOf = (ctx: PrivateContext) => toAccessPrincipal(ctx.user, services.config.adminTelegramIds);

  feature.command("permit", async (ctx) => {
    const args = parsePermitArgs(ctx.match);
    if (!args.ok) return void (await ctx.reply(argsError(ctx, "permit", args.error)));
    const result = await services.diaryCalendar.grantLateEntry(principalOf(ctx), args.value);
    if (result.status !== "done") return void (await ctx.reply(refusal(ctx, result)));
    await ctx.reply(
      ctx.t("diary-calendar-permit-done", {
        student: result.loaded.student.fullName,
        dates: dotted([...result.added, ...result.already].sort()),
      }),
    );
  });

  async function excuse(ctx: PrivateContext, match: string): Promise<void> {
    const args = parseExcuseArgs(match);
    if (!args.ok) return void (await ctx.reply(argsError(ctx, "excuse", args.error)));
    const message = ctx.msg;
    const file = message?.document ?? message?.photo?.at(-1);
    const document = file
      ? {
          fileId: file.file_id,
          fileUniqueId: file.file_unique_id,
          ...(message?.document?.file_name ? { fileName: message.document.file_name } : {}),
        }
      : undefined;
    const result = await services.diaryCalendar.markExcusedDays(principalOf(ctx), { ...args.value, ...(document ? { document } : {}) });
    if (result.status !== "done") return void (await ctx.reply(refusal(ctx, result)));
    await ctx.reply(
      ctx.t("diary-calendar-excuse-done", {
        student: result.loaded.student.fullName,
        dates: dotted([...result.added, ...result.already].sort()),
        required: result.loaded.diary.requiredHours,
      }),
    );
  }

  feature.command("excuse", (ctx) => excuse(ctx, ctx.match));
  // A sick note sent as a photo or a file with "/excuse …" as its caption (Telegram marks no command there).
  feature.on(["message:document", "message:photo"], async (ctx, next) => {
    const caption = EXCUSE_CAPTION.exec(ctx.msg.caption ?? "");
    if (!caption) return next();
    await excuse(ctx, caption[1] ?? "");
  });
  return feature;
}

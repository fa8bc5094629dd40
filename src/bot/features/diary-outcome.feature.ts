import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { allowAttempt } from "../middlewares/may-attempt.js";
import type { Action } from "../../domain/access/policy.js";
import { SCENES } from "../../../scenes/ids.js";
import type { PlacementSceneArgs } from "../../../scenes/supervision/index.js";
import type { LoadedDiaryPlacement } from "../../services/diary/diary-placements.js";
import { signOffLines, signOffSummaryLines } from "../views/diary-outcome.view.js";
import { denialMsg } from "../views/diary-supervision.view.js";
import { quietly } from "../../logging/quietly.js";
import { renderMessage } from "../format.js";

const MAX_BUTTONS = 40;
/** The confirm button under a sign-off summary (QP-06 6.2). */
const SIGN_OFF_CONFIRM = /^svs\.ok:([a-f0-9]{24})$/;

interface OutcomeCommand {
  command: "characteristic" | "grade" | "signoff" | "reopen" | "earlysignoff" | "reportfile";
  /** Callback prefix of the "which student" buttons. */
  prefix: string;
  action: Action;
  run(ctx: PrivateContext, diary: LoadedDiaryPlacement): Promise<void>;
}

/**
 * End of practice in the chat: `/characteristic` (organisation supervisor, QP-06 6.8), `/grade`
 * (university supervisor or the coordinator for the commission, MR-595 App. 1; QP-06 6.5),
 * `/signoff` (a summary, then a confirmation; both supervisors, QP-06 6.2), `/reopen` (a supervisor
 * takes a signed diary back), `/earlysignoff` (the coordinator allows signing before the last working
 * day) and `/reportfile` (a supervisor gets the student's report again). With several students the
 * person chooses one first; every press is decided again by the service.
 */
export function diaryOutcomeFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  const desk = services.diaryUseCases;
  const enter = (id: string) => async (ctx: PrivateContext, diary: LoadedDiaryPlacement) => {
    await ctx.conversation.exitAll();
    const args: PlacementSceneArgs = { placementId: diary.diary.id };
    await ctx.conversation.enter(id, args);
  };
  const commands: OutcomeCommand[] = [
    {
      command: "characteristic",
      prefix: "svc",
      action: "writeCharacteristic",
      run: enter(SCENES.DIARY_CHARACTERISTIC.id),
    },
    {
      command: "grade",
      prefix: "svg",
      action: "gradePractice",
      run: enter(SCENES.DIARY_GRADE.id),
    },
    {
      command: "signoff",
      prefix: "svs",
      action: "signOffDiary",
      run: async (ctx, diary) => {
        const summary = await desk.signOff.signOffSummary(ctx.user, diary.diary.id);
        if (!("timing" in summary)) {
          await ctx.reply(
            renderMessage(ctx, [summary.status === "notFound" ? { key: "diary-reason-notFound" } : denialMsg(summary.reason)], "\n"),
          );
          return;
        }
        const confirmable = summary.timing.ok && !summary.alreadySigned;
        await ctx.reply(renderMessage(ctx, signOffSummaryLines(summary), "\n"), {
          ...(confirmable ? { reply_markup: new InlineKeyboard().text(ctx.t("signoff-confirm-button"), `svs.ok:${diary.diary.id}`) } : {}),
        });
      },
    },
    { command: "reopen", prefix: "svr", action: "reopenDiary", run: enter(SCENES.DIARY_REOPEN.id) },
    {
      command: "earlysignoff",
      prefix: "sve",
      action: "allowEarlySignOff",
      run: enter(SCENES.DIARY_EARLY_SIGNOFF.id),
    },
    {
      command: "reportfile",
      prefix: "svf",
      action: "viewDiary",
      run: async (ctx, diary) => {
        const found = await desk.files.reportFile(ctx.user, diary.diary.id);
        switch (found.status) {
          case "found": {
            const caption = ctx.t("reportfile-caption", { student: found.studentName, file: found.file.fileName });
            const document = found.file.telegramFileId ?? (found.bytes ? new InputFile(found.bytes, found.file.fileName) : null);
            if (document === null) await ctx.reply(ctx.t("reportfile-none", { student: found.studentName }));
            else await ctx.replyWithDocument(document, { caption });
            return;
          }
          case "noReport":
            await ctx.reply(ctx.t("reportfile-none", { student: found.studentName }));
            return;
          case "notFound":
            await ctx.reply(ctx.t("diary-reason-notFound"));
            return;
          case "forbidden":
            await ctx.reply(renderMessage(ctx, [denialMsg(found.reason)]));
            return;
        }
      },
    },
  ];

  feature.callbackQuery(SIGN_OFF_CONFIRM, allowAttempt("signOffDiary"), async (ctx) => {
    const placementId = SIGN_OFF_CONFIRM.exec(ctx.callbackQuery.data)?.[1] ?? "";
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(renderMessage(ctx, signOffLines(await desk.signOff.signOff(ctx.user, placementId)), "\n"));
  });

  for (const spec of commands) {
    const allowed = allowAttempt(spec.action);
    feature.command(spec.command, allowed, async (ctx) => {
      const diaries = await desk.files.diariesFor(ctx.user, spec.action);
      const only = diaries[0];
      if (!only) {
        await ctx.reply(ctx.t("supervision-no-students"));
        return;
      }
      if (diaries.length === 1) {
        await spec.run(ctx, only);
        return;
      }
      const keyboard = new InlineKeyboard();
      for (const d of diaries.slice(0, MAX_BUTTONS))
        keyboard.text(`${d.student.fullName} (${d.student.group})`, `${spec.prefix}:${d.diary.id}`).row();
      await ctx.reply(ctx.t("supervision-choose-student"), { reply_markup: keyboard });
    });
    feature.callbackQuery(new RegExp(`^${spec.prefix}:([a-f0-9]{24})$`), allowed, async (ctx) => {
      const placementId = ctx.callbackQuery.data.slice(spec.prefix.length + 1);
      const diary = (await desk.files.diariesFor(ctx.user, spec.action)).find((d) => d.diary.id === placementId);
      if (!diary) {
        await ctx.answerCallbackQuery({ text: ctx.t("diary-reason-notLinked"), show_alert: true });
        return;
      }
      await ctx.answerCallbackQuery();
      await quietly(() => ctx.editMessageReplyMarkup(), { reason: "diary outcome: could not remove the buttons", log: services.logger });
      await spec.run(ctx, diary);
    });
  }
  return feature;
}

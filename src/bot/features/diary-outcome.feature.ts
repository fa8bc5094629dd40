import { Composer, InlineKeyboard } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { requireRole } from "../middlewares/require-role.js";
import type { DiaryAction } from "../../domain/diary/diary-access.js";
import type { Role } from "../../domain/access/roles.js";
import { SCENES } from "../../../scenes/ids.js";
import type { PlacementSceneArgs } from "../../../scenes/supervision/index.js";
import type { LoadedDiaryPlacement } from "../../services/diary/diary-placements.js";
import { diariesFor, signOffDiary } from "../views/diary-outcome.view.js";
import { quietly } from "../../logging/quietly.js";
import { renderMessage } from "../format.js";

const MAX_BUTTONS = 40;

interface OutcomeCommand {
  command: "characteristic" | "grade" | "signoff";
  /** Callback prefix of the "which student" buttons. */
  prefix: string;
  action: DiaryAction;
  roles: Role[];
  run(ctx: PrivateContext, diary: LoadedDiaryPlacement): Promise<void>;
}

/**
 * End of practice in the chat: `/characteristic` (organisation supervisor, QP-06 6.8), `/grade`
 * (university supervisor or the coordinator for the commission, MR-595 App. 1; QP-06 6.5) and
 * `/signoff` (both supervisors, QP-06 6.2). With several students the person chooses one first;
 * every press re-checks access on the record.
 */
export function diaryOutcomeFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
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
      roles: ["organisationSupervisor"],
      run: enter(SCENES.DIARY_CHARACTERISTIC.id),
    },
    {
      command: "grade",
      prefix: "svg",
      action: "recordGrade",
      roles: ["universitySupervisor", "coordinator"],
      run: enter(SCENES.DIARY_GRADE.id),
    },
    {
      command: "signoff",
      prefix: "svs",
      action: "signOff",
      roles: ["universitySupervisor", "organisationSupervisor"],
      run: async (ctx, diary) => {
        await ctx.reply(renderMessage(ctx, await signOffDiary(services, ctx.user, diary), "\n"));
      },
    },
  ];

  for (const spec of commands) {
    const allowed = requireRole(services, spec.roles);
    feature.command(spec.command, allowed, async (ctx) => {
      const diaries = await diariesFor(services, ctx.user, spec.action);
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
      const diary = (await diariesFor(services, ctx.user, spec.action)).find((d) => d.diary.id === placementId);
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

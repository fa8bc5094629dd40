import type { MiddlewareFn } from "grammy";
import type { AppServices } from "../../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { createDraft, loadDraft } from "../support/draft.js";
import { fillDates } from "./dates.flow.js";
import { fillContract, fillSupervisor, fillUnit } from "./details.flow.js";
import { createBaseKit, FILL_ORDER, loadPlacements, type EditGroup, type GroupFlow } from "./kit.js";
import { reportNoBase } from "./no-base.flow.js";
import { fillOrganisation } from "./organisation.flow.js";
import { reviewPlacement } from "./summary.flow.js";
import { choosePlacement } from "./type.flow.js";

/** One flow per group of answers; the summary's "Edit" runs the same flow with `force`. */
const GROUP_FLOWS: Record<EditGroup, GroupFlow> = {
  dates: fillDates,
  organisation: fillOrganisation,
  unit: fillUnit,
  contract: fillContract,
  supervisor: fillSupervisor,
};

/**
 * `/base` (6B03104 §9.1 stage I): the practice type and dates (pre-filled from the roster),
 * the base (approved ones searched first, or a new one), the unit, the practice agreement and the
 * organisation supervisor — only what is missing is asked; every answer is saved on the placement at
 * once, so /cancel, a restart or a new version loses nothing. Summary → submit → the coordinators
 * are told with Approve / Return buttons. "I could not find a base" tells them instead.
 */
export function buildBaseScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  const scene = SCENES.BASE;
  return async function base(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const telegramId = ctx.from!.id;
    const env = { conversation, ctx, scene, services, outside, giveUpKey: "base-scene-gave-up" };
    const ask = createAsk(env);
    const draft = createDraft(env, telegramId);
    const start = await conversation.external(async () => ({
      placements: await loadPlacements(services, telegramId),
      saved: (await loadDraft(services, telegramId, scene.id)) ?? {},
    }));
    if (!start.placements.student) {
      await ctx.reply(ctx.t("base-not-student"));
      return;
    }
    const { snap, practiceType } = await choosePlacement(ask, ctx, start.placements.editable);
    const kit = createBaseKit({ conversation, ctx, ask, draft, services, telegramId, practiceType, snap, savedDraft: start.saved });
    const fill = (group: EditGroup, force: boolean) => GROUP_FLOWS[group](kit, force);

    const editableNow = (): boolean => kit.snap === null || ["draft", "returned", "submitted", "approved"].includes(kit.snap.status);
    for (const group of FILL_ORDER) {
      if (!editableNow()) break;
      if ((await fill(group, false)) === "noBase") return reportNoBase(kit);
    }
    if ((await reviewPlacement(kit, fill)) === "noBase") return reportNoBase(kit);
  };
}

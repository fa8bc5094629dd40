import { Composer } from "grammy";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { SCENES } from "../../../scenes/ids.js";

/**
 * `/cancel` leaves any scene; registered before the scenes so it always wins. A scene with a draft
 * keeps the answers given so far, and says how to continue.
 */
export function cancelFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("cancel", async (ctx) => {
    const active = Object.keys(ctx.conversation.active());
    await ctx.conversation.exitAll();
    let key = active.length > 0 ? "cancel-done" : "cancel-nothing";
    for (const scene of Object.values(SCENES)) {
      if (!scene.drafts || !active.includes(scene.id)) continue;
      // The diary's draft lives in its own collection (an entry being written), the others' in scene drafts.
      const saved =
        scene.id === SCENES.DIARY.id
          ? (await services.diary.drafts.loadDraft(ctx.from.id)) !== null
          : await services.users.hasSceneDraft(ctx.from.id, scene.id);
      if (saved) key = `${scene.keyPrefix}-scene-cancelled`;
    }
    await ctx.reply(ctx.t(key), { reply_markup: { remove_keyboard: true } });
  });
  return feature;
}

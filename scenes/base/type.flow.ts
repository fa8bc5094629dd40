import { defineChoice } from "../../src/bot/choice.js";
import type { SceneContext } from "../../src/bot/context.js";
import type { PlacementSnapshot } from "../../src/bot/views/placement.view.js";
import { PRACTICE_TYPES, type PracticeType } from "../../src/domain/practice/placement.js";
import type { Ask } from "../support/ask.js";

const typeChoice = defineChoice({ prefix: "base.type", options: PRACTICE_TYPES, label: "placement-type" });

/**
 * Which placement the scene works on: the only editable one, the one of the practice type chosen among
 * several, or (none yet) a new one of the chosen type. Greets the student as new or resuming.
 */
export async function choosePlacement(
  ask: Ask,
  ctx: SceneContext,
  editable: readonly PlacementSnapshot[],
): Promise<{ snap: PlacementSnapshot | null; practiceType: PracticeType }> {
  let snap: PlacementSnapshot | null = null;
  if (editable.length === 1) snap = editable[0]!;
  else if (editable.length > 1) {
    const types = typeChoice.with({ options: editable.map((p) => p.practiceType) });
    const chosen = await ask.choice(types, { question: "base-choose-type" });
    snap = editable.find((p) => p.practiceType === chosen)!;
  }
  if (snap) {
    await ctx.reply(ctx.t(snap.organisationId || snap.unit || snap.contractNumber ? "base-resume" : "base-intro"));
    return { snap, practiceType: snap.practiceType };
  }
  await ctx.reply(ctx.t("base-intro"));
  return { snap: null, practiceType: await ask.choice(typeChoice, { question: "base-choose-type" }) };
}

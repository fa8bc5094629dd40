import type { MiddlewareFn } from "grammy";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { dottedDate } from "../../src/domain/rules/dates.js";
import type { AppServices } from "../../src/services/app-services.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { confirmEntry } from "./confirm.flow.js";
import { chooseDay } from "./date.flow.js";
import { collectEvidence } from "./evidence.flow.js";
import { askHours } from "./hours.flow.js";
import { createDiaryKit, type DiaryKit, type KnownEntry } from "./kit.js";
import { loadDiarySituation, type DiarySituation } from "./situation.js";
import { askEntryText } from "./text.flow.js";

/** Rounds of the whole entry (start over, or answers refused on sending) before the scene stops. */
const ENTRY_ROUNDS = 3;

/**
 * `/diary` (and the daily reminder's button): one day's entry of the practice diary —
 * date → hours → what was done → evidence → summary → confirm. Every answer is saved to the diary
 * draft, so /cancel, a restart, a deploy or a new scene version followed by /diary resumes it.
 */
export function buildDiaryScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  const scene = SCENES.DIARY;

  return async function diary(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const telegramId = ctx.from!.id;
    const env = { conversation, ctx, scene, services, outside, giveUpKey: "diary-scene-gave-up" };
    const ask = createAsk(env);
    const situation: DiarySituation | null = await conversation.external(() => loadDiarySituation(services, telegramId));
    if (!situation) {
      await ctx.reply(ctx.t("diary-no-placement"));
      return;
    }
    if (situation.locked) {
      // QP-06 6.2: a signed diary changes only after a supervisor reopens it.
      await ctx.reply(ctx.t("diary-locked"));
      return;
    }
    if (situation.today < situation.diary.startDate) {
      await ctx.reply(ctx.t("diary-not-started", { start: dottedDate(situation.diary.startDate) }));
      return;
    }
    if (situation.days.length === 0) {
      await ctx.reply(ctx.t("diary-no-days", { end: dottedDate(situation.diary.endDate) }));
      return;
    }
    const kit = createDiaryKit({ conversation, ctx, ask, services, telegramId, situation });

    let known = await resumeDraft(kit);
    for (let round = 0; round < ENTRY_ROUNDS; round++) {
      const { date, day, existing } = await chooseDay(kit, known);
      const hours = known.hours ?? (await askHours(kit, existing));
      const evidence = [...known.evidence];
      const text = known.text ?? (await askEntryText(kit, existing, evidence));
      await collectEvidence(kit, evidence);
      const next = await confirmEntry(kit, { date, day, hours, text, evidence });
      if (next === "end") return;
      known = next;
    }
    await ask.giveUp();
  };
}

/** The draft's answers, if the student continues it; a discarded draft is cleared. */
async function resumeDraft(kit: DiaryKit): Promise<KnownEntry> {
  const { conversation, ask, services, telegramId, situation } = kit;
  let known = situation.draft ?? { evidence: [] };
  if (known.date !== undefined && !situation.days.some((d) => d.date === known.date)) {
    // The draft's day can no longer be written (too far back now): keep the text, choose the day again.
    known = { ...known, date: undefined };
  }
  if (situation.draft && (known.date !== undefined || known.text !== undefined || known.hours !== undefined)) {
    const resume = await ask.yesNo({
      question: "diary-resume-ask",
      params: { date: known.date !== undefined ? dottedDate(known.date) : "—" },
      yes: "diary-resume-yes",
      no: "diary-resume-no",
    });
    if (!resume) {
      await conversation.external(() => services.diary.drafts.clearDraft(telegramId, { placementId: situation.diary.id }));
      return { evidence: [] };
    }
  }
  return known;
}

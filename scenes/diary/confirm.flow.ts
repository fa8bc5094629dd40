import { defineChoice } from "../../src/bot/choice.js";
import { dottedDate } from "../../src/domain/rules/dates.js";
import type { Evidence } from "../../src/domain/diary/types.js";
import { markNote } from "./date.flow.js";
import type { DiaryKit, KnownEntry } from "./kit.js";
import { submitDiaryEntry, type DiaryDay } from "./situation.js";

const confirmChoice = defineChoice({ prefix: "dia.cf", options: ["send", "restart", "later"], label: "diary-confirm", columns: 1 });
/** Issue codes that make the date be chosen again. */
const DATE_ISSUES = ["invalidDate", "futureDate", "beforePlacementStart", "afterPlacementEnd", "beforeDiaryOpened", "tooFarBack"];

interface Entry {
  date: string;
  day: DiaryDay;
  hours: number;
  text: string;
  evidence: Evidence[];
}

/**
 * The summary → send / start over / later. Sending hands the entry in and says what follows; the scene
 * ends ("end") or, when the service refuses some answers or the student starts over, goes round again
 * with what is still known.
 */
export async function confirmEntry(kit: DiaryKit, entry: Entry): Promise<"end" | KnownEntry> {
  const { conversation, ctx, ask, services, telegramId, situation } = kit;
  const { date, day, hours, text, evidence } = entry;
  const summary = ctx.t("diary-summary", {
    date: dottedDate(date) + markNote(ctx.t.bind(ctx), day.mark),
    hours,
    text,
    evidence: evidence.length,
  });
  const decision = await ask.choice(confirmChoice, { question: "diary-confirm-question", params: { summary } });
  if (decision === "later") {
    await ctx.reply(ctx.t("diary-saved-as-draft"));
    return "end";
  }
  if (decision === "restart") {
    await kit.save({ date: null, hours: null, text: null, evidence: [] });
    return { evidence: [] };
  }
  const outcome = await conversation.external(() => submitDiaryEntry(services, { situation, telegramId, date, hours, text, evidence }));
  switch (outcome.status) {
    case "created":
    case "updated": {
      const lines = [ctx.t(outcome.status === "created" ? "diary-sent" : "diary-updated", { date: dottedDate(date) })];
      if (outcome.mark !== null) lines.push(ctx.t(`diary-sent-marked-${outcome.mark}`));
      if (outcome.approvalCleared) lines.push(ctx.t("diary-approval-cleared-student"));
      lines.push(ctx.t(outcome.approverLinked ? "diary-sent-to-approver" : "diary-no-approver"));
      await ctx.reply(lines.join("\n"));
      return "end";
    }
    case "unchanged":
      await ctx.reply(ctx.t("diary-unchanged", { date: dottedDate(date) }));
      return "end";
    case "forbidden":
      await ctx.reply(ctx.t(`diary-reason-${outcome.reason}`));
      return "end";
    case "locked":
      await ctx.reply(ctx.t("diary-locked"));
      return "end";
    case "unlinked":
      await ctx.reply(ctx.t("diary-account-unlinked"));
      return "end";
    case "invalid": {
      await ctx.reply(outcome.issues.map((i) => ctx.t(`diary-reason-${i.code}`, formatParams(i.params))).join("\n"));
      const fields = new Set(outcome.issues.map((i) => i.code));
      // Ask again only what was refused (e.g. the day went out of reach at midnight); the rest is kept.
      const known: KnownEntry = {
        evidence,
        ...(DATE_ISSUES.some((c) => fields.has(c)) ? {} : { date }),
        ...([...fields].some((c) => c.startsWith("hours")) ? {} : { hours }),
        ...([...fields].some((c) => c.startsWith("text")) ? {} : { text }),
      };
      await kit.save({ date: known.date ?? null, hours: known.hours ?? null, text: known.text ?? null });
      return known;
    }
  }
}

function formatParams(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? dottedDate(v) : v;
  return out;
}

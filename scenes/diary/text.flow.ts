import { defineChoice } from "../../src/bot/choice.js";
import { validateEntryText } from "../../src/domain/diary/entry-validation.js";
import type { Evidence } from "../../src/domain/diary/types.js";
import { evidenceOf, MAX_EVIDENCE } from "./evidence.flow.js";
import type { DayEntry, DiaryKit } from "./kit.js";

const keepChoice = defineChoice({ prefix: "dia.keep", options: ["keep"], label: "diary-keep" });

/**
 * What was done that day (20–3000 characters; an edit may keep the current text). Voice is refused;
 * a photo or document sent early is kept as evidence (added to `evidence`) and the text asked again.
 */
export async function askEntryText(kit: DiaryKit, existing: DayEntry | null, evidence: Evidence[]): Promise<string> {
  const text = await kit.ask.question<string>({
    prompt: (t) =>
      existing
        ? { text: t("diary-ask-text-edit"), keyboard: keepChoice.keyboard(t) }
        : { text: t("diary-ask-text", { min: 20, max: 3000 }) },
    press: (data) => (existing && keepChoice.parse(data) ? existing.text : null),
    echo: (_value, t) => t("diary-keep-keep"),
    async message(answer) {
      const m = answer.message;
      if (m?.voice || m?.audio || m?.video_note) return { ok: false, text: answer.t("diary-reason-voiceOrPhoto") };
      if ((m?.photo || m?.document) && m.caption) return { ok: false, text: answer.t("diary-reason-voiceOrPhoto") };
      const proof = evidenceOf(m);
      if (proof) {
        if (evidence.length < MAX_EVIDENCE && !evidence.some((e) => e.fileUniqueId === proof.fileUniqueId)) {
          evidence.push(proof);
          await kit.save({ evidence: [...evidence] });
        }
        return { ok: false, text: answer.t("diary-photo-kept-type-text", { count: evidence.length }) };
      }
      if (m?.text === undefined) return { ok: false, text: answer.t("scene-need-text") };
      const issue = validateEntryText(m.text);
      if (issue) {
        const params: Record<string, number> =
          issue.code === "textTooShort" ? { min: issue.min, length: issue.length } : { max: issue.max, length: issue.length };
        return { ok: false, text: answer.t(`diary-reason-${issue.code}`, params) };
      }
      return { ok: true, value: m.text };
    },
  });
  await kit.save({ text });
  return text;
}

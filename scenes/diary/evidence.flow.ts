import { defineChoice } from "../../src/bot/choice.js";
import type { SceneContext } from "../../src/bot/context.js";
import type { Evidence } from "../../src/domain/diary/types.js";
import type { DiaryKit } from "./kit.js";

/** At most this many photos / documents per entry. */
export const MAX_EVIDENCE = 10;

const doneChoice = defineChoice({ prefix: "dia.ev", options: ["done"], label: "diary-evidence" });

/** The photo (largest size) or document of a message, if it has one. */
export function evidenceOf(message: SceneContext["message"]): Evidence | null {
  if (message?.photo && message.photo.length > 0) {
    const largest = message.photo[message.photo.length - 1]!;
    return { kind: "photo", fileId: largest.file_id, fileUniqueId: largest.file_unique_id };
  }
  if (message?.document) {
    const d = message.document;
    return { kind: "document", fileId: d.file_id, fileUniqueId: d.file_unique_id, ...(d.file_name ? { fileName: d.file_name } : {}) };
  }
  return null;
}

/** Photos or documents (each saved to the draft, repeats ignored) until Done or {@link MAX_EVIDENCE}; adds to `evidence`. */
export async function collectEvidence(kit: DiaryKit, evidence: Evidence[]): Promise<void> {
  for (let i = 0; i < MAX_EVIDENCE + 1 && evidence.length < MAX_EVIDENCE; i++) {
    const next = await kit.ask.question<Evidence | "done">({
      prompt: (t) => ({
        text: t(i === 0 ? "diary-ask-evidence" : "diary-evidence-added", { count: evidence.length }),
        keyboard: doneChoice.keyboard(t),
      }),
      press: (data) => doneChoice.parse(data),
      echo: (_value, t) => t("diary-evidence-done"),
      message(answer) {
        const proof = evidenceOf(answer.message);
        if (proof) return Promise.resolve({ ok: true, value: proof });
        return Promise.resolve({ ok: false, text: answer.t("diary-evidence-expected") });
      },
    });
    if (next === "done") break;
    if (!evidence.some((e) => e.fileUniqueId === next.fileUniqueId)) evidence.push(next);
    await kit.save({ evidence: [...evidence] });
  }
}

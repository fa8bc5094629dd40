import { runHonoursCheck } from "../../src/domain/eligibility/checks.js";
import { reasonSections } from "../../src/bot/views/eligibility.view.js";
import { finalAttestationChoice } from "./choices.js";
import type { EligibilityFlow } from "./flow.js";

/** MR-595 50: diploma with honours. */
export const honoursFlow: EligibilityFlow = {
  prefilled: () => [],

  async run(kit) {
    const { ask, t, r } = kit;
    const grades = await kit.grades("elig-ask-honours-grades");
    const finalAttestation = await ask.choice(finalAttestationChoice, { question: "elig-ask-final-attestation" });
    let result = await kit.evaluate(() => runHonoursCheck(kit.context, { grades, finalAttestation }));
    if (!result) return;
    // Retakes marked in the list are counted; otherwise ask (MR-595 50: none in the whole study).
    if (result.retakes === 0 && (await kit.yesNo("elig-ask-retakes"))) {
      result = await kit.evaluate(() => runHonoursCheck(kit.context, { grades, finalAttestation, retakes: 1 }));
      if (!result) return;
    }
    await kit.answer([
      t(result.eligible ? "elig-verdict-honours-yes" : "elig-verdict-honours-no"),
      t("elig-grades-computed-honours", { gpa: result.publishedGpa }),
      ...reasonSections(r, result.reasons),
    ]);
  },
};

import { Composer } from "grammy";
import { z } from "zod";
import type { PrivateContext } from "../context.js";
import type { AppServices } from "../../services/app-services.js";
import { parseVerificationCode } from "../../documents/diary-report-data.js";
import { verificationText } from "../../documents/diary-verification-text.js";

/** A typed or scanned code: 16 hex digits once dashes, spaces and the "PRAKTIKA F-76" prefix are dropped. */
const codeSchema = z
  .string()
  .trim()
  .refine((s) => parseVerificationCode(s) !== null);

/** `/verify <code>`: anyone may check a printed F-76 — the same answer as the page behind its QR code. */
export function verifyFeature(services: AppServices): Composer<PrivateContext> {
  const feature = new Composer<PrivateContext>();
  feature.command("verify", async (ctx) => {
    const parsed = codeSchema.safeParse(ctx.match);
    if (!parsed.success) {
      await ctx.reply(ctx.t("verify-usage"));
      return;
    }
    const result = await services.diary.verification.verifyDiaryCode(parsed.data);
    const text = verificationText(result, (key, params) => ctx.t(key, params), ctx.locale);
    await ctx.reply([text.headline, "", ...text.rows.map(([label, value]) => `${label}: ${value}`)].join("\n").trim());
  });
  return feature;
}

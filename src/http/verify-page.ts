import { Hono } from "hono";
import { z } from "zod";
import { LOCALES, type Locale } from "../config/config.js";
import { parseVerificationCode } from "../documents/diary-report-data.js";
import { verificationText, type VerificationText } from "../documents/diary-verification-text.js";
import type { Translate } from "../documents/translate.js";
import type { DiaryVerification } from "../services/diary/diary-verification.service.js";

export interface VerifyPageDeps {
  verifyDiaryCode(code: string): Promise<DiaryVerification>;
  /** The bot's translations (the same locale files), by locale. */
  translate(locale: Locale): Translate;
  defaultLocale: Locale;
}

const langSchema = z.enum(LOCALES);
/** A path segment that could be a code: what a QR or a hand-typed URL carries, bounded. */
const codeSchema = z.string().trim().min(1).max(64);

/** `?lang=` when it names a locale, else the best of `Accept-Language` we have, else the default. */
export function pageLocale(query: string | undefined, acceptLanguage: string | undefined, fallback: Locale): Locale {
  const asked = langSchema.safeParse(query);
  if (asked.success) return asked.data;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { lang } of ranked) {
    const known = langSchema.safeParse(lang);
    if (known.success) return known.data;
  }
  return fallback;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

const COLOURS: Record<VerificationText["status"], string> = {
  current: "#1b6e2a",
  superseded: "#8a5a00",
  unsigned: "#a00000",
  unknown: "#a00000",
};

/** A self-contained page: inline CSS, no scripts, no external assets. */
function renderPage(locale: Locale, title: string, text: VerificationText): string {
  const rows = text.rows
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("");
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;padding:1.5rem;color:#1d1d1d;background:#f6f6f4}
main{max-width:44rem;margin:0 auto;background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.15rem;margin:0 0 1rem}
.status{border-left:6px solid ${COLOURS[text.status]};color:${COLOURS[text.status]};font-weight:600;padding:.6rem .9rem;background:#fafafa;margin:0 0 1rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-top:1px solid #e3e3e0}
th{width:38%;font-weight:500;color:#555}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="status status-${text.status}">${escapeHtml(text.headline)}</p>
${rows ? `<table>${rows}</table>` : ""}
</main>
</body>
</html>
`;
}

/** `GET /v/:code` (mounted at `/v`): the page behind the F-76's QR code, for anyone, without a login. */
export function verifyPage(deps: VerifyPageDeps): Hono {
  return new Hono().get("/:code", async (c) => {
    const locale = pageLocale(c.req.query("lang"), c.req.header("accept-language"), deps.defaultLocale);
    const t = deps.translate(locale);
    const raw = codeSchema.safeParse(c.req.param("code"));
    const result: DiaryVerification =
      raw.success && parseVerificationCode(raw.data)
        ? await deps.verifyDiaryCode(raw.data)
        : { status: "unknown", code: null, facts: null };
    const text =
      result.status === "unknown" && result.code === null
        ? { status: "unknown" as const, headline: t("verify-status-unknown", { code: raw.success ? raw.data : "—" }), rows: [] }
        : verificationText(result, t, locale);
    c.header("cache-control", "no-store");
    c.header("x-content-type-options", "nosniff");
    c.header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(renderPage(locale, t("verify-page-title"), text), text.status === "unknown" ? 404 : 200);
  });
}

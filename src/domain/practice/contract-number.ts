/**
 * A contract number as the documents print it after their own «№»: students often type the sign themselves
 * («№ 45-П/2026», «No. 45», «N 45»), which would print «№ № 45-П/2026». The sign is dropped, the number kept.
 */
export function contractNumberWithoutSign(raw: string): string {
  const stripped = raw.replace(/^\s*(?:№|No\.?|N(?=[\s\d.])\.?|#)\s*/iu, "").trim();
  return stripped.length > 0 ? stripped : raw.trim();
}

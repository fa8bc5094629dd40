/**
 * A clause reference as Kazakhstani documents write it: «R-23, п. 5.7» / «R-23, пп. 3.2, 6.1» in Russian,
 * «R-23, 5.7-т.» / «3.2, 6.1-тт.» in Kazakh (never «§»); English keeps the code's own form «R-23 5.7».
 * The code cites rules as "<document> <clauses>", several joined by "; ".
 */
export function citation(rule: string, locale: "kk" | "ru" | "en"): string {
  if (locale === "en") return rule;
  return rule
    .split(/;\s*/u)
    .map((part) => citeOne(part.trim(), locale))
    .join("; ");
}

function citeOne(part: string, locale: "kk" | "ru"): string {
  const m = /^(\S+)\s+(?:Annex\s+(\d+)\s+)?§?(.+)$/u.exec(part);
  if (!m) return part;
  const [, document, annex, clauses] = m as unknown as [string, string, string | undefined, string];
  const many = /[,–-]/u.test(clauses);
  if (locale === "ru") return `${document}, ${annex ? `прил. ${annex}, ` : ""}${many ? "пп." : "п."} ${clauses}`;
  return `${document}, ${annex ? `${annex}-қосымша, ` : ""}${clauses}-${many ? "тт." : "т."}`;
}

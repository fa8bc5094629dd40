/**
 * The form names are compared in when staff search (portable: no collation, no `$text`): Unicode NFC,
 * lower case, «ё» as «е», one space between words. "ӘБЕНОВА  Гүлнар" and "әбенова гүлнар" give the same key.
 */
export function searchKey(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("kk").replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

import { MAX_TEXT_LENGTH } from "./outbox-payload.js";

/** One message of a grouped delivery: its text and how many of the lines it lists. */
interface GroupedMessagePart {
  text: string;
  lines: number;
}

/**
 * The first message of a list: a header naming how many lines it holds, then as many lines (in order) as fit
 * in Telegram's limit, and `continued` at the end when some are left for the next message. Always lists at least
 * one line (cut to the limit if that one alone is too long), so a list always makes progress.
 */
export function firstGroupedMessage(
  header: (count: number) => string,
  lines: readonly string[],
  continued: string,
  maxLength: number = MAX_TEXT_LENGTH,
): GroupedMessagePart {
  if (lines.length === 0) throw new Error("a grouped message needs at least one line");
  const compose = (count: number) =>
    `${header(count)}\n\n${lines.slice(0, count).join("\n")}${count < lines.length ? `\n\n${continued}` : ""}`;
  let fits = 0;
  let body = 0;
  for (let count = 1; count <= lines.length; count++) {
    body += lines[count - 1]!.length + (count > 1 ? 1 : 0);
    const footer = count < lines.length ? continued.length + 2 : 0;
    if (header(count).length + 2 + body + footer > maxLength) continue;
    fits = count;
  }
  if (fits === 0) return { text: compose(1).slice(0, maxLength), lines: 1 };
  return { text: compose(fits), lines: fits };
}

import type { Locale } from "../../config/config.js";
import { firstGroupedMessage } from "../../domain/delivery/grouped-message.js";
import { groupedKind } from "../../domain/delivery/grouped-kinds.js";
import type { OutboxButton } from "../../domain/delivery/outbox-payload.js";
import { dottedDate } from "../../domain/rules/dates.js";
import type { OutboxMessageRecord } from "../../persistence/models/outbox-message.model.js";
import type { OutboxRender } from "./render.js";

/** One message of a grouped delivery and what becomes of the documents it was built from. */
interface GroupedDelivery {
  text: string;
  /** Listed in this message: marked as it is (sent with its message id, or back to pending, blocked, failed). */
  included: OutboxMessageRecord[];
  /** Did not fit in Telegram's limit: given back untouched, they make the next message. */
  rest: OutboxMessageRecord[];
  /** Their line could not be rendered (a missing locale key or parameter): failed, as a single message would be. */
  broken: { doc: OutboxMessageRecord; error: string }[];
  /** The list's own buttons (never one document's: a list is not one placement). */
  keyboard: OutboxButton[][] | undefined;
}

function param(doc: OutboxMessageRecord, name: string): string | number | undefined {
  return doc.payload.params?.[name];
}

/**
 * The message listing `docs` (two or more leased documents of one recipient and one grouped kind) in `locale`:
 * the header with the count and the rule, then one line per student in alphabetical order — several documents of
 * one placement (a new streak or escalation enqueued before the previous one was sent) are one line, the latest.
 */
export function prepareGroupedDelivery(docs: readonly OutboxMessageRecord[], locale: Locale, render: OutboxRender): GroupedDelivery {
  const lead = docs[0];
  const spec = lead && groupedKind(lead.kind);
  if (!lead || !spec) throw new Error("a grouped delivery needs documents of a grouped kind");
  const byStudent = new Map<string, OutboxMessageRecord[]>();
  for (const doc of docs) {
    const key = doc.ref ?? String(doc._id);
    byStudent.set(key, [...(byStudent.get(key) ?? []), doc]);
  }
  const broken: GroupedDelivery["broken"] = [];
  const entries: { name: string; line: string; docs: OutboxMessageRecord[] }[] = [];
  for (const group of byStudent.values()) {
    const latest = group.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
    const { params = {} } = latest.payload;
    try {
      const since = param(latest, "since");
      const line = render(locale, {
        key: spec.line,
        params: { ...params, ...(since !== undefined ? { since: dottedDate(String(since)) } : {}) },
      });
      entries.push({ name: String(param(latest, "student") ?? ""), line, docs: group });
    } catch (error) {
      const text = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      for (const doc of group) broken.push({ doc, error: text });
    }
  }
  const collator = new Intl.Collator(locale);
  entries.sort((a, b) => collator.compare(a.name, b.name));
  const data = spec.button ? param(lead, spec.button.dataParam) : undefined;
  const keyboard = spec.button && data !== undefined ? [[{ key: spec.button.key, callbackData: String(data) }]] : undefined;
  if (entries.length === 0) return { text: "", included: [], rest: [], broken, keyboard };
  const headerParams = { rule: param(lead, "rule") ?? "", ...(param(lead, "days") !== undefined ? { days: param(lead, "days")! } : {}) };
  const part = firstGroupedMessage(
    (count) => render(locale, { key: spec.header, params: { ...headerParams, count } }),
    entries.map((e) => e.line),
    render(locale, { key: "reminders-grouped-continued" }),
  );
  return {
    text: part.text,
    included: entries.slice(0, part.lines).flatMap((e) => e.docs),
    rest: entries.slice(part.lines).flatMap((e) => e.docs),
    broken,
    keyboard,
  };
}

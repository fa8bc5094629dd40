import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import timezone from "dayjs/plugin/timezone.js";
import type { MessageEntity } from "grammy/types";
import { isIsoDate } from "../rules/dates.js";
import { PRACTICE_TYPES, type PracticeType } from "../rules/practice-deadlines.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Department announcements: draft → scheduled (messages queued for a later time)
 * or sending → done (nothing of it is pending any more).
 */
export const BROADCAST_STATES = ["draft", "scheduled", "sending", "done"] as const;
export type BroadcastState = (typeof BROADCAST_STATES)[number];

/** Who an announcement goes to inside its department (or everywhere, for the admin); absent = anyone. */
export interface AudienceFilter {
  programmeCode?: string | undefined;
  course?: number | undefined;
  group?: string | undefined;
  practiceType?: PracticeType | undefined;
  /** Only students whose placement is active now. */
  activeOnly?: boolean | undefined;
}

export { PRACTICE_TYPES };

/** Telegram's limits on a message text and a media caption, after formatting is applied (Bot API sendMessage/sendPhoto). */
export const MAX_ANNOUNCEMENT_TEXT = 4096;
export const MAX_ANNOUNCEMENT_CAPTION = 1024;

/** Outbox dedupe key of one recipient's copy: round 1 is the first send, later rounds are re-sends to those who did not acknowledge. */
export function broadcastDedupeKey(broadcastId: string, telegramId: number, round = 1): string {
  return round === 1 ? `broadcast:${broadcastId}:${telegramId}` : `broadcast:${broadcastId}:${telegramId}:r${round}`;
}

/** Callback data of the "I have read it" button (`bca:<broadcastId>`). */
const ACK_PREFIX = "bca";
export function ackCallbackData(broadcastId: string): string {
  return `${ACK_PREFIX}:${broadcastId}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** HTML tags of an entity; null for entities Telegram finds by itself (links, mentions, hashtags…). */
function tagsOf(entity: MessageEntity): [open: string, close: string] | null {
  switch (entity.type) {
    case "bold":
      return ["<b>", "</b>"];
    case "italic":
      return ["<i>", "</i>"];
    case "underline":
      return ["<u>", "</u>"];
    case "strikethrough":
      return ["<s>", "</s>"];
    case "spoiler":
      return ["<tg-spoiler>", "</tg-spoiler>"];
    case "code":
      return ["<code>", "</code>"];
    case "pre":
      return entity.language ? [`<pre><code class="language-${escapeAttribute(entity.language)}">`, "</code></pre>"] : ["<pre>", "</pre>"];
    case "text_link":
      return [`<a href="${escapeAttribute(entity.url)}">`, "</a>"];
    case "text_mention":
      return [`<a href="tg://user?id=${entity.user.id}">`, "</a>"];
    case "blockquote":
      return ["<blockquote>", "</blockquote>"];
    case "expandable_blockquote":
      return ["<blockquote expandable>", "</blockquote>"];
    default:
      return null;
  }
}

/**
 * The text of a Telegram message with its formatting entities as Telegram HTML (parse_mode "HTML").
 * Chosen over storing the entities: the outbox payload carries a text and a parse mode, the preview and
 * every recipient get the same string, and escaping `<`, `>`, `&` makes any typed text safe.
 * Offsets are UTF-16 code units, like JavaScript strings. Entities that overlap without nesting are
 * closed and reopened so the HTML stays well-formed.
 */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] = []): string {
  const spans = entities
    .map((entity) => ({ entity, tags: tagsOf(entity), start: entity.offset, end: entity.offset + entity.length }))
    .filter((s): s is typeof s & { tags: [string, string] } => s.tags !== null && s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const bounds = new Set<number>([0, text.length]);
  for (const span of spans) bounds.add(span.start).add(span.end);
  const points = [...bounds].sort((a, b) => a - b);
  let html = "";
  let open: typeof spans = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const wanted = spans.filter((s) => s.start <= from && s.end >= to);
    // Keep the longest common prefix of what is open; close the rest (innermost first), open the new ones.
    let keep = 0;
    while (keep < open.length && wanted.includes(open[keep]!)) keep++;
    for (let j = open.length - 1; j >= keep; j--) html += open[j]!.tags[1];
    open = open.slice(0, keep);
    for (const span of wanted) {
      if (open.includes(span)) continue;
      html += span.tags[0];
      open.push(span);
    }
    html += escapeHtml(text.slice(from, to));
  }
  for (let j = open.length - 1; j >= 0; j--) html += open[j]!.tags[1];
  return html;
}

type ScheduleCheck = { ok: true; value: Date } | { ok: false; reason: "format" | "invalid-date" | "past" | "too-far" };

/** How far ahead an announcement may be scheduled. */
const MAX_SCHEDULE_DAYS = 90;

/**
 * A local date and time typed as "DD.MM.YYYY HH:MM" in `timeZone` (Asia/Almaty, domain.md §10), not in
 * the past and at most {@link MAX_SCHEDULE_DAYS} days ahead.
 */
export function parseScheduleTime(input: string, now: Date, timeZone: string): ScheduleCheck {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2})[:.](\d{2})\s*$/.exec(input);
  if (!match) return { ok: false, reason: "format" };
  const [, d, m, y, hh, mm] = match as unknown as [string, string, string, string, string, string];
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  if (!isIsoDate(iso) || Number(hh) > 23 || Number(mm) > 59) return { ok: false, reason: "invalid-date" };
  const at = dayjs.tz(`${iso}T${hh.padStart(2, "0")}:${mm}:00`, timeZone).toDate();
  if (at.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  if (at.getTime() - now.getTime() > MAX_SCHEDULE_DAYS * 86_400_000) return { ok: false, reason: "too-far" };
  return { ok: true, value: at };
}

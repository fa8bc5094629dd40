import type { MiddlewareFn } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { AppServices } from "../../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../../src/bot/context.js";
import { toAccessPrincipal, type AccessPrincipal } from "../../src/domain/access/roles.js";
import {
  entitiesToHtml,
  MAX_ANNOUNCEMENT_CAPTION,
  MAX_ANNOUNCEMENT_TEXT,
  parseScheduleTime,
  type AudienceFilter,
} from "../../src/domain/delivery/broadcast.js";
import { formatDateTime } from "../../src/bot/format.js";
import { isLocale } from "../../src/bot/i18n.js";
import { describeAudience, figuresKey, progressKeyboard, progressText } from "../../src/bot/views/broadcast.view.js";
import { SCENES } from "../ids.js";
import { createAsk, type SceneConversation } from "../support/ask.js";
import { quietly } from "../../src/logging/quietly.js";
import {
  ANY,
  courseChoice,
  filterActionChoice,
  groupChoice,
  practiceChoice,
  programmeChoice,
  targetChoice,
  whenChoice,
  type FilterAction,
} from "./choices.js";

/** A composed announcement: Telegram HTML and an optional attachment. */
interface Draft {
  html: string;
  photoFileId?: string;
  documentFileId?: string;
}

/** Rounds of the filter menu at most (no unbounded loops). */
const MAX_FILTER_ROUNDS = 15;
/** Buttons one filter offers at most (a department's groups can be many; callback data stays within 64 bytes). */
const MAX_FILTER_OPTIONS = 48;
const ALL_DEPARTMENTS = "all";

function fitting(values: readonly string[], prefix: string): string[] {
  return values.filter((v) => v.length > 0 && Buffer.byteLength(`${prefix}:${v}`) <= 64).slice(0, MAX_FILTER_OPTIONS);
}

/**
 * `/broadcast`: a coordinator (or the admin) writes an announcement with Telegram formatting and an optional
 * photo or document, narrows the audience within their own department (programme, course, group, practice type,
 * active placements), sees it as it will look with the exact number of recipients, sends it now or at a local time
 * (Asia/Almaty), optionally with an "I have read it" button, and confirms. The progress message follows.
 */
export function buildBroadcastScene(services: AppServices, outside: MiddlewareFn<PrivateContext>) {
  return async function broadcast(conversation: SceneConversation, ctx: SceneContext): Promise<void> {
    const telegramId = ctx.from!.id;
    const ask = createAsk({ conversation, ctx, scene: SCENES.BROADCAST, services, outside, giveUpKey: "broadcast-too-many-attempts" });
    const negotiated = await ctx.i18n.getLocale();
    const locale = isLocale(negotiated) ? negotiated : services.config.defaultLocale;
    const timeZone = services.config.timezone;

    /** The author as the access policy sees them, re-read from the database; called inside `conversation.external` only. */
    const principal = async (): Promise<AccessPrincipal> => {
      const loaded = await services.users.reload(telegramId);
      return loaded?.principal ?? toAccessPrincipal({ telegramId, roles: [] }, services.config.adminTelegramIds);
    };

    const targets = await conversation.external(async () => {
      const found = await services.broadcasts.targets(await principal());
      return { departments: found.departments.map((d) => ({ id: String(d._id), code: d.code })), everyone: found.everyone };
    });
    const options = [...targets.departments.map((d) => d.id), ...(targets.everyone ? [ALL_DEPARTMENTS] : [])];
    if (options.length === 0) {
      await ctx.reply(ctx.t("broadcast-no-department"));
      return;
    }
    const codeOf = (id: string): string =>
      id === ALL_DEPARTMENTS ? ctx.t("broadcast-everyone") : (targets.departments.find((d) => d.id === id)?.code ?? id);
    const target =
      options.length === 1
        ? options[0]!
        : await ask.choice(targetChoice.with({ options, label: (v, t) => (v === ALL_DEPARTMENTS ? t("broadcast-everyone") : codeOf(v)) }), {
            question: "broadcast-choose-department",
          });
    const departmentId = target === ALL_DEPARTMENTS ? null : target;

    const draft = await ask.question<Draft>({
      prompt: (t) => ({ text: t("broadcast-compose") }),
      message(answer) {
        const message = answer.message;
        if (!message) return Promise.resolve({ ok: false, text: answer.t("broadcast-compose-need") });
        const photo = message.photo?.at(-1)?.file_id;
        const document = message.document?.file_id;
        const raw = message.text ?? message.caption;
        const entities: MessageEntity[] = message.entities ?? message.caption_entities ?? [];
        if (!message.text && !photo && !document) return Promise.resolve({ ok: false, text: answer.t("broadcast-compose-need") });
        if (!raw?.trim()) return Promise.resolve({ ok: false, text: answer.t("broadcast-compose-need-caption") });
        const html = entitiesToHtml(raw, entities);
        const max = photo || document ? MAX_ANNOUNCEMENT_CAPTION : MAX_ANNOUNCEMENT_TEXT;
        // The limit applies to the text Telegram shows; the stored HTML must also fit the outbox payload.
        if (raw.length > max || html.length > MAX_ANNOUNCEMENT_TEXT)
          return Promise.resolve({ ok: false, text: answer.t("broadcast-compose-too-long", { max, length: raw.length }) });
        return Promise.resolve({
          ok: true,
          value: { html, ...(photo ? { photoFileId: photo } : document ? { documentFileId: document } : {}) },
        });
      },
    });

    const choices = await conversation.external(async () => services.broadcasts.audienceOptions(await principal(), departmentId));
    const audience: AudienceFilter = {};
    for (let round = 0; ; round++) {
      if (round >= MAX_FILTER_ROUNDS) return ask.giveUp();
      const current = describeAudience(ctx.t.bind(ctx), audience, codeOf(target));
      const action: FilterAction = await ask.choice(filterActionChoice, { question: "broadcast-filters", params: { audience: current } });
      if (action === "done") break;
      const any = (t: (key: string) => string) => (v: string) => (v === ANY ? t("broadcast-any") : v);
      switch (action) {
        case "programme": {
          const values = [ANY, ...fitting(choices.programmes, programmeChoice.prefix)];
          const value = await ask.choice(programmeChoice.with({ options: values, label: (v, t) => any(t)(v) }), {
            question: "broadcast-choose-programme",
          });
          audience.programmeCode = value === ANY ? undefined : value;
          break;
        }
        case "course": {
          const values = [ANY, ...choices.courses.map(String)];
          const value = await ask.choice(courseChoice.with({ options: values, label: (v, t) => any(t)(v) }), {
            question: "broadcast-choose-course",
          });
          audience.course = value === ANY ? undefined : Number(value);
          break;
        }
        case "group": {
          const values = [ANY, ...fitting(choices.groups, groupChoice.prefix)];
          const value = await ask.choice(groupChoice.with({ options: values, label: (v, t) => any(t)(v) }), {
            question: "broadcast-choose-group",
          });
          audience.group = value === ANY ? undefined : value;
          break;
        }
        case "practice": {
          const value = await ask.choice(practiceChoice, { question: "broadcast-choose-practice" });
          audience.practiceType = value === ANY ? undefined : value;
          break;
        }
        case "active":
          audience.activeOnly = !audience.activeOnly;
          break;
      }
    }

    const ackRequested = await ask.yesNo({ question: "broadcast-ask-ack", yes: "broadcast-yes", no: "broadcast-no" });
    const when = await ask.choice(whenChoice, { question: "broadcast-ask-when" });
    let scheduledAt: Date | undefined;
    if (when === "later") {
      // The services' clock (replayed through external), not conversation.now(): that is the wall clock, and a
      // test's or a bench's virtual clock would disagree with it about what is already past.
      const asked = await conversation.external(() => services.now().getTime());
      scheduledAt = await ask.text<Date>({
        question: "broadcast-ask-time",
        errorPrefix: "broadcast-time",
        // The format is checked at once; "not in the past" again against the clock when the answer arrives.
        check: (text) => {
          const parsed = parseScheduleTime(text, new Date(asked), timeZone);
          return parsed.ok ? parsed : { ok: false, reason: parsed.reason };
        },
        verify: (value) => Promise.resolve(value.getTime() > services.now().getTime() ? { ok: true } : { ok: false, reason: "past" }),
      });
    }

    const recipients = await conversation.external(
      async () => (await services.broadcasts.audience(await principal(), departmentId, audience)).length,
    );
    if (recipients === 0) {
      await ctx.reply(ctx.t("broadcast-nobody"));
      return;
    }
    await ctx.reply(ctx.t("broadcast-preview-title"));
    // The announcement exactly as recipients will see it.
    await quietly(
      async () => {
        const options = { caption: draft.html, parse_mode: "HTML" as const };
        if (draft.photoFileId) await ctx.replyWithPhoto(draft.photoFileId, options);
        else if (draft.documentFileId) await ctx.replyWithDocument(draft.documentFileId, options);
        else await ctx.reply(draft.html, { parse_mode: "HTML" });
      },
      { reason: "broadcast: the preview could not be shown" },
    );
    const summary = {
      recipients,
      audience: describeAudience(ctx.t.bind(ctx), audience, codeOf(target)),
      when: scheduledAt ? formatDateTime(scheduledAt, locale, timeZone) : ctx.t("broadcast-when-now"),
      ack: ackRequested ? "yes" : "no",
    };
    const confirmed = await ask.yesNo({ question: "broadcast-confirm", params: summary, yes: "broadcast-send", no: "broadcast-discard" });
    if (!confirmed) {
      await ctx.reply(ctx.t("broadcast-discarded"));
      return;
    }
    const sent = await conversation.external(async () => {
      const result = await services.broadcasts.send(await principal(), {
        departmentId,
        text: draft.html,
        parseMode: "HTML",
        photoFileId: draft.photoFileId,
        documentFileId: draft.documentFileId,
        audience,
        ackRequested,
        scheduledAt,
      });
      return { id: String(result.broadcast._id), enqueued: result.enqueued, scheduled: result.broadcast.state === "scheduled" };
    });
    await ctx.reply(
      sent.scheduled && scheduledAt
        ? ctx.t("broadcast-scheduled", { count: sent.enqueued, when: formatDateTime(scheduledAt, locale, timeZone) })
        : ctx.t("broadcast-queued", { count: sent.enqueued }),
    );
    const progress = await conversation.external(async () => {
      const found = await services.broadcasts.progress(await principal(), sent.id);
      return found
        ? { text: progressText(ctx.t.bind(ctx), found), keyboard: progressKeyboard(ctx.t.bind(ctx), found), key: figuresKey(found) }
        : null;
    });
    if (!progress) return;
    const message = await ctx.reply(progress.text, progress.keyboard ? { reply_markup: progress.keyboard } : {});
    await conversation.external(async () => {
      await services.broadcasts.rememberProgressMessageOf(sent.id, message.chat.id, message.message_id, progress.key);
    });
  };
}

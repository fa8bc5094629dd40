import type { InlineKeyboardMarkup } from "grammy/types";
import { z } from "zod";
import type { OutboxButton } from "../domain/delivery/outbox-payload.js";
import { CALLBACK_PREFIXES, defineCallback, objectIdField, type CallbackPrefix } from "./callback-data.js";

/**
 * Approve / return buttons on records that change (placements, diary entries). The button carries the
 * record's id and the version the message showed; the handler re-loads the record, asks the access
 * policy and passes the version to the guarded update, so a stale or forged press changes nothing.
 * Shared by the side that sends the notification and the side that handles the press.
 */
const RECORD = z.object({ id: objectIdField, version: z.coerce.number().int().min(0).max(1_000_000) });

export type DecisionKind = "ok" | "ret";
export interface DecisionPress {
  decision: DecisionKind;
  id: string;
  version: number;
}

function defineDecision(prefixes: Record<DecisionKind, CallbackPrefix>) {
  const codecs = {
    ok: defineCallback({ prefix: prefixes.ok, schema: RECORD }),
    ret: defineCallback({ prefix: prefixes.ret, schema: RECORD }),
  };
  return {
    /** Matches this record kind's decision buttons (for `composer.callbackQuery`). */
    filter: new RegExp(`^(?:${codecs.ok.filter.source.slice(1)}|${codecs.ret.filter.source.slice(1)})`),
    pack(decision: DecisionKind, id: string, version: number): string {
      return codecs[decision].pack({ id, version });
    },
    /** null for anything that is not a well-formed decision button of this kind. */
    parse(data: string | undefined): DecisionPress | null {
      for (const decision of ["ok", "ret"] as const) {
        const press = codecs[decision].parse(data);
        if (press) return { decision, ...press };
      }
      return null;
    },
    /** The two buttons under a message sent now; `labels` are already in the reader's language. */
    keyboard(id: string, version: number, labels: { approve: string; return: string }): InlineKeyboardMarkup {
      return {
        inline_keyboard: [
          [
            { text: labels.approve, callback_data: this.pack("ok", id, version) },
            { text: labels.return, callback_data: this.pack("ret", id, version) },
          ],
        ],
      };
    },
    /** The two buttons for an outbox notification; labels are locale keys rendered in the recipient's language. */
    outboxKeyboard(id: string, version: number, labels: { approve: string; return: string }): OutboxButton[][] {
      return [
        [
          { key: labels.approve, callbackData: this.pack("ok", id, version) },
          { key: labels.return, callbackData: this.pack("ret", id, version) },
        ],
      ];
    },
  };
}

/** Coordinator's decision on a submitted placement (QP-06 4.3–4.5; 6B03104 §9.1). */
export const placementDecision = defineDecision({ ok: CALLBACK_PREFIXES.placementApprove, ret: CALLBACK_PREFIXES.placementReturn });
/** Supervisor's decision on a submitted diary entry (QP-06 5.11, 6.2). */
export const diaryDecision = defineDecision({ ok: CALLBACK_PREFIXES.diaryApprove, ret: CALLBACK_PREFIXES.diaryReturn });

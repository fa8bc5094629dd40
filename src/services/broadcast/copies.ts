import { ackCallbackData, broadcastDedupeKey } from "../../domain/delivery/broadcast.js";
import type { OutboxPayload } from "../../domain/delivery/outbox-payload.js";
import type { BroadcastDocument } from "../../persistence/models/broadcast.model.js";
import type { OutboxMessageInput } from "../outbox/index.js";

function payloadOf(broadcast: BroadcastDocument): OutboxPayload {
  return {
    text: broadcast.text,
    parseMode: broadcast.parseMode,
    ...(broadcast.photoFileId ? { photoFileId: broadcast.photoFileId } : {}),
    ...(broadcast.documentFileId ? { documentFileId: broadcast.documentFileId } : {}),
    ...(broadcast.ackRequested
      ? { keyboard: [[{ key: "outbox-read-button", callbackData: ackCallbackData(String(broadcast._id)) }]] }
      : {}),
  };
}

/** One outbox message per recipient of a round (dedupe key per recipient and round, `ref` = the broadcast id). */
export function broadcastCopies(
  broadcast: BroadcastDocument,
  telegramIds: readonly number[],
  round: number,
  notBefore: Date,
): OutboxMessageInput[] {
  const payload = payloadOf(broadcast);
  const id = String(broadcast._id);
  return telegramIds.map((telegramId) => ({
    recipient: telegramId,
    kind: "broadcast",
    ref: id,
    payload,
    dedupeKey: broadcastDedupeKey(id, telegramId, round),
    notBefore,
  }));
}

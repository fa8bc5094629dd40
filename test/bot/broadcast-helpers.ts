import type { MessageEntity } from "grammy/types";
import type { createHarness, TestPerson } from "../support/bot-harness.js";

type Harness = ReturnType<typeof createHarness>;

/** A message from `person` with arbitrary content (formatted text, a photo with a caption…). */
export function sendContent(h: Harness, person: TestPerson, content: Record<string, unknown>) {
  return h.send({
    message: {
      message_id: h.telegram.nextMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat: { id: person.id, type: "private", first_name: person.firstName },
      from: { id: person.id, is_bot: false, first_name: person.firstName },
      ...content,
    } as never,
  });
}

export function formatted(h: Harness, person: TestPerson, text: string, entities: MessageEntity[]) {
  return sendContent(h, person, { text, entities });
}

/** A press of `data` on a message Telegram no longer shows in full (date 0): the button guard cannot check it, the handler must. */
export function craftedPress(h: Harness, person: TestPerson, data: string) {
  return h.send({
    callback_query: {
      id: String(h.telegram.nextMessageId()),
      chat_instance: "ci",
      from: { id: person.id, is_bot: false, first_name: person.firstName },
      data,
      message: { message_id: 1, date: 0, chat: { id: person.id, type: "private", first_name: person.firstName } },
    } as never,
  });
}

/** API calls of the outbox to `chatId`. */
export function deliveredTo(calls: { method: string; payload: Record<string, any> }[], chatId: number) {
  return calls.filter((c) => c.payload["chat_id"] === chatId && c.method.startsWith("send"));
}

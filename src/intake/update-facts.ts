import type { Update } from "grammy/types";

/** The kind of an update (`message`, `callback_query`, …): the one field besides `update_id`. */
export function updateTypeOf(update: Update): string {
  for (const key of Object.keys(update)) if (key !== "update_id") return key;
  return "unknown";
}

interface Actor {
  chat?: { id: number };
  message?: { chat?: { id: number } };
  from?: { id: number };
  user?: { id: number };
}

/**
 * The chat an update belongs to (else its sender): updates with the same key are handled in update order.
 * An update with neither gets a key of its own.
 */
export function chatKeyOf(update: Update): string {
  const body = (update as unknown as Record<string, Actor | undefined>)[updateTypeOf(update)];
  const chatId = body?.chat?.id ?? body?.message?.chat?.id;
  if (chatId !== undefined) return `chat:${chatId}`;
  const userId = body?.from?.id ?? body?.user?.id;
  if (userId !== undefined) return `user:${userId}`;
  return `update:${update.update_id}`;
}

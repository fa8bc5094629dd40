import type { SceneContext } from "../../src/bot/context.js";

/** Commands answered without leaving the scene; the question is asked again after them. */
export const READ_ONLY_COMMANDS: readonly string[] = ["help", "me", "language"];
/** Buttons of those commands' replies (the language buttons of /language). */
export const READ_ONLY_BUTTONS = /^lang:/;

/** The command an update starts with ("help" for "/help@bot x"), or null. */
export function commandOf(answer: SceneContext): string | null {
  const text = answer.message?.text;
  const entity = answer.message?.entities?.[0];
  if (!text || entity?.type !== "bot_command" || entity.offset !== 0) return null;
  return /^\/([A-Za-z0-9_]+)/.exec(text)?.[1]?.toLowerCase() ?? null;
}

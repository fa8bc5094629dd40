import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { defineCallback } from "../callback-data.js";

export const yesNoCallback = defineCallback("yn", z.enum(["yes", "no"]));

/** Two buttons, "yes" and "no", labelled in the user's language by the caller. */
export function yesNoKeyboard(labels: { yes: string; no: string }): InlineKeyboard {
  return new InlineKeyboard().text(labels.yes, yesNoCallback.pack("yes")).text(labels.no, yesNoCallback.pack("no"));
}

import { z } from "zod";
import { PARSE_MODES } from "./outbox.js";

/** Telegram's limits on what one message may carry (Bot API: sendMessage, sendPhoto, InlineKeyboardButton). */
export const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;

const paramsSchema = z.record(z.string().regex(/^[A-Za-z][\w-]*$/), z.union([z.string(), z.number()]));

/** An inline button whose label is a locale key, rendered in the recipient's language like the text. */
export const outboxButtonSchema = z
  .object({
    key: z.string().min(1),
    params: paramsSchema.optional(),
    callbackData: z
      .string()
      .min(1)
      .refine((data) => Buffer.byteLength(data, "utf8") <= MAX_CALLBACK_DATA_BYTES, `must be at most ${MAX_CALLBACK_DATA_BYTES} bytes`)
      .optional(),
    url: z.url({ protocol: /^(https?|tg)$/ }).optional(),
  })
  .refine((button) => (button.callbackData === undefined) !== (button.url === undefined), "needs exactly one of callbackData and url");

/**
 * What an outbox message says. Either a locale `key` (+ `params`), rendered in the recipient's language
 * when it is sent, or a pre-rendered `text` sent verbatim (a coordinator's announcement).
 */
export const outboxPayloadSchema = z
  .object({
    key: z.string().min(1).optional(),
    params: paramsSchema.optional(),
    text: z.string().trim().min(1).max(MAX_TEXT_LENGTH).optional(),
    parseMode: z.enum(PARSE_MODES).optional(),
    keyboard: z.array(z.array(outboxButtonSchema).min(1).max(8)).max(20).optional(),
    /** Telegram file id of a photo: the message is sent with sendPhoto, the text as its caption. */
    photoFileId: z.string().min(1).optional(),
    /** Telegram file id of a document: sendDocument, the text as its caption. */
    documentFileId: z.string().min(1).optional(),
  })
  .refine((p) => (p.key === undefined) !== (p.text === undefined), "needs exactly one of key and text")
  .refine((p) => p.photoFileId === undefined || p.documentFileId === undefined, "cannot carry both a photo and a document")
  .refine(
    (p) => p.text === undefined || (p.photoFileId === undefined && p.documentFileId === undefined) || p.text.length <= MAX_CAPTION_LENGTH,
    `a caption is at most ${MAX_CAPTION_LENGTH} characters`,
  );

export type OutboxButton = z.infer<typeof outboxButtonSchema>;
export type OutboxPayload = z.infer<typeof outboxPayloadSchema>;

import mongoose from "mongoose";
import { inject } from "vitest";
import type { Update } from "grammy/types";
import type { FakeTelegram } from "../support/fake-telegram.js";
import type { TestPerson } from "../support/bot-harness.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";

/** A message from `person` in their private chat, as Telegram sends it (without update_id). */
export function textUpdate(telegram: FakeTelegram, person: TestPerson, text: string): Omit<Update, "update_id"> {
  const command = /^\/\w+/.exec(text);
  return {
    message: {
      message_id: telegram.nextMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat: { id: person.id, type: "private", first_name: person.firstName },
      from: {
        id: person.id,
        is_bot: false,
        first_name: person.firstName,
        ...(person.languageCode ? { language_code: person.languageCode } : {}),
      },
      text,
      ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {}),
    },
  };
}

/** A document (a file) sent by `person`; its bytes are served by the fake Telegram's getFile and file URL. */
export function documentUpdate(
  telegram: FakeTelegram,
  person: TestPerson,
  fileName: string,
  mimeType: string,
  bytes: Uint8Array,
): Omit<Update, "update_id"> {
  const fileId = `f-${fileName}`;
  telegram.serveFile(fileId, bytes);
  return {
    message: {
      message_id: telegram.nextMessageId(),
      date: Math.floor(Date.now() / 1000),
      chat: { id: person.id, type: "private", first_name: person.firstName },
      from: { id: person.id, is_bot: false, first_name: person.firstName },
      document: { file_id: fileId, file_unique_id: `u-${fileName}`, file_name: fileName, mime_type: mimeType, file_size: bytes.length },
    },
  };
}

/**
 * A second "process" on the same database: its own connection and repositories. `kill()` closes the connection
 * without any clean-up, so nothing this process does afterwards reaches the database (like a SIGKILL).
 */
export async function openProcess(dbName: string): Promise<{ db: Persistence; kill(): Promise<void> }> {
  const connection = await mongoose.createConnection(inject("mongoUri"), { dbName, bufferCommands: false }).asPromise();
  return {
    db: createPersistence(connection),
    async kill() {
      await connection.close(true);
    },
  };
}

export async function until(what: string, probe: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((tick) => setTimeout(tick, 20));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** A promise that never settles: a handler cut off by a crash. */
export const never = (): Promise<void> => new Promise<void>(() => undefined);

import path from "node:path";
import mongoose from "mongoose";
import { resolveDatabase } from "../db/resolve-database.js";
import { createPersistence, type Persistence } from "../persistence/create-persistence.js";

/** Database name used when MONGODB_URI names none (the same default as src/main.ts). */
export const CLI_DEFAULT_DB_NAME = "praktika";

export interface OpenedDatabase {
  db: Persistence;
  close(): Promise<void>;
}

/**
 * The bot's database for CLI commands that need one (`verify`, `diaries`): MONGODB_URI, else the
 * embedded database under DATA_DIR that `npm start` uses (see src/db/resolve-database.ts).
 */
export async function openCliDatabase(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<OpenedDatabase> {
  const database = await resolveDatabase({
    uri: env["MONGODB_URI"],
    purpose: "start",
    dataDir: path.resolve(env["DATA_DIR"] ?? "./data"),
    log: (level, message) => log(`[db] ${level === "warn" ? "WARNING: " : ""}${message}`),
    env,
  });
  const namesDatabase = /^mongodb(\+srv)?:\/\/[^/]+\/[^/?]+/.test(database.uri);
  const connection = await mongoose
    .createConnection(
      database.uri,
      namesDatabase ? { serverSelectionTimeoutMS: 10_000 } : { dbName: CLI_DEFAULT_DB_NAME, serverSelectionTimeoutMS: 10_000 },
    )
    .asPromise();
  return {
    db: createPersistence(connection),
    async close() {
      await connection.close();
      await database.stop();
    },
  };
}

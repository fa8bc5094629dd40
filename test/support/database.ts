import { randomBytes } from "node:crypto";
import mongoose from "mongoose";
import { afterAll, beforeAll, inject } from "vitest";

export interface TestDatabase {
  /** The connection of the current test file; throws outside of tests/hooks. */
  connection(): mongoose.Connection;
  /** Name of this file's throw-away database. */
  readonly dbName: string;
}

/**
 * Gives the calling test file its own database on the run's server (see test/global-setup.ts):
 * connects in `beforeAll`, drops the database and closes in `afterAll`.
 * Uses `mongoose.createConnection`, never the global `mongoose.connect`.
 */
export function useTestDatabase(): TestDatabase {
  const dbName = `t_${randomBytes(6).toString("hex")}`;
  let conn: mongoose.Connection | undefined;

  beforeAll(async () => {
    conn = await mongoose.createConnection(inject("mongoUri"), { dbName, serverSelectionTimeoutMS: 10_000 }).asPromise();
  });

  afterAll(async () => {
    if (!conn) return;
    try {
      await conn.dropDatabase();
    } finally {
      await conn.close();
      conn = undefined;
    }
  });

  return {
    dbName,
    connection() {
      if (!conn) throw new Error("useTestDatabase(): the connection is only available inside tests and hooks");
      return conn;
    },
  };
}

/** Deletes all documents of all collections (indexes stay); for `beforeEach`. */
export async function clearDatabase(conn: mongoose.Connection): Promise<void> {
  const db = conn.db;
  if (!db) throw new Error("clearDatabase(): the connection is not open");
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  await Promise.all(collections.filter((info) => !info.name.startsWith("system.")).map((info) => db.collection(info.name).deleteMany({})));
}

import path from "node:path";
import { performance } from "node:perf_hooks";
import type { TestProject } from "vitest/node";
import { resolveDatabase } from "../src/db/resolve-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** URI of the database server shared by the whole run; each test file uses its own database on it. */
    mongoUri: string;
  }
}

/** Resolves the database once per run and hands its URI to the test files via `inject("mongoUri")`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const database = await resolveDatabase({
    uri: process.env["MONGODB_URI"],
    purpose: "test",
    dataDir: path.resolve(process.env["DATA_DIR"] ?? "data"),
    log: (level, message) => {
      if (level === "warn") console.warn(`[db] ${message}`);
      else if (!message.startsWith("database: ")) console.log(`[db] ${message}`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[db] tests run against ${database.label} (over the wire, ready in ${seconds} s)`);
  project.provide("mongoUri", database.uri);

  const onSigint = (): void => {
    void database.stop().finally(() => {
      // Let the default behaviour (or vitest's own handler) end the process.
      if (process.listenerCount("SIGINT") === 0) process.kill(process.pid, "SIGINT");
    });
  };
  process.once("SIGINT", onSigint);

  return async () => {
    process.off("SIGINT", onSigint);
    await database.stop();
  };
}

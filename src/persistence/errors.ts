import mongoose from "mongoose";

/** MongoDB duplicate-key error (unique index violation), used as "already done" / "taken". */
export function isDuplicateKeyError(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== 11000) return false;
  if (field === undefined) return true;
  const keyPattern = (error as { keyPattern?: Record<string, unknown> }).keyPattern;
  if (keyPattern) return field in keyPattern;
  // The mongo-java-server stand-in reports the index only in the message.
  return new RegExp(`\\b${field}\\b`).test(String((error as { message?: unknown }).message));
}

/**
 * Indexes of the documents a bulk insert (`ordered: false`) skipped because a unique key already
 * existed ("already done"); rethrows any other failure.
 */
export function duplicateIndexesOf(error: unknown): Set<number> {
  if (!(error instanceof mongoose.mongo.MongoBulkWriteError)) throw error;
  const raw: unknown = error.writeErrors;
  const writeErrors: { code: number; index: number }[] = (Array.isArray(raw) ? (raw as unknown[]) : [raw]).map((e) => ({
    code: typeof e === "object" && e !== null && "code" in e ? Number(e.code) : NaN,
    index: typeof e === "object" && e !== null && "index" in e ? Number(e.index) : NaN,
  }));
  if (writeErrors.length === 0 || writeErrors.some((e) => e.code !== 11000)) throw error;
  return new Set(writeErrors.map((e) => e.index));
}

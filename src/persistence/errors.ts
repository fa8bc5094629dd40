/** MongoDB duplicate-key error (unique index violation), used as "already done" / "taken". */
export function isDuplicateKeyError(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== 11000) return false;
  if (field === undefined) return true;
  const keyPattern = (error as { keyPattern?: Record<string, unknown> }).keyPattern;
  if (keyPattern) return field in keyPattern;
  // The mongo-java-server stand-in reports the index only in the message.
  return new RegExp(`\\b${field}\\b`).test(String((error as { message?: unknown }).message));
}

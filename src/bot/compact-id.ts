/** A 24-hex ObjectId as 16 base64url characters, so callback data stays under Telegram's 64 bytes. */
export function packId(hex: string): string {
  return Buffer.from(hex, "hex").toString("base64url");
}

/** The hex id of a packed one; null for anything that is not exactly a packed ObjectId. */
export function unpackId(packed: string | undefined): string | null {
  if (!packed || !/^[A-Za-z0-9_-]{16}$/.test(packed)) return null;
  const hex = Buffer.from(packed, "base64url").toString("hex");
  return hex.length === 24 && packId(hex) === packed ? hex : null;
}

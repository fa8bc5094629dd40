/** What a person's name is made of: the full name they gave for documents, else their Telegram names. */
export interface NamedUser {
  fullName?: string | null;
  firstName: string;
  lastName?: string | null;
}

/**
 * The name shown for a person in messages and printed in documents: the full name given for documents
 * (staff, QP-06 6.2 signatures), else the Telegram first and last names; null when nothing is known.
 */
export function displayName(user: NamedUser | null | undefined): string | null {
  if (!user) return null;
  if (user.fullName?.trim()) return user.fullName.trim();
  return [user.firstName, user.lastName].filter((part): part is string => typeof part === "string" && part.trim() !== "").join(" ") || null;
}

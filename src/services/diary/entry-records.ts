import type { Evidence } from "../../domain/diary/types.js";
import type { DiaryEntryDocument } from "../../persistence/models/diary-entry.model.js";
import type { EntryDecisionRecord } from "../../persistence/repositories/diary-entry.repository.js";

/** Same files in the same order (Telegram's unique ids). */
export function sameEvidence(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.length === b.length && a.every((e, i) => e.fileUniqueId === b[i]?.fileUniqueId && e.kind === b[i]?.kind);
}

export function plainEvidence(evidence: readonly Evidence[]): Evidence[] {
  return evidence.map((e) => ({
    kind: e.kind,
    fileId: e.fileId,
    fileUniqueId: e.fileUniqueId,
    ...(e.fileName !== undefined ? { fileName: e.fileName } : {}),
  }));
}

export function decisionOf(doc: DiaryEntryDocument): EntryDecisionRecord | null {
  const d = doc.decision;
  if (!d) return null;
  return { kind: d.kind, by: d.by, role: d.role, at: d.at, ...(d.reason != null ? { reason: d.reason } : {}) };
}

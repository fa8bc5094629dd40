import { isDuplicateKeyError } from "../errors.js";
import type {
  createDocumentVerificationModel,
  DocumentVerificationDocument,
  VerificationSummary,
} from "../models/document-verification.model.js";

export type { VerificationSummary };

/** Issued verification codes of documents (`cli verify <code>`). */
export function createDocumentVerificationRepository(DocumentVerification: ReturnType<typeof createDocumentVerificationModel>) {
  return {
    async findByCode(code: string): Promise<DocumentVerificationDocument | null> {
      return DocumentVerification.findOne({ code }).lean<DocumentVerificationDocument>();
    },
    /** The latest revision issued for a placement. */
    async latest(placementId: string): Promise<DocumentVerificationDocument | null> {
      return DocumentVerification.findOne({ placementId }).sort({ revision: -1 }).lean<DocumentVerificationDocument>();
    },
    /**
     * Records `code` for this content; issuing the same content again returns the record already
     * stored (the unique code is the idempotency key). Revisions count distinct contents per placement.
     */
    async issue(input: {
      code: string;
      placementId: string;
      contentHash: string;
      issuedAt: Date;
      summary: VerificationSummary;
    }): Promise<{ record: DocumentVerificationDocument; created: boolean }> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const existing = await DocumentVerification.findOne({ code: input.code }).lean<DocumentVerificationDocument>();
        if (existing) return { record: existing, created: false };
        const last = await DocumentVerification.findOne({ placementId: input.placementId }, { revision: 1 })
          .sort({ revision: -1 })
          .lean<{ revision: number }>();
        try {
          const created = await DocumentVerification.create({ ...input, kind: "diary-report", revision: (last?.revision ?? 0) + 1 });
          return { record: created.toObject<DocumentVerificationDocument>(), created: true };
        } catch (error) {
          // Same code issued concurrently, or another content took this revision number: look again.
          if (!isDuplicateKeyError(error)) throw error;
        }
      }
      throw new Error(`could not issue a verification code for placement ${input.placementId}`);
    },
  };
}
export type DocumentVerificationRepository = ReturnType<typeof createDocumentVerificationRepository>;

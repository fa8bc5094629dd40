import { createHash } from "node:crypto";
import mongoose, { type Connection, type Types } from "mongoose";

/** GridFS bucket of practice files (reports, characteristic documents). */
export const PRACTICE_FILES_BUCKET = "practice_files";

export interface StoredBytes {
  gridFsId: Types.ObjectId;
  sha256: string;
  size: number;
}

/**
 * Practice files kept in MongoDB GridFS: the department must keep them for 3 years (QP-06 6.12),
 * and a Telegram file id is not an archive.
 */
export function createPracticeFileRepository(connection: Connection) {
  let bucket: mongoose.mongo.GridFSBucket | undefined;
  const open = (): mongoose.mongo.GridFSBucket => {
    if (!connection.db) throw new Error("practice files: the database connection is not open");
    bucket ??= new mongoose.mongo.GridFSBucket(connection.db, { bucketName: PRACTICE_FILES_BUCKET });
    return bucket;
  };
  return {
    /** Stores the bytes; returns their GridFS id and SHA-256. */
    async put(bytes: Uint8Array, file: { fileName: string; mime: string; metadata?: Record<string, unknown> }): Promise<StoredBytes> {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const upload = open().openUploadStream(file.fileName, { metadata: { ...file.metadata, mime: file.mime, sha256 } });
      await new Promise<void>((resolve, reject) => {
        upload.once("finish", () => resolve());
        upload.once("error", reject);
        upload.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
      return { gridFsId: upload.id, sha256, size: bytes.byteLength };
    },
    /** The stored bytes, or null when the id is unknown. */
    async read(gridFsId: Types.ObjectId): Promise<Buffer | null> {
      const files = await open().find({ _id: gridFsId }).limit(1).toArray();
      if (files.length === 0) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of open().openDownloadStream(gridFsId)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
export type PracticeFileRepository = ReturnType<typeof createPracticeFileRepository>;

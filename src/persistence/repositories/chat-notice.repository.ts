import type { createChatNoticeModel } from "../models/chat-notice.model.js";
import { isDuplicateKeyError } from "../errors.js";

/** Notices given once per key; the unique `_id` makes "give it once" atomic across instances. */
export function createChatNoticeRepository(ChatNotice: ReturnType<typeof createChatNoticeModel>) {
  return {
    /** True the first time `key` is marked, false every later time. */
    async markOnce(key: string, at: Date): Promise<boolean> {
      try {
        await ChatNotice.create({ _id: key, at });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    },
  };
}

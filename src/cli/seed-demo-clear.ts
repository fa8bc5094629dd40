import type { Persistence } from "../persistence/create-persistence.js";

/**
 * Empties every collection (indexes stay). The development stand-in (mongo-java-server) now and then answers a
 * `deleteMany` with "Unknown error: null" while another database on the same server changes; the same call a
 * moment later succeeds, so a failed clear is tried again (at most three times) instead of failing the newcomer's
 * first command. Any other error, or a third failure, is thrown with what failed.
 */
export async function clearEarlierDemo(native: NonNullable<Persistence["connection"]["db"]>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const collections = await native.listCollections({}, { nameOnly: true }).toArray();
      for (const { name } of collections) if (!name.startsWith("system.")) await native.collection(name).deleteMany({});
      return;
    } catch (error) {
      const transient = error instanceof Error && /Unknown error/.test(error.message);
      if (!transient || attempt >= 3)
        throw new Error(`seed: could not clear the earlier demo: ${(error as Error).message}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

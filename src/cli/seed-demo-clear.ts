import type { Persistence } from "../persistence/create-persistence.js";

/**
 * Empties every collection (indexes stay), one after another; an error names the collection it failed on. (The
 * "Unknown error: null" this once met came from mongoose's background index builds running into the clear on the
 * stand-in; `seedDemo` now waits for them first, see `Persistence.ready`.)
 */
export async function clearEarlierDemo(native: NonNullable<Persistence["connection"]["db"]>): Promise<void> {
  const collections = await native.listCollections({}, { nameOnly: true }).toArray();
  for (const { name } of collections) {
    if (name.startsWith("system.")) continue;
    try {
      await native.collection(name).deleteMany({});
    } catch (error) {
      throw new Error(`could not empty collection ${name}: ${(error as Error).message}`, { cause: error });
    }
  }
}

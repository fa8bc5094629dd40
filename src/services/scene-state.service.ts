import type { Persistence } from "../persistence/create-persistence.js";

/** The conversations plugin's stored scene states, one document per chat (read and written on each update in a scene). */
export function createSceneStateService(deps: { db: Persistence; now: () => Date }) {
  const { db, now } = deps;
  return {
    read<T>(key: string): Promise<T | undefined> {
      return db.conversationStates.read<T>(key);
    },
    /** The stored JSON text of the state (compared before writing, so an unchanged state is not written). */
    readRaw(key: string): Promise<string | undefined> {
      return db.conversationStates.readRaw(key);
    },
    writeRaw(key: string, state: string): Promise<void> {
      return db.conversationStates.writeRaw(key, state, now());
    },
    write(key: string, state: unknown): Promise<void> {
      return db.conversationStates.write(key, state, now());
    },
    delete(key: string): Promise<void> {
      return db.conversationStates.delete(key);
    },
  };
}
export type SceneStateService = ReturnType<typeof createSceneStateService>;

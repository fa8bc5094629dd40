import type { Context, MiddlewareFn } from "grammy";
import type { ConversationData, ConversationKeyStorage, VersionedState } from "@grammyjs/conversations";
import type { AppServices } from "../services/app-services.js";
import type { PrivateContext } from "./context.js";
import { parseSceneStateVersion, SCENE_STATE_VERSION, SCENES, sceneById, type SceneId } from "../../scenes/ids.js";
import { quietly } from "../logging/quietly.js";

type StoredScenes = VersionedState<ConversationData>;

/** Every scene's state is stored per private chat and person. */
function sceneStorageKey(ctx: Context): string | undefined {
  return ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined;
}

const CURRENT = parseSceneStateVersion(SCENE_STATE_VERSION);

/**
 * Splits stored scene states into those written by the current version of their scene and those of
 * another version (dropped). Only the changed scene loses its replay state; its drafts stay.
 */
export function sortStoredScenes(stored: StoredScenes): { kept: ConversationData; dropped: SceneId[] } {
  const written = parseSceneStateVersion(stored.version[1]);
  const kept: ConversationData = {};
  const dropped: SceneId[] = [];
  for (const [id, states] of Object.entries(stored.state ?? {})) {
    if (!Array.isArray(states) || states.length === 0) continue;
    const current = CURRENT.get(id);
    if (current !== undefined && written.get(id) === current && stored.version[0] === 0) kept[id] = states;
    else {
      const scene = sceneById(id);
      if (scene) dropped.push(scene.id);
    }
  }
  return { kept, dropped };
}

/**
 * The conversations plugin's storage over the scene states service, versioned per scene: a stored
 * state of a scene whose version changed is dropped (the others are kept), and the next update of
 * that person is told which scene was interrupted and how to resume ({@link SceneStorage.announceInterrupted}).
 */
export function createSceneStorage(services: Pick<AppServices, "sceneStates" | "logger">) {
  const states = services.sceneStates;
  /** Scenes dropped while reading the state of the update being handled, by storage key. */
  const interrupted = new Map<string, SceneId[]>();

  const storage: ConversationKeyStorage<Context, ConversationData> = {
    type: "key",
    version: SCENE_STATE_VERSION,
    getStorageKey: sceneStorageKey,
    adapter: {
      async read(key) {
        const stored = await states.read<StoredScenes>(key);
        if (!stored || !Array.isArray(stored.version)) return stored;
        if (stored.version[1] === SCENE_STATE_VERSION && stored.version[0] === 0) return stored;
        const { kept, dropped } = sortStoredScenes(stored);
        if (dropped.length > 0) interrupted.set(key, dropped);
        if (Object.keys(kept).length === 0) {
          await states.delete(key);
          return undefined;
        }
        return { version: [0, SCENE_STATE_VERSION], state: kept };
      },
      write: (key, state) => states.write(key, state),
      delete: (key) => states.delete(key),
    },
  };

  /**
   * Install right after the conversations plugin: says which scenes a version change interrupted and
   * how to resume them. The update that arrived (an answer to a question nobody waits for any more)
   * is not handled further, unless it is a command.
   */
  const announceInterrupted: MiddlewareFn<PrivateContext> = async (ctx, next) => {
    const key = sceneStorageKey(ctx);
    const dropped = key === undefined ? undefined : interrupted.get(key);
    if (key === undefined || dropped === undefined) return next();
    interrupted.delete(key);
    const scenes = Object.values(SCENES).filter((scene) => (dropped as readonly string[]).includes(scene.id));
    await ctx.reply(scenes.map((scene) => ctx.t(`${scene.keyPrefix}-scene-interrupted`)).join("\n\n"));
    if (ctx.message?.text?.startsWith("/")) return next();
    if (ctx.callbackQuery)
      await quietly(() => ctx.answerCallbackQuery(), { reason: "scene storage: could not answer the button", log: services.logger });
  };

  return { storage, announceInterrupted };
}
export type SceneStorage = ReturnType<typeof createSceneStorage>;

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
/** A state the plugin has not read yet during this update (never equal to a stored JSON text). */
const NOT_READ = "\u0000not read";

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
  /** Scene states read with the user (`preload`) for the update being handled, by storage key. */
  const preloaded = new Map<string, string | undefined>();
  /** The stored JSON text of each state read or written during the update being handled (undefined: none stored). */
  const stored = new Map<string, string | undefined>();
  /** Scenes dropped while reading the state of the update being handled, by storage key. */
  const interrupted = new Map<string, SceneId[]>();

  const storage: ConversationKeyStorage<Context, ConversationData> = {
    type: "key",
    version: SCENE_STATE_VERSION,
    getStorageKey: sceneStorageKey,
    adapter: {
      async read(key) {
        const raw = preloaded.has(key) ? preloaded.get(key) : await states.readRaw(key);
        preloaded.delete(key);
        // Remembered only while the update is handled (withPreloaded forgets it), so nothing accumulates per chat.
        if (stored.has(key)) stored.set(key, raw);
        return sortOnRead(key, raw === undefined ? undefined : (JSON.parse(raw) as StoredScenes));
      },
      // Scene state: written only when it changed since it was read.
      async write(key, state) {
        const text = JSON.stringify(state);
        if (stored.get(key) === text) return;
        await states.writeRaw(key, text);
        if (stored.has(key)) stored.set(key, text);
      },
      async delete(key) {
        if (stored.has(key) && stored.get(key) === undefined) return;
        await states.delete(key);
        if (stored.has(key)) stored.set(key, undefined);
      },
    },
  };

  async function sortOnRead(key: string, state: StoredScenes | undefined): Promise<StoredScenes | undefined> {
    if (!state || !Array.isArray(state.version)) return state;
    if (state.version[1] === SCENE_STATE_VERSION && state.version[0] === 0) return state;
    const { kept, dropped } = sortStoredScenes(state);
    if (dropped.length > 0) interrupted.set(key, dropped);
    if (Object.keys(kept).length === 0) {
      await states.delete(key);
      if (stored.has(key)) stored.set(key, undefined);
      return undefined;
    }
    return { version: [0, SCENE_STATE_VERSION], state: kept };
  }

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

  /**
   * Runs the rest of the update with `raw` (the state's stored JSON text, read together with the user) as
   * the state of `ctx`'s chat, so the conversations plugin does not read it again; forgets it afterwards.
   */
  async function withPreloaded(ctx: Context, raw: string | undefined, next: () => Promise<void>): Promise<void> {
    const key = sceneStorageKey(ctx);
    if (key === undefined) return next();
    preloaded.set(key, raw);
    stored.set(key, NOT_READ);
    try {
      await next();
    } finally {
      preloaded.delete(key);
      stored.delete(key);
    }
  }

  return { storage, announceInterrupted, withPreloaded, key: sceneStorageKey };
}
export type SceneStorage = ReturnType<typeof createSceneStorage>;

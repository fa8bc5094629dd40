/**
 * Scene ids and the version of each scene's stored state. Bump a scene's version in the same change
 * that alters the order or number of its steps: stored conversations of another version are dropped
 * (and the user is told) instead of being replayed wrongly; the other scenes' conversations are kept.
 * Features import ids from here, not the scenes.
 */
export const SCENES = {
  ONBOARDING: {
    id: "ONBOARDING",
    version: 3,
    /** The command that (re)starts the scene; said in "stopped", "expired" and "interrupted" messages. */
    command: "start",
    /** Locale key prefix of the scene's messages (`<prefix>-scene-stopped`, …). */
    keyPrefix: "onboarding",
    /** Answers are saved to a draft after each question, so leaving the scene loses nothing. */
    drafts: true,
  },
  ELIGIBILITY: { id: "ELIGIBILITY", version: 2, command: "eligibility", keyPrefix: "elig", drafts: false },
  /** `/base`: the student's practice base and placement (issue 8); the placement itself is the draft. */
  BASE: { id: "BASE", version: 1, command: "base", keyPrefix: "base", drafts: true },
  BROADCAST: { id: "BROADCAST", version: 1, command: "broadcast", keyPrefix: "broadcast", drafts: false },
  /** The coordinator's reason for returning a placement (issue 8); one question, nothing to draft. */
  PLACEMENT_RETURN: { id: "PLACEMENT_RETURN", version: 1, command: "bases", keyPrefix: "cp-return", drafts: false },
} as const;

export type SceneName = keyof typeof SCENES;
export type SceneSpec = (typeof SCENES)[SceneName];
export type SceneId = SceneSpec["id"];

/** The conversations plugin's storage version, derived from every scene's own version. */
export const SCENE_STATE_VERSION: string = Object.values(SCENES)
  .map((scene) => `${scene.id}@${scene.version}`)
  .join(",");

/** Each scene's version as written in a stored {@link SCENE_STATE_VERSION} ("ONBOARDING@2,ELIGIBILITY@1"). */
export function parseSceneStateVersion(version: unknown): Map<string, number> {
  const versions = new Map<string, number>();
  if (typeof version !== "string") return versions;
  for (const part of version.split(",")) {
    const match = /^([A-Z_]+)@(\d+)$/.exec(part);
    if (match) versions.set(match[1]!, Number(match[2]));
  }
  return versions;
}

export function sceneById(id: string): SceneSpec | undefined {
  return Object.values(SCENES).find((scene) => scene.id === id);
}

export const ONBOARDING_SCENE = SCENES.ONBOARDING.id;
export const ELIGIBILITY_SCENE = SCENES.ELIGIBILITY.id;
export const BASE_SCENE = SCENES.BASE.id;
export const BROADCAST_SCENE = SCENES.BROADCAST.id;

/**
 * Scene ids and the version of each scene's stored state. Bump a scene's version in the same change
 * that alters the order or number of its steps: stored conversations of another version are dropped
 * (and the user is told) instead of being replayed wrongly. Features import ids from here, not the scenes.
 */
export const SCENES = {
  ONBOARDING: { id: "ONBOARDING", version: 2 },
  ELIGIBILITY: { id: "ELIGIBILITY", version: 1 },
} as const;

export type SceneName = keyof typeof SCENES;
export type SceneId = (typeof SCENES)[SceneName]["id"];

/** The conversations plugin's storage version, derived from every scene's own version. */
export const SCENE_STATE_VERSION: string = Object.values(SCENES)
  .map((scene) => `${scene.id}@${scene.version}`)
  .join(",");

export const ONBOARDING_SCENE = SCENES.ONBOARDING.id;
export const ELIGIBILITY_SCENE = SCENES.ELIGIBILITY.id;

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
  /** `/base`: the student's practice base and placement; the placement itself is the draft. */
  BASE: { id: "BASE", version: 1, command: "base", keyPrefix: "base", drafts: true },
  BROADCAST: { id: "BROADCAST", version: 1, command: "broadcast", keyPrefix: "broadcast", drafts: false },
  /** The coordinator's reason for returning a placement; one question, nothing to draft. */
  PLACEMENT_RETURN: { id: "PLACEMENT_RETURN", version: 1, command: "bases", keyPrefix: "cp-return", drafts: false },
  /** One day's diary entry; its draft lives in the diary drafts collection. */
  DIARY: { id: "DIARY", version: 1, command: "diary", keyPrefix: "diary", drafts: true },
  /** The practice report upload (QP-06 6.3, 6.12). */
  DIARY_REPORT: { id: "DIARY_REPORT", version: 1, command: "report", keyPrefix: "report", drafts: false },
  /** A supervisor's reason for returning a diary entry; opened by the Return button. */
  DIARY_RETURN: { id: "DIARY_RETURN", version: 1, command: "pending", keyPrefix: "supervision-return", drafts: false },
  /** The organisation supervisor's characteristic, suggested score and optional signed document (QP-06 6.8). */
  DIARY_CHARACTERISTIC: {
    id: "DIARY_CHARACTERISTIC",
    version: 2,
    command: "characteristic",
    keyPrefix: "supervision-characteristic",
    drafts: false,
  },
  /** The final grade (MR-595 App. 1; QP-06 6.5). */
  DIARY_GRADE: { id: "DIARY_GRADE", version: 1, command: "grade", keyPrefix: "supervision-grade", drafts: false },
  /** A supervisor's reason for reopening a signed diary (QP-06 6.2). */
  DIARY_REOPEN: { id: "DIARY_REOPEN", version: 1, command: "reopen", keyPrefix: "reopen", drafts: false },
  /** The coordinator's reason for allowing an early sign-off (QP-06 5.9, 6.2). */
  DIARY_EARLY_SIGNOFF: { id: "DIARY_EARLY_SIGNOFF", version: 1, command: "earlysignoff", keyPrefix: "signoff-early", drafts: false },
  /** A staff member's full name for practice documents (QP-06 6.2 signatures); one question. */
  STAFF_NAME: { id: "STAFF_NAME", version: 1, command: "me", keyPrefix: "staff-name", drafts: false },
  /** An organisation supervisor joins through their link: own contact, name, claim (QP-06 5.12). */
  SUPERVISOR_CLAIM: { id: "SUPERVISOR_CLAIM", version: 1, command: "start", keyPrefix: "osv", drafts: false },
  /** The coordinator's reason for unlinking a Telegram account from a student ID; one question. */
  UNLINK_REASON: { id: "UNLINK_REASON", version: 1, command: "unlink", keyPrefix: "staff-roles-unlink", drafts: false },
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
export const DIARY_SCENE = SCENES.DIARY.id;
export const DIARY_REPORT_SCENE = SCENES.DIARY_REPORT.id;
export const STAFF_NAME_SCENE = SCENES.STAFF_NAME.id;
export const SUPERVISOR_CLAIM_SCENE = SCENES.SUPERVISOR_CLAIM.id;

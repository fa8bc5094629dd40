import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { AppServices } from "../src/services/app-services.js";
import type { PrivateContext, SceneContext } from "../src/bot/context.js";
import { helpFeature } from "../src/bot/features/help.feature.js";
import { profileFeature } from "../src/bot/features/profile.feature.js";
import { languageFeature } from "../src/bot/features/language.feature.js";
import { buildOnboardingScene } from "./onboarding/index.js";
import { buildEligibilityScene } from "./eligibility/index.js";
import { buildBaseScene } from "./base/index.js";
import { buildBroadcastScene } from "./broadcast/index.js";
import { buildPlacementReturnScene } from "./placement-return/index.js";
import { buildDiaryScene } from "./diary/index.js";
import { buildReportScene } from "./diary/report.js";
import type { FileDownloader } from "../src/bot/file-download.js";
import { SCENES } from "./ids.js";
import { supervisionScenes } from "./supervision/index.js";
import { buildStaffNameScene } from "./staff-name/index.js";
import { buildSupervisorClaimScene } from "./supervisor-claim/index.js";
import { buildUnlinkReasonScene } from "./unlink-reason/index.js";

/** Registers every scene on the composer (after the conversations plugin). */
export function installScenes(composer: Composer<PrivateContext>, services: AppServices, io: { downloadFile: FileDownloader }): void {
  // Read-only commands answered inside a scene without leaving it: the same features as outside.
  const outside = new Composer<PrivateContext>(helpFeature(services), profileFeature(services), languageFeature(services)).middleware();
  composer.use(createConversation<PrivateContext, SceneContext>(buildOnboardingScene(services, outside), { id: SCENES.ONBOARDING.id }));
  composer.use(createConversation<PrivateContext, SceneContext>(buildEligibilityScene(services, outside), { id: SCENES.ELIGIBILITY.id }));
  composer.use(createConversation<PrivateContext, SceneContext>(buildBaseScene(services, outside), { id: SCENES.BASE.id }));
  composer.use(createConversation<PrivateContext, SceneContext>(buildBroadcastScene(services, outside), { id: SCENES.BROADCAST.id }));
  composer.use(
    createConversation<PrivateContext, SceneContext>(buildPlacementReturnScene(services, outside), { id: SCENES.PLACEMENT_RETURN.id }),
  );
  composer.use(createConversation<PrivateContext, SceneContext>(buildDiaryScene(services, outside), { id: SCENES.DIARY.id }));
  composer.use(
    createConversation<PrivateContext, SceneContext>(buildReportScene(services, outside, io.downloadFile), { id: SCENES.DIARY_REPORT.id }),
  );
  composer.use(createConversation<PrivateContext, SceneContext>(buildStaffNameScene(services, outside), { id: SCENES.STAFF_NAME.id }));
  composer.use(
    createConversation<PrivateContext, SceneContext>(buildSupervisorClaimScene(services, outside), { id: SCENES.SUPERVISOR_CLAIM.id }),
  );
  composer.use(
    createConversation<PrivateContext, SceneContext>(buildUnlinkReasonScene(services, outside), { id: SCENES.UNLINK_REASON.id }),
  );
  for (const scene of supervisionScenes(services, outside, io.downloadFile)) {
    composer.use(createConversation<PrivateContext, SceneContext>(scene.build, { id: scene.id }));
  }
}

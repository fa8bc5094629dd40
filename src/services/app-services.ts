import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Config } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { ReferenceData } from "../reference-data/load.js";
import { createInvitationService, type InvitationService } from "./invitation.service.js";
import { createOutbox, type Outbox } from "./outbox/index.js";
import { createPeopleService, type PeopleService } from "./people.service.js";
import { createOnboardingService, type OnboardingService } from "./onboarding.service.js";
import { createOrganisationService, type OrganisationService } from "./organisation.service.js";
import { createPlacementService, type PlacementService } from "./placement.service.js";
import { createRosterService, type RosterService } from "./roster/roster.service.js";
import { createBroadcastService, type BroadcastService } from "./broadcast.service.js";
import { createCoordinatorPracticeService, type CoordinatorPracticeService } from "./coordinator-practice.service.js";
import { createDiaryServices, type DiaryServices } from "./diary/index.js";
import { createDiaryPlacements, type DiaryPlacements } from "./diary/diary-placements.js";
import { createDiaryUseCases, type DiaryUseCases } from "./diary/use-cases/index.js";
import { createDepartmentService, type DepartmentService } from "./department.service.js";
import { createDepartmentExportService, type DepartmentExportService } from "./department-export.service.js";
import { createUserService, type UserService } from "./user.service.js";
import { createSettingsService, type SettingsService } from "./settings.service.js";
import { createSceneDraftService, type SceneDraftService } from "./scene-draft.service.js";
import { createSceneStateService, type SceneStateService } from "./scene-state.service.js";
import { createDiaryCalendarService, type DiaryCalendarService } from "./diary/diary-calendar.service.js";
import { createBoardService, type BoardService } from "./board/index.js";
import { createPrivacyService, type PrivacyService } from "./privacy.service.js";
import { createStaffRolesService, type StaffRolesService } from "./staff-roles.service.js";

/** The settings features, scenes, jobs and the CLI read. */
export type AppConfig = Pick<Config, "botToken" | "adminTelegramIds" | "defaultLocale" | "timezone" | "botApiRoot" | "publicUrl">;

/** Everything the services need from the outside world. */
export interface ServiceDeps {
  config: AppConfig;
  db: Persistence;
  logger: Logger;
  /** The clock; tests pass a settable one. */
  now: () => Date;
  /** University policies and holiday calendars (src/reference-data), loaded once at start-up. */
  reference: ReferenceData;
  /** Translations (see `createBotI18n` in src/bot/i18n.ts). */
  i18n: I18n<Context>;
}

/** Services and settings shared by the bot's features and scenes, cron jobs, the CLI and benchmarks. */
export interface AppServices extends Omit<ServiceDeps, "db"> {
  invitations: InvitationService;
  /** Messages to people other than the one acting (notifications, reminders, broadcasts): queued, sent by the dispatcher. */
  outbox: Outbox;
  /** Practice bases. */
  organisations: OrganisationService;
  /** Placements: drafts, approval, supervisors. */
  placements: PlacementService;
  /** Principals of accounts, and a staff member's own name for practice documents (QP-06 6.2). */
  people: PeopleService;
  /** The student's registration in `/start`. */
  onboarding: OnboardingService;
  /** The coordinator's roster import. */
  roster: RosterService;
  /** Department announcements. */
  broadcasts: BroadcastService;
  /** The coordinator's department views: bases waiting for approval, supervisors to assign. */
  coordinatorPractice: CoordinatorPracticeService;
  /** The practice diary: drafts, entries, outcome (report, characteristic, grade, sign-off), documents. */
  diary: DiaryServices;
  /**
   * Placement records as diaries (`DiaryPlacement`) and their F-76 report context: the student's current diary,
   * the supervisors' and coordinators' lists, the CLI archive.
   */
  diaryPlacements: DiaryPlacements;
  /** The diary's use cases as the bot calls them (approve, return, sign-off, grade, report, files). */
  diaryUseCases: DiaryUseCases;
  /** Departments: administration, invitations of their staff, the department a staff command is about. */
  departments: DepartmentService;
  /** The coordinator's department workbook (`/export`). */
  departmentExport: DepartmentExportService;
  /** The person behind each update: loading, language, profile. */
  users: UserService;
  /** `/settings`: reminder choices. */
  settings: SettingsService;
  /** Answers of long scenes saved after each question. */
  sceneDrafts: SceneDraftService;
  /** The conversations plugin's stored scene states. */
  sceneStates: SceneStateService;
  /** The diary's calendar: late-entry permissions, excused days, entries to look at twice (QP-06 3.6, 5.8). */
  diaryCalendar: DiaryCalendarService;
  /** The board (Telegram Mini App): its viewers, roster, student pages, queues and bulk actions. */
  board: BoardService;
  /** `/mydata` and deletion requests (the law on personal data; QP-06 6.12 for what is kept). */
  privacy: PrivacyService;
  /** Fresh personal links, unlinking a wrongly claimed student ID, taking staff roles away. */
  staffRoles: StaffRolesService;
}

/** Builds the shared services; builds no `Bot` and starts nothing. */
export function createServices(deps: ServiceDeps): AppServices {
  const invitations = createInvitationService({ db: deps.db, now: deps.now });
  const practice = { db: deps.db, now: deps.now, reference: deps.reference, timeZone: deps.config.timezone };
  const outbox = createOutbox({ db: deps.db, now: deps.now });
  const departments = createDepartmentService({ ...practice, invitations });
  const diary = createDiaryServices({ db: deps.db, now: deps.now, reference: deps.reference });
  const diaryPlacements = createDiaryPlacements({ db: deps.db, now: deps.now, reference: deps.reference });
  const diaryCalendar = createDiaryCalendarService({ db: deps.db, now: deps.now, reference: deps.reference, outbox });
  const placements = createPlacementService({ ...practice, invitations, outbox });
  const { db: _db, ...shared } = deps;
  const diaryUseCases = createDiaryUseCases({
    db: deps.db,
    now: deps.now,
    reference: deps.reference,
    adminTelegramIds: deps.config.adminTelegramIds,
    outbox,
    diary,
    placements: diaryPlacements,
    diaryCalendar,
  });
  const board = createBoardService({
    placements,
    diaryUseCases,
    diaryPlacements,
    documentLanguage: (locale) => ({
      t: (key, params) => deps.i18n.t(locale, key, params),
      locale,
      timeZone: deps.config.timezone,
      publicUrl: deps.config.publicUrl,
    }),
    outbox,
    db: deps.db,
    now: deps.now,
    adminTelegramIds: deps.config.adminTelegramIds,
    defaultLocale: deps.config.defaultLocale,
    reference: deps.reference,
    timeZone: deps.config.timezone,
  });
  return {
    board,
    ...shared,
    invitations,
    outbox,
    broadcasts: createBroadcastService({ db: deps.db, outbox, now: deps.now }),
    organisations: createOrganisationService(practice),
    placements,
    roster: createRosterService({ ...practice, invitations }),
    people: createPeopleService({ db: deps.db, adminTelegramIds: deps.config.adminTelegramIds }),
    onboarding: createOnboardingService({ db: deps.db, now: deps.now, adminTelegramIds: deps.config.adminTelegramIds }),
    coordinatorPractice: createCoordinatorPracticeService({ ...practice, placements }),
    diary,
    diaryPlacements,
    departments,
    departmentExport: createDepartmentExportService({ db: deps.db, departments, diary, diaryPlacements }),
    users: createUserService({ db: deps.db, now: deps.now, adminTelegramIds: deps.config.adminTelegramIds }),
    settings: createSettingsService({ db: deps.db }),
    sceneDrafts: createSceneDraftService({ db: deps.db, now: deps.now }),
    sceneStates: createSceneStateService({ db: deps.db, now: deps.now }),
    diaryCalendar,
    privacy: createPrivacyService({
      db: deps.db,
      now: deps.now,
      reference: deps.reference,
      outbox,
      adminTelegramIds: deps.config.adminTelegramIds,
      timezone: deps.config.timezone,
    }),
    staffRoles: createStaffRolesService({ db: deps.db, now: deps.now, invitations, outbox }),
    diaryUseCases,
  };
}

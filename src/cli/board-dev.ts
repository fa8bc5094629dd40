/**
 * `npm run board:dev`: the board on a local port over the demo database, so a newcomer sees it in any browser without
 * a public https URL or Telegram. It writes the demo (as `npm run seed:demo` does) when the database holds none, adds
 * a stand-in coordinator of the first demo department, starts the HTTP server with the board's API and Mini App,
 * and prints local URLs with launch data signed for the demo's staff, exactly as Telegram would pass them.
 */
import { existsSync } from "node:fs";
import { Types } from "mongoose";
import { z } from "zod";
import { createBotI18n } from "../bot/i18n.js";
import { parseConfig } from "../config/config.js";
import { boardApp, boardBuildDir } from "../http/board-app.js";
import { boardApi } from "../http/board/api.js";
import { createBoardAuth, signInitData } from "../http/board/auth.js";
import { createHttpServer } from "../http/index.js";
import { createLogger } from "../logging/logger.js";
import { getReferenceData } from "../reference-data/load.js";
import { createServices } from "../services/app-services.js";
import { createInvitationService } from "../services/invitation.service.js";
import { openCliDatabase } from "./open-database.js";
import { DEMO_MARKER_COLLECTION, seedDemo } from "./seed-demo.js";
import { DEPARTMENTS, SEED_ACTOR } from "./seed-demo-data.js";

/** The demo coordinator's stand-in account (Telegram's own tiny ids are never a person's). */
export const DEMO_COORDINATOR_STAND_IN = 10;

const env = z.object({
  BOARD_DEV_PORT: z.coerce.number().int().min(1).max(65535).default(8090),
  /** Signs and checks the local launch data only; nothing is sent to Telegram. */
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/)
    .default("1:board-dev-local-launch-data-only"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
});

function launchUrl(base: string, telegramId: number, firstName: string, language: string, token: string, now: Date): string {
  const initData = signInitData(
    {
      query_id: `board-dev-${telegramId}`,
      user: JSON.stringify({ id: telegramId, first_name: firstName, language_code: language }),
      auth_date: String(Math.floor(now.getTime() / 1000)),
    },
    token,
  );
  const hash = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: "8.0",
    tgWebAppPlatform: "tdesktop",
    tgWebAppThemeParams: "{}",
  });
  return `${base}/app/#${hash.toString()}`;
}

async function main(): Promise<number> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const parsed = env.safeParse(process.env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`board:dev: ${issue.path.join(".")}: ${issue.message}`);
    return 2;
  }
  const { BOARD_DEV_PORT: port, BOT_TOKEN: token, LOG_LEVEL: logLevel } = parsed.data;
  if (!existsSync(`${boardBuildDir()}/index.html`)) {
    console.error("board:dev: the board is not built; run `npm run build:board` (npm run board:dev does it first).");
    return 2;
  }
  const base = `http://127.0.0.1:${port}`;
  const config = parseConfig({ ...process.env, BOT_TOKEN: token, PORT: String(port), PUBLIC_URL: base, LOG_LEVEL: logLevel });
  const logger = createLogger({ level: config.logLevel });
  const opened = await openCliDatabase(process.env, (message) => console.error(message));
  const now = (): Date => new Date();
  const reference = await getReferenceData();
  const { db } = opened;

  const native = db.connection.db;
  if (!native) throw new Error("the database connection is not open");
  if (!(await native.collection(DEMO_MARKER_COLLECTION).findOne({ _id: "demo" as never }))) {
    console.log("board:dev: no demo in this database yet; writing it (as npm run seed:demo does)…");
    const seeded = await seedDemo({ db, reference, now, botUsername: "your_bot" });
    if (seeded.status === "refused") {
      console.error(`board:dev refused: ${seeded.reason}`);
      await opened.close();
      return 2;
    }
  }
  const spec = DEPARTMENTS[0]!;
  const department = await db.departments.findByCode(spec.code);
  if (!department) throw new Error(`the demo department ${spec.code} is missing; run npm run seed:demo`);
  const coordinator = await db.users.findByTelegramId(DEMO_COORDINATOR_STAND_IN);
  const departmentId = new Types.ObjectId(String(department._id));
  if (!coordinator?.roles.some((r) => r.role === "coordinator" && r.departmentId?.equals(departmentId))) {
    await db.users.touch({ id: DEMO_COORDINATOR_STAND_IN, first_name: "Гүлмира", last_name: "Сапарова" }, spec.diaryLanguage);
    await db.users.setFullName(DEMO_COORDINATOR_STAND_IN, "Сапарова Гүлмира Асқарқызы");
    const invitations = createInvitationService({ db, now });
    const invite = await invitations.create({ role: "coordinator", departmentId: department._id, createdBy: SEED_ACTOR });
    const accepted = await invitations.accept(invite.code, DEMO_COORDINATOR_STAND_IN);
    if (accepted.status !== "accepted") throw new Error(`the demo coordinator could not be made: ${accepted.status}`);
  }

  const i18n = createBotI18n((telegramId) => db.users.getLanguage(telegramId), config.defaultLocale);
  const services = createServices({ config, db, logger, now, reference, i18n });
  const http = createHttpServer({
    port,
    host: "127.0.0.1",
    logger,
    health: { pingDatabase: () => db.ping() },
    routes: [
      {
        path: "/api",
        app: boardApi({
          auth: createBoardAuth({ botToken: token, now }),
          board: services.board,
          logger,
          botUsername: () => "praktika_board_dev_bot",
        }),
      },
      { path: "/app", app: boardApp({ logger }) },
    ],
  });
  try {
    await http.listen();
  } catch (error) {
    console.error(`board:dev: cannot listen on ${base} (${(error as Error).message}); set BOARD_DEV_PORT`);
    await opened.close();
    return 1;
  }
  const at = now();
  const supervisor = spec.staff.universitySupervisor;
  console.log(`\nThe board runs at ${base}/app/ over the demo database. Open a link in any browser (valid 24 hours):`);
  console.log(
    `- coordinator of ${spec.code}:\n    ${launchUrl(base, DEMO_COORDINATOR_STAND_IN, "Гүлмира", spec.diaryLanguage, token, at)}`,
  );
  console.log(
    `- university supervisor of ${spec.code}:\n    ${launchUrl(base, supervisor.telegramId, supervisor.firstName, spec.diaryLanguage, token, at)}`,
  );
  console.log("Ctrl-C stops it.");

  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await http.close(1_000);
  await opened.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`board:dev failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

/**
 * `npm run seed:demo` (in the image: `node dist/src/cli/seed-demo-main.js`): fills the configured database
 * (MONGODB_URI, else the embedded one under DATA_DIR that `npm start` uses) with the demo university and
 * prints the one-time links that let a person claim each demo role from their own Telegram account.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { getReferenceData } from "../reference-data/load.js";
import { openCliDatabase } from "./open-database.js";
import { SeedStepError, seedDemo } from "./seed-demo.js";

const env = z.object({
  /** For printing deep links; without it the links name a placeholder and `/start <code>` works as well. */
  BOT_USERNAME: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, "a Telegram bot username (letters, digits, underscores)")
    .optional(),
});

async function main(): Promise<number> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const parsed = env.safeParse(process.env);
  if (!parsed.success) {
    console.error(`seed:demo: BOT_USERNAME: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return 2;
  }
  const botUsername = parsed.data.BOT_USERNAME ?? "your_bot";
  const opened = await openCliDatabase(process.env, (message) => console.error(message));
  try {
    const result = await seedDemo({ db: opened.db, reference: await getReferenceData(), now: () => new Date(), botUsername });
    if (result.status === "refused") {
      console.error(`seed:demo refused: ${result.reason}`);
      return 2;
    }
    console.log(`Demo university written: departments ${result.departments.join(", ")}; ${result.students} students.`);
    console.log(
      `Placements: ${Object.entries(result.placements)
        .map(([state, n]) => `${n} ${state}`)
        .join(", ")}.`,
    );
    console.log(
      `Diaries: ${result.diaries.map((d) => `${d.state} (${d.studentName}, ${d.department})`).join(", ")}; entries ${Object.entries(
        result.entries,
      )
        .map(([state, n]) => `${n} ${state}`)
        .join(", ")}.`,
    );
    console.log("\nWhat to open (claim the link named after the arrow; one Telegram account holds one student):");
    for (const stop of result.tour) console.log(`- ${stop.commands} ← ${stop.who}:\n    ${stop.shows}`);
    console.log("\nClaim a demo role from your own Telegram account: open the link, or send the /start line to the bot.");
    for (const link of result.links) {
      console.log(`- ${link.who}:\n    https://t.me/${botUsername}?start=${link.code}\n    /start ${link.code}`);
    }
    console.log("\nAdministrator: put your Telegram id into ADMIN_TELEGRAM_IDS. Then run `npm start`.");
    console.log(
      "Board (the department's Mini App): `npm run board:dev` prints a local link for the demo coordinator; with an https PUBLIC_URL the server serves it at PUBLIC_URL/app/ for Telegram (README, Deployment).",
    );
    return 0;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // The step that failed and the database's error; the database the run used is named above ([db] …).
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof SeedStepError ? `seed:demo failed while ${message}` : `seed:demo failed: ${message}`);
    process.exit(1);
  },
);

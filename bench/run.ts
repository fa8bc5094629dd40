/** `npm run bench`: runs every benchmark in this folder, one process each, and prints their reports. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(here)
  // broadcast.ts runs for minutes at Telegram's real rate: it has its own script, `npm run bench:broadcast`.
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && f !== "broadcast.ts")
  .sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n## ${bench}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(here, bench)], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);

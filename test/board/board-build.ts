import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot } from "../../src/paths.js";

/** Every file the board's bundle is made of: its sources, its messages, the API contract, the config and the lock file. */
function inputs(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, "src", "board-ui"));
  for (const locale of readdirSync(join(root, "locales"), { withFileTypes: true })) {
    const file = join(root, "locales", locale.name, "board-ui.ftl");
    if (locale.isDirectory() && existsSync(file)) files.push(file);
  }
  files.push(join(root, "src", "http", "board", "contract.ts"), join(root, "vite.board.config.ts"), join(root, "package-lock.json"));
  return files.sort();
}

/**
 * The board built from the sources as they are now, for tests: `vite build` into a cache folder named by a hash of
 * every input, so a test never serves a stale `dist/board`, repeated runs cost nothing, and test files running in
 * parallel workers cannot see a half-written build (each builds into its own folder and renames it into place).
 */
export function ensureBoardBuild(): string {
  const root = projectRoot();
  const hash = createHash("sha256");
  for (const file of inputs(root)) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  const cache = join(root, "node_modules", ".cache", "praktika-board");
  const dir = join(cache, hash.digest("hex").slice(0, 16));
  if (existsSync(join(dir, "index.html"))) return dir;
  mkdirSync(cache, { recursive: true });
  const partial = `${dir}.${process.pid}.partial`;
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules", "vite", "bin", "vite.js"),
      "build",
      "--config",
      "vite.board.config.ts",
      "--outDir",
      partial,
      "--emptyOutDir",
    ],
    { cwd: root, stdio: "pipe" },
  );
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another worker finished the same build first: theirs is identical.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, "index.html"))) throw error;
  }
  return dir;
}

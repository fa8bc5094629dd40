import { spawn } from "node:child_process";
import { accessSync, constants as fsConstants, existsSync, statSync } from "node:fs";
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StandInOptions } from "./stand-in.js";

/**
 * Building the mongo-java-server launcher (tools/mongo-stand-in) with Maven on first use, serialised
 * between processes by a lock file; and finding `java`/`mvn` without a shell.
 */

export const MAIN_CLASS = "kz.praktika.standin.StandIn";
const LAUNCHER_DIR = path.join("tools", "mongo-stand-in");
const SOURCE_FILE = path.join("src", "main", "java", "kz", "praktika", "standin", "StandIn.java");
export const INSTALL_HINT =
  "install a JDK and Maven (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven), " + "or set MONGODB_URI to a MongoDB server";

/** The stand-in cannot be built or started; the message says why and what to do. */
export class StandInUnavailableError extends Error {
  override name = "StandInUnavailableError";
}

/**
 * Looks an executable up on `env.PATH` (and `JAVA_HOME/bin` for `java`), without spawning a shell.
 * @returns the absolute path, or undefined when not found.
 */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs: string[] = [];
  if (name === "java" && env["JAVA_HOME"]) dirs.push(path.join(env["JAVA_HOME"], "bin"));
  dirs.push(...(env["PATH"] ?? "").split(path.delimiter).filter((dir) => dir.length > 0));
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, fsConstants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Finds tools/mongo-stand-in by walking up from this module (works from src/ and from dist/). */
export function findLauncherDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, LAUNCHER_DIR);
    if (existsSync(path.join(candidate, "pom.xml"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new StandInUnavailableError(
        `the launcher sources (${LAUNCHER_DIR}/pom.xml) were not found above ${fileURLToPath(import.meta.url)}`,
      );
    }
    dir = parent;
  }
}

async function mtimeMs(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function isBuildFresh(dir: string): Promise<boolean> {
  const stamp = await mtimeMs(path.join(dir, "target", ".build-stamp"));
  if (stamp === undefined) return false;
  const pom = (await mtimeMs(path.join(dir, "pom.xml"))) ?? Infinity;
  const source = (await mtimeMs(path.join(dir, SOURCE_FILE))) ?? Infinity;
  if (pom > stamp || source > stamp) return false;
  if (!existsSync(path.join(dir, "target", "classes", ...MAIN_CLASS.split(".")) + ".class")) return false;
  try {
    return (await readdir(path.join(dir, "target", "lib"))).some((file) => file.endsWith(".jar"));
  } catch {
    return false;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes target/.build.lock (O_EXCL), waiting for another process' build; stale locks are broken. */
async function acquireBuildLock(dir: string, timeoutMs: number, log: StandInOptions["log"]): Promise<(() => Promise<void>) | "fresh"> {
  let waitLogged = false;
  const target = path.join(dir, "target");
  await mkdir(target, { recursive: true });
  const lockFile = path.join(target, ".build.lock");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(await readFile(lockFile, "utf8").catch(() => ""), 10);
    const lockAge = Date.now() - ((await mtimeMs(lockFile)) ?? Date.now());
    if ((Number.isInteger(holder) && holder > 0 && !isProcessAlive(holder)) || lockAge > timeoutMs) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (!waitLogged) {
      waitLogged = true;
      log?.("info", `waiting for another process (pid ${holder}) to finish building the launcher…`);
    }
    if (Date.now() > deadline) {
      throw new StandInUnavailableError(`timed out waiting for another build of the launcher (lock ${lockFile} held by pid ${holder})`);
    }
    await sleep(250);
    if (await isBuildFresh(dir)) return "fresh";
  }
}

export function tail(text: string, max = 4000): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `…${trimmed.slice(-max)}` : trimmed;
}

function runMaven(mvn: string, dir: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, ["-q", "-B", "-Dstyle.color=never", "compile", "dependency:copy-dependencies"], {
      cwd: dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new StandInUnavailableError(`could not run ${mvn}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        reject(
          new StandInUnavailableError(
            `the Maven build of ${dir} failed (${signal ? `killed by ${signal}` : `exit code ${code}`}; ` +
              `it needs Maven Central on first use, or a filled ~/.m2):\n${tail(output)}`,
          ),
        );
      }
    });
  });
}

/**
 * Builds the launcher with Maven unless target/ is newer than pom.xml and StandIn.java.
 * Parallel processes are serialised with a lock file; the losers reuse the winner's build.
 * @returns the Java class path of the launcher.
 */
export async function ensureStandInBuilt(options: Pick<StandInOptions, "env" | "log" | "buildTimeoutMs"> = {}): Promise<string> {
  const env = options.env ?? process.env;
  const dir = findLauncherDir();
  const classPath = [path.join(dir, "target", "classes"), path.join(dir, "target", "lib", "*")].join(path.delimiter);
  if (await isBuildFresh(dir)) return classPath;

  const mvn = findExecutable("mvn", env);
  if (!mvn) throw new StandInUnavailableError(`\`mvn\` was not found on PATH, so the launcher cannot be built: ${INSTALL_HINT}`);
  const timeoutMs = options.buildTimeoutMs ?? 300_000;
  const release = await acquireBuildLock(dir, timeoutMs, options.log);
  if (release === "fresh") return classPath;
  try {
    if (await isBuildFresh(dir)) return classPath;
    options.log?.("info", `building the mongo-java-server launcher in ${dir} with Maven (first use only)…`);
    const started = Date.now();
    // Stale jars from an older pom would end up on the class path next to the new ones.
    await rm(path.join(dir, "target", "lib"), { recursive: true, force: true });
    await rm(path.join(dir, "target", "classes"), { recursive: true, force: true });
    await runMaven(mvn, dir, env, timeoutMs);
    const stampFile = path.join(dir, "target", ".build-stamp");
    await writeFile(stampFile, `${new Date().toISOString()}\n`);
    options.log?.("info", `launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return classPath;
  } finally {
    await release();
  }
}

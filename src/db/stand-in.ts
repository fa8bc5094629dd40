import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { ensureStandInBuilt, findExecutable, INSTALL_HINT, MAIN_CLASS, StandInUnavailableError, tail } from "./stand-in-build.js";

export { StandInUnavailableError } from "./stand-in-build.js";

/** Version of mongo-java-server pinned in tools/mongo-stand-in/pom.xml. */
export const STAND_IN_SERVER_VERSION = "1.47.0";

export interface StandInOptions {
  /** H2 file to keep the data in; in-memory when omitted. */
  h2File?: string | undefined;
  /** Port on 127.0.0.1; 0 (default) lets the OS pick a free one. */
  port?: number;
  /** Environment for the PATH lookup of java/mvn and for the child processes. */
  env?: NodeJS.ProcessEnv;
  log?: (level: "info" | "warn", message: string) => void;
  startTimeoutMs?: number;
  buildTimeoutMs?: number;
}

export interface RunningStandIn {
  uri: string;
  port: number;
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). Idempotent. */
  stop: () => Promise<void>;
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of liveChildren) child.kill("SIGTERM");
  });
}

/**
 * Starts mongo-java-server on 127.0.0.1 (building the launcher on first use) and waits for it to listen.
 * The child exits when this process exits, even on SIGKILL (its stdin closes).
 * @throws StandInUnavailableError when java/mvn are missing or the server does not come up.
 */
export async function startStandIn(options: StandInOptions = {}): Promise<RunningStandIn> {
  const env = options.env ?? process.env;
  const java = findExecutable("java", env);
  if (!java) throw new StandInUnavailableError(`\`java\` was not found on PATH or in JAVA_HOME: ${INSTALL_HINT}`);
  const classPath = await ensureStandInBuilt(options);

  const args = ["-XX:+UseSerialGC", "-cp", classPath, MAIN_CLASS, String(options.port ?? 0)];
  if (options.h2File) {
    await mkdir(path.dirname(options.h2File), { recursive: true });
    args.push(options.h2File);
  }
  // Own process group: Ctrl-C reaches the app first, which then stops the database in order.
  const child = spawn(java, args, { env, stdio: ["pipe", "pipe", "pipe"], detached: true });
  liveChildren.add(child);
  installExitHook();

  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-8000);
  });
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      liveChildren.delete(child);
      resolve();
    });
  });
  // Without an error listener a failed spawn would crash the process.
  child.on("error", () => liveChildren.delete(child));
  child.stdin.on("error", () => undefined);

  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const onError = (error: Error): void => fail(`could not be started (${java}): ${error.message}`);
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`exited before it was ready (${signal ?? `exit code ${code}`})`);
    const timer = setTimeout(() => {
      fail(`did not report READY within ${timeoutMs} ms`);
      child.kill("SIGKILL");
    }, timeoutMs);
    const settle = (): void => {
      clearTimeout(timer);
      lines.close();
      child.off("error", onError);
      child.off("exit", onExit);
      child.stdout.resume();
    };
    function fail(reason: string): void {
      settle();
      const details = tail(stderr, 2000);
      reject(new StandInUnavailableError(`mongo-java-server ${reason}${details ? `:\n${details}` : ""}`));
    }
    lines.on("line", (line) => {
      const match = /^READY (\d+)$/.exec(line.trim());
      if (!match?.[1]) return;
      settle();
      resolve(Number(match[1]));
    });
    child.on("error", onError);
    child.on("exit", onExit);
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
    })();
    return stopping;
  };
  child.once("exit", (code, signal) => {
    if (!stopping) options.log?.("warn", `mongo-java-server (pid ${child.pid}) exited unexpectedly (${signal ?? `exit code ${code}`})`);
  });
  // Do not keep the event loop alive just for the database.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void }).unref?.();
  }
  return { uri: `mongodb://127.0.0.1:${port}/`, port, pid: child.pid ?? -1, stop };
}

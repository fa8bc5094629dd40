import { accessSync, constants as fsConstants, statSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { STAND_IN_SERVER_VERSION, startStandIn } from "./stand-in.js";

export type DatabaseKind = "external" | "mongodb-memory-server" | "mongo-java-server";

export interface ResolvedDatabase {
  uri: string;
  kind: DatabaseKind;
  /** Human-readable description, safe to log (no credentials). */
  label: string;
  stop: () => Promise<void>;
}

export interface ResolveDatabaseOptions {
  /** MONGODB_URI from the parsed config. */
  uri?: string | undefined;
  purpose: "start" | "test" | "bench";
  /** DATA_DIR; for "start" the embedded databases persist here. */
  dataDir: string;
  log?: (level: "info" | "warn", message: string) => void;
  /** Defaults to process.env; MONGOMS_* and PRAKTIKA_* settings and PATH are read from here. */
  env?: NodeJS.ProcessEnv;
}

type Log = NonNullable<ResolveDatabaseOptions["log"]>;

const DOWNLOAD_FAILURE_TTL_MS = 24 * 60 * 60 * 1000;
const MONGODB_URI_HINT =
  "Set MONGODB_URI to a MongoDB 6.0+ server, e.g. MONGODB_URI=mongodb://127.0.0.1:27017/praktika " +
  "or a mongodb+srv:// Atlas URI (in .env or the environment).";

const defaultLog: Log = (level, message) => {
  process.stderr.write(`[db] ${level === "warn" ? "WARNING: " : ""}${message}\n`);
};

/** Replaces the user-info part of a MongoDB URI with `***` and drops the query string. */
export function redactMongoUri(uri: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(uri.trim());
  if (!match) return "<unparseable MongoDB URI>";
  const [, scheme = "", authority = "", rest = ""] = match;
  const at = authority.lastIndexOf("@");
  const hosts = at >= 0 ? `***@${authority.slice(at + 1)}` : authority;
  const pathOnly = rest.split(/[?#]/, 1)[0] ?? "";
  return `${scheme}${hosts}${pathOnly}`;
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim();
}

/** Collapses a (multi-line) error message into one short line. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function cacheDir(env: NodeJS.ProcessEnv): string {
  if (env["PRAKTIKA_CACHE_DIR"]) return env["PRAKTIKA_CACHE_DIR"];
  const base = env["XDG_CACHE_HOME"] || path.join(os.homedir(), ".cache");
  return path.join(base, "praktika");
}

interface DownloadFailure {
  failedAt: string;
  key: string;
  error: string;
}

function downloadFailureMarker(env: NodeJS.ProcessEnv): string {
  return path.join(cacheDir(env), "mongodb-memory-server-download-failed.json");
}

/** What a download depends on: a changed mirror, URL or version deserves a new attempt. */
function downloadKey(env: NodeJS.ProcessEnv): string {
  return JSON.stringify([
    env["MONGOMS_VERSION"] ?? "",
    env["MONGOMS_DOWNLOAD_MIRROR"] ?? "",
    env["MONGOMS_DOWNLOAD_URL"] ?? "",
    env["MONGOMS_ARCHIVE_NAME"] ?? "",
    os.platform(),
    os.arch(),
  ]);
}

async function readDownloadFailure(env: NodeJS.ProcessEnv): Promise<DownloadFailure | undefined> {
  try {
    const parsed = JSON.parse(await readFile(downloadFailureMarker(env), "utf8")) as Partial<DownloadFailure>;
    if (typeof parsed.failedAt !== "string" || parsed.key !== downloadKey(env)) return undefined;
    if (Date.now() - Date.parse(parsed.failedAt) > DOWNLOAD_FAILURE_TTL_MS) return undefined;
    return { failedAt: parsed.failedAt, key: parsed.key, error: String(parsed.error ?? "") };
  } catch {
    return undefined;
  }
}

async function rememberDownloadFailure(env: NodeJS.ProcessEnv, error: string): Promise<string | undefined> {
  const marker = downloadFailureMarker(env);
  const record: DownloadFailure = { failedAt: new Date().toISOString(), key: downloadKey(env), error };
  try {
    await mkdir(path.dirname(marker), { recursive: true });
    await writeFile(marker, `${JSON.stringify(record, null, 2)}\n`);
    return marker;
  } catch {
    return undefined;
  }
}

/** Cheap look for any cached mongod, so a remembered failure can skip importing the library. */
async function anyCachedMongod(env: NodeJS.ProcessEnv): Promise<boolean> {
  const dirs = [
    env["MONGOMS_DOWNLOAD_DIR"],
    path.join(os.homedir(), ".cache", "mongodb-binaries"),
    path.join(process.cwd(), "node_modules", ".cache", "mongodb-memory-server"),
    path.join(process.cwd(), "mongodb-binaries"),
  ];
  for (const dir of dirs) {
    if (!dir) continue;
    const files = await readdir(dir).catch(() => [] as string[]);
    if (files.some((file) => file.startsWith("mongod"))) return true;
  }
  return false;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, fsConstants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

type MemoryServerAttempt = { ok: true; database: ResolvedDatabase } | { ok: false; reason: string };

async function tryMemoryServer(options: ResolveDatabaseOptions, env: NodeJS.ProcessEnv, log: Log): Promise<MemoryServerAttempt> {
  if (isTruthy(env["PRAKTIKA_SKIP_MEMORY_SERVER"])) {
    return { ok: false, reason: "skipped (PRAKTIKA_SKIP_MEMORY_SERVER is set)" };
  }
  const systemBinary = env["MONGOMS_SYSTEM_BINARY"];
  if (systemBinary && !isExecutableFile(systemBinary)) {
    return { ok: false, reason: `MONGOMS_SYSTEM_BINARY=${systemBinary} is not an executable file` };
  }
  if (!systemBinary) {
    const failure = await readDownloadFailure(env);
    if (failure && !(await anyCachedMongod(env))) {
      const until = new Date(Date.parse(failure.failedAt) + DOWNLOAD_FAILURE_TTL_MS).toISOString();
      return {
        ok: false,
        reason:
          `no cached mongod, and downloading one failed on this machine at ${failure.failedAt} (${oneLine(failure.error)}); ` +
          `not retried until ${until} (delete ${downloadFailureMarker(env)} to retry now, or set MONGOMS_SYSTEM_BINARY)`,
      };
    }
  }

  let library: typeof import("mongodb-memory-server");
  try {
    library = await import("mongodb-memory-server");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason:
        code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND"
          ? "not installed (it is a devDependency)"
          : `could not be loaded: ${oneLine(errorMessage(error))}`,
    };
  }

  const binary = {
    ...(env["MONGOMS_VERSION"] ? { version: env["MONGOMS_VERSION"] } : {}),
    ...(env["MONGOMS_DOWNLOAD_DIR"] ? { downloadDir: env["MONGOMS_DOWNLOAD_DIR"] } : {}),
    ...(systemBinary ? { systemBinary } : {}),
  };
  let needsDownload = false;
  if (!systemBinary) {
    const version = library.DryMongoBinary.getEnsuredOptions(binary).version;
    const located = await library.DryMongoBinary.locateBinary({ ...binary, version }).catch(() => undefined);
    if (!located) {
      const failure = await readDownloadFailure(env);
      if (failure) {
        return {
          ok: false,
          reason: `mongod ${version} is not cached and downloading it failed at ${failure.failedAt} (${oneLine(failure.error)})`,
        };
      }
      needsDownload = true;
      log("info", `mongodb-memory-server: mongod ${version} is not cached, trying to download it…`);
    }
  }

  const dbPath = options.purpose === "start" ? path.resolve(options.dataDir, "mongod") : undefined;
  try {
    if (dbPath) await mkdir(dbPath, { recursive: true });
    const server = await library.MongoMemoryServer.create({
      binary,
      instance: { ip: "127.0.0.1", ...(dbPath ? { dbPath, storageEngine: "wiredTiger" as const } : {}) },
    });
    const uri = server.getUri();
    let stopping: Promise<void> | undefined;
    return {
      ok: true,
      database: {
        uri,
        kind: "mongodb-memory-server",
        label: `mongodb-memory-server (real mongod${systemBinary ? ` ${systemBinary}` : ""}) at ${uri}${dbPath ? `, data in ${dbPath}` : ", throw-away"}`,
        stop: () => (stopping ??= server.stop().then(() => undefined)),
      },
    };
  } catch (error) {
    const message = errorMessage(error);
    if (needsDownload) {
      const marker = await rememberDownloadFailure(env, message);
      log(
        "warn",
        `mongodb-memory-server could not download mongod (${oneLine(message)}); ` +
          (marker ? `remembered in ${marker}, not retried for 24 h` : "could not remember this failure"),
      );
      return { ok: false, reason: `downloading mongod failed: ${oneLine(message)}` };
    }
    return { ok: false, reason: `mongod did not start: ${oneLine(message)}` };
  }
}

/**
 * Decides which MongoDB this process talks to, starting an embedded one when needed:
 * `uri` (MONGODB_URI) if given; else a real mongod via mongodb-memory-server when a binary is at hand
 * (or a download has not failed on this machine in the last 24 h); else the mongo-java-server stand-in
 * (in-memory for tests and benchmarks, an H2 file under `dataDir` for "start").
 * Logs the choice once. Call `stop()` on shutdown.
 * @throws Error listing every attempt and how to set MONGODB_URI when nothing is available.
 */
export async function resolveDatabase(options: ResolveDatabaseOptions): Promise<ResolvedDatabase> {
  const env = options.env ?? process.env;
  const log = options.log ?? defaultLog;
  const started = performance.now();
  const chosen = (database: ResolvedDatabase): ResolvedDatabase => {
    const startup = database.kind === "external" ? "" : `, started in ${seconds(performance.now() - started)}`;
    log("info", `database: ${database.label}${startup}`);
    return database;
  };

  const uri = options.uri?.trim();
  if (uri) {
    return chosen({ uri, kind: "external", label: `external MongoDB at ${redactMongoUri(uri)}`, stop: async () => {} });
  }

  const attempts: string[] = [];
  const memoryServer = await tryMemoryServer(options, env, log);
  if (memoryServer.ok) return chosen(memoryServer.database);
  attempts.push(`mongodb-memory-server (real mongod): ${memoryServer.reason}`);

  const h2File = options.purpose === "start" ? path.resolve(options.dataDir, "stand-in.h2") : undefined;
  try {
    const standIn = await startStandIn({ h2File, env, log });
    const storage = h2File ? `H2 file ${h2File}` : "in-memory";
    const database = chosen({
      uri: standIn.uri,
      kind: "mongo-java-server",
      label: `mongo-java-server ${STAND_IN_SERVER_VERSION} (stand-in, ${storage}) at ${standIn.uri}`,
      stop: standIn.stop,
    });
    if (h2File) {
      log(
        "warn",
        [
          "************************************************************************",
          "Praktika is running on mongo-java-server, a DEVELOPMENT STAND-IN for MongoDB.",
          `Data is kept in ${h2File}, which is NOT durable: recent writes are lost on a crash or kill -9.`,
          "No transactions, collation, $text, partial indexes or TTL expiry. NOT FOR PRODUCTION.",
          MONGODB_URI_HINT,
          "************************************************************************",
        ].join("\n"),
      );
    }
    return database;
  } catch (error) {
    attempts.push(`mongo-java-server stand-in: ${errorMessage(error)}`);
  }

  throw new Error(
    `No MongoDB is available (purpose: ${options.purpose}, MONGODB_URI is not set). Tried:\n` +
      attempts.map((attempt) => `  - ${attempt.replace(/\n/g, "\n    ")}`).join("\n") +
      `\n${MONGODB_URI_HINT}`,
  );
}

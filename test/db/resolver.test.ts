import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Schema } from "mongoose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveDatabase } from "../../src/db/resolve-database.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";

const db = useTestDatabase();

describe("the suite's database", () => {
  beforeEach(async () => {
    await clearDatabase(db.connection());
  });

  it("answers over the wire", async () => {
    const admin = db.connection().db?.admin();
    expect(admin).toBeDefined();
    const reply = await admin!.command({ ping: 1 });
    expect(reply["ok"]).toBe(1);
  });

  it("rejects a duplicate on a unique index with code 11000", async () => {
    const Student = db
      .connection()
      .model("UniqueStudent", new Schema({ telegramId: { type: Number, required: true, unique: true }, name: String }));
    await Student.init();
    await Student.create({ telegramId: 42, name: "Aigerim" });
    const duplicate = await Student.create({ telegramId: 42, name: "Dana" }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(duplicate).toMatchObject({ code: 11000 });
    expect(await Student.countDocuments()).toBe(1);
  });

  it("claims each job exactly once under 20 concurrent findOneAndUpdate calls", async () => {
    const Job = db.connection().model("ClaimJob", new Schema({ n: Number, state: { type: String, default: "pending" }, worker: String }));
    await Job.insertMany(Array.from({ length: 5 }, (_, n) => ({ n })));
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        Job.findOneAndUpdate({ state: "pending" }, { $set: { state: "claimed", worker: `w${i}` } }, { returnDocument: "after" }).lean(),
      ),
    );
    const won = claims.filter((claim) => claim !== null);
    expect(won).toHaveLength(5);
    expect(new Set(won.map((claim) => claim.n)).size).toBe(5);
    expect(await Job.countDocuments({ state: "claimed" })).toBe(5);
    const stored = await Job.find().lean();
    expect(new Set(stored.map((job) => job.worker)).size).toBe(5);
  });
});

describe("resolveDatabase", () => {
  let emptyDir = "";
  beforeAll(async () => {
    emptyDir = await mkdtemp(path.join(os.tmpdir(), "praktika-empty-"));
  });
  afterAll(async () => {
    await rm(emptyDir, { recursive: true, force: true });
  });

  it("uses an explicit uri as an external database and redacts its credentials", async () => {
    const messages: string[] = [];
    const resolved = await resolveDatabase({
      uri: "mongodb+srv://praktika:s3cr%40t-pass@cluster0.example.net/praktika?retryWrites=true&authSource=admin",
      purpose: "start",
      dataDir: emptyDir,
      env: { PATH: emptyDir },
      log: (_level, message) => messages.push(message),
    });
    expect(resolved.kind).toBe("external");
    expect(resolved.uri).toContain("s3cr%40t-pass");
    expect(resolved.label).toContain("cluster0.example.net/praktika");
    expect(resolved.label).not.toMatch(/s3cr|praktika:/);
    expect(messages.join("\n")).not.toContain("s3cr");
    await resolved.stop();
  });

  it("explains what was tried and how to set MONGODB_URI when nothing is available", async () => {
    const attempt = resolveDatabase({
      purpose: "test",
      dataDir: emptyDir,
      env: { PATH: emptyDir, PRAKTIKA_SKIP_MEMORY_SERVER: "1" },
      log: () => undefined,
    });
    await expect(attempt).rejects.toThrow(/MONGODB_URI/);
    await expect(attempt).rejects.toThrow(/PRAKTIKA_SKIP_MEMORY_SERVER/);
    await expect(attempt).rejects.toThrow(/`java` was not found.*openjdk-17-jdk-headless maven/s);
  });
});

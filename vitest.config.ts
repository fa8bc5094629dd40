import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    pool: "forks",
    // vitest's default on this 2-core machine is one worker (cores − 1); the tests mostly wait on the database
    // server (another process), so two workers keep both cores busy (measured in README, Tests).
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds and headless-browser checks are slow on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // What a poll waits for (a page drawn by htmx, a delivery) takes longer on a busy machine than
    // the default second; a poll still ends at its first success.
    expect: { poll: { timeout: 15_000 } },
  },
});

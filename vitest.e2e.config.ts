import { defineConfig } from "vitest/config";

/** End-to-end tests: the real `prima` command, a real database and Debian's Chromium. */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["./test/globalSetup.ts"],
    fileParallelism: false,
    // Sized for a loaded two-core machine (load average 10), as in vitest.config.ts.
    testTimeout: 300_000,
    hookTimeout: 400_000,
    expect: { poll: { timeout: 60_000 } },
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/globalSetup.ts"],
    // PGlite instances are memory-hungry; two workers match this machine's two cores.
    maxWorkers: 2,
    // Sized for a loaded two-core machine (load average 10): a test never races the clock, so a
    // generous limit only decides how long a real hang takes to be reported.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000 } },
  },
});

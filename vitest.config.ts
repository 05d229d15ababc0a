import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests start Chromium; keep the two cores for it and the server.
    fileParallelism: true,
  },
});

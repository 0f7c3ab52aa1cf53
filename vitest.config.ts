import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Worker threads, and modules shared by the test files of a worker: most of the suite's time was spent
    // importing d3, zod and the charts again for every file. Tests must therefore leave no global state
    // behind (environment variables are restored in afterEach).
    pool: "threads",
    isolate: false,
    // A test that draws a card or compiles every chapter can take seconds on a busy machine; none may fail for it.
    testTimeout: 30_000,
  },
});

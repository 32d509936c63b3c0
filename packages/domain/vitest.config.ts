import { defineConfig } from "vitest/config";

export default defineConfig({
  // Property tests run hundreds of evaluations; on a busy 2-core machine (turbo runs packages in
  // parallel) they need more than vitest's 5 s default. Time is not what these tests assert.
  test: { testTimeout: 60_000 },
});

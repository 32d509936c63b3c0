import { defineConfig } from "vitest/config";

export default defineConfig({
  // The workbooks are built and parsed by exceljs, which is slow on a busy 2-core machine (turbo runs the
  // packages in parallel); time is not what these tests assert.
  test: { testTimeout: 60_000 },
});

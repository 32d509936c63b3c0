import { defineConfig } from "vitest/config";

const databaseSetup = "./support/global-setup.database.ts";

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "architecture", include: ["architecture/**/*.test.ts"], testTimeout: 30_000 },
      },
      {
        test: {
          name: "integration",
          include: ["integration/**/*.int.test.ts"],
          globalSetup: [databaseSetup],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          globalSetup: [databaseSetup],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["browser/**/*.browser.test.ts"],
          globalSetup: ["./support/global-setup.browser.ts", databaseSetup],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // CI machines are shared and slow: a page may take seconds to show what a test waits for.
          // expect.poll's default (1 s) made the browser suites fail there while they passed here.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});

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
        },
      },
    ],
  },
});

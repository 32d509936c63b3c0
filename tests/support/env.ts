// The only file of the test suites that reads the environment.
import { z } from "zod";

const testEnvSchema = z.object({
  /** true in CI: a missing browser is then a failure, never a skip. */
  CI: z
    .string()
    .optional()
    .transform((value) => value === "true" || value === "1"),
  /** A PostgreSQL server for the suites (its maintenance database); unset = a throwaway embedded one. */
  TEST_DATABASE_URL: z.string().optional(),
  /** Where the backup test looks for pg_dump besides Debian's /usr/lib/postgresql/<major>/bin. */
  PATH: z.string().default(""),
  /** Debian's Chromium by default. */
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
});

export const testEnv = testEnvSchema.parse(process.env);

/** The environment for child processes the tests start (the real server, the CLI). */
export function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

// The application as `npm start` runs it — real HTTP server, real PostgreSQL (a fresh database cloned
// from the migrated template), the Hải Phòng demo data seeded — for the browser and end-to-end suites.
import { createLogger, parseServerEnv, startApplication, type RunningApplication } from "@tinhgon/server";

import { createTestDatabase, type TestDatabase } from "./database.ts";

/** The demo users' password in tests (the app prints a random one when DEMO_PASSWORD is unset). */
export const DEMO_PASSWORD = "mat-khau-thu-nghiem";
/** A fixed session-signing secret, so tests never write one under the repository's data/. */
export const TEST_AUTH_SECRET = "tinhgon-test-secret-0123456789abcdef0123456789";

export interface SeededApp {
  app: RunningApplication;
  database: TestDatabase;
}

export async function startSeededApp(extraEnv: Record<string, string> = {}): Promise<SeededApp> {
  const database = await createTestDatabase();
  // Without NO_SEED the application seeds the demo data (and the demo users) into the empty database.
  const app = await startApplication(
    parseServerEnv({
      DATABASE_URL: database.url,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      DEMO_PASSWORD,
      AUTH_SECRET: TEST_AUTH_SECRET,
      // Test files sign several users in within a minute from one address.
      SIGN_IN_RATE_LIMIT: "100",
      ...extraEnv,
    }),
    () => undefined,
    createLogger({ level: "silent" }),
  );
  return { app, database };
}

// The application as `npm start` runs it — real HTTP server, real PostgreSQL (a fresh database cloned
// from the migrated template), the Hải Phòng demo data seeded — for the browser and end-to-end suites.
import { createLogger, parseServerEnv, startApplication, type RunningApplication } from "@tinhgon/server";

import { createTestDatabase, type TestDatabase } from "./database.ts";

export interface SeededApp {
  app: RunningApplication;
  database: TestDatabase;
}

export async function startSeededApp(): Promise<SeededApp> {
  const database = await createTestDatabase();
  // Without NO_SEED the application seeds the demo data into the empty database.
  const app = await startApplication(
    parseServerEnv({ DATABASE_URL: database.url, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "test" }),
    () => undefined,
    createLogger({ level: "silent" }),
  );
  return { app, database };
}

// Start-up and shutdown of the whole application: database (embedded or external), migrations, demo
// seed, HTTP server. main.ts wires it to the process; tests call it directly.
import { isAbsolute, join } from "node:path";

import { createInnerContext } from "@tinhgon/api";
import {
  applyMigrations,
  createDatabase,
  createRepositories,
  repositoryRoot,
  seedDemoDataIfEmpty,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from "@tinhgon/db";

import packageJson from "../../../package.json" with { type: "json" };
import type { ServerEnv } from "./env.ts";
import { closeServer, createAppServer, listen } from "./http-server.ts";
import type { Logger } from "./logger.ts";

export interface RunningApplication {
  url: string;
  port: number;
  databaseUrl: string;
  embedded: boolean;
  seeded: boolean;
  stop: () => Promise<void>;
}

/** Lines for the person at the terminal (the banner); machine logs go to `logger`. */
export type Say = (line: string) => void;

export const appVersion: string = packageJson.version;

export async function startApplication(
  env: ServerEnv,
  log: Say,
  logger: Logger,
): Promise<RunningApplication> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl === undefined) {
    const dataDir = join(
      isAbsolute(env.DATA_DIR) ? env.DATA_DIR : join(repositoryRoot, env.DATA_DIR),
      "postgres",
    );
    log(`Khởi động PostgreSQL nhúng (${dataDir}) …`);
    embedded = await startEmbeddedDatabase({
      dataDir,
      ...(env.EMBEDDED_DB_PORT === undefined ? {} : { port: env.EMBEDDED_DB_PORT }),
      ...(env.DB_LOG
        ? {
            onLog: (line: string) => {
              log(`[postgres] ${line.trimEnd()}`);
            },
          }
        : {}),
    });
    databaseUrl = embedded.url;
  } else {
    log(`Dùng PostgreSQL ngoài (DATABASE_URL = ${redactPassword(databaseUrl)})`);
  }

  const db = createDatabase({ url: databaseUrl });
  try {
    log("Áp dụng migration …");
    await applyMigrations(databaseUrl);
    const seeded = env.NO_SEED ? false : (await seedDemoDataIfEmpty(db)).seeded;
    if (seeded) log("Đã nạp dữ liệu minh họa (Thành phố Hải Phòng).");

    const repositories = createRepositories(db);
    const server = createAppServer({
      webDistDir: join(repositoryRoot, "apps/web/dist"),
      production: env.NODE_ENV === "production",
      logger,
      createContext: () => createInnerContext({ version: appVersion, repositories }),
    });
    const port = await listen(server, env.PORT, env.HOST);
    logger.info({ port, embeddedDatabase: embedded !== undefined, seeded }, "server started");
    const shownHost = env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST;
    const finalDatabaseUrl = databaseUrl;
    return {
      url: `http://${shownHost}:${port}`,
      port,
      databaseUrl: finalDatabaseUrl,
      embedded: embedded !== undefined,
      seeded,
      stop: async () => {
        await closeServer(server);
        await db.$disconnect();
        await embedded?.stop();
        logger.info("server stopped");
      },
    };
  } catch (error) {
    await db.$disconnect();
    await embedded?.stop();
    throw error;
  }
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(URL không đọc được)";
  }
}

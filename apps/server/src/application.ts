// Start-up and shutdown of the whole application: database (embedded or external), migrations, demo
// seed, HTTP server. main.ts wires it to the process; tests call it directly.
import { isAbsolute, join } from "node:path";

import { createInnerContext, createPlanReportCache } from "@tinhgon/api";
import {
  applyMigrations,
  demoUsers,
  createDatabase,
  createReplicaReader,
  createRepositories,
  repositoryRoot,
  seedDemoDataIfEmpty,
  startEmbeddedDatabase,
  toActor,
  type EmbeddedDatabase,
} from "@tinhgon/db";

import packageJson from "../../../package.json" with { type: "json" };
import { hashPassword } from "better-auth/crypto";

import { createAuth, developmentSecret, randomDemoPassword } from "./auth.ts";
import type { ServerEnv } from "./env.ts";
import { closeServer, createAppServer, listen } from "./http-server.ts";
import type { Logger } from "./logger.ts";
import { createSessionReader } from "./session-reader.ts";

export interface RunningApplication {
  url: string;
  port: number;
  databaseUrl: string;
  embedded: boolean;
  seeded: boolean;
  /** The demo users' password (development only; undefined in production). */
  demoPassword: string | undefined;
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

  const db = createDatabase({ url: databaseUrl, maxConnections: env.DATABASE_POOL_SIZE });
  const replicas = createReplicaReader(db, {
    urls: env.DATABASE_REPLICA_URLS,
    maxConnections: env.DATABASE_POOL_SIZE,
  });
  try {
    log("Áp dụng migration …");
    // Safe when several instances start at once: applyMigrations serialises them with a lock.
    await applyMigrations(env.DATABASE_DIRECT_URL ?? databaseUrl);
    // Seeding runs under an advisory lock and only into an empty database: one instance seeds.
    const seeded = env.NO_SEED ? false : (await seedDemoDataIfEmpty(db)).seeded;
    if (seeded) log("Đã nạp dữ liệu minh họa (Thành phố Hải Phòng).");
    if (replicas.count > 0)
      log(`Danh sách và tìm kiếm đọc từ ${String(replicas.count)} bản sao (read replicas).`);

    const repositories = createRepositories(db, { replica: replicas.client });
    const production = env.NODE_ENV === "production";
    const dataRoot = isAbsolute(env.DATA_DIR) ? env.DATA_DIR : join(repositoryRoot, env.DATA_DIR);
    if (env.AUTH_SECRET === undefined && embedded === undefined)
      log(
        `AUTH_SECRET chưa đặt: dùng khóa phát triển trong ${join(dataRoot, "auth-secret")}. Nếu chạy nhiều máy chủ cùng một cơ sở dữ liệu, đặt cùng một AUTH_SECRET cho tất cả. (Several instances must share one AUTH_SECRET.)`,
      );
    const auth = createAuth({
      db,
      secret: env.AUTH_SECRET ?? (await developmentSecret(join(dataRoot, "auth-secret"))),
      production,
      trustedOrigins: env.TRUSTED_ORIGINS,
      signInAttemptsPerMinute: env.SIGN_IN_RATE_LIMIT,
    });
    // Demo users exist only outside production, with DEMO_PASSWORD or a new random password each start.
    let demoPassword: string | undefined;
    if (!production && !env.NO_SEED) {
      demoPassword = env.DEMO_PASSWORD ?? randomDemoPassword();
      const passwordHash = await hashPassword(demoPassword);
      for (const user of demoUsers)
        await repositories.upsertUser(
          { ...user, passwordHash },
          { actorId: null, actorRole: "system", requestId: null, action: "seed.demoUsers" },
        );
      log("Tài khoản minh họa (Demo users):");
      for (const user of demoUsers) log(`  ${user.email.padEnd(30)} ${user.role}`);
      log(
        env.DEMO_PASSWORD === undefined
          ? `  Mật khẩu (password): ${demoPassword}   (ngẫu nhiên mỗi lần chạy; đặt DEMO_PASSWORD để cố định)`
          : "  Mật khẩu (password): giá trị của DEMO_PASSWORD",
      );
    }
    // Derived data only, checked against the database's version on every call (docs/adr/0035).
    const planReports = createPlanReportCache();
    // The session is read on every request (ADR 0035), directly in the common case (ADR 0040).
    const sessions = await createSessionReader(auth, db);
    const server = createAppServer({
      webDistDir: join(repositoryRoot, "apps/web/dist"),
      production,
      logger,
      auth,
      trustedOrigins: env.TRUSTED_ORIGINS,
      trustProxy: env.TRUST_PROXY,
      createContext: async (request, response, requestId) => {
        // The user row read with the session (role and scope included: auth.ts).
        const { user, setCookies } = await sessions.read(request.headers);
        // An extended session's cookie (a new Max-Age: the session lasts while in use), or an expired
        // one's deletion, as the library's own routes would send them. Once: a call tRPC's handler
        // answers again after plan.evaluate's own path builds the context a second time.
        if (setCookies.length > 0 && !response.hasHeader("Set-Cookie"))
          response.setHeader("Set-Cookie", setCookies);
        const actor = user
          ? (toActor({
              id: user.id,
              name: user.name,
              email: user.email,
              role: user.role ?? "",
              provinceCode: user.provinceCode ?? null,
              districtKey: user.districtKey ?? null,
              agencyKey: user.agencyKey ?? null,
            }) ?? null)
          : null;
        return createInnerContext({ version: appVersion, repositories, actor, requestId, planReports });
      },
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
      demoPassword,
      stop: async () => {
        await closeServer(server);
        await replicas.disconnect();
        await db.$disconnect();
        await embedded?.stop();
        logger.info("server stopped");
      },
    };
  } catch (error) {
    await replicas.disconnect();
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

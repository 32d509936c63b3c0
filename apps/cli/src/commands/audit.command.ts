// `tinhgon audit verify`: walks the whole audit trail and recomputes its hash chain — an edited, inserted
// or deleted event is reported with its sequence number (exit 1). `tinhgon audit export --plan ID`: a
// plan's events as JSON. The database is DATABASE_URL, or the embedded one `npm start` uses (started
// for the command when it is not running).
import { isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";

import {
  createDatabase,
  createRepositories,
  DEFAULT_EMBEDDED_DATABASE_URL,
  probeDatabase,
  repositoryRoot,
  startEmbeddedDatabase,
} from "@tinhgon/db";

import { readCliEnv } from "../env.ts";
import { type CliIo, EXIT_OK, EXIT_VIOLATIONS } from "../io.ts";
import { usageError } from "./command-support.ts";

const usage =
  "npx tinhgon audit verify [--database-url URL] [--json] | npx tinhgon audit export --plan ID [--database-url URL]";

async function withRepositories<T>(
  databaseUrl: string | undefined,
  io: CliIo,
  work: (repositories: ReturnType<typeof createRepositories>) => Promise<T>,
): Promise<T> {
  const env = readCliEnv();
  let url = databaseUrl ?? env.DATABASE_URL ?? DEFAULT_EMBEDDED_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (databaseUrl === undefined && env.DATABASE_URL === undefined) {
    // The app's embedded database: use it if it is running, otherwise start it for this command.
    const probe = createDatabase({ url });
    const reachable = (await probeDatabase(probe)).reachable;
    await probe.$disconnect();
    if (!reachable) {
      io.err("Khởi động PostgreSQL nhúng để kiểm tra … (starting the embedded database)\n");
      const dataDir = join(
        isAbsolute(env.DATA_DIR) ? env.DATA_DIR : join(repositoryRoot, env.DATA_DIR),
        "postgres",
      );
      const embedded = await startEmbeddedDatabase({ dataDir });
      url = embedded.url;
      stopEmbedded = embedded.stop;
    }
  }
  const db = createDatabase({ url });
  try {
    return await work(createRepositories(db));
  } finally {
    await db.$disconnect();
    await stopEmbedded?.();
  }
}

export async function runAudit(args: readonly string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  let values: { "database-url"?: string | undefined; json?: boolean | undefined; plan?: string | undefined };
  try {
    values = parseArgs({
      args: [...rest],
      options: { "database-url": { type: "string" }, json: { type: "boolean" }, plan: { type: "string" } },
      allowPositionals: false,
    }).values;
  } catch (error) {
    return usageError(io, error, usage);
  }
  if (action === "verify") {
    const result = await withRepositories(values["database-url"], io, (repositories) =>
      repositories.verifyAuditChain(),
    );
    if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.ok)
      io.out(
        `Nhật ký kiểm toán nguyên vẹn: ${String(result.events)} sự kiện, chuỗi băm khớp.\n` +
          `Mã băm cuối (head hash): ${result.headHash}\n` +
          "Lưu mã băm cuối ở nơi khác để phát hiện cả việc xóa các sự kiện mới nhất.\n" +
          `(Audit trail intact: ${String(result.events)} events.)\n`,
      );
    else
      io.out(
        `NHẬT KÝ KIỂM TOÁN BỊ THAY ĐỔI tại sự kiện số ${result.brokenAt} (${
          result.reason === "hash_mismatch"
            ? "nội dung không khớp mã băm"
            : "liên kết với sự kiện trước bị đứt"
        }); ${String(result.events)} sự kiện trước đó còn nguyên vẹn. Báo ngay cho quản trị hệ thống.\n` +
          `(Audit trail tampered with at event ${result.brokenAt}: ${result.reason}.)\n`,
      );
    return result.ok ? EXIT_OK : EXIT_VIOLATIONS;
  }
  if (action === "export") {
    const plan = values.plan;
    if (plan === undefined || !/^[0-9a-f-]{36}$/i.test(plan))
      return usageError(
        io,
        { vi: "Cần --plan là mã phương án (UUID).", en: "--plan must be a plan id (UUID)." },
        usage,
      );
    const events = await withRepositories(values["database-url"], io, (repositories) =>
      repositories.listAuditEvents({ planId: plan }),
    );
    io.out(`${JSON.stringify(events, null, 2)}\n`);
    return EXIT_OK;
  }
  return usageError(
    io,
    { vi: `Lệnh con không hợp lệ: "${action ?? ""}" (verify hoặc export).`, en: "Unknown sub-command." },
    usage,
  );
}

// `npm start`: starts Tinh Gọn and stops everything cleanly (embedded PostgreSQL included) on Ctrl-C.
import { EmbeddedDatabaseError, MigrationError } from "@tinhgon/db";

import { startApplication } from "./application.ts";
import { InvalidEnvironmentError, readServerEnv } from "./env.ts";
import { createLogger } from "./logger.ts";

const log = (line: string): void => {
  console.log(line);
};

async function main(): Promise<number> {
  const env = readServerEnv();
  const logger = createLogger({ level: env.LOG_LEVEL });
  const app = await startApplication(env, log, logger);
  log("");
  log(`Tinh Gọn đang chạy tại ${app.url}   (Tinh Gọn is running at ${app.url})`);
  log(`  API: ${app.url}/trpc   Kiểm tra sức khỏe: ${app.url}/healthz`);
  log("  Nhấn Ctrl-C để dừng. (Press Ctrl-C to stop.)");

  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      log(`\nNhận ${signal}: đang dừng máy chủ và cơ sở dữ liệu …`);
      app.stop().then(resolve, (error: unknown) => {
        console.error(error);
        resolve();
      });
    };
    // `on`, not `once`: tsx exits with 130 when a signal finds no listener left, which would cut the
    // shutdown of the embedded database short; a second Ctrl-C is ignored while stopping.
    process.on("SIGINT", () => {
      shutdown("SIGINT");
    });
    process.on("SIGTERM", () => {
      shutdown("SIGTERM");
    });
  });
  log("Đã dừng. (Stopped.)");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InvalidEnvironmentError) {
      console.error(`Cấu hình không hợp lệ — sửa các biến môi trường sau rồi chạy lại:\n${error.message}`);
    } else if (error instanceof EmbeddedDatabaseError) {
      console.error(
        `Không khởi động được PostgreSQL nhúng. ${error.message}\nGợi ý: dừng tiến trình đang dùng cổng đó, hoặc đặt EMBEDDED_DB_PORT / DATABASE_URL.`,
      );
    } else if (error instanceof MigrationError) {
      console.error(`Không áp dụng được migration cơ sở dữ liệu: ${error.message}\n${error.output}`);
    } else {
      console.error("Không khởi động được Tinh Gọn:", error);
    }
    process.exitCode = 1;
  },
);

// For the end-to-end suites: start the real application in-process.
export { appVersion, startApplication, type RunningApplication } from "./application.ts";
export { createAuth } from "./auth.ts";
export { createSessionReader, type SessionReader } from "./session-reader.ts";
export { parseServerEnv, type ServerEnv } from "./env.ts";
export { createLogger, type Logger } from "./logger.ts";

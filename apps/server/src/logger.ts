// Structured JSON logs (pino). The start-up banner for the person at the terminal stays plain text.
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(options: { level: string; destination?: NodeJS.WritableStream }): Logger {
  return pino({ level: options.level, base: { service: "tinhgon" } }, options.destination ?? process.stdout);
}

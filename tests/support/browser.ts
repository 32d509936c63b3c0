// Debian's Chromium driven by playwright-core (no browser download; see docs/adr/0001-stack-and-architecture.md).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium, type Browser } from "playwright-core";

import { testEnv } from "./env.ts";

export const chromiumAvailable = existsSync(testEnv.CHROMIUM_PATH);

/** Screenshots land here (git-ignored) so a person can look at what the tests saw. */
export const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "artifacts");

export async function launchBrowser(): Promise<Browser> {
  await mkdir(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: testEnv.CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

// The browser suite runs in Debian's Chromium. Missing locally: a loud skip with the install command.
// Missing in CI (CI=true): a failure, never a skip.
import { existsSync } from "node:fs";

import { testEnv } from "./env.ts";

export default function setup(): void {
  if (existsSync(testEnv.CHROMIUM_PATH)) return;
  const notice = [
    "",
    "################################################################################",
    `#  BROWSER TESTS NOT RUN: ${testEnv.CHROMIUM_PATH} is missing.`,
    "#  Install Debian's Chromium:  sudo apt-get install -y chromium fonts-noto-core",
    "#  (or point CHROMIUM_PATH at a Chromium binary).",
    "################################################################################",
    "",
  ].join("\n");
  if (testEnv.CI) throw new Error(`CI=true and Chromium is missing.${notice}`);
  console.warn(notice);
}

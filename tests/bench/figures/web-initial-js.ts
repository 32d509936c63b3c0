// web_initial_js_kb_gzip (issue #9): the JavaScript the browser must fetch before the app can start —
// the entry script of apps/web/dist/index.html and the chunks it modulepreloads — gzipped (node:zlib at its
// default level 6, what servers use on the fly). Lazy chunks (pages, charts) are not counted.
// The web app is built first when dist/ is missing or older than its sources (apps/web, packages/domain).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { repositoryRoot } from "@tinhgon/db";

import type { BenchContext } from "../harness/context.ts";
import { type Figure, skip } from "../harness/figure.ts";
import { round } from "../harness/timing.ts";

export const webRoot = join(repositoryRoot, "apps/web");
export const webDist = join(webRoot, "dist");

async function newestModification(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, await newestModification(join(path, entry)));
  }
  return newest;
}

/** Why the build is missing or stale, or undefined when dist/ is newer than every source. */
async function staleness(): Promise<string | undefined> {
  const index = join(webDist, "index.html");
  if (!existsSync(index)) return "apps/web/dist is missing";
  const built = (await stat(index)).mtimeMs;
  const sources = [
    join(webRoot, "src"),
    join(webRoot, "index.html"),
    join(webRoot, "vite.config.ts"),
    join(repositoryRoot, "packages/domain/src"),
  ];
  for (const source of sources) {
    if (existsSync(source) && (await newestModification(source)) > built)
      return `${source.slice(repositoryRoot.length + 1)} is newer than apps/web/dist`;
  }
  return undefined;
}

function runViteBuild(context: BenchContext): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repositoryRoot, "node_modules/vite/bin/vite.js"), "build"], {
      cwd: webRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve();
      else {
        context.log(output);
        reject(new Error(`vite build exited with code ${String(code)}`));
      }
    });
  });
}

/** The web build, (re)built at most once per run; shared with the browser figure. */
export function ensureWebBuild(
  context: BenchContext,
): Promise<{ built: boolean; reason: string | undefined }> {
  return context.shared("web-build", async () => {
    const reason = await staleness();
    if (reason === undefined) return { built: false, reason };
    if (!existsSync(join(repositoryRoot, "node_modules/vite/bin/vite.js")))
      throw new Error(`${reason}, and vite is not installed`);
    context.log(`  ${reason}: building the web app (vite build) …`);
    await runViteBuild(context);
    return { built: true, reason };
  });
}

/** The scripts index.html loads at start: its module entry and every modulepreload link. */
export function initialScripts(html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g))
    if (match[1]) paths.add(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"[^>]*>/g))
    if (match[1]) paths.add(match[1]);
  return [...paths];
}

export const webInitialJs: Figure = {
  name: "web_initial_js_kb_gzip",
  title: {
    vi: "JavaScript tải ban đầu của ứng dụng web (gzip)",
    en: "Initial JavaScript of the web app (gzip)",
  },
  unit: "KB",
  goal: { op: "<=", target: 350 },
  digits: 1,
  measure: async (context) => {
    let build: { built: boolean; reason: string | undefined };
    try {
      build = await ensureWebBuild(context);
    } catch (error) {
      return skip(`no usable web build: ${error instanceof Error ? error.message : String(error)}`);
    }
    const html = await readFile(join(webDist, "index.html"), "utf8");
    const scripts = initialScripts(html);
    if (scripts.length === 0) return skip("apps/web/dist/index.html loads no script");
    const files: Record<string, { bytes: number; gzipBytes: number }> = {};
    let gzipTotal = 0;
    let rawTotal = 0;
    for (const script of scripts) {
      const content = await readFile(join(webDist, script.replace(/^\//, "")));
      const gzipBytes = gzipSync(content).byteLength;
      files[script] = { bytes: content.byteLength, gzipBytes };
      gzipTotal += gzipBytes;
      rawTotal += content.byteLength;
    }
    // For context: every script of the build, lazy chunks included.
    const assets = await readdir(join(webDist, "assets"));
    let allGzip = 0;
    for (const asset of assets.filter((name) => name.endsWith(".js")))
      allGzip += gzipSync(await readFile(join(webDist, "assets", asset))).byteLength;
    return {
      value: gzipTotal / 1024,
      detail: {
        rebuilt: build.built,
        ...(build.reason ? { rebuildReason: build.reason } : {}),
        initialScripts: scripts.length,
        initialKbRaw: round(rawTotal / 1024, 1),
        initialKbGzip: round(gzipTotal / 1024, 1),
        allScriptsKbGzip: round(allGzip / 1024, 1),
        files,
      },
    };
  },
};

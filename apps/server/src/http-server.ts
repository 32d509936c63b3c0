// The HTTP surface: /trpc (the API), /healthz (for load balancers and operators), and the built web
// app at / (with single-page fallback to index.html).
import { existsSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";

import { appRouter, type Context } from "@tinhgon/api";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import sirv from "sirv";

export interface AppServerOptions {
  /** Builds the per-request context (the outer context of CONVENTIONS.md). */
  createContext: () => Context;
  /** The built web app (apps/web/dist); when missing, / explains how to build it. */
  webDistDir: string;
  /** Cache static assets for long (production); off in development. */
  production?: boolean;
}

export function createAppServer(options: AppServerOptions): Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext: options.createContext,
  });
  const hasWebBuild = existsSync(join(options.webDistDir, "index.html"));
  const web = hasWebBuild
    ? sirv(options.webDistDir, {
        single: true,
        etag: true,
        gzip: false,
        dev: !options.production,
        setHeaders: (response, pathname) => {
          if (pathname.startsWith("/assets/"))
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        },
      })
    : undefined;

  return createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path === "/trpc" || path.startsWith("/trpc/")) {
      trpc(request, response);
      return;
    }
    if (path === "/healthz") {
      void answerHealth(options.createContext(), response);
      return;
    }
    if (!web) {
      sendText(response, 503, "Web app not built: run `npm run build` (npm start does it for you).\n");
      return;
    }
    web(request, response, () => {
      sendText(response, 404, "Not found\n");
    });
  });
}

async function answerHealth(context: Context, response: ServerResponse): Promise<void> {
  const database = await context.health.probeDatabase();
  const body = JSON.stringify({
    status: database.reachable ? "ok" : "degraded",
    version: context.version,
    database,
  });
  response.writeHead(database.reachable ? 200 : 503, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  response.end(text);
}

/** Resolves once the server listens; returns the actual port (useful with port 0). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}

// The HTTP surface: /trpc (the API), /healthz (for load balancers and operators), and the built web
// app at / (with single-page fallback to index.html). Requests are logged as structured JSON.
import { existsSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";

import { appRouter, type Context } from "@tinhgon/api";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import sirv from "sirv";

import type { Logger } from "./logger.ts";

export interface AppServerOptions {
  /** Builds the per-request context (the outer context of CONVENTIONS.md). */
  createContext: () => Context;
  /** The built web app (apps/web/dist); when missing, / explains how to build it. */
  webDistDir: string;
  /** Cache static assets for long (production); off in development. */
  production?: boolean;
  logger: Logger;
  /** Largest accepted request body: imports of a whole province are a few MB. */
  maxBodySize?: number;
}

export function createAppServer(options: AppServerOptions): Server {
  const { logger } = options;
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    // A query may be POSTed (compliance.check of a whole province's document does not fit in a URL).
    allowMethodOverride: true,

    maxBodySize: options.maxBodySize ?? 50 * 1024 * 1024,
    createContext: options.createContext,
    onError: ({ error, path }) => {
      // Expected failures (bad input, not found) are the client's business; defects are logged in full.
      if (error.code === "INTERNAL_SERVER_ERROR")
        logger.error({ err: error.cause ?? error, path }, "procedure failed");
      else logger.info({ path, code: error.code }, "procedure refused");
    },
  });
  const hasWebBuild = existsSync(join(options.webDistDir, "index.html"));
  const web = hasWebBuild
    ? sirv(options.webDistDir, {
        single: true,
        etag: true,
        dev: !options.production,
        setHeaders: (response, pathname) => {
          if (pathname.startsWith("/assets/"))
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        },
      })
    : undefined;

  return createServer((request, response) => {
    const started = process.hrtime.bigint();
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    response.on("finish", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.debug(
        {
          method: request.method,
          path,
          status: response.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
        },
        "request",
      );
    });
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
  const database = await context.repositories.probeDatabase();
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

/**
 * Stops accepting connections and lets in-flight requests finish; after `graceMs` the remaining
 * connections are closed so shutdown always ends.
 */
export function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.closeAllConnections();
    }, graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

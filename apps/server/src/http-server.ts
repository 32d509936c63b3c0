// The HTTP surface: /api/auth (sign-in, sign-out, session: better-auth), /trpc (the API), /healthz (for
// load balancers and operators), and the built web app at / (with single-page fallback to index.html).
// Every response carries security headers; cookie-carrying writes must come from our own origin (CSRF);
// bodies are size-limited; requests are logged as structured JSON with a request id and no personal data.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { appRouter, type Context, createCaller } from "@tinhgon/api";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { toNodeHandler } from "better-auth/node";
import Negotiator from "negotiator";
import sirv from "sirv";

import { type Auth, CLIENT_IP_HEADER } from "./auth.ts";
import type { Logger } from "./logger.ts";

export interface AppServerOptions {
  /**
   * Builds the per-request context (the outer context of CONVENTIONS.md) from the request; may set
   * headers on the response (the session cookie, when the auth library extended the session).
   */
  createContext: (request: IncomingMessage, response: ServerResponse, requestId: string) => Promise<Context>;
  /** better-auth, mounted at /api/auth. */
  auth: Auth;
  /** Origins besides the server's own that may send cookie-carrying writes. */
  trustedOrigins?: string[];
  /** Take the client address from X-Forwarded-For (behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** The built web app (apps/web/dist); when missing, / explains how to build it. */
  webDistDir: string;
  /** Cache static assets for long (production); off in development. */
  production?: boolean;
  logger: Logger;
  /** Largest accepted request body: imports of a whole province are a few MB. */
  maxBodySize?: number;
}

/** Requests to the sign-in routes are small: anything larger is refused before it is read. */
const AUTH_MAX_BODY = 64 * 1024;

const requestIds = new WeakMap<IncomingMessage, string>();

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return trustProxy && first ? first : (request.socket.remoteAddress ?? "unknown");
}

/** A client's request id when it is a sane token (for tracing through a proxy), else a new one. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && /^[\w.:-]{8,100}$/.test(given) ? given : randomUUID();
}

/**
 * Security headers for every response. The web app needs inline styles (antd's CSS-in-JS) and data:/
 * blob: images (chart PNG export); nothing is loaded from another origin.
 */
function setSecurityHeaders(response: ServerResponse, production: boolean): void {
  response.setHeader(
    "Content-Security-Policy",
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  );
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Referrer-Policy", "same-origin");
  response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
  response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (production) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

/**
 * CSRF protection for the cookie session: a write to the API must be JSON (a cross-site form cannot
 * send it without a CORS preflight, which this server never grants) and, when the browser names its
 * origin, come from this server's own origin or a trusted one.
 */
function csrfRefusal(request: IncomingMessage, trusted: readonly string[]): string | undefined {
  const method = request.method ?? "GET";
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return undefined;
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return "content-type";
  const origin = request.headers.origin;
  if (origin === undefined) {
    // Non-browser clients send no Origin; a browser that hides it still says where the request came from.
    return request.headers["sec-fetch-site"] === "cross-site" ? "cross-site" : undefined;
  }
  const own = `http://${request.headers.host ?? ""}`;
  const ownTls = `https://${request.headers.host ?? ""}`;
  return origin === own || origin === ownTls || trusted.includes(origin) ? undefined : "origin";
}

/** An error in tRPC's own answer shape (what every API client already reads), with our app code. */
function sendTrpcError(
  response: ServerResponse,
  status: number,
  trpcCode: "UNSUPPORTED_MEDIA_TYPE" | "FORBIDDEN",
  appCode: "INPUT_INVALID" | "FORBIDDEN",
  message: { vi: string; en: string },
): void {
  sendJson(response, status, {
    error: {
      message: message.en,
      code: trpcCode === "FORBIDDEN" ? -32003 : -32415,
      data: { code: trpcCode, httpStatus: status, appCode, message, problems: null },
    },
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end(JSON.stringify(body));
}

/** The procedure whose answers are served from serialised bytes (below). */
const PLAN_EVALUATE_PATH = "/trpc/plan.evaluate";

/** plan.evaluate's input as a GET request carries it, with whether the call came as a batch of one. */
function planEvaluateCall(request: IncomingMessage): { input: unknown; batch: boolean } | undefined {
  if (request.method !== "GET") return undefined;
  // A streaming client (httpBatchStreamLink) gets tRPC's own streamed answer.
  const accept = request.headers.accept ?? "";
  if (request.headers["trpc-accept"] !== undefined || accept.includes("application/jsonl")) return undefined;
  const query = new URL(request.url ?? "/", "http://localhost").searchParams;
  const raw = query.get("input");
  const batch = query.get("batch");
  if (raw === null || (batch !== null && batch !== "1")) return undefined;
  for (const name of query.keys()) if (name !== "input" && name !== "batch") return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (batch === null) return { input: parsed, batch: false };
    if (typeof parsed !== "object" || parsed === null || Object.keys(parsed).join() !== "0") return undefined;
    return { input: (parsed as Record<string, unknown>)["0"], batch: true };
  } catch {
    return undefined;
  }
}

/**
 * The bytes of plan.evaluate's answer, serialised once per cached report object (a report is immutable
 * and kept by the plan-report cache per stored plan version; the bytes go when it goes). Exactly what
 * tRPC writes: `{"result":{"data":…}}`, in an array for a batch; gzipped once too, for clients that accept
 * it (a province plan's 141 KB answer is ~10 KB gzipped, made in ~2.5 ms once per plan version).
 */
type AnswerForm = "single" | "batch" | "single.gz" | "batch.gz";
const serialisedReports = new WeakMap<object, Partial<Record<AnswerForm, Buffer>>>();

function answerBytes(report: object, batch: boolean, gzip: boolean): Buffer {
  let bytes = serialisedReports.get(report);
  if (!bytes) {
    bytes = {};
    serialisedReports.set(report, bytes);
  }
  const plainForm = batch ? "batch" : "single";
  let plain = bytes[plainForm];
  if (!plain) {
    const answer = JSON.stringify({ result: { data: report } });
    plain = Buffer.from(batch ? `[${answer}]` : answer, "utf8");
    bytes[plainForm] = plain;
  }
  if (!gzip) return plain;
  const gzipForm = batch ? "batch.gz" : "single.gz";
  let compressed = bytes[gzipForm];
  if (!compressed) {
    compressed = gzipSync(plain);
    bytes[gzipForm] = compressed;
  }
  return compressed;
}

/** Whether the client prefers gzip to the plain bytes (Accept-Encoding, with its q-values). */
function acceptsGzip(request: IncomingMessage): boolean {
  return new Negotiator(request).encoding(["identity", "gzip"]) === "gzip";
}

export function createAppServer(options: AppServerOptions): Server {
  const { logger } = options;
  const trusted = options.trustedOrigins ?? [];
  const authHandler = toNodeHandler(options.auth);
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    // A query may be POSTed (compliance.check of a whole province's document does not fit in a URL).
    allowMethodOverride: true,

    maxBodySize: options.maxBodySize ?? 50 * 1024 * 1024,
    createContext: ({ req, res }) => options.createContext(req, res, requestIds.get(req) ?? randomUUID()),
    onError: ({ error, path }) => {
      // Expected failures (bad input, not found) are the client's business; defects are logged in full.
      if (error.code === "INTERNAL_SERVER_ERROR")
        logger.error({ err: error.cause ?? error, path }, "procedure failed");
      else logger.info({ path, code: error.code }, "procedure refused");
      // (Inputs are never logged: they may hold personal data.)
    },
  });
  /**
   * plan.evaluate, the most frequent large answer (issue #9): the call goes through tRPC's caller — the
   * same input validation, permission check (deny by default, on every call) and service as tRPC's
   * handler — and only the answer's serialisation is skipped: the cached report's bytes are written as
   * they are. The report is that of one stored plan version, the same for everyone allowed to read it.
   * Any failure goes to tRPC's handler, which runs the call again and answers in its own error shape
   * (plan.evaluate has no side effects).
   */
  const answerPlanEvaluate = async (
    call: { input: unknown; batch: boolean },
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
  ): Promise<void> => {
    let report: object;
    try {
      const context = await options.createContext(request, response, requestId);
      report = await createCaller(context).plan.evaluate(call.input as { id: string });
    } catch {
      trpc(request, response);
      return;
    }
    const gzip = acceptsGzip(request);
    const body = answerBytes(report, call.batch, gzip);
    response.writeHead(200, {
      "Content-Type": "application/json",
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      Vary: "trpc-accept, accept, accept-encoding",
      "Content-Length": body.byteLength,
    });
    response.end(body);
  };
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
    const requestId = requestIdOf(request);
    requestIds.set(request, requestId);
    response.setHeader("X-Request-Id", requestId);
    setSecurityHeaders(response, options.production === true);
    response.on("finish", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // The path only: query strings carry tRPC inputs, which may hold personal data.
      logger.debug(
        {
          requestId,
          method: request.method,
          path,
          status: response.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
        },
        "request",
      );
    });
    if (path === "/api/auth" || path.startsWith("/api/auth/")) {
      const method = request.method ?? "GET";
      const declared = request.headers["content-length"];
      // A body without a declared length (chunked) would be read whole before anyone looked at it.
      if (
        method !== "GET" &&
        method !== "HEAD" &&
        declared === undefined &&
        request.headers["transfer-encoding"]
      ) {
        sendJson(response, 411, {
          message: "Content-Length required.",
          messageVi: "Yêu cầu đăng nhập phải có độ dài nội dung (Content-Length).",
        });
        return;
      }
      if (Number(declared ?? "0") > AUTH_MAX_BODY) {
        sendJson(response, 413, { message: "Request too large.", messageVi: "Yêu cầu quá lớn." });
        return;
      }
      // The client's address for the library's rate limiter: from the socket (a client cannot set it),
      // or from the trusted proxy's X-Forwarded-For.
      request.headers[CLIENT_IP_HEADER] = clientAddress(request, options.trustProxy === true);
      void authHandler(request, response);
      return;
    }
    if (path === "/trpc" || path.startsWith("/trpc/")) {
      const refusal = csrfRefusal(request, trusted);
      if (refusal === "content-type") {
        sendTrpcError(response, 415, "UNSUPPORTED_MEDIA_TYPE", "INPUT_INVALID", {
          vi: "Dữ liệu phải gửi dạng JSON (Content-Type: application/json). Sửa yêu cầu rồi gửi lại.",
          en: "Send the data as JSON (Content-Type: application/json) and try again.",
        });
        return;
      }
      if (refusal) {
        logger.info({ requestId, path, refusal }, "cross-site request refused");
        sendTrpcError(response, 403, "FORBIDDEN", "FORBIDDEN", {
          vi: "Yêu cầu không đến từ trang Tinh Gọn nên bị từ chối (chống giả mạo yêu cầu). Mở lại Tinh Gọn rồi thử lại.",
          en: "The request did not come from the Tinh Gọn page, so it was refused (forgery protection). Open Tinh Gọn again and retry.",
        });
        return;
      }
      const planEvaluate = path === PLAN_EVALUATE_PATH ? planEvaluateCall(request) : undefined;
      if (planEvaluate) {
        void answerPlanEvaluate(planEvaluate, request, response, requestId);
        return;
      }
      trpc(request, response);
      return;
    }
    if (path === "/healthz") {
      void options
        .createContext(request, response, requestId)
        .then((context) => answerHealth(context, response));
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

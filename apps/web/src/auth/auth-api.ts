// The two authentication routes of the server (better-auth, mounted at /api/auth), called with plain
// fetch: the session lives in an HTTP-only cookie the browser keeps and sends with every same-origin
// request, so the app never sees or stores a token.

export type SignInFailure =
  /** Wrong email or password (the server does not say which, on purpose). */
  | { reason: "credentials" }
  /** Too many attempts from this address: wait `retryAfterSeconds` (when the server said). */
  | { reason: "rate_limited"; retryAfterSeconds: number | undefined }
  /** No answer: network down, server stopped, or a proxy in between that answered for it. */
  | { reason: "unreachable" }
  | { reason: "server" };

export type SignInOutcome = { ok: true } | ({ ok: false } & SignInFailure);

const jsonPost = (body: unknown): RequestInit => ({
  method: "POST",
  credentials: "same-origin",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Signs in with email and password; on success the server has set the session cookie. */
export async function signInWithEmail(email: string, password: string): Promise<SignInOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/auth/sign-in/email", jsonPost({ email, password }));
  } catch {
    return { ok: false, reason: "unreachable" };
  }
  if (response.ok) return { ok: true };
  switch (response.status) {
    case 400:
    case 401:
      return { ok: false, reason: "credentials" };
    case 429: {
      // better-auth's rate limiter says how long to wait in X-Retry-After (seconds).
      const seconds = Number(response.headers.get("x-retry-after"));
      return {
        ok: false,
        reason: "rate_limited",
        retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined,
      };
    }
    case 502:
    case 503:
    case 504:
      return { ok: false, reason: "unreachable" };
    default:
      return { ok: false, reason: "server" };
  }
}

/** Ends the session on the server (which clears the cookie); false when the server could not be reached. */
export async function signOut(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/sign-out", jsonPost({}));
    // An already expired session is signed out as well.
    return response.ok || response.status === 401;
  } catch {
    return false;
  }
}

// A tiny client-side router over the History API (no dependency): plain, bookmarkable paths. The server
// answers index.html for unknown paths, so a reload of /co-cau opens the same page.
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

export type PageKey =
  "overview" | "explorer" | "positions" | "plans" | "plan" | "rules" | "system" | "users" | "not-found";

/** The paths of issue 6, in Vietnamese; a plan's page is `/phuong-an/:id`. */
export const pagePaths = {
  overview: "/",
  explorer: "/co-cau",
  positions: "/vi-tri-viec-lam",
  plans: "/phuong-an",
  rules: "/quy-dinh",
  system: "/he-thong",
  users: "/nguoi-dung",
} as const satisfies Record<Exclude<PageKey, "not-found" | "plan">, string>;

/** Earlier, longer paths that bookmarks may still hold. */
const aliases: Record<string, Exclude<PageKey, "not-found" | "plan">> = {
  "/tong-quan": "overview",
  "/co-cau-to-chuc": "explorer",
};

export function planPath(planId: string): string {
  return `${pagePaths.plans}/${encodeURIComponent(planId)}`;
}

export interface Route {
  page: PageKey;
  /** Only for `plan`. */
  planId?: string;
}

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  const plan = /^\/phuong-an\/([^/]+)$/.exec(path);
  if (plan?.[1]) return { page: "plan", planId: decodeURIComponent(plan[1]) };
  const page = Object.entries(pagePaths).find(([, candidate]) => candidate === path)?.[0] ?? aliases[path];
  return { page: (page as PageKey | undefined) ?? "not-found" };
}

/** The page of a path (see routeOf for a plan's id). */
export function pageOf(pathname: string): PageKey {
  return routeOf(pathname).page;
}

const navigationEvent = "tinhgon:navigate";

function subscribe(onChange: () => void): () => void {
  globalThis.addEventListener("popstate", onChange);
  globalThis.addEventListener(navigationEvent, onChange);
  return () => {
    globalThis.removeEventListener("popstate", onChange);
    globalThis.removeEventListener(navigationEvent, onChange);
  };
}

function currentHref(): string {
  return globalThis.location.pathname + globalThis.location.search;
}

export interface AppLocation {
  pathname: string;
  params: URLSearchParams;
}

/** The current path and query; re-renders on navigation and on the browser's back/forward. */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref);
  const url = new URL(href, globalThis.location.origin);
  return { pathname: url.pathname, params: url.searchParams };
}

/** Goes to `to` (a path with an optional query); `replace` does not add a history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  if (options.replace) globalThis.history.replaceState(null, "", to);
  else globalThis.history.pushState(null, "", to);
  globalThis.dispatchEvent(new Event(navigationEvent));
}

/** `path` with the current query changed: `null` removes a parameter. */
export function hrefWith(path: string, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(globalThis.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** An ordinary link (middle-click and "copy link" work) that navigates in the page on a plain click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}

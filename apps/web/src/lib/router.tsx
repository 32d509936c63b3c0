// A tiny client-side router over the History API (no dependency): plain, bookmarkable paths. The server
// answers index.html for unknown paths, so a reload of /co-cau-to-chuc opens the same page.
import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

export type PageKey = "overview" | "explorer" | "system" | "not-found";

/** Paths in Vietnamese; `/co-cau` (issue 6's short form) is accepted as an alias of the explorer. */
export const pagePaths = {
  overview: "/tong-quan",
  explorer: "/co-cau-to-chuc",
  system: "/he-thong",
} as const satisfies Record<Exclude<PageKey, "not-found">, string>;

export function pageOf(pathname: string): PageKey {
  const path = pathname.replace(/\/+$/, "") || "/";
  switch (path) {
    case "/":
    case pagePaths.overview:
      return "overview";
    case pagePaths.explorer:
    case "/co-cau":
      return "explorer";
    case pagePaths.system:
      return "system";
    default:
      return "not-found";
  }
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

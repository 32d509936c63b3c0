// "The server no longer knows this user": any query or mutation that fails with UNAUTHENTICATED reports
// it here (from the QueryClient's caches, main.tsx), and the session gate shows the sign-in page again
// over whatever page was open, so that signing in returns to it.
import { useSyncExternalStore } from "react";

let expired = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function reportSessionExpired(): void {
  if (expired) return;
  expired = true;
  emit();
}

export function clearSessionExpired(): void {
  if (!expired) return;
  expired = false;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => expired,
    () => false,
  );
}

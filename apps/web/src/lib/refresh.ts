// After an edit of a stored snapshot, everything that shows it is out of date: the structure, the job
// positions and the findings.
import { useQueryClient } from "@tanstack/react-query";

import { useTRPC } from "./trpc.ts";

/**
 * Marks every view of the snapshot stale. Resolves once `awaited` ("org" or "positions": what the page
 * that edited shows) and the tree (whose version the next edit names) are fetched again; the findings
 * (a whole-province check, slower) follow on their own.
 */
export function useRefreshAfterSnapshotEdit(awaited: "org" | "positions"): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    void queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() });
    const org = queryClient.invalidateQueries({ queryKey: trpc.org.pathKey() });
    const positions = queryClient.invalidateQueries({ queryKey: trpc.positions.pathKey() });
    await Promise.all([org, awaited === "positions" ? positions : undefined]);
  };
}

// The province and data set (snapshot) in view, kept in the URL (?province=…&snapshot=…) so that a page
// can be bookmarked and shared. Defaults: the first province, and its latest snapshot among those
// covering the most of the province (defaultSnapshot).
import { useQuery } from "@tanstack/react-query";
import { skipToken } from "@tanstack/react-query";

import { hrefWith, navigate, useLocation } from "./router.tsx";
import { useTRPC } from "./trpc.ts";

/** `enabled` false (an administrator, who reads no province's data): nothing is fetched. */
export function useSnapshotScope(enabled = true) {
  const trpc = useTRPC();
  const { pathname, params } = useLocation();
  const provinces = useQuery({ ...trpc.org.provinces.queryOptions(), enabled });
  const wantedProvince = params.get("province");
  const province =
    provinces.data?.find((candidate) => candidate.code === wantedProvince) ?? provinces.data?.[0];
  const snapshots = useQuery(
    trpc.org.snapshots.queryOptions(enabled && province ? { provinceCode: province.code } : skipToken),
  );
  const wantedSnapshot = params.get("snapshot");
  const snapshot =
    snapshots.data?.find((candidate) => candidate.id === wantedSnapshot) ?? defaultSnapshot(snapshots.data);

  return {
    provinces,
    snapshots,
    province,
    snapshot,
    selectProvince: (code: string) => {
      navigate(hrefWith(pathname, { province: code, snapshot: null, node: null }));
    },
    selectSnapshot: (id: string) => {
      navigate(hrefWith(pathname, { snapshot: id, node: null }));
    },
  };
}

/**
 * The data set shown when none is named: the latest of those covering the most of the province (a
 * district's own data set, however recent, is not the province's overview).
 */
export function defaultSnapshot<T extends { agencyCount: number; districtCount: number }>(
  snapshots: readonly T[] | undefined,
): T | undefined {
  let best: T | undefined;
  // The server lists the latest first; a later one replaces `best` only if it covers strictly more.
  for (const candidate of snapshots ?? []) {
    if (!best || candidate.agencyCount + candidate.districtCount > best.agencyCount + best.districtCount) {
      best = candidate;
    }
  }
  return best;
}

export type SnapshotScope = ReturnType<typeof useSnapshotScope>;

/** What a page needs to show a snapshot: both ids resolved. */
export interface SnapshotRef {
  provinceCode: string;
  snapshotId: string;
}

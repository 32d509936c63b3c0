// @tinhgon/db — the only package that imports Prisma. Queries receive the database as an argument.
export * from "./client.ts";
export * from "./defaults.ts";
export * from "./embedded-postgres.ts";
export * from "./health.repository.ts";
export * from "./migrate.ts";
export * from "./province.repository.ts";
export * from "./search.repository.ts";
export * from "./snapshot.repository.ts";
export * from "./seed/demo-data.ts";
export {
  buildHaiPhongSnapshot,
  DEMO_SNAPSHOT_NAME,
  DEMO_REARRANGED_SNAPSHOT_NAME,
} from "./seed/hai-phong.ts";
export { buildHaiPhong2026Snapshot, DEMO_2026_SNAPSHOT_NAME } from "./seed/hai-phong-2026.ts";
export * from "./repositories.ts";
export * from "./plan.repository.ts";
export * from "./audit.repository.ts";
export * from "./scope.repository.ts";
export * from "./user.repository.ts";
export * from "./seed/demo-users.ts";
export * from "./auth-adapter.ts";

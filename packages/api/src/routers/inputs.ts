// Input shapes shared by the routers. Documents and units are validated by the domain's schemas.
import { z } from "zod";

export const snapshotIdSchema = z.uuid({ error: "SNAPSHOT_ID" });
export const snapshotRefSchema = z.strictObject({ snapshotId: snapshotIdSchema });
export const nodeRefSchema = z.strictObject({ snapshotId: snapshotIdSchema, id: z.string().min(1).max(120) });
export const ruleSetSchema = z.string().min(1).max(40).optional();
/** The data set's version an edit was based on; when given, a stale edit is refused (409). */
export const expectedVersion = z.number().int().min(1).optional();

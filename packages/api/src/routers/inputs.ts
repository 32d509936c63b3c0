// Input shapes shared by the routers. Documents and units are validated by the domain's schemas.
import { plainStringSchema } from "@tinhgon/domain";
import { z } from "zod";

export const snapshotIdSchema = z.uuid({ error: "SNAPSHOT_ID" });
export const snapshotRefSchema = z.strictObject({ snapshotId: snapshotIdSchema });
/** A node's id as given (a missing id is "not found", a broken string is refused as input). */
export const nodeIdSchema = plainStringSchema(120);
export const nodeRefSchema = z.strictObject({ snapshotId: snapshotIdSchema, id: nodeIdSchema });
export const ruleSetSchema = plainStringSchema(40).optional();
/** The data set's version an edit was based on; when given, a stale edit is refused (409). */
export const expectedVersion = z.number().int().min(1).optional();

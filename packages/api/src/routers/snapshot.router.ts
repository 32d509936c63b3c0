import { plainStringSchema, textSchema } from "@tinhgon/domain";
import { z } from "zod";

import { deleteSnapshot, exportSnapshot, importSnapshot } from "../services/snapshot.service.ts";
import { listSnapshots } from "../services/org.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { snapshotIdSchema } from "./inputs.ts";

export const snapshotRouter = router({
  /** `{ name, document }` (tinhgon.snapshot/2, or /1 read by migration) → `{ id }`: creates the named snapshot of the document's province or replaces it. */
  import: publicProcedure
    .input(z.strictObject({ name: textSchema(200), document: z.unknown() }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => importSnapshot(ctx, input)),
  /** `{ id }` → the tinhgon.snapshot/2 document; importing it gives back the same document. */
  export: publicProcedure
    .input(z.strictObject({ id: snapshotIdSchema }))
    .query(({ ctx, input }) => exportSnapshot(ctx, input)),
  list: publicProcedure
    .input(z.strictObject({ provinceCode: plainStringSchema(20).optional() }).default({}))
    .query(({ ctx, input }) => listSnapshots(ctx, input)),
  delete: publicProcedure
    .input(z.strictObject({ id: snapshotIdSchema }))
    .mutation(({ ctx, input }) => deleteSnapshot(ctx, input)),
});

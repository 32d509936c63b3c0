import { plainStringSchema, textSchema } from "@tinhgon/domain";
import { z } from "zod";

import {
  checkWorkbook,
  importWorkbook,
  planDossier,
  planTables,
  snapshotTables,
  snapshotWorkbook,
  workbookTemplate,
} from "../services/documents.service.ts";
import { publicProcedure, router } from "../trpc.ts";
import { snapshotIdSchema } from "./inputs.ts";

const planIdSchema = z.uuid();
const languageSchema = z.enum(["vi", "en"]).default("vi");
/**
 * An uploaded workbook's bytes in base64. The bound is above the reader's own 20 MB limit so that an
 * oversized file gets the reader's explanation; the HTTP body limit (50 MB) stops anything larger.
 */
const upload = {
  fileName: plainStringSchema(255),
  content: z.base64().max(40_000_000),
};

export const documentsRouter = router({
  /** `{ kind }` → an empty Excel template with Vietnamese headers, code lists and instructions. */
  template: publicProcedure
    .input(z.strictObject({ kind: z.enum(["structure", "positions", "staff"]) }))
    .query(({ input }) => workbookTemplate(input)),
  /** Reads an uploaded workbook and reports every row problem with a marked copy; saves nothing. */
  checkXlsx: publicProcedure
    .input(z.strictObject({ ...upload, snapshotId: snapshotIdSchema.optional() }))
    .mutation(({ ctx, input }) => checkWorkbook(ctx, input)),
  /**
   * Imports a workbook as the named data set of the province, only when every row is valid. A positions
   * or staff workbook completes the stored data set `snapshotId`.
   */
  importXlsx: publicProcedure
    .input(
      z.strictObject({
        ...upload,
        name: textSchema(200),
        provinceCode: plainStringSchema(20),
        snapshotId: snapshotIdSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => importWorkbook(ctx, input)),
  /** The data set as a workbook in the import layout (round trip: importing it gives the same data set). */
  snapshotXlsx: publicProcedure
    .input(z.strictObject({ snapshotId: snapshotIdSchema }))
    .query(({ ctx, input }) => snapshotWorkbook(ctx, input)),
  /** The data set's tables as the app shows them: structure, positions, findings. */
  snapshotTables: publicProcedure
    .input(
      z.strictObject({
        snapshotId: snapshotIdSchema,
        tables: z
          .array(z.enum(["structure", "positions", "findings"]))
          .min(1)
          .max(3),
        lang: languageSchema,
      }),
    )
    .query(({ ctx, input }) => snapshotTables(ctx, input)),
  /** A plan's tables: before/after per unit (a phase, the last by default) and the phase's findings. */
  planTables: publicProcedure
    .input(
      z.strictObject({
        planId: planIdSchema,
        tables: z
          .array(z.enum(["diff", "findings"]))
          .min(1)
          .max(2),
        phaseIndex: z.number().int().min(0).max(1000).optional(),
        lang: languageSchema,
      }),
    )
    .query(({ ctx, input }) => planTables(ctx, input)),
  /** The plan's dossier (Tờ trình, Đề án, Quyết định, Báo cáo tiếp thu) as DOCX or PDF. */
  dossier: publicProcedure
    .input(
      z.strictObject({
        planId: planIdSchema,
        format: z.enum(["docx", "pdf"]),
        kinds: z
          .array(z.enum(["to-trinh", "de-an", "quyet-dinh", "bao-cao-tiep-thu"]))
          .min(1)
          .max(4)
          .optional(),
        /** The date printed on the documents; today on the server when absent. */
        date: z.iso.date().optional(),
      }),
    )
    .query(({ ctx, input }) =>
      planDossier(ctx, { ...input, date: input.date ?? new Date().toISOString().slice(0, 10) }),
    ),
});

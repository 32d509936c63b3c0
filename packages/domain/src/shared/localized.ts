import { z } from "zod";

/** A user-facing text in Vietnamese (the reference) and English. */
export const localizedTextSchema = z.object({ vi: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

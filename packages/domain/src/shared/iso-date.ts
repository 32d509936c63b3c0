import { z } from "zod";

/** A calendar date written YYYY-MM-DD that exists (2021-02-30 is refused). */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

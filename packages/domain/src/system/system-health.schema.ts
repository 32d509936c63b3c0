// The shape of the `system.health` answer, shared by the server (output validation) and the web app.
import { z } from "zod";

import { rulePackDescriptorSchema } from "../rule-packs/rule-pack-catalogue.ts";

export const systemHealthSchema = z.object({
  /** "ok" when every dependency answers; "degraded" when the database does not. */
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  database: z.object({
    reachable: z.boolean(),
    /** Round-trip time of a trivial query, in milliseconds; null when unreachable. */
    latencyMs: z.number().nonnegative().nullable(),
  }),
  rulePacks: z.array(rulePackDescriptorSchema),
});
export type SystemHealth = z.infer<typeof systemHealthSchema>;

/** Combines the probes into the health answer (pure: the caller measures, this decides). */
export function computeSystemHealth(input: {
  version: string;
  database: SystemHealth["database"];
  rulePacks: readonly SystemHealth["rulePacks"][number][];
}): SystemHealth {
  return {
    status: input.database.reachable ? "ok" : "degraded",
    version: input.version,
    database: input.database,
    rulePacks: [...input.rulePacks],
  };
}

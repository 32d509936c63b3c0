import { computeSystemHealth, rulePackDescriptors, type SystemHealth } from "@tinhgon/domain";

import type { Context } from "../context.ts";

export async function getSystemHealth(context: Context): Promise<SystemHealth> {
  const database = await context.repositories.probeDatabase();
  return computeSystemHealth({ version: context.version, database, rulePacks: rulePackDescriptors });
}

// Inner context: plain options, so tests build it directly with real or in-memory dependencies.
// The outer adapter (apps/server) builds it from the HTTP request.
import type { DatabaseProbe } from "@tinhgon/db";

export interface HealthDependencies {
  probeDatabase: () => Promise<DatabaseProbe>;
}

export interface Context {
  version: string;
  health: HealthDependencies;
}

export function createInnerContext(options: Context): Context {
  return options;
}

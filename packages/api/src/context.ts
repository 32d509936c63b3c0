// Inner context: plain options, so tests build it directly with real dependencies (a real database's
// repositories). The outer adapter (apps/server) builds it per HTTP request.
import type { Repositories } from "@tinhgon/db";

export interface Context {
  version: string;
  repositories: Repositories;
}

export function createInnerContext(options: Context): Context {
  return options;
}

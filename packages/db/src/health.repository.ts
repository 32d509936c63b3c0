import type { Database } from "./client.ts";

export interface DatabaseProbe {
  reachable: boolean;
  latencyMs: number | null;
}

/** A trivial round trip; never throws (an unreachable database is an answer, not an error). */
export async function probeDatabase(
  db: Database,
  now: () => number = performance.now.bind(performance),
): Promise<DatabaseProbe> {
  const started = now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { reachable: true, latencyMs: Math.round((now() - started) * 10) / 10 };
  } catch {
    return { reachable: false, latencyMs: null };
  }
}

// What the figures share during one run: progress lines (stderr, so `--json` keeps stdout to one
// object), resources started once and reused (the national dataset, an embedded PostgreSQL, the app
// server), and the clean-up of everything started, whatever happened.
export interface BenchContext {
  /** A progress line on stderr. */
  log: (line: string) => void;
  /** The value of `create`, computed once per run and shared by every figure that asks for `key`. */
  shared: <T>(key: string, create: () => Promise<T>) => Promise<T>;
  /** Registers a clean-up step; steps run in reverse order when the run ends. */
  onCleanup: (step: () => Promise<void>) => void;
}

export interface RunContext extends BenchContext {
  cleanup: () => Promise<void>;
}

export function createContext(): RunContext {
  const values = new Map<string, Promise<unknown>>();
  const steps: (() => Promise<void>)[] = [];
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  return {
    log,
    shared: <T>(key: string, create: () => Promise<T>): Promise<T> => {
      const existing = values.get(key) as Promise<T> | undefined;
      if (existing) return existing;
      const created = create();
      values.set(key, created);
      return created;
    },
    onCleanup: (step) => {
      steps.push(step);
    },
    cleanup: async () => {
      for (const step of steps.splice(0).reverse()) {
        try {
          await step();
        } catch (error) {
          log(`  clean-up step failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  };
}

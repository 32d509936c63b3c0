// The only file of the benchmarks that reads the environment. npm takes `--json` and `--list` given to
// `npm run bench` (without a `--` separator in the root script) as its own configuration and passes
// them on as npm_config_json / npm_config_list: honour them, so the documented commands work either way.
import { z } from "zod";

const flag = z
  .string()
  .optional()
  .transform((value) => value === "true");

const benchEnvSchema = z.object({
  npm_config_json: flag,
  npm_config_list: flag,
  /** Where `npm run` was typed (npm runs the workspace's script in tests/). */
  INIT_CWD: z.string().optional(),
});

const parsed = benchEnvSchema.parse(process.env);

export const benchEnv = {
  /** `--json` swallowed by npm. */
  json: parsed.npm_config_json,
  /** `--list` swallowed by npm. */
  list: parsed.npm_config_list,
  /** The folder relative paths given on the command line are relative to. */
  invokedFrom: parsed.INIT_CWD ?? process.cwd(),
};

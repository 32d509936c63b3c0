// The CLI's only reading of the environment: where the database is, for `tinhgon audit`.
import { z } from "zod";

const cliEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default("data"),
});

export type CliEnv = z.infer<typeof cliEnvSchema>;

export function readCliEnv(): CliEnv {
  return cliEnvSchema.parse(process.env);
}

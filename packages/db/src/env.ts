// The only place in packages/db that reads the environment: child processes (the Prisma CLI) inherit
// the parent's environment plus the variables the caller sets explicitly.
export function childProcessEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

import { describe, expect, it } from "vitest";

import { InvalidEnvironmentError, parseServerEnv } from "./env.ts";

describe("server environment", () => {
  it("defaults to port 3000 and the embedded database", () => {
    const env = parseServerEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe("data");
    expect(env.NO_SEED).toBe(false);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseServerEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts an external PostgreSQL URL", () => {
    expect(parseServerEnv({ DATABASE_URL: "postgresql://u:p@db:5432/tinhgon" }).DATABASE_URL).toBe(
      "postgresql://u:p@db:5432/tinhgon",
    );
  });

  it("names every malformed variable", () => {
    const attempt = () => parseServerEnv({ PORT: "cổng", DATABASE_URL: "mysql://x", NO_SEED: "yes" });
    expect(attempt).toThrow(InvalidEnvironmentError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as InvalidEnvironmentError).problems.join("\n");
      expect(problems).toContain("PORT");
      expect(problems).toContain("DATABASE_URL");
      expect(problems).toContain("NO_SEED");
    }
  });
});

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

  it("reads read replicas as a comma-separated list of URLs, none by default", () => {
    expect(parseServerEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    const env = parseServerEnv({
      DATABASE_URL: "postgresql://u:p@primary:5432/tinhgon",
      DATABASE_REPLICA_URLS: " postgresql://u:p@replica-1:5432/tinhgon, postgresql://u:p@replica-2/tinhgon ,",
    });
    expect(env.DATABASE_REPLICA_URLS).toEqual([
      "postgresql://u:p@replica-1:5432/tinhgon",
      "postgresql://u:p@replica-2/tinhgon",
    ]);
  });

  it("refuses replicas or a direct URL without DATABASE_URL, and a replica that is not a PostgreSQL URL", () => {
    const problemsOf = (source: Record<string, string>): string => {
      try {
        parseServerEnv(source);
        return "";
      } catch (error) {
        return (error as InvalidEnvironmentError).problems.join("\n");
      }
    };
    expect(problemsOf({ DATABASE_REPLICA_URLS: "postgresql://u:p@replica/tinhgon" })).toContain(
      "DATABASE_REPLICA_URLS: needs DATABASE_URL",
    );
    expect(problemsOf({ DATABASE_DIRECT_URL: "postgresql://u:p@db/tinhgon" })).toContain(
      "DATABASE_DIRECT_URL: needs DATABASE_URL",
    );
    expect(
      problemsOf({ DATABASE_URL: "postgresql://u:p@db/tinhgon", DATABASE_REPLICA_URLS: "mysql://replica/x" }),
    ).toContain("DATABASE_REPLICA_URLS");
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

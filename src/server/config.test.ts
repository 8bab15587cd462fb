import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("configuration", () => {
  it("defaults to the embedded database in ./data on port 3000, in demo mode", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demo: true,
      publicUrl: "http://localhost:3000",
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it("keeps demo accounts off by default when PRIMA listens beyond this machine", () => {
    expect(loadConfig({ HOST: "0.0.0.0" }).demo).toBe(false);
    expect(loadConfig({ HOST: "0.0.0.0", PRIMA_DEMO: "true" }).demo).toBe(true);
  });

  it("trusts no proxy unless told", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1" }).trustProxy).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
    ]);
  });

  it("turns demo mode off by default on PostgreSQL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db", PRIMA_DEMO: "true" }).demo).toBe(true);
  });

  it("names every bad variable at once", () => {
    try {
      loadConfig({
        PORT: "70000",
        SMTP_URL: "http://mail",
        PUBLIC_URL: "not a url",
        SESSION_SECRET: "short",
      });
      expect.fail("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toContain("PORT: must be between 1 and 65535");
      expect(problems).toContain("SMTP_URL: must be a URL such as smtp://");
      expect(problems).toContain("PUBLIC_URL: must be a URL");
      expect(problems).toContain("SESSION_SECRET: must be at least 32 characters");
      expect(problems).not.toContain("short");
    }
  });
});

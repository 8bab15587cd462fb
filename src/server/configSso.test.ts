/** The single sign-on settings: checked at start, each mistake named with its variable. */
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

const PROVIDER = {
  OIDC_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0",
  OIDC_CLIENT_ID: "prima-client",
  OIDC_CLIENT_SECRET: "a-very-secret-value",
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("single sign-on settings", () => {
  it("is off, with passwords on, unless a provider is configured", () => {
    expect(loadConfig({})).toMatchObject({ oidc: null, passwordLogin: true });
  });

  it("defaults to viewers created at first sign-in, a verified address, and the provider's usual name", () => {
    expect(loadConfig(PROVIDER).oidc).toEqual({
      issuer: PROVIDER.OIDC_ISSUER,
      clientId: "prima-client",
      clientSecret: "a-very-secret-value",
      name: "Microsoft",
      defaultRole: "viewer",
      autoCreate: true,
      trustEmail: false,
    });
    expect(loadConfig({ ...PROVIDER, OIDC_ISSUER: "https://accounts.google.com" }).oidc?.name).toBe("Google");
    expect(loadConfig({ ...PROVIDER, OIDC_ISSUER: "https://id.org.example/realms/staff" }).oidc?.name).toBe(
      "id.org.example",
    );
    expect(
      loadConfig({
        ...PROVIDER,
        OIDC_NAME: "Staff account",
        OIDC_DEFAULT_ROLE: "pm",
        OIDC_AUTO_CREATE: "false",
        OIDC_TRUST_EMAIL: "true",
        PASSWORD_LOGIN: "false",
      }),
    ).toMatchObject({
      oidc: { name: "Staff account", defaultRole: "pm", autoCreate: false, trustEmail: true },
      passwordLogin: false,
    });
  });

  it("needs the issuer, client id and secret together", () => {
    expect(problems({ OIDC_ISSUER: PROVIDER.OIDC_ISSUER })).toEqual([
      "OIDC_CLIENT_ID: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
      "OIDC_CLIENT_SECRET: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
    ]);
  });

  it("refuses plain http except for a provider on this machine", () => {
    expect(problems({ ...PROVIDER, OIDC_ISSUER: "http://id.org.example" })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER: must use https/),
    ]);
    for (const host of ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"])
      expect(loadConfig({ ...PROVIDER, OIDC_ISSUER: `http://${host}` }).oidc?.issuer).toBe(`http://${host}`);
    expect(problems({ ...PROVIDER, OIDC_ISSUER: "not a url" })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER: must be a URL/),
    ]);
  });

  it("refuses a default role that needs a region or gives administrator rights, and bad flags", () => {
    expect(problems({ ...PROVIDER, OIDC_DEFAULT_ROLE: "reviewer" })).toEqual([
      'OIDC_DEFAULT_ROLE: must be viewer, pm or fund_manager (got "reviewer")',
    ]);
    expect(problems({ ...PROVIDER, OIDC_DEFAULT_ROLE: "admin" })).toHaveLength(1);
    expect(problems({ ...PROVIDER, OIDC_AUTO_CREATE: "maybe", PASSWORD_LOGIN: "off" })).toEqual([
      'OIDC_AUTO_CREATE: use true or false (got "maybe")',
      'PASSWORD_LOGIN: use true or false (got "off")',
    ]);
  });

  it("keeps the client secret out of messages", () => {
    expect(problems({ ...PROVIDER, OIDC_CLIENT_SECRET: "x".repeat(2001) }).join()).not.toContain("xxx");
  });

  it("refuses turning passwords off without single sign-on: nobody could sign in", () => {
    expect(problems({ PASSWORD_LOGIN: "false" })).toEqual([
      expect.stringMatching(/^PASSWORD_LOGIN: false needs single sign-on/),
    ]);
  });
});

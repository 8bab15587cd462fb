import { describe, expect, it } from "vitest";
import { defaultProviderName, safeNextPath, ssoIdentity } from "./sso";

describe("who a provider's claims say the person is", () => {
  it.each([
    [
      "a verified address",
      { email: "A.B@Org.Example", email_verified: true, name: "A B" },
      false,
      "a.b@org.example",
    ],
    [
      "verified as the string true",
      { email: "a@org.example", email_verified: "true" },
      false,
      "a@org.example",
    ],
    ["not verified", { email: "a@org.example", email_verified: false }, false, null],
    ["no claim, addresses not trusted", { email: "a@org.example" }, false, null],
    ["no claim, addresses trusted (Entra ID)", { email: "a@org.example" }, true, "a@org.example"],
    ["not verified although trusted", { email: "a@org.example", email_verified: false }, true, null],
    ["no address at all", { email_verified: true }, true, null],
    ["not an address", { email: "someone", email_verified: true }, true, null],
  ])("%s", (_case, claims, trust, email) => {
    const identity = ssoIdentity(claims, trust);
    expect(identity.ok ? identity.email : null).toBe(email);
    if (!identity.ok) expect(identity.refusal).toBe("ssoEmailUnverified");
  });

  it("names a new person from name, given and family names, username, or the address", () => {
    const named = (claims: Record<string, unknown>) => {
      const identity = ssoIdentity(
        { email: "amina.diallo@org.example", email_verified: true, ...claims },
        false,
      );
      return identity.ok ? identity.name : null;
    };
    expect(named({ name: " Amina Diallo " })).toBe("Amina Diallo");
    expect(named({ given_name: "Amina", family_name: "Diallo" })).toBe("Amina Diallo");
    expect(named({ preferred_username: "adiallo" })).toBe("adiallo");
    expect(named({})).toBe("amina.diallo");
  });
});

describe("the provider's name on the button", () => {
  it.each([
    ["https://login.microsoftonline.com/tenant/v2.0", "Microsoft"],
    ["https://accounts.google.com", "Google"],
    ["https://id.org.example/realms/staff", "id.org.example"],
  ])("%s → %s", (issuer, name) => expect(defaultProviderName(issuer)).toBe(name));
});

describe("where to go after signing in", () => {
  it.each([
    ["/projects?mine=true", "/projects?mine=true"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [undefined, "/"],
  ])("%s → %s", (next, path) => expect(safeNextPath(next)).toBe(path));
});

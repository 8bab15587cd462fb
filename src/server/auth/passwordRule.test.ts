import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { passwordProblems } from "./passwordRule";

const person = { email: "marie.garcia@example.org", name: "Marie Garcia" };
const codes = async (password: string, who = person) =>
  (await passwordProblems(password, who)).map((e) => e.code);

describe("the password rule (NIST SP 800-63B, OWASP ASVS V2)", () => {
  it("refuses what is short, whatever its characters", async () => {
    expect(await codes("x7#Qp!2z")).toEqual(["passwordTooShort"]);
    expect(await codes("Tr0ub4dor&3")).toEqual(["passwordTooShort"]);
  });

  it("refuses long but guessable passwords: repeats, common words and digits, keyboard walks", async () => {
    for (const guessable of [
      "aaaaaaaaaaaa",
      "password1234",
      "qwertyuiop123",
      "123456789012",
      "iloveyou2026",
    ]) {
      expect(await codes(guessable), guessable).toEqual(["passwordWeak"]);
    }
  });

  it("refuses a password that holds the person's name or e-mail, in any case or accent", async () => {
    expect(await codes("mariegarcia2026")).toEqual(["passwordContainsIdentity"]);
    expect(await codes("Blue GARCÍA harbour")).toEqual(["passwordContainsIdentity"]);
    expect(await codes("see marie.garcia at noon")).toEqual(["passwordContainsIdentity"]);
  });

  it("accepts a few unrelated words, without any composition rule", async () => {
    for (const good of ["correct horse battery", "a long enough password", "lantern velvet quarry"]) {
      expect(await codes(good), good).toEqual([]);
    }
  });

  it("does not forbid short parts of a name that are common in words", async () => {
    expect(await codes("banana lantern quarry", { email: "al@example.org", name: "Ana Li" })).toEqual([]);
  });

  it("names the field it was given, and gives at most one reason", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (password) => {
        const errors = await passwordProblems(password, person, "newPassword");
        expect(errors.length).toBeLessThanOrEqual(1);
        for (const error of errors) expect(error.field).toBe("newPassword");
        if (password.length < 12) expect(errors.map((e) => e.code)).toEqual(["passwordTooShort"]);
      }),
      { numRuns: 60 },
    );
  });
});

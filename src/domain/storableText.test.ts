import { describe, expect, it } from "vitest";
import { isStorableText, unstorableTextFields } from "./storableText";

describe("text the database can store", () => {
  it.each([
    ["plain text", "Ghana 2026", true],
    ["right-to-left text and emoji", "مشروع 🇬🇭 👩🏽‍🌾", true],
    ["a surrogate pair", "\ud83d\ude00", true],
    ["the empty string", "", true],
    ["U+0000", "a\u0000b", false],
    ["a lone high surrogate", "a\ud800b", false],
    ["a high surrogate at the end", "a\ud800", false],
    ["a lone low surrogate", "\udc00a", false],
    ["two high surrogates", "\ud800\ud800\udc00", false],
  ])("%s", (_name, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });

  it("names each field, nested ones by their path and a bad key escaped", () => {
    const body = {
      title: "ok",
      summary: "a\u0000",
      beneficiaries: [{ type: "GOV" }, { type: "\ud800" }],
      "bad\u0000key": 1,
    };
    expect(unstorableTextFields(body).map((f) => f.field)).toEqual([
      "bad\\u0000key",
      "summary",
      "beneficiaries.1.type",
    ]);
    expect(unstorableTextFields({ id: "\u0000" }, "params")).toEqual([
      expect.objectContaining({ field: "params.id", code: "unsupportedCharacter" }),
    ]);
  });

  it("walks a very deep body without exhausting the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableTextFields(deep)).toHaveLength(1);
  });
});

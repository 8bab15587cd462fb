/**
 * Hostile values (fast-check generators): text the database cannot store, huge and odd strings,
 * numbers at the edges (some only writable as raw JSON), deep nesting, wrong types; and hostile
 * path segments and query strings.
 */
import fc from "fast-check";

/** A piece of JSON text sent as it is, for what JSON.stringify cannot write (-0, 1e400, …). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text with each RawJson written in place. */
export function toJsonText(value: unknown): string {
  const raw: string[] = [];
  const text = JSON.stringify(value, (_key, v) => {
    if (!(v instanceof RawJson)) return v;
    raw.push(v.text);
    return `__rawjson_${raw.length - 1}__`;
  });
  return (text ?? "null").replace(/"__rawjson_(\d+)__"/g, (_match, index) => raw[Number(index)] ?? "null");
}

/** Any UTF-16 code unit, lone surrogates and U+0000 included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Text the database cannot store: U+0000 or a lone surrogate, somewhere in otherwise plain text. */
const unstorableString = fc
  .tuple(
    fc.string({ maxLength: 10 }),
    fc.constantFrom("\u0000", "\ud800", "\udfff", "\udc00\ud800"),
    fc.string({ maxLength: 10 }),
  )
  .map((parts) => parts.join(""));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: unstorableString },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "\u0000",
      "Budget\u0000",
      "\ud800",
      "tail \udfff",
      "\udc00\ud800",
      "\u202Eevil.pdf\u202C",
      "مشروع الهجرة",
      "עברית",
      "👩🏽‍🌾🇬🇭",
      "\u200B\u200D\uFEFF",
      "",
      " ",
      "\t\r\n",
      "NaN",
      "Infinity",
      "-0",
      "1e308",
      "9007199254740992",
      "-9007199254740993",
      "100000.005",
      "1,000.00",
      "0x10",
      "null",
      "__proto__",
      "constructor",
      "'; drop table projects; --",
      "%00",
      "\\",
      "../../etc/passwd",
      "<script>alert(1)</script>",
      "2026-02-30",
      "00000000-0000-0000-0000-000000000000",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(300, 5001, 100_000)
      .chain((length) =>
        fc.constantFrom("x", "é", "😀", "\u0000", "ab\ud800").map((unit) => unit.repeat(length)),
      ),
  },
);

const edgeNumber: fc.Arbitrary<number | RawJson> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1.5,
    0.1 + 0.2,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 1,
    Number.MIN_SAFE_INTEGER - 1,
    2 ** 31,
    -(2 ** 31) - 1,
    Number.MIN_VALUE,
  ),
  fc
    .constantFrom("-0", "1e400", "-1e400", "1e-400", "9007199254740993", "123456789012345678901234567890")
    .map((text) => new RawJson(text)),
  fc.double(),
  fc.integer(),
);

/** Arrays or objects nested hundreds or thousands deep. */
const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays
      ? new RawJson(`${"[".repeat(depth)}${"]".repeat(depth)}`)
      : new RawJson(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`),
  );

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { weight: 5, arbitrary: hostileString },
    { weight: 3, arbitrary: edgeNumber },
    { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}) },
    { weight: 1, arbitrary: deepNesting },
    { weight: 1, depthSize: "small", arbitrary: fc.array(tie("value"), { maxLength: 3 }) },
    {
      weight: 1,
      depthSize: "small",
      arbitrary: fc.dictionary(fc.oneof(hostileString, fc.string()), tie("value"), { maxKeys: 3 }),
    },
  ),
})).value;

/** A path segment, percent-encoded as a client would send it, or broken encoding. */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "%00",
    "a%00b",
    "%ED%A0%80",
    "%F0%9F%98%80",
    "%E2%80%AE",
    "%",
    "%zz",
    "..",
    "%2e%2e",
    "%2F",
    "%20",
    "-0",
    "1e308",
    "NaN",
    "9007199254740992",
    "-1",
    "0",
    "x".repeat(5000),
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).map(encodeURIComponent),
);

export const hostileQuery: fc.Arbitrary<string> = fc.constantFrom(
  "q=%00",
  "x=%ED%A0%80",
  "%00=1",
  "a[b]=1",
  "__proto__=1",
  "a=1&a=2",
  "%=%",
  `x=${"y".repeat(5000)}`,
);

/**
 * Generators (fast-check) of what an attacker or a broken client sends: values shaped by an
 * operation's OpenAPI schema, so that requests get past the first checks and into the handlers,
 * each value sometimes swapped for something hostile (text the database cannot store, huge and
 * odd strings, wrong types, numbers at the edges, deep nesting), whole bodies that are not JSON,
 * and multipart bodies built by hand and then broken.
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

/** What the sweep knows of the installation: real ids, to send in place of a uuid or a code. */
export interface KnownValues {
  uuids: string[];
  byName: Record<string, string[]>;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  $ref?: string;
}

const DATES = ["2026-07-01", "2027-12-31", "2026-03-02", "2028-02-29", "1900-01-01", "9999-12-31"];
const COUNTRIES = ["GHA", "SEN", "NGA", "FRA", "ZZZ"];

interface Shaping {
  known: KnownValues;
  resolve: (ref: string) => JsonSchema;
  /** Out of 20 values, how many are hostile instead of plausible (0: a clean, schema-shaped body). */
  hostility: number;
}

/** A value the schema accepts most of the time; any part of it may be hostile instead. */
export function valueFor(schema: JsonSchema, shaping: Shaping, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return hostileValue;
  const value = plausible(schema, shaping, depth);
  if (shaping.hostility === 0) return value;
  return fc.oneof(
    { weight: 20 - shaping.hostility, arbitrary: value },
    { weight: shaping.hostility, arbitrary: hostileValue },
  );
}

function plausible(schema: JsonSchema, shaping: Shaping, depth: number): fc.Arbitrary<unknown> {
  const { known, resolve } = shaping;
  const child = (s: JsonSchema) => valueFor(s, shaping, depth + 1);
  if (schema.$ref) return plausible(resolve(schema.$ref), shaping, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices && choices.length > 0) return fc.oneof(...choices.map(child));
  if (schema.allOf?.[0]) return plausible(schema.allOf[0], shaping, depth);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  const nullable = schema.nullable || (Array.isArray(schema.type) && schema.type.includes("null"));
  const value = plainValue(type, schema, known, child);
  return nullable ? fc.oneof(value, fc.constant(null)) : value;
}

function plainValue(
  type: string | undefined,
  schema: JsonSchema,
  known: KnownValues,
  child: (s: JsonSchema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "object": {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, child(s)]));
      const required = (schema.required ?? []).filter((key) => key in properties);
      return fc.record(shape, { requiredKeys: required });
    }
    case "array":
      return fc.array(child(schema.items ?? {}), { maxLength: 3 });
    case "integer": {
      const low = Math.max(schema.minimum ?? -1000, -(2 ** 31)) + (schema.exclusiveMinimum === true ? 1 : 0);
      const high = Math.min(schema.maximum ?? 100_000, 2 ** 31);
      return fc.integer({ min: Math.min(low, high), max: high });
    }
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
    case "boolean":
      return fc.boolean();
    case "string":
      return plausibleString(schema, known);
    default:
      return hostileValue;
  }
}

function plausibleString(schema: JsonSchema, known: KnownValues): fc.Arbitrary<string> {
  if (schema.format === "uuid")
    return fc.constantFrom(...known.uuids, "00000000-0000-0000-0000-000000000000");
  if (schema.format === "date") return fc.constantFrom(...DATES);
  if (schema.format === "email") return fc.constantFrom("someone@example.org", "a@b");
  if (schema.pattern === "^[A-Z]{3}$") return fc.constantFrom(...COUNTRIES);
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 60, 60));
  return fc.oneof(
    fc.string({ unit: "grapheme", minLength: min, maxLength: max }),
    fc.constantFrom("L1", "L2", "WCA", "GOV", "2026", "180000.00", "2026-07-01", "Labour migration in Ghana"),
  );
}

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

export interface RawBody {
  contentType: string | undefined;
  payload: string | Buffer;
}

/** Bodies that are not the JSON the route expects, under a right or a wrong content type. */
const rawBody: fc.Arbitrary<RawBody> = fc.record({
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-16",
    "text/plain",
    "application/x-www-form-urlencoded",
    "application/xml",
    undefined,
  ),
  payload: fc.oneof(
    fc.constantFrom(
      "",
      "{",
      "null",
      '"\\u0000"',
      '{"a":1}{"b":2}',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"admin":true}}}',
      "\uFEFF{}",
      "title=x%00&body=y",
    ),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    fc.constant(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])),
  ),
});

/** The fields of the upload routes' forms as they are meant to be sent. */
const PLAUSIBLE_FORMS: [string, string][][] = [
  [
    ["kind", "other"],
    ["title", "Budget note"],
  ],
  [
    ["code", "A2016"],
    ["title", "Appeal 2016"],
    ["year", "2016"],
  ],
  [],
];

/** A plausible form, perhaps with one name or value made hostile, or fields made up. */
function formFields(known: KnownValues): fc.Arbitrary<[string, string][]> {
  const plausibleValue = fc.constantFrom("other", "report", "Concept note", "A2016", "2016", ...known.uuids);
  const madeUp = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom("kind", "title", "reportId", "code", "year"), hostileString),
      fc.oneof(plausibleValue, hostileString),
    ),
    { maxLength: 5 },
  );
  const spoilt = fc
    .record({
      form: fc.constantFrom(...PLAUSIBLE_FORMS),
      at: fc.nat(),
      inName: fc.boolean(),
      value: fc.option(hostileString, { freq: 2 }),
    })
    .map(({ form, at, inName, value }) =>
      form.map(([name, text], index): [string, string] =>
        value === null || index !== at % form.length ? [name, text] : inName ? [value, text] : [name, value],
      ),
    );
  return fc.oneof({ weight: 3, arbitrary: spoilt }, { weight: 1, arbitrary: madeUp });
}

const fileContent = fc.oneof(
  fc.constant(Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")),
  fc.constant(Buffer.from("Region\tRequirement\nWCA\t1000\n")),
  fc.constant(Buffer.alloc(0)),
  fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)),
);

const filename = fc.oneof(
  fc.constantFrom("note.pdf", "appeal.txt", "budget.xlsx"),
  hostileString,
  fc.constantFrom('a".pdf', "a\r\nContent-Type: text/html\r\n\r\n.pdf", "con.pdf", ".pdf", "a/../../b.pdf"),
);

/** How the form is broken after it is built. */
const damage = fc.oneof(
  fc.constant({ kind: "none" as const }),
  fc.constant({ kind: "noBoundary" as const }),
  fc.constant({ kind: "wrongBoundary" as const }),
  fc.constant({ kind: "noClosingBoundary" as const }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ kind: "cutAt" as const, at })),
  fc.constant({ kind: "headerWithoutName" as const }),
);

export const multipartBody = (known: KnownValues): fc.Arbitrary<RawBody> =>
  fc
    .record({
      fields: formFields(known),
      file: fc.option(
        fc.record({ name: filename, content: fileContent, fieldName: fc.constantFrom("file", "other") }),
      ),
      damage,
      boundary: fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 16, maxLength: 16 }),
    })
    .map(({ fields, file, damage, boundary: random }) => {
      const boundary = `----prima${random}`;
      const parts: Buffer[] = fields.map(([name, value]) =>
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      );
      if (damage.kind === "headerWithoutName")
        parts.push(Buffer.from(`--${boundary}\r\nX-Nothing: 1\r\n\r\nx\r\n`));
      if (file) {
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${file.fieldName}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
          ),
          file.content,
          Buffer.from("\r\n"),
        );
      }
      if (damage.kind !== "noClosingBoundary") parts.push(Buffer.from(`--${boundary}--\r\n`));
      let payload = Buffer.concat(parts);
      if (damage.kind === "cutAt") payload = payload.subarray(0, Math.floor(payload.length * damage.at));
      const contentType =
        damage.kind === "noBoundary"
          ? "multipart/form-data"
          : `multipart/form-data; boundary=${damage.kind === "wrongBoundary" ? "other" : boundary}`;
      return { contentType, payload };
    });

type Path = (string | number)[];

export function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

export function valueAt(value: unknown, path: Path): unknown {
  let at = value as Record<string | number, unknown> | undefined;
  for (const key of path) at = at?.[key] as typeof at;
  return at;
}

type Change = { path: Path; value: unknown } | { path: Path; remove: true };

export function applied(example: unknown, changes: Change[]): unknown {
  const copy = structuredClone(example);
  for (const change of changes) {
    let parent = copy as Record<string | number, unknown> | undefined;
    for (const key of change.path.slice(0, -1)) parent = parent?.[key] as typeof parent;
    const last = change.path.at(-1);
    if (!parent || typeof parent !== "object" || last === undefined) continue;
    if ("remove" in change) delete parent[last];
    else parent[last] = change.value;
  }
  return copy;
}

/** A valid example as it is, or with one or two of its values replaced by hostile ones, or removed. */
export function mutatedExample(example: unknown): fc.Arbitrary<unknown> {
  const paths = pathsIn(example);
  if (paths.length === 0) return hostileValue;
  const textPaths = paths.filter((path) => typeof valueAt(example, path) === "string");
  const changes: fc.WeightedArbitrary<Change>[] = [
    { weight: 3, arbitrary: fc.record({ path: fc.constantFrom(...paths), value: hostileValue }) },
    {
      weight: 1,
      arbitrary: fc.record({ path: fc.constantFrom(...paths), remove: fc.constant(true as const) }),
    },
  ];
  // Text fields are where text the database cannot store goes first.
  if (textPaths.length > 0) {
    changes.push({
      weight: 8,
      arbitrary: fc.record({ path: fc.constantFrom(...textPaths), value: hostileString }),
    });
  }
  const change = fc.oneof(...changes);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(example) },
    {
      weight: 6,
      arbitrary: fc.array(change, { minLength: 1, maxLength: 2 }).map((list) => applied(example, list)),
    },
  );
}

/**
 * A whole request body: a valid example made hostile in one or two places, a body shaped by the
 * schema (clean, or hostile here and there), hostile JSON, raw text, or a (broken) form; an upload
 * operation gets mostly forms.
 */
export function requestBody(
  operation: { body: JsonSchema | undefined; example?: unknown; multipart: boolean },
  known: KnownValues,
  resolve: (ref: string) => JsonSchema,
): fc.Arbitrary<RawBody> {
  const json = (value: unknown): RawBody => ({ contentType: "application/json", payload: toJsonText(value) });
  const shaped = fc
    .constantFrom(0, 1, 4)
    .chain((hostility) => valueFor(operation.body ?? {}, { known, resolve, hostility }));
  const kinds: fc.WeightedArbitrary<RawBody>[] = [
    { weight: operation.body ? 4 : 1, arbitrary: shaped.map(json) },
    { weight: 1, arbitrary: hostileValue.map(json) },
    { weight: 1, arbitrary: rawBody },
    { weight: operation.multipart ? 12 : 1, arbitrary: multipartBody(known) },
  ];
  if (operation.example !== undefined) {
    kinds.push({ weight: 6, arbitrary: mutatedExample(operation.example).map(json) });
  }
  return fc.oneof(...kinds);
}

/** A value read from the API (a GET) cut down to what the schema of the write takes: an example. */
export function shapedLike(
  value: unknown,
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
): unknown {
  const target = schema.$ref ? resolve(schema.$ref) : schema;
  if (Array.isArray(value))
    return target.items ? value.map((item) => shapedLike(item, target.items ?? {}, resolve)) : value;
  if (value === null || typeof value !== "object" || !target.properties) return value;
  const properties = target.properties;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key in properties)
      .map(([key, child]) => [key, shapedLike(child, properties[key] ?? {}, resolve)]),
  );
}

/**
 * Generators (fast-check) of what an attacker or a broken client sends: values shaped by an
 * operation's OpenAPI schema, so that requests get past the first checks and into the handlers,
 * each value sometimes swapped for something hostile (text the database cannot store, huge and
 * odd strings, wrong types, numbers at the edges, deep nesting: hostileValues.ts), whole bodies
 * that are not JSON, and broken multipart forms (hostileForms.ts).
 */
import fc from "fast-check";

import { multipartBody } from "./hostileForms";
import { hostileString, hostileValue, toJsonText } from "./hostileValues";

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

/**
 * Multipart forms (fast-check generators) as the upload routes expect them, with hostile field
 * names, values and file names, then broken: no boundary, a wrong one, cut off, no closing line.
 */
import fc from "fast-check";
import type { KnownValues, RawBody } from "./hostileInput";
import { hostileString } from "./hostileValues";

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

/**
 * A property-based sweep over every write operation of the OpenAPI document: generated hostile
 * requests (see test/hostileInput.ts) from signed-in users who may write, on both databases.
 * Whatever is sent, PRIMA never answers 5xx, answers every refusal with its usual error body, and
 * a refused request leaves every table as it was. The number of cases is bounded
 * (PRIMA_SWEEP_RUNS per operation, default 20); the seed is random, and fast-check prints it with
 * any counterexample (PRIMA_SWEEP_SEED replays it).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedTables, databaseFingerprint, type Fingerprint } from "../../../test/databaseFingerprint";
import {
  buildUser,
  createProjectAs,
  fire,
  projectInput,
  type Session,
  setStatus,
  signIn,
} from "../../../test/factories";
import {
  applied,
  type JsonSchema,
  type KnownValues,
  pathsIn,
  type RawBody,
  requestBody,
  shapedLike,
  valueAt,
} from "../../../test/hostileInput";
import { hostilePathSegment, hostileQuery, toJsonText } from "../../../test/hostileValues";
import { multipartForm, pdfOfSize } from "../../../test/multipartForm";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const RUNS = Number(process.env.PRIMA_SWEEP_RUNS ?? 20);
const SEED = process.env.PRIMA_SWEEP_SEED ? Number(process.env.PRIMA_SWEEP_SEED) : undefined;
const WRITE_METHODS = ["post", "put", "patch", "delete"] as const;

interface Operation {
  method: (typeof WRITE_METHODS)[number];
  path: string;
  params: string[];
  body: JsonSchema | undefined;
  multipart: boolean;
  /** A valid body, which the sweep spoils in one or two places to get past the first checks. */
  example?: unknown;
}

/** Valid bodies of the creating operations; an edit's example is what a GET of its path returns. */
const EXAMPLES: Record<string, unknown> = {
  "POST /api/auth/login": { email: "someone@example.org", password: "correct horse battery" },
  "POST /api/projects": projectInput(),
  "POST /api/users": {
    email: "new.person@example.org",
    name: "New Person",
    role: "viewer",
    region: null,
    password: "a long enough password",
  },
  "POST /api/users/invite": {
    email: "invited@example.org",
    name: "Invited Person",
    role: "viewer",
    region: null,
  },
  "POST /api/auth/password-reset": { email: "someone@example.org" },
  "POST /api/me/tokens": { name: "Finance system", scope: "read", days: 30 },
  "PATCH /api/users/{id}": { version: 1, name: "Renamed Person", role: "pm", region: null, active: true },
  "POST /api/projects/{id}/transitions": { transition: "submit", version: 1 },
  "POST /api/projects/{id}/comments": { section: "budget", body: "The budget is high." },
  "POST /api/notifications/read": { ids: [1] },
  "POST /api/reports/{reportId}/decisions": { action: "submit", version: 1 },
  "POST /api/projects/{id}/extensions": {
    requestedEnd: "2028-06-30",
    justification: "Recruitment took longer than planned",
  },
  "POST /api/extensions/{extensionId}/decision": { decision: "approve", version: 1, comment: "Agreed" },
  "POST /api/admin/webhooks": {
    url: "https://receiver.example.org/prima",
    events: ["projectStep"],
    active: true,
  },
};

/** The `error` of every refusal the API writes (ErrorBody in src/domain/errors.ts). */
const CLIENT_ERRORS = [
  "validation",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "bad_request",
  "payload_too_large",
  "rules",
  "unsupported_type",
];

/** Who may make each change (the PM by default), so that the examples below reach the database. */
const WRITERS: [RegExp, string][] = [
  [/fund-rules|reporting-rules|\{extensionId\}|appeals|outbox/, "fund_manager"],
  [/\/users/, "admin"],
];

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        summary?: string;
        description?: string;
        parameters?: { in: string; name: string }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

function writeOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    WRITE_METHODS.filter((method) => operations[method]).map((method) => {
      const operation = operations[method];
      return {
        method,
        path,
        params: (operation?.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
        body: operation?.requestBody?.content["application/json"]?.schema,
        // The OpenAPI document has no schema for a form: its operations say so in their text.
        multipart: /multipart/i.test(`${operation?.summary} ${operation?.description}`),
        example: EXAMPLES[`${method.toUpperCase()} ${path}`],
      };
    }),
  );
}

interface HostileRequest {
  session: string;
  params: Record<string, string>;
  query: string | null;
  body: RawBody;
}

describe.each(databaseKinds())("hostile requests to every write operation, on %s", (kind) => {
  let test: TestApp;
  const sessions: Record<string, Session> = {};
  let known: KnownValues;
  let document: OpenApiDocument;

  async function signInEveryone() {
    for (const [name, session] of Object.entries(sessions)) sessions[name] = await signIn(test, session.user);
  }

  beforeAll(async () => {
    // Hundreds of refused passwords on the same accounts: the sign-in limits would lock them.
    test = await startTestApp(kind, {
      LOGIN_ACCOUNT_FAILURES: "10000",
      LOGIN_ADDRESS_FAILURES: "100000",
      PASSWORD_RESET_RATE_LIMIT: "10000",
    });
    const db = test.database.db;
    for (const role of ["admin", "fund_manager", "pm", "reviewer"] as const) {
      sessions[role] = await signIn(test, await buildUser(db, role, role === "reviewer" ? "WCA" : null));
    }
    const pm = sessions.pm as Session;
    const draft = (await createProjectAs(test, pm)).id as string;
    const approved = (await createProjectAs(test, pm, { title: "Labour migration data in Ghana" }))
      .id as string;
    await setStatus(db, approved, "endorsed");
    const approval = await fire(test, sessions.fund_manager as Session, approved, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approval.statusCode, approval.body).toBe(200);
    const reports = await test.app.inject({ url: `/api/projects/${approved}/reports`, headers: pm.headers });
    const reportIds = reports.json().items.map((r: { id: string }) => r.id) as string[];
    const form = multipartForm(
      { kind: "other", title: "Concept note" },
      { name: "note.pdf", content: pdfOfSize(2000) },
    );
    const filed = await test.app.inject({
      method: "POST",
      url: `/api/projects/${draft}/documents`,
      headers: { ...pm.headers, "content-type": form.contentType },
      payload: form.body,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const documentId = filed.json().id as string;
    const userIds = Object.values(sessions).map((s) => s.user.id);
    known = {
      uuids: [draft, approved, documentId, ...reportIds, ...userIds],
      byName: {
        // Mostly projects; a user's id for the operations on users.
        id: [draft, approved, draft, approved, pm.user.id],
        documentId: [documentId],
        reportId: reportIds,
        fundLine: ["L1", "L2"],
        year: ["2026", "2027"],
      },
    };
    document = (await test.app.inject({ url: "/api/openapi.json", headers: pm.headers })).json();
  });

  /** The URL of an operation with the first known value of each parameter. */
  const knownUrl = (operation: Operation) =>
    operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => known.byName[name]?.[0] ?? "");

  /** An edit's example: what a GET of its path answers (a list's first item), cut to the edit's schema. */
  async function readExample(operation: Operation, resolve: (ref: string) => JsonSchema) {
    if (operation.method !== "put" || !operation.body || operation.example !== undefined) return;
    const read = await test.app.inject({
      url: knownUrl(operation),
      headers: (sessions.pm as Session).headers,
    });
    const listed = await test.app.inject({
      url: operation.path.replace(/\/\{\w+\}$/, ""),
      headers: (sessions.pm as Session).headers,
    });
    const value =
      read.statusCode === 200
        ? read.json()
        : listed.statusCode === 200
          ? listed.json().items?.[0]
          : undefined;
    if (value !== undefined) operation.example = shapedLike(value, operation.body, resolve);
  }
  afterAll(() => test.close());

  it("never answers 5xx, and a refused request changes no table", async () => {
    const operations = writeOperations(document);
    expect(operations.length).toBeGreaterThan(20);
    const resolve = (ref: string) => document.components?.schemas?.[ref.split("/").pop() ?? ""] ?? {};
    let current: Fingerprint = await databaseFingerprint(test);
    const failures: string[] = [];

    for (const operation of operations) {
      await readExample(operation, resolve);
      const paramValue = (name: string) =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...(known.byName[name] ?? known.uuids)) },
          { weight: 1, arbitrary: hostilePathSegment },
        );
      const request: fc.Arbitrary<HostileRequest> = fc.record({
        session: fc.constantFrom(...Object.keys(sessions)),
        params: fc.record(Object.fromEntries(operation.params.map((name) => [name, paramValue(name)]))),
        query: fc.option(hostileQuery, { freq: 4 }),
        body: requestBody(operation, known, resolve),
      });
      const property = fc.asyncProperty(request, async ({ session, params, query, body }) => {
        const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => params[name] ?? "");
        const url = query ? `${path}?${query}` : path;
        const response = await test.app.inject({
          method: operation.method.toUpperCase() as "POST",
          url,
          headers: {
            ...(sessions[session] as Session).headers,
            ...(body.contentType ? { "content-type": body.contentType } : {}),
          },
          payload: body.payload,
        });
        const before = current;
        current = await databaseFingerprint(test);
        const status = response.statusCode;
        const what = `${operation.method.toUpperCase()} ${url.slice(0, 200)} as ${session} → ${status} ${response.body.slice(0, 300)}`;
        expect(status, what).toBeLessThan(500);
        if (status >= 400) {
          // A refused sign-in or wrong current password is counted (the sign-in limits): the one
          // write a refusal makes.
          const counted =
            (status === 401 && operation.path === "/api/auth/login") ||
            (status === 400 && operation.path === "/api/me/password")
              ? ["sign_in_failures"]
              : [];
          expect(
            changedTables(before, current).filter((table) => !counted.includes(table)),
            what,
          ).toEqual([]);
          const refusal = response.json();
          expect(CLIENT_ERRORS, what).toContain(refusal.error);
          expect(typeof refusal.message, what).toBe("string");
        } else if (/\/logout$|\/sessions(\/others)?$|\/me\/password$/.test(operation.path)) {
          await signInEveryone();
          current = await databaseFingerprint(test);
        }
      });
      // Besides the random cases: U+0000 in each text field of the valid example, in turn.
      const example = operation.example;
      const writer = WRITERS.find(([pattern]) => pattern.test(operation.path))?.[1] ?? "pm";
      const examples: [HostileRequest][] = pathsIn(example)
        .filter((path) => typeof valueAt(example, path) === "string")
        .map((path) => [
          {
            session: writer,
            params: Object.fromEntries(operation.params.map((name) => [name, known.byName[name]?.[0] ?? ""])),
            query: null,
            body: {
              contentType: "application/json",
              payload: toJsonText(applied(example, [{ path, value: "a\u0000b" }])),
            },
          },
        ]);
      const result = await fc.check(property, { numRuns: RUNS, seed: SEED, examples });
      if (result.failed) {
        failures.push(
          `${operation.method.toUpperCase()} ${operation.path}: ${String(result.errorInstance).slice(0, 800)}\n` +
            `${fc.defaultReportMessage(result)?.slice(0, 2000)}`,
        );
      }
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
});

/**
 * Text the database cannot store gets a 400 naming its field, never a 500, and nothing is written:
 * U+0000 and unpaired surrogates anywhere (JSON bodies, multipart fields and file names, path and
 * query parameters), and multipart bodies the parser cannot read on every upload route.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedTables, databaseFingerprint } from "../../../test/databaseFingerprint";
import { buildUser, createProjectAs, projectInput, type Session, signIn } from "../../../test/factories";
import { multipartForm, pdfOfSize } from "../../../test/multipartForm";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const APPEAL_TEXT = Buffer.from("Region\tRequirement\nWCA\t1000\n");

describe.each(databaseKinds())("text the database cannot store, on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let fundManager: Session;
  let projectId: string;
  let documentId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    fundManager = await signIn(test, await buildUser(db, "fund_manager"));
    const project = await createProjectAs(test, pm);
    projectId = project.id;
    const form = multipartForm(
      { kind: "other", title: "Concept note" },
      { name: "note.pdf", content: pdfOfSize(2000) },
    );
    const filed = await test.app.inject({
      method: "POST",
      url: `/api/projects/${projectId}/documents`,
      headers: { ...pm.headers, "content-type": form.contentType },
      payload: form.body,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    documentId = filed.json().id;
  });
  afterAll(() => test.close());

  /** Sends the request and expects a 400 naming `field`, with the database left as it was. */
  async function refused(
    field: string,
    request: {
      method: "POST" | "PUT" | "GET";
      url: string;
      session: Session;
      payload?: unknown;
      contentType?: string;
    },
  ) {
    const before = await databaseFingerprint(test);
    const response = await test.app.inject({
      method: request.method,
      url: request.url,
      headers: {
        ...request.session.headers,
        ...(request.contentType ? { "content-type": request.contentType } : {}),
      },
      payload: request.payload as string,
    });
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json();
    expect(body.error).toBe("validation");
    expect(body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(changedTables(before, await databaseFingerprint(test))).toEqual([]);
    return body;
  }

  const comment = (body: string) => ({
    method: "POST" as const,
    url: `/api/projects/${projectId}/comments`,
    session: pm,
    payload: { body },
  });

  it("a NUL in a comment's body", async () => {
    const body = await refused("body", comment("Budget\u0000 is high"));
    expect(body.fields[0].code).toBe("unsupportedCharacter");
  });

  it("a lone surrogate in a comment's body", async () => {
    await refused("body", comment("Budget \ud800 is high"));
  });

  it("a NUL in a new project's title", async () => {
    await refused("title", {
      method: "POST",
      url: "/api/projects",
      session: pm,
      payload: projectInput({ title: "Labour migration\u0000 in Ghana" }),
    });
  });

  it("a lone surrogate in a project's summary, as in any other string", async () => {
    await refused("summary", {
      method: "PUT",
      url: `/api/projects/${projectId}`,
      session: pm,
      payload: { ...projectInput({ summary: "Supports \udc00 the Ministry" }), version: 1 },
    });
  });

  it("a NUL in a nested field and in a field's own name", async () => {
    const payload = projectInput({
      beneficiaries: [{ type: "GOV\u0000", sex: "all", ageGroup: "adults", number: 1 }],
    });
    await refused("beneficiaries.0.type", { method: "POST", url: "/api/projects", session: pm, payload });
    await refused("ti\\u0000tle", {
      method: "POST",
      url: "/api/projects",
      session: pm,
      payload: { ...projectInput(), "ti\u0000tle": "x" },
    });
  });

  it("a NUL in a path parameter", async () => {
    await refused("params.fundLine", {
      method: "PUT",
      url: "/api/reporting-rules/%00",
      session: fundManager,
      payload: {},
    });
  });

  it("a lone surrogate in a path parameter, which arrives as UTF-8 that is not valid", async () => {
    const body = await refused("params", {
      method: "PUT",
      url: "/api/reporting-rules/%ED%A0%80",
      session: fundManager,
      payload: {},
    });
    expect(body.fields[0].code).toBe("invalid_format");
  });

  it("a NUL in a query parameter, of a search and of a change", async () => {
    await refused("query.q", { method: "GET", url: "/api/search?q=%00", session: pm });
    await refused("query.note", { ...comment("Fine"), url: `/api/projects/${projectId}/comments?note=%00` });
  });

  it("a NUL in a multipart field and in the file's name", async () => {
    const url = `/api/projects/${projectId}/documents`;
    const inTitle = multipartForm(
      { kind: "other", title: "Budget\u0000" },
      { name: "budget.pdf", content: pdfOfSize(2000) },
    );
    await refused("title", {
      method: "POST",
      url,
      session: pm,
      payload: inTitle.body,
      contentType: inTitle.contentType,
    });
    const inName = multipartForm(
      { kind: "other", title: "Budget" },
      { name: "budget\u0000.pdf", content: pdfOfSize(2000) },
    );
    await refused("file.filename", {
      method: "POST",
      url,
      session: pm,
      payload: inName.body,
      contentType: inName.contentType,
    });
    const inVersion = multipartForm({}, { name: "v2\u0000.pdf", content: pdfOfSize(2000) });
    await refused("file.filename", {
      method: "POST",
      url: `${url}/${documentId}/versions`,
      session: pm,
      payload: inVersion.body,
      contentType: inVersion.contentType,
    });
  });

  const uploadRoutes = () => [
    {
      name: "a new document",
      url: `/api/projects/${projectId}/documents`,
      session: pm,
      form: multipartForm(
        { kind: "other", title: "Budget" },
        { name: "budget.pdf", content: pdfOfSize(4000) },
      ),
    },
    {
      name: "a new version",
      url: `/api/projects/${projectId}/documents/${documentId}/versions`,
      session: pm,
      form: multipartForm({}, { name: "budget-v2.pdf", content: pdfOfSize(4000) }),
    },
    {
      name: "an appeal",
      url: "/api/appeals",
      session: fundManager,
      form: multipartForm(
        { code: "A2016", title: "Appeal 2016", year: "2016" },
        { name: "appeal.txt", content: APPEAL_TEXT },
      ),
    },
  ];

  it("a multipart body without a boundary, on every upload route", async () => {
    for (const route of uploadRoutes()) {
      const body = await refused("file", {
        method: "POST",
        url: route.url,
        session: route.session,
        payload: route.form.body,
        contentType: "multipart/form-data",
      });
      expect(body.fields[0].code, route.name).toBe("malformedUpload");
    }
  });

  it("a multipart body cut off in the middle of the file, on every upload route", async () => {
    for (const route of uploadRoutes()) {
      const { head, file, contentType } = route.form;
      const body = await refused("file", {
        method: "POST",
        url: route.url,
        session: route.session,
        payload: Buffer.concat([head, file.subarray(0, Math.floor(file.length / 2))]),
        contentType,
      });
      expect(body.fields[0].code, route.name).toBe("malformedUpload");
    }
  });
});

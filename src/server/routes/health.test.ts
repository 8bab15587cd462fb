import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

describe.each(databaseKinds())("system routes on %s", (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(() => test.close());

  it("reports health with the database kind", async () => {
    const response = await test.app.inject({ method: "GET", url: "/api/health" });
    expect(response.json()).toMatchObject({ status: "ok", db: kind });
  });

  it("publishes an OpenAPI document generated from the schemas", async () => {
    const doc = (await test.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const post = doc.paths["/api/projects"].post;
    const body = post.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(expect.arrayContaining(["title", "type", "countries", "requestedBudget"]));
    expect(doc.paths["/api/projects/{id}"].put.responses).toHaveProperty("409");
  });

  it("serves the API docs page", async () => {
    const response = await test.app.inject({ method: "GET", url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("swagger");
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const response = await test.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe("not_found");
  });
});

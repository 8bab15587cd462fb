/**
 * Acceptance (issue 11, item 4): when the server is saturated, a request beyond capacity gets
 * 503 "overloaded" with Retry-After at once, health and the API's description still answer,
 * and once capacity frees up requests are served again. "Held requests" are slots taken
 * straight from the lane, so that no test depends on how long a query takes.
 */
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { waitUntil } from "../../../test/waitUntil";
import type { Release } from "./lane";

describe.each(databaseKinds())("overload protection on %s", (kind) => {
  let test: TestApp;
  let fund: Session;
  const get = (url: string, session: Session | null = fund) =>
    test.app.inject({ method: "GET", url, headers: session?.headers ?? {} });

  beforeAll(async () => {
    test = await startTestApp(kind, {
      MAX_CONCURRENT_REQUESTS: "1",
      MAX_QUEUED_REQUESTS: "1",
      MAX_QUEUE_WAIT_MS: "60000",
      MAX_CONCURRENT_TRANSFERS: "1",
    });
    fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
  });
  afterAll(() => test.close());

  /** Takes every slot of the database lane, as requests in progress would. */
  async function saturate(): Promise<Release> {
    await waitUntil(() => test.app.admission.database.inProgress === 0, "the lane to be idle");
    return test.app.admission.database.acquire();
  }

  it("refuses a request beyond capacity with 503 overloaded and Retry-After, while health answers", async () => {
    const held = await saturate();
    const queued = get("/api/reference");
    await waitUntil(() => test.app.admission.database.waiting === 1, "the request to queue");

    const refused = await get("/api/search?q=migration");
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toEqual({ error: "overloaded", message: expect.stringContaining("busy") });
    expect(refused.headers["retry-after"]).toBe("60");

    expect((await get("/api/health", null)).statusCode).toBe(200);
    expect((await get("/api/openapi.json", null)).statusCode).toBe(200);
    expect((await get("/api/docs/", null)).statusCode).toBe(200);

    held();
    expect((await queued).statusCode).toBe(200);
    expect((await get("/api/search?q=migration")).statusCode).toBe(200);
  });

  it("refuses an anonymous request beyond capacity before looking up its session", async () => {
    const held = await saturate();
    const queued = get("/api/me", null);
    await waitUntil(() => test.app.admission.database.waiting === 1, "the request to queue");
    const refused = await get("/api/me", null);
    expect(refused.statusCode).toBe(503);
    held();
    expect((await queued).statusCode).toBe(401);
  });

  it("gives the slot back after every kind of answer, errors included", async () => {
    for (const url of [
      "/api/projects/00000000-0000-0000-0000-000000000000",
      "/api/search?pageSize=nonsense",
      "/api/nothing-here",
      "/api/reference",
    ]) {
      await get(url);
      await get(url, null);
    }
    await waitUntil(() => test.app.admission.database.inProgress === 0, "every slot to be given back");
    expect(test.app.admission.database.waiting).toBe(0);
  });

  it("serves downloads and exports in their own lane, not with the database's slots", async () => {
    const held = await saturate();
    const exported = await get("/api/projects/export?format=csv");
    expect(exported.statusCode).toBe(200);
    held();

    const transfer = await test.app.admission.transfers.acquire();
    const queuedExport = get("/api/projects/export?format=csv");
    await waitUntil(() => test.app.admission.transfers.waiting === 1, "the export to queue");
    const refused = await get("/api/projects/export?format=csv");
    expect(refused.statusCode).toBe(503);
    expect(refused.json().error).toBe("overloaded");
    expect((await get("/api/reference")).statusCode).toBe(200);
    transfer();
    expect((await queuedExport).statusCode).toBe(200);
  });

  it("lets a client that gives up while waiting leave the queue, taking no slot", async () => {
    await test.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = test.app.server.address() as AddressInfo;
    const held = await saturate();
    const client = httpRequest({ host: "127.0.0.1", port, path: "/api/reference", headers: fund.headers });
    client.on("error", () => {});
    client.end();
    await waitUntil(() => test.app.admission.database.waiting === 1, "the request to queue");

    client.destroy();
    await waitUntil(() => test.app.admission.database.waiting === 0, "the request to leave the queue");
    held();
    expect(test.app.admission.database.inProgress).toBe(0);
    expect((await get("/api/reference")).statusCode).toBe(200);
  });
});

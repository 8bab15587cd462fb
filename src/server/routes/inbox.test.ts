/** The fund manager's "Waiting for me" holds submitted reports and open extension requests too. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { addDays } from "../../domain/calendar";
import { reports } from "../db/schema";

describe.each(databaseKinds())("waiting for the fund manager, on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let fund: Session;
  let reviewer: Session;
  let projectId: string;
  let reportId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    fund = await signIn(test, await buildUser(db, "fund_manager"));
    reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    const project = await createProjectAs(test, pm);
    projectId = project.id;
    await setStatus(db, projectId, "endorsed");
    const approved = await fire(test, fund, projectId, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // The report's own screens are tested elsewhere; here it is simply submitted.
    const [report] = await db.select().from(reports).where(eq(reports.projectId, projectId)).limit(1);
    reportId = report?.id as string;
    await db
      .update(reports)
      .set({ status: "submitted", submittedAt: test.clock.now })
      .where(eq(reports.id, reportId));
    const detail = (await test.app.inject({ url: `/api/projects/${projectId}`, headers: pm.headers })).json();
    const asked = await test.app.inject({
      method: "POST",
      url: `/api/projects/${projectId}/extensions`,
      headers: pm.headers,
      payload: {
        requestedEnd: addDays(detail.plannedEnd, 180),
        justification: "The rainy season closed the roads",
      },
    });
    expect(asked.statusCode, asked.body).toBe(201);
  });
  afterAll(() => test.close());

  const inbox = async (session: Session) =>
    (await test.app.inject({ url: "/api/inbox", headers: session.headers })).json() as {
      queues: { queue: string; items: Record<string, unknown>[] }[];
    };

  it("lists the submitted report, which opens the report", async () => {
    const queue = (await inbox(fund)).queues.find((q) => q.queue === "reportsToDecide");
    expect(queue?.items).toEqual([
      expect.objectContaining({
        id: projectId,
        report: expect.objectContaining({ id: reportId }),
        extension: null,
      }),
    ]);
  });

  it("lists the open extension request with its justification", async () => {
    const queue = (await inbox(fund)).queues.find((q) => q.queue === "extensionsToDecide");
    expect(queue?.items).toEqual([
      expect.objectContaining({
        id: projectId,
        lastComment: "The rainy season closed the roads",
        extension: expect.objectContaining({ requestedEnd: expect.any(String) }),
        report: null,
      }),
    ]);
  });

  it("counts them in the badge, and only the fund manager has these queues", async () => {
    const counts = (await test.app.inject({ url: "/api/inbox/counts", headers: fund.headers })).json();
    expect(counts.waiting).toBeGreaterThanOrEqual(2);
    for (const session of [pm, reviewer]) {
      const queues = (await inbox(session)).queues.map((q) => q.queue);
      expect(queues).not.toContain("reportsToDecide");
      expect(queues).not.toContain("extensionsToDecide");
    }
  });

  it("filters notifications by kind and by project, and names the projects to filter by", async () => {
    const list = async (session: Session, query = "") =>
      (await test.app.inject({ url: `/api/notifications${query}`, headers: session.headers })).json() as {
        items: { transition: string; project: { id: string } }[];
        projects: { id: string }[];
      };
    const fundExtensions = await list(fund, "?kind=extensions");
    expect(fundExtensions.items.map((n) => n.transition)).toEqual(["extensionRequested"]);
    expect((await list(fund, "?kind=workflow")).items).toEqual([]);
    const pmWorkflow = await list(pm, "?kind=workflow");
    expect(pmWorkflow.items.map((n) => n.transition)).toEqual(["approve"]);
    expect(pmWorkflow.projects.map((p) => p.id)).toEqual([projectId]);
    expect((await list(pm, `?projectId=${projectId}`)).items.length).toBeGreaterThan(0);
    expect((await list(pm, "?projectId=00000000-0000-4000-8000-000000000000")).items).toEqual([]);
    const bad = await test.app.inject({ url: "/api/notifications?kind=gossip", headers: pm.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([expect.objectContaining({ field: "kind" })]);
  });
});

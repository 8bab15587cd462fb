/**
 * The proposal workflow over HTTP, as its users live it: rules at submission and approval,
 * review comments and what changed, inbox and notifications, e-mail over real SMTP, the
 * history, the fund's parameters and the turnaround figures.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, signIn } from "../../../test/factories";
import { mailText, startSmtp, type TestSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { auditEvents, mailOutbox, projects } from "../db/schema";

describe.each(databaseKinds())("proposal workflow on %s", (kind) => {
  let test: TestApp;
  let smtp: TestSmtp;
  let pm: Session;
  let reviewer: Session;
  let otherReviewer: Session;
  let fund: Session;
  let viewer: Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await startTestApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: "https://prima.example.org" });
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    otherReviewer = await signIn(test, await buildUser(db, "reviewer", "EEA"));
    fund = await signIn(test, await buildUser(db, "fund_manager"));
    viewer = await signIn(test, await buildUser(db, "viewer"));
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  const get = (session: Session, url: string) =>
    test.app.inject({ method: "GET", url, headers: session.headers });
  /** Moves the clock on; sessions last 12 hours, so everyone signs in again on the new day. */
  const later = async (days: number) => {
    test.clock.now = new Date(test.clock.now.getTime() + days * 86_400_000);
    pm = await signIn(test, pm.user);
    reviewer = await signIn(test, reviewer.user);
    otherReviewer = await signIn(test, otherReviewer.user);
    fund = await signIn(test, fund.user);
    viewer = await signIn(test, viewer.user);
  };

  it("submitting a proposal that breaks four rules returns all four messages in one response", async () => {
    const project = await createProjectAs(test, pm, {
      objective: "",
      areaShares: [],
      activityShares: [],
      beneficiaries: [],
    });
    const response = await fire(test, pm, project.id, "submit");
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error).toBe("rules");
    expect(body.fields.map((f: { code: string }) => f.code)).toEqual([
      "objectiveMissing",
      "areaSharesIncomplete",
      "activitySharesIncomplete",
      "beneficiariesMissing",
    ]);
    for (const field of body.fields) expect(field.message.length).toBeGreaterThan(20);
    expect((await get(pm, `/api/projects/${project.id}`)).json().status).toBe("draft");
    const history = (await get(pm, `/api/projects/${project.id}/history`)).json().items;
    expect(history.filter((h: { action: string }) => h.action === "transition")).toEqual([]);
  });

  it("a country in arrears for 2026 blocks Line 2 approval in 2026, not in 2025", async () => {
    const year = (await get(fund, "/api/fund-rules"))
      .json()
      .items.find((y: { fundingYear: number }) => y.fundingYear === 2026);
    const saved = await test.app.inject({
      method: "PUT",
      url: "/api/fund-rules/2026",
      headers: fund.headers,
      payload: {
        version: year.version,
        line2NationalCeiling: "200000",
        line2RegionalCeiling: "300000",
        countries: [{ country: "GHA", status: "inArrears", note: "Article 4 since 2025 Council" }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const endorsedIn = async (fundingYear: number) => {
      const project = await createProjectAs(test, pm, { requestedBudget: "150000" });
      // Set-up only: 2025 is closed to new proposals, so the year is moved in the database.
      await test.database.db
        .update(projects)
        .set({ status: "endorsed", fundingYear })
        .where(eq(projects.id, project.id));
      return project.id;
    };
    const in2026 = await endorsedIn(2026);
    const refused = await fire(test, fund, in2026, "approve", { approvedBudget: "150000", fundLine: "L2" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields).toEqual([
      expect.objectContaining({ code: "line2CountryInArrears", message: expect.stringContaining("Ghana") }),
    ]);
    const in2025 = await endorsedIn(2025);
    const approved = await fire(test, fund, in2025, "approve", { approvedBudget: "150000", fundLine: "L2" });
    expect(approved.statusCode, approved.body).toBe(200);
    // Line 1 stays open to the country in 2026.
    const line1 = await fire(test, fund, in2026, "approve", { approvedBudget: "150000", fundLine: "L1" });
    expect(line1.statusCode).toBe(200);

    // Put the year back for the other tests.
    const current = (await get(fund, "/api/fund-rules"))
      .json()
      .items.find((y: { fundingYear: number }) => y.fundingYear === 2026);
    await test.app.inject({
      method: "PUT",
      url: "/api/fund-rules/2026",
      headers: fund.headers,
      payload: {
        version: current.version,
        line2NationalCeiling: "200000",
        line2RegionalCeiling: "300000",
        countries: [],
      },
    });
  });

  it("only the fund manager changes the fund's rules; a stale save is 409; every change is audited", async () => {
    const year = (await get(pm, "/api/fund-rules"))
      .json()
      .items.find((y: { fundingYear: number }) => y.fundingYear === 2027);
    expect(year).toMatchObject({
      line2NationalCeiling: "200000.00",
      line2RegionalCeiling: "300000.00",
      countries: [],
    });
    const payload = {
      version: year.version,
      line2NationalCeiling: "210000",
      line2RegionalCeiling: "310000",
      countries: [{ country: "SEN", status: "notEligible", note: "" }],
    };
    for (const session of [pm, reviewer, viewer]) {
      const refused = await test.app.inject({
        method: "PUT",
        url: "/api/fund-rules/2027",
        headers: session.headers,
        payload,
      });
      expect(refused.statusCode).toBe(403);
    }
    const bad = await test.app.inject({
      method: "PUT",
      url: "/api/fund-rules/2027",
      headers: fund.headers,
      payload: {
        ...payload,
        line2NationalCeiling: "-5",
        countries: [{ country: "XXX", status: "inArrears" }],
      },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await test.app.inject({
      method: "PUT",
      url: "/api/fund-rules/2027",
      headers: fund.headers,
      payload,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ line2NationalCeiling: "210000.00", version: year.version + 1 });
    const stale = await test.app.inject({
      method: "PUT",
      url: "/api/fund-rules/2027",
      headers: fund.headers,
      payload,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.line2NationalCeiling).toBe("210000.00");
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, "fundYear"));
    const change = audit.find((a) => a.entityId === "2027");
    expect(change).toMatchObject({
      actorId: fund.user.id,
      before: expect.objectContaining({ line2NationalCeiling: "200000.00", countries: [] }),
      after: expect.objectContaining({ line2NationalCeiling: "210000.00" }),
    });
  });

  it("from draft to approval: review comments, return, what changed, endorsement, ceiling refused, approval and e-mail", async () => {
    const project = await createProjectAs(test, pm, { requestedBudget: "250000", fundLine: "L1" });
    const id = project.id;
    expect((await fire(test, pm, id, "submit")).statusCode).toBe(200);

    // The region's reviewer has it waiting; another region's reviewer cannot act.
    const inbox = (await get(reviewer, "/api/inbox")).json();
    expect(inbox.queues[0].queue).toBe("toReview");
    expect(inbox.queues[0].items.map((i: { id: string }) => i.id)).toContain(id);
    const told = (await get(reviewer, "/api/notifications")).json().items[0];
    expect(told).toMatchObject({ transition: "submit", project: { id }, readAt: null });
    expect((await get(reviewer, "/api/inbox/counts")).json().waiting).toBeGreaterThanOrEqual(1);
    expect((await get(otherReviewer, `/api/projects/${id}`)).json().can.transitions).toEqual([]);
    expect((await fire(test, otherReviewer, id, "endorse")).statusCode).toBe(403);
    expect(
      (
        await test.app.inject({
          method: "POST",
          url: `/api/projects/${id}/comments`,
          headers: otherReviewer.headers,
          payload: { body: "Not my region" },
        })
      ).statusCode,
    ).toBe(403);

    await later(2);
    const comment = (section: string, body: string, parentId?: number) =>
      test.app.inject({
        method: "POST",
        url: `/api/projects/${id}/comments`,
        headers: reviewer.headers,
        payload: { section, body, parentId },
      });
    const first = await comment("budget", "The budget is high for one country.");
    expect(first.statusCode, first.body).toBe(201);
    expect((await comment("beneficiaries", "Say how many women are reached.")).statusCode).toBe(201);
    expect(
      (
        await fire(test, reviewer, id, "returnToDraft", { comment: "Please revise budget and beneficiaries" })
      ).json().status,
    ).toBe("draft");

    // The PM sees the comments, answers one and revises.
    const comments = (await get(pm, `/api/projects/${id}/comments`)).json().items;
    expect(comments.map((c: { section: string }) => c.section)).toEqual(["budget", "beneficiaries"]);
    const reply = await test.app.inject({
      method: "POST",
      url: `/api/projects/${id}/comments`,
      headers: pm.headers,
      payload: { section: "budget", body: "Reduced to 240,000.", parentId: first.json().id },
    });
    expect(reply.json()).toMatchObject({ parentId: first.json().id, status: "draft" });
    expect(
      (await get(pm, "/api/inbox"))
        .json()
        .queues.find((q: { queue: string }) => q.queue === "returnedToMe")
        .items.map((i: { id: string }) => i.id),
    ).toContain(id);

    const current = (await get(pm, `/api/projects/${id}`)).json();
    const edit = await test.app.inject({
      method: "PUT",
      url: `/api/projects/${id}`,
      headers: pm.headers,
      payload: {
        ...current,
        requestedBudget: "240000.00",
        beneficiaries: [
          { type: "GOV", sex: "female", ageGroup: "adults", number: 60 },
          { type: "GOV", sex: "male", ageGroup: "adults", number: 60 },
        ],
        pmId: undefined,
        altPmId: undefined,
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    await later(1);
    expect((await fire(test, pm, id, "submit")).statusCode).toBe(200);

    const changes = (await get(reviewer, `/api/projects/${id}/changes`)).json();
    expect(changes.previousSubmittedAt).not.toBeNull();
    expect(changes.changes.map((c: { field: string }) => c.field).sort()).toEqual([
      "beneficiaries",
      "requestedBudget",
    ]);
    expect(changes.changes.find((c: { field: string }) => c.field === "requestedBudget")).toMatchObject({
      before: "250000.00",
      after: "240000.00",
    });

    await later(3);
    expect((await fire(test, reviewer, id, "endorse")).json().status).toBe("endorsed");
    expect(
      (await get(fund, "/api/inbox"))
        .json()
        .queues.find((q: { queue: string }) => q.queue === "toApprove")
        .items.map((i: { id: string }) => i.id),
    ).toContain(id);

    const ceiling = await fire(test, fund, id, "approve", { approvedBudget: "250000", fundLine: "L2" });
    expect(ceiling.statusCode).toBe(422);
    expect(ceiling.json().fields.map((f: { code: string }) => f.code)).toEqual([
      "line2CeilingExceeded",
      "approvedAboveRequested",
    ]);
    expect(ceiling.json().fields[0].message).toBe(
      "Line 2 funds a national project up to USD 200,000; USD 250,000 is USD 50,000 above the ceiling",
    );
    await later(1);
    const approved = await fire(test, fund, id, "approve", { approvedBudget: "180000", fundLine: "L2" });
    expect(approved.json()).toMatchObject({
      status: "approved",
      fundLine: "L2",
      approvedBudget: "180000.00",
    });

    // The PM is told in the app and by e-mail, read from the SMTP server: of each step, and of the
    // reviewer's two comments.
    const notes = (await get(pm, "/api/notifications"))
      .json()
      .items.filter((n: { project: { id: string } }) => n.project.id === id);
    expect(notes.map((n: { transition: string }) => n.transition)).toEqual([
      "approve",
      "endorse",
      "returnToDraft",
      "projectCommented",
      "projectCommented",
    ]);
    await test.ctx.mail.flush();
    const mails = await smtp.waitFor(1);
    const toPm = mails.filter((m) => m.to.includes(pm.user.email)).map((m) => mailText(m.raw));
    const approval = toPm.find((text) => text.includes(project.code) && text.includes("is now approved"));
    expect(approval).toContain(`https://prima.example.org/projects/${id}`);
    const toReviewer = mails.filter((m) => m.to.includes(reviewer.user.email));
    expect(toReviewer.length).toBeGreaterThanOrEqual(2); // two submissions
    const outbox = await test.database.db.select().from(mailOutbox);
    expect(outbox.every((m) => m.status === "sent")).toBe(true);
    expect(new Set(outbox.map((m) => m.dedupeKey)).size).toBe(outbox.length);

    // Every step and edit is in the history, with who and when.
    const history = (await get(viewer, `/api/projects/${id}/history`)).json().items;
    const steps = history
      .filter((h: { action: string }) => h.action === "transition")
      .map((h: { transition: string }) => h.transition);
    expect(steps).toEqual(["approve", "endorse", "submit", "returnToDraft", "submit"]);
    for (const entry of history) {
      expect(entry.actor?.name).toBeTruthy();
      expect(Date.parse(entry.at)).not.toBeNaN();
    }
    const update = history.find((h: { action: string }) => h.action === "update");
    expect(update.actor.id).toBe(pm.user.id);
    expect(update.changes.map((c: { field: string }) => c.field).sort()).toEqual([
      "beneficiaries",
      "requestedBudget",
    ]);
    expect(history.filter((h: { action: string }) => h.action === "comment")).toHaveLength(3);
    expect(history.at(-1).action).toBe("create");

    // Time in each status, as the project page shows it.
    const durations = (await get(pm, `/api/projects/${id}/durations`)).json().items;
    expect(durations.find((d: { status: string }) => d.status === "submitted")).toMatchObject({
      days: 5,
      visits: 2,
    });
    expect(durations.find((d: { status: string }) => d.status === "approved")).toMatchObject({
      current: true,
    });
  });

  it("the history cannot be changed or deleted through the API", async () => {
    const project = await createProjectAs(test, pm);
    for (const method of ["PUT", "PATCH", "DELETE", "POST"] as const) {
      const response = await test.app.inject({
        method,
        url: `/api/projects/${project.id}/history`,
        headers: fund.headers,
        payload: {},
      });
      expect(response.statusCode, method).toBe(404);
    }
    const openapi = (await test.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const [path, operations] of Object.entries(openapi.paths as Record<string, object>)) {
      if (/history|audit|transitions\/|comments\/\{/.test(path))
        expect(Object.keys(operations), path).toEqual(["get"]);
    }
  });

  it("review turnaround: median and 90th percentile by region and funding year", async () => {
    // Five proposals in SEECA (Ukraine) reviewed after 1, 2, 3, 4 and 10 days.
    const seeca = await buildUser(test.database.db, "reviewer", "SEECA");
    const waits = [1, 2, 3, 4, 10];
    for (const days of waits) {
      const project = await createProjectAs(test, pm, { countries: ["UKR"] });
      await fire(test, pm, project.id, "submit");
      await later(days);
      const endorsed = await fire(test, await signIn(test, seeca), project.id, "endorse");
      expect(endorsed.statusCode, endorsed.body).toBe(200);
    }
    const stats = (await get(viewer, "/api/stats/turnaround?fundingYear=2026&region=SEECA")).json().items;
    expect(stats).toEqual([
      { region: "SEECA", fundingYear: 2026, stage: "regionalReview", count: 5, medianDays: 3, p90Days: 7.6 },
    ]);
    const bad = await get(viewer, "/api/stats/turnaround?year=2026");
    expect(bad.statusCode).toBe(400);
  });
});

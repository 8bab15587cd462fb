/**
 * Extensions over HTTP, as the acceptance list puts it: an extension of 6 months on an
 * active project moves the final reports by 6 months and leaves submitted interim reports
 * untouched; a refusal changes nothing; who may ask and who may decide; bad input changes nothing.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { mailText, startSmtp, type TestSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { addDays, addMonths } from "../../domain/calendar";
import { extensions, notifications, projects, reports } from "../db/schema";
import { violates } from "../services/extensions/loadExtensions";

const JUSTIFICATION = "The partner ministry asked for six more months to finish the national survey.";

describe.each(databaseKinds())("extensions on %s", (kind) => {
  let test: TestApp;
  let smtp: TestSmtp;
  const people: Record<string, Session> = {};
  const session = (name: string) => people[name] as Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await startTestApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: "https://prima.example.org" });
    test.clock.now = new Date("2026-06-01T09:00:00Z");
    const db = test.database.db;
    const users = {
      pm: await buildUser(db, "pm"),
      alternate: await buildUser(db, "pm"),
      otherPm: await buildUser(db, "pm"),
      reviewer: await buildUser(db, "reviewer", "WCA"),
      otherReviewer: await buildUser(db, "reviewer", "EEA"),
      fund: await buildUser(db, "fund_manager"),
      viewer: await buildUser(db, "viewer"),
      otherRegionViewer: await buildUser(db, "viewer", "EEA"),
      admin: await buildUser(db, "admin"),
    };
    for (const [name, user] of Object.entries(users)) people[name] = await signIn(test, user);
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  /** Moves the clock; sessions last 12 hours, so everyone signs in again. */
  const setClock = async (iso: string) => {
    test.clock.now = new Date(iso);
    for (const [name, s] of Object.entries(people)) people[name] = await signIn(test, s.user);
  };
  const get = (who: Session, url: string) => test.app.inject({ method: "GET", url, headers: who.headers });
  const post = (who: Session | null, url: string, payload: object) =>
    test.app.inject({ method: "POST", url, headers: who?.headers ?? {}, payload });
  const requestExtension = (who: Session | null, projectId: string, payload: object) =>
    post(who, `/api/projects/${projectId}/extensions`, payload);
  const decide = (who: Session | null, extensionId: string, payload: object) =>
    post(who, `/api/extensions/${extensionId}/decision`, payload);

  /** Approved by the fund (which creates the reporting schedule), then started by the PM today. */
  async function activeProject(): Promise<string> {
    const project = await createProjectAs(test, session("pm"), {
      plannedStart: "2026-06-01",
      plannedEnd: "2027-11-30",
      altPmId: session("alternate").user.id,
    });
    await setStatus(test.database.db, project.id, "endorsed");
    const approved = await fire(test, session("fund"), project.id, "approve", {
      approvedBudget: "180000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const started = await fire(test, session("pm"), project.id, "start");
    expect(started.statusCode, started.body).toBe(200);
    return project.id;
  }

  const projectRow = async (id: string) =>
    (await test.database.db.select().from(projects).where(eq(projects.id, id)))[0];
  const reportRows = (id: string) =>
    test.database.db
      .select()
      .from(reports)
      .where(eq(reports.projectId, id))
      .orderBy(asc(reports.stage), asc(reports.sequence), asc(reports.kind));
  const slots = async (id: string) =>
    (await reportRows(id)).map(
      (r) =>
        `${r.stage}${r.sequence} ${r.kind} ${r.periodStart}..${r.periodEnd} due ${r.dueDate} ${r.status}`,
    );
  /** The messages to one address that say something; delivery runs after the answer, so wait for it. */
  const mailsTo = async (address: string, words: string) => {
    const matching = () =>
      smtp.received.filter((m) => m.to.includes(address) && mailText(m.raw).includes(words));
    for (let tries = 0; matching().length === 0 && tries < 200; tries++)
      await new Promise((r) => setTimeout(r, 50));
    return matching();
  };
  const extensionRows = (projectId: string) =>
    test.database.db.select().from(extensions).where(eq(extensions.projectId, projectId));

  it("an extension of 6 months on an active project moves the final reports by 6 months and leaves the submitted interim report untouched", async () => {
    await setClock("2026-06-01T09:00:00Z");
    const id = await activeProject();
    expect(await slots(id)).toEqual([
      "final0 financial 2026-06-01..2027-11-30 due 2028-02-28 pending",
      "final0 narrative 2026-06-01..2027-11-30 due 2028-02-28 pending",
      "interim1 financial 2026-06-01..2026-11-30 due 2026-12-30 pending",
      "interim1 narrative 2026-06-01..2026-11-30 due 2026-12-30 pending",
      "interim2 financial 2026-12-01..2027-05-31 due 2027-06-30 pending",
      "interim2 narrative 2026-12-01..2027-05-31 due 2027-06-30 pending",
    ]);
    // The first narrative report was submitted in December (the reports API is another use case).
    const submittedAt = new Date("2026-12-15T10:00:00Z");
    await test.database.db
      .update(reports)
      .set({ status: "submitted", submittedAt, firstSubmittedAt: submittedAt })
      .where(
        and(
          eq(reports.projectId, id),
          eq(reports.stage, "interim"),
          eq(reports.sequence, 1),
          eq(reports.kind, "narrative"),
        ),
      );
    const submittedBefore = (await reportRows(id)).find((r) => r.status === "submitted");

    await setClock("2027-01-10T09:00:00Z");
    const project = await projectRow(id);
    const requestedEnd = addMonths("2027-11-30", 6);
    expect(requestedEnd).toBe("2028-05-30");
    const asked = await requestExtension(session("pm"), id, { requestedEnd, justification: JUSTIFICATION });
    expect(asked.statusCode, asked.body).toBe(201);
    const extension = asked.json();
    expect(extension).toMatchObject({
      previousEnd: "2027-11-30",
      requestedEnd: "2028-05-30",
      monthsAdded: 6,
      status: "requested",
      requestedBy: { id: session("pm").user.id, name: "Test pm" },
      decidedBy: null,
      version: 1,
    });
    // Nothing moves until the fund decides.
    expect((await projectRow(id))?.plannedEnd).toBe("2027-11-30");

    const fundView = (await get(session("fund"), `/api/projects/${id}/extensions`)).json();
    expect(fundView).toMatchObject({ approvedCount: 0, can: { request: false, decide: true } });
    expect(fundView.items.map((e: { id: string }) => e.id)).toEqual([extension.id]);
    const pmView = (await get(session("pm"), `/api/projects/${id}/extensions`)).json();
    expect(pmView.can).toEqual({ request: false, decide: false });
    const toFund = await test.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, session("fund").user.id),
          eq(notifications.projectId, id),
          eq(notifications.transition, "extensionRequested"),
        ),
      );
    expect(toFund.map((n) => [n.toStatus, n.comment])).toEqual([["2028-05-30", JUSTIFICATION]]);

    const approved = await decide(session("fund"), extension.id, {
      decision: "approve",
      version: 1,
      comment: "Agreed; please send the survey with the final report.",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: "approved",
      decidedBy: { id: session("fund").user.id },
      decidedAt: "2027-01-10T09:00:00.000Z",
      decisionComment: "Agreed; please send the survey with the final report.",
      version: 2,
    });

    const after = await projectRow(id);
    expect(after?.plannedEnd).toBe("2028-05-30");
    expect(after?.version).toBe((project?.version ?? 0) + 1);
    expect(after?.updatedAt.toISOString()).toBe("2027-01-10T09:00:00.000Z");
    expect(await slots(id)).toEqual([
      // Due 28 Feb 2028 before, 28 Aug 2028 now: six months later, like the end date.
      "final0 financial 2026-06-01..2028-05-30 due 2028-08-28 pending",
      "final0 narrative 2026-06-01..2028-05-30 due 2028-08-28 pending",
      "interim1 financial 2026-06-01..2026-11-30 due 2026-12-30 pending",
      "interim1 narrative 2026-06-01..2026-11-30 due 2026-12-30 submitted",
      "interim2 financial 2026-12-01..2027-05-31 due 2027-06-30 pending",
      "interim2 narrative 2026-12-01..2027-05-31 due 2027-06-30 pending",
      // The project now runs past the third period: its interim reports are owed.
      "interim3 financial 2027-06-01..2027-11-30 due 2027-12-30 pending",
      "interim3 narrative 2027-06-01..2027-11-30 due 2027-12-30 pending",
    ]);
    expect(addMonths("2028-02-28", 6)).toBe("2028-08-28");
    expect(addDays("2028-05-30", 90)).toBe("2028-08-28");
    expect((await reportRows(id)).find((r) => r.status === "submitted")).toEqual(submittedBefore);

    const history = (await get(session("viewer"), `/api/projects/${id}/history`)).json().items;
    const extensionEntries = history
      .filter((h: { action: string }) => h.action.startsWith("extension"))
      .map((h: { action: string; actor: { id: string }; details: Record<string, unknown> }) => ({
        action: h.action,
        actor: h.actor.id,
        requestedEnd: h.details.requestedEnd,
        plannedEnd: h.details.plannedEnd,
      }));
    expect(extensionEntries).toEqual([
      {
        action: "extensionApproved",
        actor: session("fund").user.id,
        requestedEnd: "2028-05-30",
        plannedEnd: "2028-05-30",
      },
      {
        action: "extensionRequested",
        actor: session("pm").user.id,
        requestedEnd: "2028-05-30",
        plannedEnd: undefined,
      },
    ]);
    const list = (await get(session("pm"), `/api/projects/${id}/extensions`)).json();
    expect(list).toMatchObject({ approvedCount: 1, can: { request: true, decide: false } });

    const toManagers = await test.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.projectId, id), eq(notifications.transition, "extensionApproved")));
    expect(toManagers.map((n) => n.userId).sort()).toEqual(
      [session("pm").user.id, session("alternate").user.id].sort(),
    );
    expect(await mailsTo(session("fund").user.email, "requested end: 2028-05-30")).toHaveLength(1);
    expect(await mailsTo(session("pm").user.email, "now ends on 2028-05-30")).toHaveLength(1);
    expect(await mailsTo(session("alternate").user.email, "now ends on 2028-05-30")).toHaveLength(1);
  });

  it("a refused extension keeps the end date and the reports; a refusal needs a comment", async () => {
    await setClock("2026-06-01T09:00:00Z");
    const id = await activeProject();
    const before = { project: await projectRow(id), reports: await reportRows(id) };
    const asked = await requestExtension(session("alternate"), id, {
      requestedEnd: "2028-02-29",
      justification: JUSTIFICATION,
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const extensionId = asked.json().id;

    const silent = await decide(session("fund"), extensionId, {
      decision: "refuse",
      version: 1,
      comment: "  ",
    });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().fields).toEqual([
      expect.objectContaining({ field: "comment", code: "commentRequired" }),
    ]);
    expect((await extensionRows(id))[0]?.status).toBe("requested");

    const refused = await decide(session("fund"), extensionId, {
      decision: "refuse",
      version: 1,
      comment: "The fund year closes in December; plan the survey within the project.",
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ status: "refused", version: 2 });
    expect(await projectRow(id)).toEqual(before.project);
    expect(await reportRows(id)).toEqual(before.reports);
    const history = (await get(session("pm"), `/api/projects/${id}/history`)).json().items;
    expect(
      history
        .filter((h: { action: string }) => h.action.startsWith("extension"))
        .map((h: { action: string }) => h.action),
    ).toEqual(["extensionRefused", "extensionRequested"]);
    const toManagers = await test.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.projectId, id), eq(notifications.transition, "extensionRefused")));
    // The alternate asked; the PM and the alternate both hear of the decision.
    expect(toManagers).toHaveLength(2);

    // Deciding again, on the old or the new version, changes nothing.
    expect((await decide(session("fund"), extensionId, { decision: "approve", version: 1 })).statusCode).toBe(
      409,
    );
    const again = await decide(session("fund"), extensionId, { decision: "approve", version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toMatchObject({ status: "refused" });
    expect((await projectRow(id))?.plannedEnd).toBe("2027-11-30");
  });

  describe("who may request and who may decide", () => {
    // Hand-written: the PM and alternate of the project ask, the fund manager decides; a viewer
    // limited to another region does not see the project at all; nobody else may act.
    const requestExpected: Record<string, number> = {
      otherPm: 403,
      reviewer: 403,
      otherReviewer: 403,
      fund: 403,
      viewer: 403,
      otherRegionViewer: 404,
      admin: 403,
      anonymous: 401,
      alternate: 201,
      pm: 201,
    };
    const decideExpected: Record<string, number> = {
      pm: 403,
      alternate: 403,
      otherPm: 403,
      reviewer: 403,
      otherReviewer: 403,
      viewer: 403,
      otherRegionViewer: 404,
      admin: 403,
      anonymous: 401,
      fund: 200,
    };
    const who = (name: string) => (name === "anonymous" ? null : session(name));

    // The people refused go first, on one project each for asking and deciding; those allowed
    // act last (the alternate on a project of its own, as one request may be open at a time).
    let asking: string;
    let askingAlternate: string;
    let deciding: string;
    let decidingExtension: string;
    beforeAll(async () => {
      await setClock("2026-06-01T09:00:00Z");
      asking = await activeProject();
      askingAlternate = await activeProject();
      deciding = await activeProject();
      decidingExtension = (
        await requestExtension(session("pm"), deciding, {
          requestedEnd: "2028-02-29",
          justification: JUSTIFICATION,
        })
      ).json().id;
    });

    it.each(Object.entries(requestExpected))("request as %s: %i", async (name, status) => {
      const id = name === "alternate" ? askingAlternate : asking;
      const response = await requestExtension(who(name), id, {
        requestedEnd: "2028-02-29",
        justification: JUSTIFICATION,
      });
      expect(response.statusCode, response.body).toBe(status);
      expect(await extensionRows(id)).toHaveLength(status === 201 || name === "alternate" ? 1 : 0);
      const list = await test.app.inject({
        method: "GET",
        url: `/api/projects/${id}/extensions`,
        headers: who(name)?.headers ?? {},
      });
      expect(list.statusCode).toBe(name === "anonymous" ? 401 : name === "otherRegionViewer" ? 404 : 200);
    });

    it.each(Object.entries(decideExpected))("decide as %s: %i", async (name, status) => {
      const response = await decide(who(name), decidingExtension, { decision: "approve", version: 1 });
      expect(response.statusCode, response.body).toBe(status);
      expect((await projectRow(deciding))?.plannedEnd).toBe(status === 200 ? "2028-02-29" : "2027-11-30");
      expect((await extensionRows(deciding))[0]?.status).toBe(status === 200 ? "approved" : "requested");
    });

    it("nobody requests an extension of a proposal not yet approved, nor decides one of a closed project", async () => {
      await setClock("2026-06-01T09:00:00Z");
      const draft = await createProjectAs(test, session("pm"));
      const response = await requestExtension(session("pm"), draft.id, {
        requestedEnd: "2028-02-29",
        justification: JUSTIFICATION,
      });
      expect(response.statusCode).toBe(403);
      expect((await get(session("pm"), `/api/projects/${draft.id}/extensions`)).json().can).toEqual({
        request: false,
        decide: false,
      });

      const id = await activeProject();
      const extensionId = (
        await requestExtension(session("pm"), id, {
          requestedEnd: "2028-02-29",
          justification: JUSTIFICATION,
        })
      ).json().id;
      await setStatus(test.database.db, id, "closed");
      expect(
        (await decide(session("fund"), extensionId, { decision: "approve", version: 1 })).statusCode,
      ).toBe(403);
      expect((await projectRow(id))?.plannedEnd).toBe("2027-11-30");
    });
  });

  describe("bad input is refused with the field to correct, and nothing changes", () => {
    let id: string;
    beforeAll(async () => {
      await setClock("2026-06-01T09:00:00Z");
      id = await activeProject();
    });

    it.each([
      [
        "an end date that is not later",
        { requestedEnd: "2027-11-30", justification: JUSTIFICATION },
        "requestedEnd",
        "notLater",
      ],
      [
        "an earlier end date",
        { requestedEnd: "2027-06-30", justification: JUSTIFICATION },
        "requestedEnd",
        "notLater",
      ],
      [
        "a date that does not exist",
        { requestedEnd: "2028-02-30", justification: JUSTIFICATION },
        "requestedEnd",
        "invalid_format",
      ],
      [
        "more than ten years in all",
        { requestedEnd: "2036-06-02", justification: JUSTIFICATION },
        "requestedEnd",
        "durationTooLong",
      ],
      [
        "a justification of a few letters",
        { requestedEnd: "2028-02-29", justification: " too short " },
        "justification",
        "too_small",
      ],
      ["no justification", { requestedEnd: "2028-02-29" }, "justification", "invalid_type"],
      [
        "a justification too long",
        { requestedEnd: "2028-02-29", justification: "x".repeat(5001) },
        "justification",
        "too_big",
      ],
    ])("%s", async (_what, payload, field, code) => {
      const before = await projectRow(id);
      const response = await requestExtension(session("pm"), id, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([expect.objectContaining({ field, code })]);
      expect(await extensionRows(id)).toEqual([]);
      expect(await projectRow(id)).toEqual(before);
    });

    it("one open request at a time, also when two arrive at the same moment", async () => {
      const payload = { requestedEnd: "2028-02-29", justification: JUSTIFICATION };
      const [first, second] = await Promise.all([
        requestExtension(session("pm"), id, payload),
        requestExtension(session("alternate"), id, payload),
      ]);
      expect([first?.statusCode, second?.statusCode].sort()).toEqual([201, 409]);
      const refused = [first, second].find((r) => r?.statusCode === 409);
      expect(refused?.json().fields).toEqual([
        expect.objectContaining({ field: "requestedEnd", code: "openRequestExists" }),
      ]);
      const third = await requestExtension(session("pm"), id, { ...payload, requestedEnd: "2028-05-31" });
      expect(third.statusCode).toBe(409);
      expect(await extensionRows(id)).toHaveLength(1);
    });

    it("the database itself refuses a second open request, and the service recognises its error", async () => {
      const [open] = await extensionRows(id);
      const error = await test.database.db
        .insert(extensions)
        .values({ ...(open as typeof extensions.$inferSelect), id: undefined, requestedEnd: "2028-06-30" })
        .then(() => null)
        .catch((e: unknown) => e);
      expect(violates(error, "extensions_one_open_idx")).toBe(true);
      expect(violates(error, "reports_schedule_idx")).toBe(false);
      expect(await extensionRows(id)).toHaveLength(1);
    });

    it("a decision that is unknown, stale or about a request that does not exist", async () => {
      const [open] = await extensionRows(id);
      const extensionId = open?.id as string;
      const unknown = await decide(session("fund"), extensionId, { decision: "postpone", version: 1 });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().fields[0]).toMatchObject({ field: "decision" });
      const stale = await decide(session("fund"), extensionId, { decision: "approve", version: 7 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current).toMatchObject({ id: extensionId, status: "requested", version: 1 });
      const missing = await decide(session("fund"), "00000000-0000-4000-8000-000000000000", {
        decision: "approve",
        version: 1,
      });
      expect(missing.statusCode).toBe(404);
      expect((await extensionRows(id))[0]).toEqual(open);
      expect((await projectRow(id))?.plannedEnd).toBe("2027-11-30");
    });
  });
});

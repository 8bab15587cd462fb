/**
 * Reports over HTTP, as their users live them: the PM fills in and submits a report once its
 * period has ended, the fund manager returns it with a comment or accepts it, everyone concerned
 * is told; stale pages, bad input and incomplete reports are refused with every reason; the fund
 * manager keeps the reporting rules; the overdue list follows "due date passed, never submitted";
 * a project closes only once its final reports are accepted.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { mailText, startSmtp, type TestSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import {
  auditEvents,
  indicators,
  notifications,
  reportAreaExpenditures,
  reportBeneficiaries,
  reportIndicatorValues,
  reports,
  resultStatements,
} from "../db/schema";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----prima${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from("\r\n"),
    Buffer.from(`--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

interface Summary {
  id: string;
  kind: string;
  stage: string;
  sequence: number;
  periodEnd: string;
  dueDate: string;
  status: string;
  state: string;
  version: number;
}

describe.each(databaseKinds())("reports on %s", (kind) => {
  let test: TestApp;
  let smtp: TestSmtp;
  let pm: Session;
  let alt: Session;
  let fund: Session;
  let viewer: Session;
  let regionViewer: Session;

  beforeAll(async () => {
    smtp = await startSmtp();
    test = await startTestApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: "https://prima.example.org" });
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    alt = await signIn(test, await buildUser(db, "pm"));
    fund = await signIn(test, await buildUser(db, "fund_manager"));
    viewer = await signIn(test, await buildUser(db, "viewer"));
    regionViewer = await signIn(test, await buildUser(db, "viewer", "EEA"));
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  const get = (session: Session, url: string) =>
    test.app.inject({ method: "GET", url, headers: session.headers });
  const put = (session: Session, url: string, payload: object) =>
    test.app.inject({ method: "PUT", url, headers: session.headers, payload });
  const decide = (session: Session, reportId: string, payload: object) =>
    test.app.inject({
      method: "POST",
      url: `/api/reports/${reportId}/decisions`,
      headers: session.headers,
      payload,
    });
  /** Sets the clock; sessions last 12 hours, so everyone signs in again on the new day. */
  const on = async (instant: string) => {
    test.clock.now = new Date(instant);
    for (const session of [pm, alt, fund, viewer, regionViewer]) {
      const fresh = await signIn(test, session.user);
      session.headers = fresh.headers;
    }
  };

  /** A project funded by the fund manager on 2 March 2026: 1 Jul 2026 – 31 Dec 2027, six-month periods. */
  async function approvedProject(title = "Labour migration data in Ghana") {
    await on("2026-03-02T09:00:00Z");
    const project = await createProjectAs(test, pm, { title, altPmId: alt.user.id });
    await setStatus(test.database.db, project.id, "endorsed");
    const approved = await fire(test, fund, project.id, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const list = (await get(pm, `/api/projects/${project.id}/reports`)).json();
    const find = (k: string, stage: string, sequence: number) =>
      list.items.find(
        (r: Summary) => r.kind === k && r.stage === stage && r.sequence === sequence,
      ) as Summary;
    return { id: project.id as string, code: project.code as string, list, find };
  }

  /** The results matrix is another screen's; its rows are written directly here. */
  async function addIndicators(projectId: string) {
    const db = test.database.db;
    const [outcome] = await db
      .insert(resultStatements)
      .values({ projectId, level: "outcome", statement: "Policy is evidence-based", sort: 0 })
      .returning();
    const [output] = await db
      .insert(resultStatements)
      .values({ projectId, level: "output", parentId: outcome?.id, statement: "Officials trained", sort: 0 })
      .returning();
    const rows = await db
      .insert(indicators)
      .values([
        {
          projectId,
          resultId: output?.id,
          name: "Officials trained",
          unit: "people",
          baseline: 0,
          target: 120,
        },
        { projectId, resultId: null, name: "Policy adopted", unit: "policies", baseline: 0, target: 1 },
        {
          projectId,
          resultId: outcome?.id,
          name: "Data used in policy",
          unit: "%",
          baseline: 10,
          target: 50,
        },
      ])
      .returning();
    const byName = (name: string) => rows.find((r) => r.name === name)?.id as string;
    return {
      trained: byName("Officials trained"),
      policy: byName("Policy adopted"),
      data: byName("Data used in policy"),
    };
  }

  it("a PM reports, the fund manager returns it with a comment, the PM corrects it and the fund accepts it", async () => {
    const project = await approvedProject();
    // Approval set the schedule: two interim periods and the final reports, in due order.
    expect(project.list.can).toEqual({ write: true, decide: false });
    expect(
      project.list.items.map((r: Summary) => `${r.stage}${r.sequence} ${r.kind} ${r.dueDate} ${r.state}`),
    ).toEqual([
      "interim1 narrative 2027-01-30 upcoming",
      "interim1 financial 2027-01-30 upcoming",
      "interim2 narrative 2027-07-30 upcoming",
      "interim2 financial 2027-07-30 upcoming",
      "final0 narrative 2028-03-30 upcoming",
      "final0 financial 2028-03-30 upcoming",
    ]);
    expect((await get(fund, `/api/projects/${project.id}/reports`)).json().can).toEqual({
      write: false,
      decide: true,
    });
    const ids = await addIndicators(project.id);
    const narrative = project.find("narrative", "interim", 1);
    const url = `/api/reports/${narrative.id}`;

    // The indicators come in results-matrix order: the objective's, the outcome's, then its outputs'.
    const opened = (await get(pm, url)).json();
    expect(
      opened.indicators.map((i: { name: string; level: string; result: string | null }) => [
        i.name,
        i.level,
        i.result,
      ]),
    ).toEqual([
      ["Policy adopted", "objective", null],
      ["Data used in policy", "outcome", "Policy is evidence-based"],
      ["Officials trained", "output", "Officials trained"],
    ]);
    expect(opened.targetBeneficiaries).toEqual([
      { type: "GOV", sex: "all", ageGroup: "adults", number: 120 },
    ]);
    expect(opened.projectAreas).toEqual(["LHD", "MPR"]);
    expect(opened.approvedBudget).toBe("150000.00");
    expect(opened.can).toEqual({ edit: true, submit: false, accept: false, return: false });

    // A draft may be saved before the period ends, but not submitted.
    const draft = await put(pm, url, {
      version: opened.version,
      challenges: "Recruitment of the data officer took three months.",
      indicatorValues: [{ indicatorId: ids.trained, actual: 45, comment: "Two of four sessions held" }],
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ version: opened.version + 1, status: "pending", state: "upcoming" });
    const early = await decide(pm, narrative.id, { action: "submit", version: draft.json().version });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toEqual([expect.objectContaining({ code: "notYetDue" })]);

    // In January 2027 the period has ended: the report is due, and incomplete.
    await on("2027-01-05T10:00:00Z");
    let current = (await get(pm, url)).json();
    expect(current).toMatchObject({ state: "due", can: { edit: true, submit: true } });
    const incomplete = await decide(pm, narrative.id, { action: "submit", version: current.version });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().fields.map((f: { code: string; params: object }) => [f.code, f.params])).toEqual(
      [
        ["indicatorValueMissing", { indicator: "Policy adopted" }],
        ["indicatorValueMissing", { indicator: "Data used in policy" }],
      ],
    );
    expect((await get(pm, url)).json().status).toBe("pending");

    const completed = await put(alt, url, {
      version: current.version,
      lessonsLearned: "Ministries share data once a focal point is named.",
      indicatorValues: [
        { indicatorId: ids.trained, actual: 60, comment: "" },
        { indicatorId: ids.policy, actual: 0, comment: "Draft policy with the cabinet" },
        { indicatorId: ids.data, actual: 25 },
      ],
      beneficiaries: [
        { type: "GOV", sex: "female", ageGroup: "adults", number: 28 },
        { type: "GOV", sex: "male", ageGroup: "adults", number: 32 },
      ],
    });
    expect(completed.statusCode, completed.body).toBe(200);
    current = completed.json();
    expect(current.challenges).toBe("Recruitment of the data officer took three months.");
    expect(current.indicatorValues).toHaveLength(3);
    const submitted = await decide(pm, narrative.id, { action: "submit", version: current.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    current = submitted.json();
    expect(current).toMatchObject({
      status: "submitted",
      state: "submitted",
      can: { edit: false, submit: false },
    });
    const firstSubmittedAt = current.firstSubmittedAt;
    expect(firstSubmittedAt).toBe("2027-01-05T10:00:00.000Z");
    const frozen = await put(pm, url, { version: current.version, challenges: "Changed after submission" });
    expect(frozen.statusCode).toBe(400);
    expect(frozen.json().fields[0].code).toBe("notEditable");

    // The fund manager was told; the PM may not decide on it.
    const toFund = await test.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.reportId, narrative.id), eq(notifications.userId, fund.user.id)));
    expect(toFund.map((n) => [n.transition, n.toStatus, n.projectId])).toEqual([
      ["reportSubmitted", "submitted", project.id],
    ]);
    expect((await decide(pm, narrative.id, { action: "accept", version: current.version })).statusCode).toBe(
      403,
    );

    await on("2027-01-12T08:00:00Z");
    expect((await get(fund, url)).json().can).toEqual({
      edit: false,
      submit: false,
      accept: true,
      return: true,
    });
    const noComment = await decide(fund, narrative.id, {
      action: "return",
      version: current.version,
      comment: "",
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().fields.map((f: { field: string }) => f.field)).toEqual(["comment"]);
    const returned = await decide(fund, narrative.id, {
      action: "return",
      version: current.version,
      comment: "Please explain why no policy was adopted yet.",
    });
    expect(returned.statusCode, returned.body).toBe(200);
    current = returned.json();
    expect(current).toMatchObject({
      status: "returned",
      state: "returned",
      decidedAt: "2027-01-12T08:00:00.000Z",
    });
    const toManagers = await test.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.reportId, narrative.id), eq(notifications.transition, "reportReturned")));
    expect(toManagers.map((n) => n.userId).sort()).toEqual([pm.user.id, alt.user.id].sort());
    expect(toManagers.every((n) => n.toStatus === "returned" && n.comment.includes("no policy"))).toBe(true);
    const inbox = await get(alt, "/api/notifications");
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.json().items.map((n: { transition: string }) => n.transition)).toContain("reportReturned");

    // The PM answers and resubmits; the first submission date stays, the report is accepted.
    await on("2027-01-15T08:00:00Z");
    expect((await get(pm, url)).json().can).toMatchObject({ edit: true, submit: true });
    const corrected = await put(pm, url, {
      version: current.version,
      challenges: "The policy draft waits for cabinet approval, expected in March.",
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const resubmitted = await decide(pm, narrative.id, {
      action: "submit",
      version: corrected.json().version,
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json()).toMatchObject({
      status: "submitted",
      firstSubmittedAt,
      submittedAt: "2027-01-15T08:00:00.000Z",
      decidedAt: null,
    });
    const accepted = await decide(fund, narrative.id, {
      action: "accept",
      version: resubmitted.json().version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const final = accepted.json();
    expect(final).toMatchObject({
      status: "accepted",
      state: "accepted",
      can: { edit: false, accept: false },
    });
    expect(
      final.events.map((e: { action: string; actor: { id: string } }) => [e.action, e.actor.id]),
    ).toEqual([
      ["submit", pm.user.id],
      ["return", fund.user.id],
      ["submit", pm.user.id],
      ["accept", fund.user.id],
    ]);
    expect(final.events[1].comment).toBe("Please explain why no policy was adopted yet.");
    expect((await get(viewer, url)).json().status).toBe("accepted");

    // Every save and decision is in the audit trail.
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "report"), eq(auditEvents.entityId, narrative.id)));
    expect(audit.map((a) => a.action)).toEqual([
      "update",
      "update",
      "submit",
      "return",
      "update",
      "submit",
      "accept",
    ]);
    expect(audit[4]?.after).toMatchObject({
      projectId: project.id,
      challenges: "The policy draft waits for cabinet approval, expected in March.",
    });

    // The managers got an e-mail with a link to the report.
    await test.ctx.mail.flush();
    await smtp.waitFor(5);
    const toPm = smtp.received.filter((m) => m.to.includes(pm.user.email)).map((m) => mailText(m.raw));
    const acceptance = toPm.find((text) => text.includes("accepted the interim narrative report no. 1"));
    expect(acceptance).toContain(`https://prima.example.org/projects/${project.id}/reports/${narrative.id}`);

    // The next narrative report starts from these figures.
    const next = (await get(pm, `/api/reports/${project.find("narrative", "interim", 2).id}`)).json();
    expect(
      next.indicators.map((i: { name: string; previousActual: number | null }) => [i.name, i.previousActual]),
    ).toEqual([
      ["Policy adopted", 0],
      ["Data used in policy", 25],
      ["Officials trained", 60],
    ]);
  });

  it("a save or decision from a stale page gets 409 with the report as it stands, and changes nothing", async () => {
    const project = await approvedProject("Stale pages");
    const report = project.find("narrative", "interim", 1);
    const url = `/api/reports/${report.id}`;
    const saved = await put(pm, url, { version: report.version, challenges: "First" });
    expect(saved.statusCode).toBe(200);
    const stale = await put(alt, url, { version: report.version, challenges: "Second" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ challenges: "First", version: report.version + 1 });
    await on("2027-01-05T10:00:00Z");
    const staleSubmit = await decide(pm, report.id, { action: "submit", version: report.version });
    expect(staleSubmit.statusCode).toBe(409);
    expect((await get(pm, url)).json()).toMatchObject({ challenges: "First", status: "pending" });
  });

  it("bad input gets 400 naming each field, and nothing is saved", async () => {
    const project = await approvedProject("Bad input");
    const other = await approvedProject("Another project");
    const otherIndicator = (await addIndicators(other.id)).trained;
    const ownIndicator = (await addIndicators(project.id)).trained;
    const narrative = project.find("narrative", "interim", 1);
    const financial = project.find("financial", "interim", 1);
    const counts = async () => ({
      values: (
        await test.database.db
          .select()
          .from(reportIndicatorValues)
          .where(eq(reportIndicatorValues.reportId, narrative.id))
      ).length,
      beneficiaries: (
        await test.database.db
          .select()
          .from(reportBeneficiaries)
          .where(eq(reportBeneficiaries.reportId, narrative.id))
      ).length,
      areas: (
        await test.database.db
          .select()
          .from(reportAreaExpenditures)
          .where(eq(reportAreaExpenditures.reportId, financial.id))
      ).length,
    });
    const before = await counts();

    const malformed = await put(pm, `/api/reports/${narrative.id}`, {
      version: narrative.version,
      indicatorValues: [{ indicatorId: ownIndicator, actual: "many" }],
      beneficiaries: [
        { type: "GOV", sex: "all", ageGroup: "adults", number: -3 },
        { type: "GOV", sex: "all", ageGroup: "adults", number: 3 },
      ],
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields.map((f: { field: string }) => f.field)).toEqual([
      "indicatorValues.0.actual",
      "beneficiaries.0.number",
      "beneficiaries.1.type",
    ]);

    const unknown = await put(pm, `/api/reports/${narrative.id}`, {
      version: narrative.version,
      indicatorValues: [
        { indicatorId: ownIndicator, actual: 3 },
        { indicatorId: otherIndicator, actual: 4 },
      ],
      beneficiaries: [{ type: "ALIENS", sex: "all", ageGroup: "adults", number: 3 }],
      areaExpenditures: [{ area: "LHD", amount: "10.00" }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual(
      [
        "areaExpenditures notForThisKind",
        "indicatorValues.1.indicatorId unknownIndicator",
        "beneficiaries.0.type unknownCode",
      ],
    );

    const money = await put(pm, `/api/reports/${financial.id}`, {
      version: financial.version,
      areaExpenditures: [
        { area: "LHD", amount: "-10" },
        { area: "MPR", amount: "12.345" },
      ],
    });
    expect(money.statusCode).toBe(400);
    expect(money.json().fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual([
      "areaExpenditures.0.amount money",
      "areaExpenditures.1.amount money",
    ]);
    const codes = await put(pm, `/api/reports/${financial.id}`, {
      version: financial.version,
      challenges: "Not a financial field",
      areaExpenditures: [{ area: "NOPE", amount: "10" }],
      activityExpenditures: [{ activity: "RES", amount: "10" }],
    });
    expect(codes.json().fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual([
      "challenges notForThisKind",
      "areaExpenditures.0.area unknownCode",
    ]);

    expect(await counts()).toEqual(before);
    expect((await get(pm, `/api/reports/${narrative.id}`)).json().version).toBe(narrative.version);
    expect((await get(pm, `/api/reports/${financial.id}`)).json().version).toBe(financial.version);
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, "report"));
    expect(audit.filter((a) => a.entityId === narrative.id || a.entityId === financial.id)).toEqual([]);
  });

  it("a financial report is submitted once expenditure by area and by activity add up to the same total", async () => {
    const project = await approvedProject("Financial reporting");
    const financial = project.find("financial", "interim", 1);
    const url = `/api/reports/${financial.id}`;
    await on("2027-01-20T10:00:00Z");
    const empty = await decide(pm, financial.id, { action: "submit", version: financial.version });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual([
      "areaExpenditures expenditureMissing",
      "activityExpenditures expenditureMissing",
    ]);
    const uneven = await put(pm, url, {
      version: financial.version,
      areaExpenditures: [
        { area: "LHD", amount: "42000.50" },
        { area: "MPR", amount: 18000 },
      ],
      activityExpenditures: [{ activity: "TRN", amount: "50000" }],
    });
    expect(uneven.statusCode, uneven.body).toBe(200);
    expect(uneven.json().areaExpenditures).toEqual([
      { area: "LHD", amount: "42000.50" },
      { area: "MPR", amount: "18000.00" },
    ]);
    const differ = await decide(pm, financial.id, { action: "submit", version: uneven.json().version });
    expect(differ.statusCode).toBe(422);
    expect(differ.json().fields).toEqual([
      expect.objectContaining({
        code: "expenditureTotalsDiffer",
        params: { byArea: "60000.50", byActivity: "50000.00" },
      }),
    ]);
    // Expenditure can be recorded under any area of work, not only the project's own shares.
    const even = await put(pm, url, {
      version: uneven.json().version,
      activityExpenditures: [
        { activity: "TRN", amount: "50000" },
        { activity: "RES", amount: "10000.50" },
      ],
    });
    expect(even.statusCode, even.body).toBe(200);
    const submitted = await decide(alt, financial.id, { action: "submit", version: even.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().areaExpenditures).toHaveLength(2);
  });

  it("attachments filed with a report appear on the report and in the project's documents", async () => {
    const project = await approvedProject("Attachments");
    const other = await approvedProject("Someone else's");
    const report = project.find("narrative", "interim", 1);
    const upload = (reportId: string, as: Session = pm) => {
      const form = multipart(
        { kind: "report", title: "Training attendance", reportId },
        { name: "attendance.pdf", content: PDF },
      );
      return test.app.inject({
        method: "POST",
        url: `/api/projects/${project.id}/documents`,
        headers: { ...as.headers, "content-type": form.contentType },
        payload: form.body,
      });
    };
    const versionOf = async (id: string) => (await get(viewer, `/api/reports/${id}`)).json().version;
    const refused = await upload(other.find("narrative", "interim", 1).id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0]).toMatchObject({ field: "reportId", code: "unknownReport" });
    const before = await versionOf(report.id);
    const filed = await upload(report.id);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().reportId).toBe(report.id);
    // A page opened before the file was added is stale: the fund would decide without seeing it.
    expect(await versionOf(report.id)).toBe(before + 1);
    // Only the report's managers attach files to it, and only while it can change.
    expect((await upload(report.id, fund)).statusCode).toBe(403);
    await test.database.db.update(reports).set({ status: "accepted" }).where(eq(reports.id, report.id));
    const late = await upload(report.id);
    expect(late.statusCode).toBe(403);
    await test.database.db.update(reports).set({ status: "pending" }).where(eq(reports.id, report.id));
    const detail = (await get(viewer, `/api/reports/${report.id}`)).json();
    expect(detail.documents.map((d: { title: string }) => d.title)).toEqual(["Training attendance"]);
    expect(
      (await get(viewer, `/api/reports/${project.find("financial", "interim", 1).id}`)).json().documents,
    ).toEqual([]);
    const listed = (await get(viewer, `/api/projects/${project.id}/documents`)).json().items;
    expect(listed.map((d: { reportId: string | null }) => d.reportId)).toEqual([report.id]);
  });

  it("the overdue list holds exactly the reports past their due date and never submitted", async () => {
    const project = await approvedProject("Overdue boundary");
    const narrative = project.find("narrative", "interim", 1);
    const financial = project.find("financial", "interim", 1);
    expect(narrative.dueDate).toBe("2027-01-30");
    const listOf = async (session: Session, state = "overdue") => {
      const response = await get(
        session,
        `/api/reports?state=${state}&q=${encodeURIComponent(project.code)}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    // The financial report is submitted in time; the narrative one is not.
    await on("2027-01-10T10:00:00Z");
    await put(pm, `/api/reports/${financial.id}`, {
      version: financial.version,
      areaExpenditures: [{ area: "LHD", amount: "100" }],
      activityExpenditures: [{ activity: "TRN", amount: "100" }],
    });
    expect(
      (await decide(pm, financial.id, { action: "submit", version: financial.version + 1 })).statusCode,
    ).toBe(200);

    // Due today (late in the UTC day): due, not overdue.
    await on("2027-01-30T23:30:00Z");
    let overdue = await listOf(fund);
    expect(overdue.items).toEqual([]);
    expect(overdue.counts).toMatchObject({ overdue: 0, due: 1, submitted: 1, upcoming: 4 });
    expect((await listOf(fund, "due")).items.map((r: Summary) => r.id)).toEqual([narrative.id]);

    // The next day it is overdue, by one day.
    await on("2027-01-31T00:30:00Z");
    overdue = await listOf(fund);
    expect(overdue.total).toBe(1);
    expect(overdue.items).toEqual([
      expect.objectContaining({
        id: narrative.id,
        state: "overdue",
        daysOverdue: 1,
        project: expect.objectContaining({
          id: project.id,
          code: project.code,
          region: "WCA",
          fundingYear: 2026,
        }),
      }),
    ]);
    expect(overdue.counts).toMatchObject({ overdue: 1, due: 0, submitted: 1 });
    expect((await listOf(fund, "open")).total).toBe(6);
    expect((await listOf(pm)).total).toBe(1);
    // A viewer limited to another region does not see it.
    expect(await listOf(regionViewer)).toMatchObject({
      items: [],
      total: 0,
      counts: { overdue: 0, submitted: 0 },
    });

    // Across the whole portfolio, the list is the rule applied to every report.
    const all = (await get(fund, "/api/reports?limit=200")).json();
    const expected = (await test.database.db.select().from(reports))
      .filter((r) => r.status === "pending" && r.dueDate < "2027-01-31")
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
    expect(all.items.map((r: Summary) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(all.items.map((r: Summary) => r.dueDate)).toEqual(expected.map((r) => r.dueDate));
    expect((await get(fund, "/api/reports?state=late")).statusCode).toBe(400);
  });

  it("a project closes only once all its reports are accepted", async () => {
    const project = await approvedProject("Closing");
    expect((await fire(test, pm, project.id, "start")).statusCode).toBe(200);
    const refused = await fire(test, fund, project.id, "close");
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields).toEqual([expect.objectContaining({ code: "reportsNotAccepted" })]);
    expect((await get(pm, `/api/projects/${project.id}`)).json().status).toBe("active");

    // An interim report still pending keeps the project open: it would stay overdue forever.
    await test.database.db
      .update(reports)
      .set({ status: "accepted" })
      .where(and(eq(reports.projectId, project.id), eq(reports.stage, "final")));
    const interimOpen = await fire(test, fund, project.id, "close");
    expect(interimOpen.statusCode).toBe(422);
    expect(interimOpen.json().fields[0].message).toContain("interim narrative report 1");
    await test.database.db
      .update(reports)
      .set({ status: "accepted" })
      .where(eq(reports.projectId, project.id));

    // Set-up: the final narrative report accepted, the financial one still submitted.
    const db = test.database.db;
    const finals = await db
      .select()
      .from(reports)
      .where(and(eq(reports.projectId, project.id), eq(reports.stage, "final")));
    const narrative = finals.find((r) => r.kind === "narrative");
    const financial = finals.find((r) => r.kind === "financial");
    await db
      .update(reports)
      .set({ status: "accepted" })
      .where(eq(reports.id, narrative?.id ?? ""));
    await db
      .update(reports)
      .set({ status: "submitted" })
      .where(eq(reports.id, financial?.id ?? ""));
    const stillRefused = await fire(test, fund, project.id, "close");
    expect(stillRefused.statusCode).toBe(422);
    expect(stillRefused.json().fields[0].message).toContain("financial");
    await db
      .update(reports)
      .set({ status: "accepted" })
      .where(eq(reports.id, financial?.id ?? ""));
    const closed = await fire(test, fund, project.id, "close");
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe("closed");

    // A project without any reports (funded before schedules were kept) can still close.
    const legacy = await approvedProject("Legacy project");
    await db.delete(reports).where(eq(reports.projectId, legacy.id));
    await setStatus(db, legacy.id, "active");
    expect((await fire(test, fund, legacy.id, "close")).statusCode).toBe(200);
  });

  it("the fund manager keeps the reporting rules; new rules apply to schedules set afterwards", async () => {
    await on("2026-03-02T09:00:00Z");
    const listed = (await get(pm, "/api/reporting-rules")).json();
    expect(listed.can).toEqual({ edit: false });
    expect(listed.items.map((r: { fundLine: string }) => r.fundLine)).toEqual(["L1", "L2"]);
    const l2 = listed.items.find((r: { fundLine: string }) => r.fundLine === "L2");
    expect(l2).toMatchObject({
      interimPeriodMonths: 6,
      interimDueDays: 30,
      finalDueDays: 90,
      updatedBy: null,
    });
    expect((await get(fund, "/api/reporting-rules")).json().can).toEqual({ edit: true });

    const change = {
      version: l2.version,
      interimPeriodMonths: 12,
      interimDueDays: 45,
      finalDueDays: 60,
      reminderLeadDays: [7, 30],
      overdueRepeatDays: 14,
    };
    for (const session of [pm, alt, viewer]) {
      expect((await put(session, "/api/reporting-rules/L2", change)).statusCode).toBe(403);
    }
    const invalid = await put(fund, "/api/reporting-rules/L2", { ...change, interimPeriodMonths: 0 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().fields.map((f: { field: string }) => f.field)).toEqual(["interimPeriodMonths"]);
    expect((await put(fund, "/api/reporting-rules/L9", change)).statusCode).toBe(404);
    const saved = await put(fund, "/api/reporting-rules/L2", change);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      fundLine: "L2",
      interimPeriodMonths: 12,
      reminderLeadDays: [30, 7],
      version: l2.version + 1,
      updatedBy: { id: fund.user.id },
      updatedAt: "2026-03-02T09:00:00.000Z",
    });
    const stale = await put(fund, "/api/reporting-rules/L2", { ...change, interimDueDays: 10 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ interimDueDays: 45, version: l2.version + 1 });
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "reportingRules"), eq(auditEvents.entityId, "L2")));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ interimPeriodMonths: 6 });
    expect(audit[0]?.after).toMatchObject({ interimPeriodMonths: 12 });

    // A project approved now gets one twelve-month period, due 45 days after it ends.
    const project = await approvedProject("Under the new rules");
    expect(project.list.items.map((r: Summary) => `${r.stage}${r.sequence} ${r.dueDate}`)).toEqual([
      "interim1 2027-08-14",
      "interim1 2027-08-14",
      "final0 2028-02-29",
      "final0 2028-02-29",
    ]);
    const restored = await put(fund, "/api/reporting-rules/L2", { ...l2, version: l2.version + 1 });
    expect(restored.statusCode, restored.body).toBe(200);
  });
});

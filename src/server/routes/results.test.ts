/**
 * Results matrix, workplan and targets vs actuals over HTTP: the PM saves and reorders the whole
 * matrix, bad input names its field and saves nothing, stale edits get 409, only the project's
 * managers edit, and progress comes from the latest accepted narrative report only.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { ResultsMatrix } from "../../domain/resultsMatrix";
import { auditEvents, reportBeneficiaries, reportIndicatorValues, reports } from "../db/schema";

const indicator = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  unit: "people",
  baseline: 0,
  target: 100,
  meansOfVerification: `${name}: attendance lists`,
  ...extra,
});

/** Two outcomes, three outputs, indicators at every level: what a PM typically writes. */
const MATRIX = {
  version: 1,
  objectiveAssumptions: "The government stays committed",
  objectiveIndicators: [indicator("Policy adopted", { unit: "policy", target: 1 })],
  outcomes: [
    {
      statement: "The ministry uses labour migration data",
      assumptions: "Staff turnover stays low",
      indicators: [indicator("Reports citing the data", { unit: "reports", target: 10 })],
      outputs: [
        {
          statement: "A data system is set up",
          indicators: [indicator("Data system live", { unit: "system", target: 1 })],
        },
        { statement: "Officials are trained", indicators: [indicator("Officials trained", { target: 120 })] },
      ],
    },
    {
      statement: "Migrant workers know their rights",
      outputs: [
        {
          statement: "An awareness campaign runs",
          indicators: [indicator("People reached", { target: 5000 })],
        },
      ],
    },
  ],
};

/** The matrix as the editor would send it back: everything with its id, and the version it loaded. */
function asInput(matrix: ResultsMatrix) {
  const { can: _can, updatedAt: _updatedAt, ...input } = matrix;
  return structuredClone(input);
}

describe.each(databaseKinds())("results matrix, workplan and progress on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let otherPm: Session;
  let reviewer: Session;
  let otherReviewer: Session;
  let viewer: Session;
  let otherRegionViewer: Session;
  let fundManager: Session;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    otherPm = await signIn(test, await buildUser(db, "pm"));
    reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    otherReviewer = await signIn(test, await buildUser(db, "reviewer", "EEA"));
    viewer = await signIn(test, await buildUser(db, "viewer"));
    otherRegionViewer = await signIn(test, await buildUser(db, "viewer", "EEA"));
    fundManager = await signIn(test, await buildUser(db, "fund_manager"));
    projectId = (await createProjectAs(test, pm)).id;
  });
  afterAll(() => test.close());

  const get = (session: Session, what: string, id = projectId) =>
    test.app.inject({ method: "GET", url: `/api/projects/${id}/${what}`, headers: session.headers });
  const put = (session: Session, what: string, payload: object, id = projectId) =>
    test.app.inject({ method: "PUT", url: `/api/projects/${id}/${what}`, headers: session.headers, payload });
  const matrixOf = async (id = projectId): Promise<ResultsMatrix> => (await get(pm, "results", id)).json();

  describe("results matrix", () => {
    it("is empty, at version 1, until someone saves one", async () => {
      const response = await get(pm, "results");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        objectiveAssumptions: "",
        objectiveIndicators: [],
        outcomes: [],
        version: 1,
        updatedAt: null,
        can: { edit: true },
      });
    });

    it("saves a matrix with two outcomes and three outputs and reads it back in order", async () => {
      const response = await put(pm, "results", MATRIX);
      expect(response.statusCode).toBe(200);
      const saved = response.json();
      expect(saved.version).toBe(2);
      expect(saved.updatedAt).toBe(test.clock.now.toISOString());
      const reloaded = await matrixOf();
      expect(reloaded).toEqual(saved);
      expect(reloaded.objectiveAssumptions).toBe("The government stays committed");
      expect(reloaded.objectiveIndicators.map((i) => i.name)).toEqual(["Policy adopted"]);
      expect(reloaded.outcomes.map((o) => o.statement)).toEqual([
        "The ministry uses labour migration data",
        "Migrant workers know their rights",
      ]);
      expect(reloaded.outcomes[0]?.assumptions).toBe("Staff turnover stays low");
      expect(reloaded.outcomes[0]?.outputs.map((o) => o.statement)).toEqual([
        "A data system is set up",
        "Officials are trained",
      ]);
      expect(reloaded.outcomes[0]?.outputs[1]?.indicators[0]).toMatchObject({
        name: "Officials trained",
        unit: "people",
        baseline: 0,
        target: 120,
        meansOfVerification: "Officials trained: attendance lists",
      });
      expect(reloaded.outcomes[1]?.outputs).toHaveLength(1);
    });

    it("records the save in the project's audit trail with the counts before and after", async () => {
      const [event] = await test.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, projectId), eq(auditEvents.action, "resultsMatrix")));
      expect(event).toMatchObject({
        entityType: "project",
        before: { version: 1, outcomes: 0, outputs: 0, indicators: 0 },
        after: { version: 2, outcomes: 2, outputs: 3, indicators: 5 },
      });
    });

    it("reorders outcomes and outputs, moves an output to another outcome and deletes what is left out", async () => {
      const before = await matrixOf();
      const input = asInput(before);
      const [first, second] = input.outcomes as [ResultsMatrix["outcomes"][0], ResultsMatrix["outcomes"][0]];
      const [dataSystem, training] = first.outputs as [
        ResultsMatrix["outcomes"][0]["outputs"][0],
        ResultsMatrix["outcomes"][0]["outputs"][0],
      ];
      // Second outcome first; the training moves under it; the data system output and the objective's indicator go.
      input.outcomes = [
        { ...second, outputs: [...second.outputs, training] },
        { ...first, outputs: [] },
      ];
      input.objectiveIndicators = [];
      const response = await put(pm, "results", input);
      expect(response.statusCode).toBe(200);
      const after = await matrixOf();
      expect(after.version).toBe(before.version + 1);
      expect(after.objectiveIndicators).toEqual([]);
      expect(after.outcomes.map((o) => o.id)).toEqual([second.id, first.id]);
      expect(after.outcomes[0]?.outputs.map((o) => o.statement)).toEqual([
        "An awareness campaign runs",
        "Officials are trained",
      ]);
      // The moved output keeps its id and its indicator.
      expect(after.outcomes[0]?.outputs[1]).toEqual(training);
      expect(after.outcomes[1]?.outputs).toEqual([]);
      expect(JSON.stringify(after)).not.toContain(dataSystem.id);
    });

    it("refuses bad input with the path of every field at fault, and saves nothing", async () => {
      const before = await matrixOf();
      const input = asInput(before) as Record<string, unknown> & ReturnType<typeof asInput>;
      const output = input.outcomes[0]?.outputs[1] as {
        statement: string;
        indicators: Record<string, unknown>[];
      };
      output.statement = "   ";
      (output.indicators[0] as Record<string, unknown>).target = "a lot";
      (input.outcomes[1] as { indicators: Record<string, unknown>[] }).indicators.push({
        name: "",
        unit: "x",
        baseline: 0,
        target: 1,
      });
      const response = await put(pm, "results", input);
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .fields.map((f: { field: string }) => f.field)
          .sort(),
      ).toEqual([
        "outcomes.0.outputs.1.indicators.0.target",
        "outcomes.0.outputs.1.statement",
        "outcomes.1.indicators.1.name",
      ]);
      expect(await matrixOf()).toEqual(before);
    });

    it("refuses more outcomes than the matrix holds", async () => {
      const input = {
        version: (await matrixOf()).version,
        outcomes: Array.from({ length: 21 }, () => ({ statement: "More" })),
      };
      const response = await put(pm, "results", input);
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([
        expect.objectContaining({ field: "outcomes", code: "too_big" }),
      ]);
    });

    it("refuses ids of another project or of another level", async () => {
      const other = (await createProjectAs(test, pm)).id;
      const otherSaved = (await put(pm, "results", MATRIX, other)).json() as ResultsMatrix;
      const before = await matrixOf();
      const input = asInput(before);
      const foreignIndicator = otherSaved.objectiveIndicators[0];
      input.objectiveIndicators = [foreignIndicator as ResultsMatrix["objectiveIndicators"][0]];
      // An output's id offered as an outcome.
      const output = input.outcomes[0]?.outputs.pop() as ResultsMatrix["outcomes"][0]["outputs"][0];
      input.outcomes.push({ ...output, outputs: [] });
      const response = await put(pm, "results", input);
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([
        expect.objectContaining({ field: "objectiveIndicators.0.id", code: "unknownId" }),
        expect.objectContaining({ field: "outcomes.2.id", code: "unknownId" }),
      ]);
      expect(await matrixOf()).toEqual(before);
      expect(await matrixOf(other)).toEqual(otherSaved);
    });

    it("answers 409 with the current matrix when someone saved in between", async () => {
      const loaded = await matrixOf();
      expect(
        (await put(pm, "results", { ...asInput(loaded), objectiveAssumptions: "First" })).statusCode,
      ).toBe(200);
      const response = await put(pm, "results", { ...asInput(loaded), objectiveAssumptions: "Second" });
      expect(response.statusCode).toBe(409);
      expect(response.json().current).toMatchObject({
        objectiveAssumptions: "First",
        version: loaded.version + 1,
      });
      expect((await matrixOf()).objectiveAssumptions).toBe("First");
    });

    it("lets everyone who reads the project read it, but only its managers edit it", async () => {
      for (const session of [reviewer, otherReviewer, viewer, fundManager, otherPm]) {
        const read = await get(session, "results");
        expect(read.statusCode).toBe(200);
        expect(read.json().can).toEqual({ edit: false });
        const write = await put(session, "results", {
          ...asInput(read.json()),
          objectiveAssumptions: "Mine",
        });
        expect(write.statusCode).toBe(403);
      }
      // Even a body that is not valid gets 403 first: the answer is "not yours", not "malformed".
      expect((await put(viewer, "results", { version: "x" })).statusCode).toBe(403);
      expect((await get(otherRegionViewer, "results")).statusCode).toBe(404);
      expect((await put(otherRegionViewer, "results", MATRIX)).statusCode).toBe(404);
      expect((await matrixOf()).objectiveAssumptions).toBe("First");
    });

    it("cannot be changed while the proposal is under review", async () => {
      const submitted = (await createProjectAs(test, pm)).id;
      await setStatus(test.database.db, submitted, "submitted");
      expect((await get(pm, "results", submitted)).json().can).toEqual({ edit: false });
      expect((await put(pm, "results", MATRIX, submitted)).statusCode).toBe(403);
    });

    describe("indicators with reported values", () => {
      let reportedProject: string;
      let saved: ResultsMatrix;

      beforeAll(async () => {
        reportedProject = (await createProjectAs(test, pm)).id;
        saved = (await put(pm, "results", MATRIX, reportedProject)).json();
        const trained = saved.outcomes[0]?.outputs[1]?.indicators[0]?.id as string;
        const reached = saved.outcomes[1]?.outputs[0]?.indicators[0]?.id as string;
        const [submitted, pending] = await test.database.db
          .insert(reports)
          .values([
            {
              projectId: reportedProject,
              kind: "narrative",
              stage: "interim",
              sequence: 1,
              periodStart: "2026-07-01",
              periodEnd: "2026-12-31",
              dueDate: "2027-01-30",
              status: "submitted",
            },
            {
              projectId: reportedProject,
              kind: "narrative",
              stage: "interim",
              sequence: 2,
              periodStart: "2027-01-01",
              periodEnd: "2027-06-30",
              dueDate: "2027-07-30",
              status: "pending",
            },
          ])
          .returning({ id: reports.id });
        await test.database.db.insert(reportIndicatorValues).values([
          { reportId: submitted?.id as string, indicatorId: trained, actual: 40 },
          { reportId: pending?.id as string, indicatorId: reached, actual: 900 },
        ]);
      });

      it("refuses to delete an indicator reported in a submitted report, naming it", async () => {
        const input = asInput(saved);
        (input.outcomes[0]?.outputs[1] as { indicators: unknown[] }).indicators = [];
        const response = await put(pm, "results", input, reportedProject);
        expect(response.statusCode).toBe(400);
        expect(response.json().fields).toEqual([
          expect.objectContaining({
            field: "outcomes.0.outputs.1.indicators",
            code: "indicatorReported",
            params: { indicator: "Officials trained" },
          }),
        ]);
        expect(await matrixOf(reportedProject)).toEqual(saved);
      });

      it("refuses to delete the output or the outcome that holds it", async () => {
        const withoutOutput = asInput(saved);
        withoutOutput.outcomes[0]?.outputs.splice(1, 1);
        const outputResponse = await put(pm, "results", withoutOutput, reportedProject);
        expect(outputResponse.statusCode).toBe(400);
        expect(outputResponse.json().fields).toEqual([
          expect.objectContaining({ field: "outcomes.0.outputs", code: "indicatorReported" }),
        ]);
        const withoutOutcome = asInput(saved);
        withoutOutcome.outcomes.splice(0, 1);
        const outcomeResponse = await put(pm, "results", withoutOutcome, reportedProject);
        expect(outcomeResponse.statusCode).toBe(400);
        expect(outcomeResponse.json().fields).toEqual([
          expect.objectContaining({ field: "outcomes", code: "indicatorReported" }),
        ]);
        expect(await matrixOf(reportedProject)).toEqual(saved);
      });

      it("lets an indicator with values only in a draft report go, with its draft value", async () => {
        const input = asInput(saved);
        input.outcomes.splice(1, 1);
        const response = await put(pm, "results", input, reportedProject);
        expect(response.statusCode).toBe(200);
        expect(response.json().outcomes).toHaveLength(1);
        const reached = saved.outcomes[1]?.outputs[0]?.indicators[0]?.id as string;
        const left = await test.database.db
          .select()
          .from(reportIndicatorValues)
          .where(eq(reportIndicatorValues.indicatorId, reached));
        expect(left).toEqual([]);
      });
    });
  });

  describe("workplan", () => {
    it("is empty at version 1 and saves milestones in the order given", async () => {
      const empty = await get(pm, "workplan");
      expect(empty.json()).toEqual({ milestones: [], version: 1, updatedAt: null, can: { edit: true } });
      const response = await put(pm, "workplan", {
        version: 1,
        milestones: [
          { title: "Inception workshop", plannedDate: "2026-02-01", actualDate: "2026-02-03" },
          { title: "Baseline study", plannedDate: "2026-04-30", actualDate: null },
          { title: "Training of officials", plannedDate: "2026-09-15" },
        ],
      });
      expect(response.statusCode).toBe(200);
      const plan = (await get(pm, "workplan")).json();
      expect(plan.version).toBe(2);
      expect(
        plan.milestones.map((m: { title: string; actualDate: string | null }) => [m.title, m.actualDate]),
      ).toEqual([
        ["Inception workshop", "2026-02-03"],
        ["Baseline study", null],
        ["Training of officials", null],
      ]);
    });

    it("reorders, edits and deletes milestones", async () => {
      const plan = (await get(pm, "workplan")).json();
      const [inception, baseline, training] = plan.milestones;
      const response = await put(pm, "workplan", {
        version: plan.version,
        milestones: [training, { ...inception, title: "Inception workshop (Accra)" }],
      });
      expect(response.statusCode).toBe(200);
      const after = (await get(pm, "workplan")).json();
      expect(after.milestones.map((m: { id: string }) => m.id)).toEqual([training.id, inception.id]);
      expect(after.milestones[1].title).toBe("Inception workshop (Accra)");
      expect(JSON.stringify(after)).not.toContain(baseline.id);
    });

    it("refuses an actual date after today (UTC) and bad dates, saving nothing", async () => {
      const plan = (await get(pm, "workplan")).json();
      const today = test.clock.now.toISOString().slice(0, 10);
      const tomorrow = "2026-03-03";
      const response = await put(pm, "workplan", {
        version: plan.version,
        milestones: [
          { title: "Done today", plannedDate: "2026-03-01", actualDate: today },
          { title: "Done tomorrow?", plannedDate: "2026-03-01", actualDate: tomorrow },
          { title: "After the end", plannedDate: "2031-01-15" },
        ],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([
        expect.objectContaining({ field: "milestones.1.actualDate", code: "actualInFuture" }),
        expect.objectContaining({ field: "milestones.2.plannedDate", code: "afterProjectEnd" }),
      ]);
      const invalid = await put(pm, "workplan", {
        version: plan.version,
        milestones: [{ title: "", plannedDate: "2026-02-30" }],
      });
      expect(invalid.statusCode).toBe(400);
      expect(
        invalid
          .json()
          .fields.map((f: { field: string }) => f.field)
          .sort(),
      ).toEqual(["milestones.0.plannedDate", "milestones.0.title"]);
      expect((await get(pm, "workplan")).json()).toEqual(plan);
      // Once that day has come, the same milestone is accepted (a new session: the clock jumps past it).
      const started = test.clock.now;
      test.clock.now = new Date("2026-03-03T00:30:00Z");
      try {
        const later = await put(await signIn(test, pm.user), "workplan", {
          version: plan.version,
          milestones: [{ title: "Done", plannedDate: "2026-03-01", actualDate: tomorrow }],
        });
        expect(later.statusCode).toBe(200);
      } finally {
        test.clock.now = started;
      }
    });

    it("answers 409 to a stale save, and 403 to anyone but the project's managers", async () => {
      const plan = (await get(pm, "workplan")).json();
      expect((await put(pm, "workplan", { version: plan.version, milestones: [] })).statusCode).toBe(200);
      const stale = await put(pm, "workplan", { version: plan.version, milestones: plan.milestones });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current).toMatchObject({ milestones: [], version: plan.version + 1 });
      for (const session of [reviewer, viewer, fundManager, otherPm]) {
        expect((await get(session, "workplan")).json().can).toEqual({ edit: false });
        expect(
          (await put(session, "workplan", { version: plan.version + 1, milestones: [] })).statusCode,
        ).toBe(403);
      }
      expect((await get(otherRegionViewer, "workplan")).statusCode).toBe(404);
      const audit = await test.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, projectId), eq(auditEvents.action, "workplan")));
      expect(audit.length).toBeGreaterThanOrEqual(4);
    });
  });

  describe("targets vs actuals", () => {
    let progressProject: string;
    let matrix: ResultsMatrix;

    beforeAll(async () => {
      progressProject = (
        await createProjectAs(test, pm, {
          beneficiaries: [
            { type: "GOV", sex: "all", ageGroup: "adults", number: 120 },
            { type: "MIG", sex: "female", ageGroup: "adults", number: 3000 },
          ],
        })
      ).id;
      matrix = (await put(pm, "results", MATRIX, progressProject)).json();
    });

    const progressOf = async (session = pm) => {
      const response = await get(session, "progress", progressProject);
      expect(response.statusCode).toBe(200);
      return response.json();
    };

    it("lists every indicator without actuals before any report is accepted", async () => {
      const progress = await progressOf();
      expect(progress.asOf).toBeNull();
      expect(progress.indicators.map((i: { name: string; level: string }) => [i.name, i.level])).toEqual([
        ["Policy adopted", "objective"],
        ["Reports citing the data", "outcome"],
        ["Data system live", "output"],
        ["Officials trained", "output"],
        ["People reached", "output"],
      ]);
      expect(progress.indicators[3]).toMatchObject({
        result: "Officials are trained",
        baseline: 0,
        target: 120,
        actual: null,
        percentAchieved: null,
      });
      expect(
        progress.beneficiaries.map((b: { type: string; targeted: number; reached: number }) => [
          b.type,
          b.targeted,
          b.reached,
        ]),
      ).toEqual([
        ["GOV", 120, 0],
        ["MIG", 3000, 0],
      ]);
      expect(progress.totals).toEqual({ targeted: 3120, reached: 0 });
    });

    it("takes the figures of the latest accepted narrative report, not of a later one merely submitted", async () => {
      const db = test.database.db;
      const trained = matrix.outcomes[0]?.outputs[1]?.indicators[0]?.id as string;
      const reached = matrix.outcomes[1]?.outputs[0]?.indicators[0]?.id as string;
      const [accepted, submitted] = await db
        .insert(reports)
        .values([
          {
            projectId: progressProject,
            kind: "narrative",
            stage: "interim",
            sequence: 1,
            periodStart: "2026-07-01",
            periodEnd: "2026-12-31",
            dueDate: "2027-01-30",
            status: "accepted",
            decidedAt: new Date("2027-02-10T10:00:00Z"),
          },
          {
            projectId: progressProject,
            kind: "narrative",
            stage: "interim",
            sequence: 2,
            periodStart: "2027-01-01",
            periodEnd: "2027-06-30",
            dueDate: "2027-07-30",
            status: "submitted",
          },
        ])
        .returning({ id: reports.id });
      const acceptedId = accepted?.id as string;
      const submittedId = submitted?.id as string;
      await db.insert(reportIndicatorValues).values([
        { reportId: acceptedId, indicatorId: trained, actual: 49 },
        { reportId: acceptedId, indicatorId: reached, actual: 5500 },
        { reportId: submittedId, indicatorId: trained, actual: 110 },
      ]);
      await db.insert(reportBeneficiaries).values([
        { reportId: acceptedId, typeCode: "GOV", sex: "all", ageGroup: "adults", number: 49 },
        { reportId: acceptedId, typeCode: "MIG", sex: "male", ageGroup: "youth", number: 200 },
        { reportId: submittedId, typeCode: "GOV", sex: "all", ageGroup: "adults", number: 110 },
      ]);

      const progress = await progressOf(viewer);
      expect(progress.asOf).toEqual({ reportId: acceptedId, periodEnd: "2026-12-31" });
      const byName = Object.fromEntries(
        progress.indicators.map(
          (i: { name: string; actual: number | null; percentAchieved: number | null }) => [
            i.name,
            [i.actual, i.percentAchieved],
          ],
        ),
      );
      expect(byName).toEqual({
        "Policy adopted": [null, null],
        "Reports citing the data": [null, null],
        "Data system live": [null, null],
        "Officials trained": [49, 40.8],
        "People reached": [5500, 110],
      });
      // Compared per type: the men reached count against the target for women of the same type.
      expect(progress.beneficiaries).toEqual([
        {
          type: "GOV",
          targeted: 120,
          reached: 49,
          percentReached: 40.8,
          reachedBySex: { female: 0, male: 0, all: 49 },
          reachedByAge: { children: 0, youth: 0, adults: 49, older: 0, all: 0 },
        },
        {
          type: "MIG",
          targeted: 3000,
          reached: 200,
          percentReached: 6.7,
          reachedBySex: { female: 0, male: 200, all: 0 },
          reachedByAge: { children: 0, youth: 200, adults: 0, older: 0, all: 0 },
        },
      ]);
      expect(progress.totals).toEqual({ targeted: 3120, reached: 249 });
    });

    it("is not there for a viewer of another region", async () => {
      expect((await get(otherRegionViewer, "progress", progressProject)).statusCode).toBe(404);
    });
  });
});

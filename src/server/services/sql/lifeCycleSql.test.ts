/**
 * The turnaround SQL (services/workflow/turnaroundStats.ts and the dashboard's pipeline chart) takes its
 * decision steps from the life-cycle table: the values bound in the statement are the table's,
 * and no step is written into its text.
 */
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { type LifeCycle, TRANSITION_NAMES } from "../../../domain/lifecycle";
import { decisionSteps } from "../../../domain/lifecycleFacts";
import { figureContributions } from "../../db/rollup/contributions";
import { ReadScope } from "../../policies/readScope";
import { baseChartQuery } from "../portfolio/dashboard/charts";
import { decisionSql } from "./lifeCycleSql";

const dialect = new PgDialect();
const step = { fromStatus: sql`s.from_status`, transition: sql`s.transition` };

/** The table's decision steps, in the order the fragment binds them. */
const fromTable = (lifeCycle?: LifeCycle) =>
  decisionSteps(lifeCycle).flatMap((g) => [g.from, ...g.transitions]);

function namesWrittenIn(text: string): string[] {
  return TRANSITION_NAMES.filter((name) => text.includes(`'${name}'`));
}

describe("the decision steps in SQL", () => {
  it("binds the table's lists of decision steps, and names no step in its text", () => {
    const { isDecision, stage } = decisionSql(step);
    const where = dialect.sqlToQuery(isDecision);
    expect(where.params).toEqual(fromTable());
    expect(namesWrittenIn(where.sql)).toEqual([]);
    const stages = dialect.sqlToQuery(stage);
    expect(stages.params).toEqual(decisionSteps().flatMap((g) => [g.from, ...g.transitions, g.stage]));
    expect(namesWrittenIn(stages.sql)).toEqual([]);
  });

  it("counts the steps of the table in the figure rollups and on the pipeline chart's reference", () => {
    for (const statement of [
      figureContributions(sql`true`),
      baseChartQuery("pipeline", ReadScope.all, {}, "2026-06-01").sql,
    ]) {
      const query = dialect.sqlToQuery(statement);
      expect(namesWrittenIn(query.sql)).toEqual([]);
      for (const name of decisionSteps().flatMap((g) => g.transitions)) expect(query.params).toContain(name);
    }
  });

  it("reads the life cycle it is given", () => {
    const other: LifeCycle = {
      id: "test",
      transitions: [
        {
          name: "approve",
          from: ["submitted"],
          to: "approved",
          by: "fundManager",
          needs: [],
          checks: "none",
          effects: [],
          notify: [],
          course: "forward",
          decides: "approval",
          doneText: "approved",
        },
      ],
    };
    expect(dialect.sqlToQuery(decisionSql(step, other).isDecision).params).toEqual(["submitted", "approve"]);
  });
});

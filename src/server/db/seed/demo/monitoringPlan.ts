/**
 * The plan a demo project's managers keep: its results matrix and its workplan, drawn from the
 * phrase banks of its areas of work.
 */
import { addDays, daysBetween, type IsoDate } from "../../../../domain/calendar";
import type { indicators, milestones, resultStatements, resultsMatrices, workplans } from "../../schema";
import type { Random } from "../random";
import type { AreaOfWorkCode } from "../reference/areasOfWork";
import { AREA_RESULTS, FIRST_MILESTONE, type IndicatorTemplate, LAST_MILESTONES } from "./monitoringResults";
import type { DemoProject } from "./plan";

const fill = (text: string, place: string) => text.replaceAll("{place}", place);

/** Targets people write down: whole numbers, counts of many rounded to tens. */
function drawIndicator(random: Random, template: IndicatorTemplate) {
  const baseline = random.int(template.baseline[0], template.baseline[1]);
  let change = random.int(template.change[0], template.change[1]);
  if (Math.abs(change) >= 100) change = Math.round(change / 10) * 10;
  const target = template.unit === "%" ? Math.min(100, Math.max(0, baseline + change)) : baseline + change;
  return { baseline, target: target === baseline ? baseline + 1 : target };
}

export interface PlanRows {
  matrices: (typeof resultsMatrices.$inferInsert)[];
  statements: (typeof resultStatements.$inferInsert)[];
  indicators: (typeof indicators.$inferInsert)[];
  workplans: (typeof workplans.$inferInsert)[];
  milestones: (typeof milestones.$inferInsert)[];
}

/**
 * A results matrix in the words of the project's main area of work (one outcome may come from
 * its second area): 1–3 outcomes of 1–3 outputs, each with indicators, and one indicator of the
 * objective. Returns the indicators, for the reports to give values to.
 */
export function planMatrix(random: Random, project: DemoProject, place: string, rows: PlanRows, at: Date) {
  const [primary, secondary] = project.areaShares.map((s) => s.code as AreaOfWorkCode);
  const results = AREA_RESULTS[primary as AreaOfWorkCode];
  const outcomes = random.sample(results.outcomes, random.int(1, 3));
  outcomes.sort((a, b) => results.outcomes.indexOf(a) - results.outcomes.indexOf(b));
  const other = secondary ? AREA_RESULTS[secondary].outcomes : [];
  if (outcomes.length > 1 && other.length > 0 && random.chance(0.4))
    outcomes[outcomes.length - 1] = random.pick(other);
  rows.matrices.push({
    projectId: project.id,
    objectiveAssumptions: fill(random.pick(results.objectiveAssumptions), place),
    version: 1,
    updatedAt: at,
    updatedById: project.pmId,
  });
  const planned: { id: string; baseline: number; target: number; unit: string }[] = [];
  const addIndicators = (templates: readonly IndicatorTemplate[], resultId: string | null) => {
    for (const template of templates) {
      const id = random.uuid();
      const values = drawIndicator(random, template);
      planned.push({ id, unit: template.unit, ...values });
      rows.indicators.push({
        id,
        projectId: project.id,
        resultId,
        name: fill(template.name, place),
        unit: template.unit,
        ...values,
        meansOfVerification: template.meansOfVerification,
        sort: planned.length,
      });
    }
  };
  addIndicators([random.pick(results.objectiveIndicators)], null);
  outcomes.forEach((outcome, outcomeIndex) => {
    const outcomeId = random.uuid();
    rows.statements.push({
      id: outcomeId,
      projectId: project.id,
      level: "outcome",
      parentId: null,
      statement: fill(outcome.statement, place),
      assumptions: fill(outcome.assumptions, place),
      sort: outcomeIndex + 1,
    });
    addIndicators(random.sample(outcome.indicators, random.int(1, 2)), outcomeId);
    const outputs = random.sample(outcome.outputs, random.int(1, 3));
    outputs.sort((a, b) => outcome.outputs.indexOf(a) - outcome.outputs.indexOf(b));
    outputs.forEach((output, outputIndex) => {
      const outputId = random.uuid();
      rows.statements.push({
        id: outputId,
        projectId: project.id,
        level: "output",
        parentId: outcomeId,
        statement: fill(output.statement, place),
        assumptions: "",
        sort: outputIndex + 1,
      });
      addIndicators(random.sample(output.indicators, random.int(1, 2)), outputId);
    });
  });
  return planned;
}

/**
 * Milestones spread over the implementation period; those past today mostly done (some late,
 * a few still open), the rest planned. A closed project did them all.
 */
export function planWorkplan(
  random: Random,
  project: DemoProject,
  dates: { start: IsoDate; end: IsoDate; today: IsoDate },
  rows: PlanRows,
  at: Date,
) {
  const { start, end, today } = dates;
  rows.workplans.push({ projectId: project.id, version: 1, updatedAt: at, updatedById: project.pmId });
  const area = AREA_RESULTS[project.areaShares[0]?.code as AreaOfWorkCode];
  const count = random.int(3, 6);
  const middle = random.sample(area.milestones, count - 2);
  middle.sort((a, b) => area.milestones.indexOf(a) - area.milestones.indexOf(b));
  const titles = [FIRST_MILESTONE, ...middle, random.pick(LAST_MILESTONES.slice(1))];
  const length = daysBetween(start, end);
  titles.forEach((title, index) => {
    const planned =
      index === 0
        ? addDays(start, random.int(14, 45))
        : index === titles.length - 1
          ? addDays(end, -random.int(5, 30))
          : addDays(start, Math.round((length * index) / (titles.length - 1)) + random.int(-10, 10));
    const delay = random.chance(0.25) ? random.int(12, 60) : random.int(-5, 8);
    const done = addDays(planned, delay);
    const closedBy = project.actualEnd ?? today;
    const actual =
      project.status === "approved" || planned >= today
        ? null
        : project.status === "closed"
          ? done < closedBy
            ? done
            : planned
          : done < today && random.chance(0.88)
            ? done
            : null;
    rows.milestones.push({
      id: random.uuid(),
      projectId: project.id,
      title,
      plannedDate: planned,
      actualDate: actual,
      sort: index + 1,
    });
  });
}

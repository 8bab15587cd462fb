/**
 * Dates the monitoring demo needs before the projects are stored: extensions (an approved one
 * moves the planned end, as approving it does in PRIMA) and the demo PM's project whose first
 * interim report is due on DEMO_TODAY, which the end-to-end tests submit.
 */
import { addDays, addMonths, daysBetween, type IsoDate } from "../../../../domain/calendar";
import type { extensions } from "../../schema";
import type { Random } from "../random";
import { DAY_MS } from "./calendar";
import { EXTENSION_DECISIONS, EXTENSION_JUSTIFICATIONS } from "./monitoringTexts";
import type { DemoProject } from "./plan";

export type ExtensionRow = typeof extensions.$inferInsert;

/** Started so that its first six-month period ended in October 2026 and its report is due in November. */
const E2E_START: IsoDate = "2026-04-15";

function officeHours(random: Random, day: IsoDate): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + random.int(8 * 60, 17 * 60) * 60_000);
}

function dayOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * Moves the whole history of the demo PM's most recently started active project so that it
 * started on E2E_START (the portfolio's own dates rarely give a report due on DEMO_TODAY).
 * Returns that project.
 */
export function startEndToEndProject(portfolio: DemoProject[], pmId: string): DemoProject {
  const [project] = portfolio
    .filter((p) => p.pmId === pmId && p.status === "active" && p.beneficiaries.length > 0)
    .sort((a, b) => (b.actualStart ?? "").localeCompare(a.actualStart ?? ""));
  if (!project?.actualStart) throw new Error("The demo PM has no active project");
  const shift = daysBetween(project.actualStart, E2E_START);
  for (const transition of project.transitions) {
    transition.at = new Date(transition.at.getTime() + shift * DAY_MS);
  }
  project.actualStart = E2E_START;
  project.plannedStart = `${E2E_START.slice(0, 7)}-01`;
  return project;
}

interface ExtensionPeople {
  fundManagerId: string;
  today: IsoDate;
}

function approved(
  random: Random,
  project: DemoProject,
  previousEnd: IsoDate,
  requestedAt: Date,
  people: ExtensionPeople,
): ExtensionRow {
  return {
    id: random.uuid(),
    projectId: project.id,
    previousEnd,
    requestedEnd: project.plannedEnd,
    justification: random.pick(EXTENSION_JUSTIFICATIONS),
    status: "approved",
    requestedById: project.pmId,
    requestedAt,
    decidedById: people.fundManagerId,
    decidedAt: officeHours(random, addDays(dayOf(requestedAt), random.int(4, 20))),
    decisionComment: random.pick(EXTENSION_DECISIONS.approved),
    version: 2,
  };
}

/**
 * Closed projects that ran past their planned end did so on an approved extension: its request
 * came a few weeks before the old end date, and the planned end moved to the actual end.
 */
export function extendLateClosures(random: Random, portfolio: DemoProject[], people: ExtensionPeople) {
  const rows: ExtensionRow[] = [];
  for (const project of portfolio) {
    if (project.status !== "closed" || !project.actualEnd || !project.actualStart) continue;
    if (project.actualEnd <= project.plannedEnd) continue;
    const previousEnd = project.plannedEnd;
    const asked = addDays(previousEnd, -random.int(20, 60));
    if (asked <= project.actualStart) continue;
    project.plannedEnd = project.actualEnd;
    rows.push(approved(random, project, previousEnd, officeHours(random, asked), people));
  }
  return rows;
}

/**
 * Extensions of running projects: a few approved (the old end lay some months before today's
 * planned end), one or two requests awaiting the fund manager, and one refusal.
 */
export function extendRunningProjects(
  random: Random,
  portfolio: DemoProject[],
  people: ExtensionPeople & { demoPmId: string; endToEndId: string },
): ExtensionRow[] {
  const { today } = people;
  const running = portfolio.filter(
    (p) => p.status === "active" && p.id !== people.endToEndId && p.actualStart && p.plannedEnd > today,
  );
  const rows: ExtensionRow[] = [];
  const taken = new Set<string>();
  const take = (candidates: DemoProject[]) => {
    const project = candidates.find((p) => !taken.has(p.id));
    if (project) taken.add(project.id);
    return project;
  };
  const shuffled = random.sample(running, running.length);
  for (let n = 0; n < 4; n++) {
    const project = take(
      shuffled.filter((p) => {
        const previousEnd = addMonths(p.plannedEnd, -6);
        const started = p.actualStart ?? today;
        return (
          daysBetween(started, previousEnd) > 240 &&
          daysBetween(started, today) > 150 &&
          previousEnd > addDays(today, -200)
        );
      }),
    );
    if (!project) break;
    const previousEnd = addMonths(project.plannedEnd, -random.pick([3, 6]));
    // Asked before the old end date, and before today.
    const asked = addDays([previousEnd, today].sort()[0] as IsoDate, -random.int(30, 75));
    rows.push(approved(random, project, previousEnd, officeHours(random, asked), people));
  }
  const request = (project: DemoProject | undefined, status: "requested" | "refused") => {
    if (!project) return;
    const requestedAt = officeHours(
      random,
      addDays(today, -random.int(status === "refused" ? 60 : 3, status === "refused" ? 120 : 20)),
    );
    rows.push({
      id: random.uuid(),
      projectId: project.id,
      previousEnd: project.plannedEnd,
      requestedEnd: addMonths(project.plannedEnd, random.pick([3, 4, 6])),
      justification: random.pick(EXTENSION_JUSTIFICATIONS),
      status,
      requestedById: project.pmId,
      requestedAt,
      decidedById: status === "refused" ? people.fundManagerId : null,
      decidedAt:
        status === "refused" ? officeHours(random, addDays(dayOf(requestedAt), random.int(5, 15))) : null,
      decisionComment: status === "refused" ? EXTENSION_DECISIONS.refused : "",
      version: status === "refused" ? 2 : 1,
    });
  };
  request(take(shuffled.filter((p) => p.pmId === people.demoPmId)), "requested");
  request(take(shuffled.filter((p) => p.pmId !== people.demoPmId)), "requested");
  request(take(shuffled), "refused");
  return rows;
}

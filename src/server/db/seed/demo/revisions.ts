/**
 * Budget revisions for the demo portfolio (issue 15 §3): an increase and a decrease the fund
 * approved, one it refused, and one still waiting for the fund manager, on active projects. Planned
 * before the projects are stored, so an approved revision's total and shares are the project's
 * current ones; the revision rows keep the budget before and after, as the services write them.
 * Deterministic, like the rest of the demo.
 */
import { splitOrDefault } from "../../../../domain/annualSplit";
import { formatMoney } from "../../../../domain/money";
import type { BudgetSnapshot } from "../../../../domain/revisions";
import type { DbOrTx } from "../../client";
import { auditEvents, budgetRevisions } from "../../schema";
import { createRandom } from "../random";
import { DEMO_TODAY } from "./history";
import type { DemoProject } from "./plan";

const SEED = 1036;
const DAY = 24 * 60 * 60 * 1000;

type RevisionRow = typeof budgetRevisions.$inferInsert & { id: string; requestedAt: Date };

interface Planned {
  revisions: RevisionRow[];
  audits: (typeof auditEvents.$inferInsert)[];
}

function snapshot(
  project: DemoProject,
  totalCents: number,
  areas = project.areaShares,
  activities = project.activityShares,
): BudgetSnapshot {
  const sorted = (list: { code: string; hundredths: number }[]) =>
    list
      .map((s) => ({ code: s.code, shareHundredths: s.hundredths }))
      .sort((a, b) => a.code.localeCompare(b.code));
  return {
    totalCents,
    areaShares: sorted(areas),
    activityShares: sorted(activities),
    years: splitOrDefault(totalCents, project.plannedStart, project.plannedEnd, null).map((y) => ({
      start: y.start,
      end: y.end,
      cents: y.cents,
    })),
  };
}

/** Moves `step` hundredths from the largest share to the smallest, keeping 100 %. */
function shift<C extends string>(shares: { code: C; hundredths: number }[], step: number) {
  if (shares.length < 2) return shares;
  const sorted = [...shares].sort((a, b) => b.hundredths - a.hundredths);
  const [largest, smallest] = [sorted[0], sorted[sorted.length - 1]];
  if (!largest || !smallest || largest.hundredths <= step) return shares;
  return shares.map((s) =>
    s.code === largest.code
      ? { ...s, hundredths: s.hundredths - step }
      : s.code === smallest.code
        ? { ...s, hundredths: s.hundredths + step }
        : s,
  );
}

const CASES = [
  {
    kind: "increase",
    status: "approved",
    justification:
      "Two more districts asked to join the training programme; the government covers the venues, the fund the trainers.",
    comment: "Approved: the increase fits in the line's envelope for the year.",
  },
  {
    kind: "decrease",
    status: "approved",
    justification:
      "The partner agency now funds the awareness campaign itself; we return the amount it would have cost.",
    comment: "Approved, thank you for returning the funds early.",
  },
  {
    kind: "increase",
    status: "refused",
    justification: "Exchange rates raised the cost of the regional workshop; we ask for the difference.",
    comment: "Refused: absorb the difference within the current budget by reducing the workshop's size.",
  },
  {
    kind: "increase",
    status: "requested",
    justification:
      "The ministry asked for a second survey round in the northern provinces after the first results.",
    comment: "",
  },
] as const;

/**
 * Picks active projects, for an increase one whose approval left room below the requested amount
 * (an increase stays within what was asked, as the demo's own checks expect), and plans one
 * revision on each;
 * approved ones change the project's plan in place.
 */
export function planDemoRevisions(portfolio: DemoProject[], fundManagerId: string): Planned {
  const random = createRandom(SEED);
  const today = DEMO_TODAY.getTime();
  const candidates = portfolio
    .filter(
      (p) =>
        p.status === "active" &&
        p.actualStart !== null &&
        p.approvedBudgetCents !== null &&
        new Date(`${p.actualStart}T00:00:00Z`).getTime() < today - 120 * DAY,
    )
    .sort((a, b) => a.code.localeCompare(b.code));
  const revisions: RevisionRow[] = [];
  const audits: (typeof auditEvents.$inferInsert)[] = [];
  const used = new Set<string>();
  CASES.forEach((c, index) => {
    const increase = 500_000 * (index + 1);
    const project = candidates.find(
      (p) =>
        !used.has(p.id) &&
        (c.kind === "decrease" || p.requestedBudgetCents - (p.approvedBudgetCents ?? 0) >= increase),
    );
    if (!project || project.approvedBudgetCents === null) return;
    used.add(project.id);
    const previous = project.approvedBudgetCents;
    const change = c.kind === "increase" ? increase : -Math.round(previous / 1000) * 100;
    const next = previous + change;
    const areas = shift(project.areaShares, 500);
    const activities = shift(project.activityShares, 500);
    const before = snapshot(project, previous);
    const after = snapshot(project, next, areas, activities);
    const requestedAt = new Date(
      today - (c.status === "requested" ? random.int(3, 10) : random.int(40, 100)) * DAY,
    );
    const decidedAt =
      c.status === "requested" ? null : new Date(requestedAt.getTime() + random.int(3, 14) * DAY);
    const row: RevisionRow = {
      id: random.uuid(),
      projectId: project.id,
      previousCents: previous,
      newCents: next,
      before,
      after,
      justification: c.justification,
      status: c.status,
      requestedById: project.pmId,
      requestedAt,
      decidedById: decidedAt ? fundManagerId : null,
      decidedAt,
      decisionComment: c.comment,
      version: decidedAt ? 2 : 1,
    };
    revisions.push(row);
    const payload = { revisionId: row.id, previousTotal: formatMoney(previous), newTotal: formatMoney(next) };
    audits.push({
      actorId: project.pmId,
      at: requestedAt,
      entityType: "project",
      entityId: project.id,
      action: "revisionRequested",
      before: { approvedBudget: payload.previousTotal },
      after: { ...payload, justification: c.justification, budget: after },
    });
    if (decidedAt) {
      audits.push({
        actorId: fundManagerId,
        at: decidedAt,
        entityType: "project",
        entityId: project.id,
        action: c.status === "approved" ? "revisionApproved" : "revisionRefused",
        before: { approvedBudget: payload.previousTotal, budget: before },
        after: { ...payload, comment: c.comment, ...(c.status === "approved" ? { budget: after } : {}) },
      });
    }
    if (c.status === "approved") {
      project.approvedBudgetCents = next;
      project.areaShares = areas;
      project.activityShares = activities;
    }
  });
  return { revisions, audits };
}

export async function seedDemoRevisions(tx: DbOrTx, planned: Planned): Promise<void> {
  if (planned.revisions.length > 0) await tx.insert(budgetRevisions).values(planned.revisions);
  if (planned.audits.length > 0) await tx.insert(auditEvents).values(planned.audits);
}

/**
 * What a step's `checks` in the life-cycle table (domain/lifecycle.ts) verify before it is
 * taken: the fund's rules on submission and approval, the reports on closure. Every failure at
 * once, as RulesFailed; a fund line nobody knows is bad input instead.
 */
import { and, asc, eq, ne } from "drizzle-orm";
import type { FieldError } from "../../../domain/errors";
import { Invalid, RulesBroken } from "../../../domain/errors";
import { checkApproval, checkSubmission } from "../../../domain/fundRules";
import type { TransitionCheck } from "../../../domain/lifecycle";
import { parseMoney } from "../../../domain/money";
import type { TransitionInput } from "../../../domain/workflow";
import type { DbOrTx } from "../../db/client";
import { fundLines, reports } from "../../db/schema";
import { loadEnvelopeState } from "../fund/listEnvelopes";
import { loadFundYearParameters, loadProposalFacts } from "../fund/loadFundYearParameters";
import type { ProjectRecord } from "../projects/loadProject";

/** The fund's decision an approval carries (present: the step's `needs` were checked first). */
export function fundingDecision(input: TransitionInput): { fundLine: string; approvedBudgetCents: number } {
  return {
    fundLine: input.fundLine as string,
    approvedBudgetCents: parseMoney(input.approvedBudget as string | number) as number,
  };
}

/**
 * A project closes once every report it owed is accepted: the final ones and any interim one
 * still open (otherwise it would stay overdue on a closed project nobody can report on any
 * more). One with no reports at all (funded before PRIMA kept schedules) can still close.
 */
async function reportsNotAccepted(tx: DbOrTx, projectId: string): Promise<FieldError[]> {
  const open = await tx
    .select({ kind: reports.kind, stage: reports.stage, sequence: reports.sequence })
    .from(reports)
    .where(and(eq(reports.projectId, projectId), ne(reports.status, "accepted")))
    .orderBy(asc(reports.dueDate), asc(reports.kind));
  if (open.length === 0) return [];
  const names = open.map((r) =>
    r.stage === "final" ? `the final ${r.kind} report` : `interim ${r.kind} report ${r.sequence}`,
  );
  return [
    {
      field: "",
      code: "reportsNotAccepted",
      message: `The project can be closed once all its reports are accepted; not accepted yet: ${names.join(", ")}`,
      params: { count: open.length },
    },
  ];
}

type Check = (tx: DbOrTx, current: ProjectRecord, input: TransitionInput) => Promise<FieldError[]>;

const CHECKS: Record<TransitionCheck, Check> = {
  none: async () => [],
  submission: async (tx, current) =>
    checkSubmission(
      await loadProposalFacts(tx, current),
      await loadFundYearParameters(tx, current.row.fundingYear),
    ),
  approval: async (tx, current, input) => {
    const decision = fundingDecision(input);
    const [line] = await tx.select().from(fundLines).where(eq(fundLines.code, decision.fundLine));
    if (!line) {
      throw new Invalid([{ field: "fundLine", code: "unknownCode", message: "Unknown fund line" }]);
    }
    return checkApproval(
      await loadProposalFacts(tx, current),
      await loadFundYearParameters(tx, current.row.fundingYear),
      decision,
      await loadEnvelopeState(tx, current.row.fundingYear, decision.fundLine),
    );
  },
  closure: (tx, current) => reportsNotAccepted(tx, current.row.id),
};

export async function checkStep(
  tx: DbOrTx,
  check: TransitionCheck,
  current: ProjectRecord,
  input: TransitionInput,
): Promise<void> {
  const failures = await CHECKS[check](tx, current, input);
  if (failures.length > 0) throw new RulesBroken(failures);
}

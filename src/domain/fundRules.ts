/**
 * The fund's rules (seed 002, Part III) as pure functions. Parameters come from the database per
 * funding year (a fund manager edits them); the engine returns every failing rule, never only
 * the first, so a PM fixes a proposal in one go.
 */
import { availableCents, type EnvelopeState } from "./envelopes";
import type { FieldError } from "./errors";
import { formatMoney } from "./money";
import type { ProjectType } from "./project";
import { FULL_SHARE } from "./shares";

/** The parameters of one funding year. Countries absent from both lists are eligible. */
export interface FundYearParameters {
  fundingYear: number;
  line2NationalCeilingCents: number;
  /** Applies to regional and global projects alike (a global project spans several regions). */
  line2RegionalCeilingCents: number;
  /** Member States subject to Article 4 that year: not eligible for Line 2. */
  inArrears: readonly string[];
  /** Countries that are not eligible beneficiaries of the fund that year (either line). */
  notEligible: readonly string[];
}

export const LINE_1 = "L1";
export const LINE_2 = "L2";
export const DEFAULT_LINE2_NATIONAL_CEILING_CENTS = 20_000_000; // USD 200,000.00
export const DEFAULT_LINE2_REGIONAL_CEILING_CENTS = 30_000_000; // USD 300,000.00

/** The facts about a proposal the rules read. */
export interface ProposalFacts {
  type: ProjectType;
  countries: readonly string[];
  /** Names for messages, by ISO alpha-3; missing names fall back to the code. */
  countryNames?: Readonly<Record<string, string>>;
  fundingYear: number;
  fundLine: string;
  requestedBudgetCents: number;
  objective: string;
  areaShareTotal: number;
  areaShareCount: number;
  activityShareTotal: number;
  activityShareCount: number;
  beneficiaryGroups: number;
  plannedStart: string;
  plannedEnd: string;
  /** The project this one follows up, if any, as the fund knows it. */
  followUpOf: { code: string; fundLine: string; funded: boolean } | null;
}

/** The rules, by stable code: the web app translates `fundRules.<code>` and lists them on the process map. */
export const FUND_RULES = [
  { code: "objectiveMissing", field: "objective", checkedAt: ["submission"] },
  { code: "areaSharesIncomplete", field: "areaShares", checkedAt: ["submission"] },
  { code: "activitySharesIncomplete", field: "activityShares", checkedAt: ["submission"] },
  { code: "beneficiariesMissing", field: "beneficiaries", checkedAt: ["submission"] },
  { code: "datesIncoherent", field: "plannedEnd", checkedAt: ["submission"] },
  { code: "budgetNotPositive", field: "requestedBudget", checkedAt: ["submission", "approval"] },
  { code: "countryNotEligible", field: "countries", checkedAt: ["submission", "approval"] },
  { code: "line2CountryInArrears", field: "countries", checkedAt: ["submission", "approval"] },
  { code: "line2CeilingExceeded", field: "budget", checkedAt: ["submission", "approval"] },
  { code: "line2FollowUpNotOfLine1", field: "followUpOfId", checkedAt: ["submission", "approval"] },
  { code: "approvedAboveRequested", field: "approvedBudget", checkedAt: ["approval"] },
  { code: "envelopeExceeded", field: "approvedBudget", checkedAt: ["approval"] },
] as const;
export type FundRuleCode = (typeof FUND_RULES)[number]["code"];

const FUNDED_STATUSES = ["approved", "active", "closed"];
export function isFunded(status: string): boolean {
  return FUNDED_STATUSES.includes(status);
}

function failure(
  code: FundRuleCode,
  field: string,
  message: string,
  params?: FieldError["params"],
): FieldError {
  return { field, code, message, ...(params ? { params } : {}) };
}

function usd(cents: number): string {
  const [whole, fraction] = formatMoney(cents).split(".") as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === "00" ? `USD ${grouped}` : `USD ${grouped}.${fraction}`;
}

export function line2CeilingCents(type: ProjectType, parameters: FundYearParameters): number {
  return type === "national" ? parameters.line2NationalCeilingCents : parameters.line2RegionalCeilingCents;
}

function names(facts: ProposalFacts, codes: readonly string[]): string {
  return codes.map((c) => facts.countryNames?.[c] ?? c).join(", ");
}

/** Rules on the money and the line; `amountField` names the field the user must change. */
export function fundingRules(
  facts: ProposalFacts,
  parameters: FundYearParameters,
  fundLine: string,
  amountCents: number,
  amountField: string,
  lineField: string,
): FieldError[] {
  const failures: FieldError[] = [];
  if (amountCents <= 0) {
    failures.push(
      failure("budgetNotPositive", amountField, "The budget must be greater than zero", { amount: "0.00" }),
    );
  }
  const notEligible = facts.countries.filter((c) => parameters.notEligible.includes(c));
  if (notEligible.length > 0) {
    failures.push(
      failure(
        "countryNotEligible",
        "countries",
        `${names(facts, notEligible)} ${notEligible.length === 1 ? "is" : "are"} not eligible for the fund in ${facts.fundingYear}`,
        { countries: names(facts, notEligible), year: facts.fundingYear },
      ),
    );
  }
  if (fundLine !== LINE_2) return failures;
  const inArrears = facts.countries.filter((c) => parameters.inArrears.includes(c));
  if (inArrears.length > 0) {
    failures.push(
      failure(
        "line2CountryInArrears",
        lineField,
        `Line 2 is not open to ${names(facts, inArrears)} in ${facts.fundingYear}: Member States subject to Article 4 (in arrears) are not eligible; consider Line 1`,
        { countries: names(facts, inArrears), year: facts.fundingYear },
      ),
    );
  }
  const ceiling = line2CeilingCents(facts.type, parameters);
  if (amountCents > ceiling) {
    const kind = facts.type === "national" ? "national" : "regional";
    failures.push(
      failure(
        "line2CeilingExceeded",
        amountField,
        `Line 2 funds a ${kind} project up to ${usd(ceiling)}; ${usd(amountCents)} is ${usd(amountCents - ceiling)} above the ceiling`,
        {
          kind,
          ceiling: formatMoney(ceiling),
          amount: formatMoney(amountCents),
          excess: formatMoney(amountCents - ceiling),
        },
      ),
    );
  }
  if (facts.followUpOf && !(facts.followUpOf.fundLine === LINE_1 && facts.followUpOf.funded)) {
    failures.push(
      failure(
        "line2FollowUpNotOfLine1",
        "followUpOfId",
        `Under Line 2 a follow-up is admissible only to a project funded under Line 1; ${facts.followUpOf.code} was not`,
        { project: facts.followUpOf.code },
      ),
    );
  }
  return failures;
}

/** Everything a proposal must satisfy to be submitted. */
export function checkSubmission(facts: ProposalFacts, parameters: FundYearParameters): FieldError[] {
  const failures: FieldError[] = [];
  if (facts.objective.trim() === "") {
    failures.push(failure("objectiveMissing", "objective", "State the project's results objective"));
  }
  if (facts.areaShareCount === 0 || facts.areaShareTotal !== FULL_SHARE) {
    failures.push(
      failure(
        "areaSharesIncomplete",
        "areaShares",
        `Share the budget among areas of work so that the shares add up to 100 % (now ${facts.areaShareTotal / 100} %)`,
        { total: facts.areaShareTotal / 100 },
      ),
    );
  }
  if (facts.activityShareCount === 0 || facts.activityShareTotal !== FULL_SHARE) {
    failures.push(
      failure(
        "activitySharesIncomplete",
        "activityShares",
        `Share the budget among activity types so that the shares add up to 100 % (now ${facts.activityShareTotal / 100} %)`,
        { total: facts.activityShareTotal / 100 },
      ),
    );
  }
  if (facts.beneficiaryGroups === 0) {
    failures.push(
      failure("beneficiariesMissing", "beneficiaries", "Name at least one target beneficiary group"),
    );
  }
  if (facts.plannedEnd <= facts.plannedStart) {
    failures.push(
      failure("datesIncoherent", "plannedEnd", "The planned end must be after the planned start"),
    );
  }
  failures.push(
    ...fundingRules(
      facts,
      parameters,
      facts.fundLine,
      facts.requestedBudgetCents,
      "requestedBudget",
      "fundLine",
    ),
  );
  return failures;
}

/**
 * What the fund manager's decision must satisfy: the approved amount under the chosen line, and
 * within what is left of that line's envelope for the year (`envelope` null: none set, no limit).
 */
export function checkApproval(
  facts: ProposalFacts,
  parameters: FundYearParameters,
  decision: { fundLine: string; approvedBudgetCents: number },
  envelope: EnvelopeState | null = null,
): FieldError[] {
  const failures = fundingRules(
    facts,
    parameters,
    decision.fundLine,
    decision.approvedBudgetCents,
    "approvedBudget",
    "fundLine",
  );
  if (decision.approvedBudgetCents > facts.requestedBudgetCents) {
    failures.push(
      failure(
        "approvedAboveRequested",
        "approvedBudget",
        `The approved amount cannot exceed the ${usd(facts.requestedBudgetCents)} requested`,
        { requested: formatMoney(facts.requestedBudgetCents) },
      ),
    );
  }
  if (envelope && decision.approvedBudgetCents > availableCents(envelope)) {
    const available = availableCents(envelope);
    // Lines are coded L1, L2, …; people say "Line 1".
    const line = decision.fundLine.replace(/^L/, "");
    failures.push(
      failure(
        "envelopeExceeded",
        "approvedBudget",
        `Line ${line}'s envelope for ${facts.fundingYear} has ${usd(available)} available; ${usd(decision.approvedBudgetCents)} is ${usd(decision.approvedBudgetCents - available)} more`,
        {
          line,
          year: facts.fundingYear,
          available: formatMoney(available),
          amount: formatMoney(decision.approvedBudgetCents),
          excess: formatMoney(decision.approvedBudgetCents - available),
        },
      ),
    );
  }
  return failures;
}

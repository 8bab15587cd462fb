/**
 * The results matrix as one table, as logical frameworks are written: a row per indicator, the
 * result (objective, outcome n, output n.m) and its assumptions spanning the rows of its indicators.
 */
import type { Table, TableCell } from "docx";
import type { Indicator } from "../../../domain/resultsMatrix";
import { cell, headedTable } from "./docxParts";
import type { ProposalContent } from "./proposalContent";
import type { ProposalWords } from "./proposalWords";

interface Result {
  label: string;
  statement: string;
  assumptions: string;
  indicators: Indicator[];
}

function resultRows(result: Result, words: ProposalWords): TableCell[][] {
  const { t } = words;
  const span = Math.max(1, result.indicators.length);
  const statement = cell(`${result.label}\n${result.statement || t("common.notProvided")}`, {
    rowSpan: span,
  });
  const assumptions = cell(result.assumptions || t("common.missing"), { rowSpan: span });
  const indicatorCells = (i: Indicator) => [
    cell(i.name),
    cell(i.unit),
    cell(words.decimal(i.baseline), { figure: true }),
    cell(words.decimal(i.target), { figure: true }),
    cell(i.meansOfVerification || t("common.missing")),
  ];
  const [first, ...rest] = result.indicators;
  const firstCells = first
    ? indicatorCells(first)
    : [cell(t("results.matrix.noIndicators")), cell(""), cell(""), cell(""), cell("")];
  return [
    [statement, ...firstCells, assumptions],
    // docx adds the continuation cells of the two spanning columns itself.
    ...rest.map(indicatorCells),
  ];
}

export function resultsMatrixTable(content: ProposalContent, words: ProposalWords): Table {
  const { t } = words;
  const { matrix, project } = content;
  const results: Result[] = [
    {
      label: t("results.matrix.objective"),
      statement: project.objective,
      assumptions: matrix.objectiveAssumptions,
      indicators: matrix.objectiveIndicators,
    },
    ...matrix.outcomes.flatMap((outcome, o) => [
      {
        label: t("results.matrix.outcome", { number: o + 1 }),
        statement: outcome.statement,
        assumptions: outcome.assumptions,
        indicators: outcome.indicators,
      },
      ...outcome.outputs.map((output, p) => ({
        label: t("results.matrix.output", { number: `${o + 1}.${p + 1}` }),
        statement: output.statement,
        assumptions: output.assumptions,
        indicators: output.indicators,
      })),
    ]),
  ];
  return headedTable(
    [
      { text: t("proposal.result") },
      { text: t("results.matrix.indicator") },
      { text: t("results.matrix.unit") },
      { text: t("results.matrix.baseline"), figure: true },
      { text: t("results.matrix.target"), figure: true },
      { text: t("results.matrix.meansOfVerification") },
      { text: t("results.editor.assumptions") },
    ],
    results.flatMap((result) => resultRows(result, words)),
    [3000, 2600, 1200, 1300, 1100, 1900, 1860],
  );
}

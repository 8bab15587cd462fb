/**
 * The proposal's parts after its results matrix: workplan, budget breakdowns, target
 * beneficiaries, strategic alignment and the signatures block.
 */
import { Paragraph, type Table } from "docx";
import type { ProjectDetail } from "../../../domain/project";
import { cell, headedTable, heading, note, paragraphs } from "./docxParts";
import type { ProposalContent } from "./proposalContent";
import { namer, type ProposalWords } from "./proposalWords";

type Block = Paragraph | Table;

export function workplan(content: ProposalContent, words: ProposalWords): Block[] {
  const { t } = words;
  if (content.milestones.length === 0) return [note(t("results.workplan.empty"))];
  return [
    headedTable(
      [
        { text: t("results.workplan.milestone") },
        { text: t("results.workplan.plannedDate") },
        { text: t("results.workplan.actualDate") },
      ],
      content.milestones.map((m) => [
        cell(m.title),
        cell(words.date(m.plannedDate)),
        cell(m.actualDate ? words.date(m.actualDate) : t("common.missing")),
      ]),
      [5000, 2000, 2000],
    ),
  ];
}

function sharesTable(
  label: string,
  shares: ProjectDetail["areaShares"],
  name: (code: string) => string,
  total: string,
  words: ProposalWords,
): Block[] {
  const { t } = words;
  if (shares.length === 0) return [note(t("project.noShares"))];
  return [
    headedTable(
      [
        { text: label },
        { text: t("project.share"), figure: true },
        { text: t("project.amount"), figure: true },
      ],
      [
        ...shares.map((s) => [
          cell(name(s.code)),
          cell(words.percent(s.percent), { figure: true }),
          cell(words.money(s.amount), { figure: true }),
        ]),
        [
          cell(t("proposal.total"), { bold: true }),
          cell(words.percent(100), { figure: true, bold: true }),
          cell(words.money(total), { figure: true, bold: true }),
        ],
      ],
      [4800, 1500, 2700],
    ),
  ];
}

export function budget(content: ProposalContent, words: ProposalWords): Block[] {
  const { project, reference } = content;
  const { t } = words;
  const area = namer(reference.areasOfWork, (a) => a.code, words);
  const activity = namer(reference.activityTypes, (a) => a.code, words);
  // The shares divide the approved budget once there is one, as on the project page.
  const total = project.approvedBudget ?? project.requestedBudget;
  return [
    note(t(project.approvedBudget ? "project.sharesOfApproved" : "project.sharesOfRequested")),
    heading(t("project.byArea"), "two"),
    ...sharesTable(t("project.areaOfWork"), project.areaShares, area, total, words),
    heading(t("project.byActivity"), "two"),
    ...sharesTable(t("project.activityType"), project.activityShares, activity, total, words),
  ];
}

export function beneficiaries(content: ProposalContent, words: ProposalWords): Block[] {
  const { t } = words;
  const list = content.project.beneficiaries;
  if (list.length === 0) return [note(t("project.noBeneficiaries"))];
  const type = namer(content.reference.beneficiaryTypes, (b) => b.code, words);
  const total = list.reduce((sum, b) => sum + b.number, 0);
  return [
    headedTable(
      [
        { text: t("beneficiary.type") },
        { text: t("beneficiary.sex") },
        { text: t("beneficiary.ageGroup") },
        { text: t("beneficiary.number"), figure: true },
      ],
      [
        ...list.map((b) => [
          cell(type(b.type)),
          cell(t(`sex.${b.sex}`)),
          cell(t(`ageGroup.${b.ageGroup}`)),
          cell(words.number(b.number), { figure: true }),
        ]),
        [
          cell(t("beneficiary.total"), { bold: true }),
          cell(""),
          cell(""),
          cell(words.number(total), { figure: true, bold: true }),
        ],
      ],
      [3600, 1700, 1900, 1800],
    ),
  ];
}

export function alignment(content: ProposalContent, words: ProposalWords): Block[] {
  const { project, reference } = content;
  const { t } = words;
  const point = namer(reference.strategyPoints, (s) => String(s.number), words);
  const migof = reference.migof.filter((m) => project.migof.includes(m.code));
  const marker = reference.genderMarkers.find((g) => g.code === project.genderMarker);
  const list = (items: string[]) =>
    items.length === 0
      ? [note(t("common.notProvided"))]
      : items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
  return [
    heading(t("project.strategyPoints"), "two"),
    ...list(
      project.strategyPoints.map((n) =>
        t("proposal.labelled", { label: t("project.strategyPoint", { number: n }), text: point(String(n)) }),
      ),
    ),
    heading(t("project.migof"), "two"),
    ...list(
      migof.map((m) =>
        t("proposal.labelled", { label: t(`migof.${m.kind}`), text: words.name(m.name, m.code) }),
      ),
    ),
    heading(t("project.genderMarker"), "two"),
    ...paragraphs(marker ? words.name(marker.name, marker.code) : t("form.genderMarkerNone")),
  ];
}

export function signatures(content: ProposalContent, words: ProposalWords): Block[] {
  const { t } = words;
  const blank = () => cell("");
  return [
    note(t("proposal.signaturesNote")),
    headedTable(
      [
        { text: "" },
        { text: t("proposal.name") },
        { text: t("proposal.signature") },
        { text: t("proposal.date") },
      ],
      [
        [
          cell(t("proposal.preparedBy"), { bold: true }),
          cell(content.project.pm?.name ?? ""),
          blank(),
          blank(),
        ],
        [cell(t("proposal.endorsedBy"), { bold: true }), blank(), blank(), blank()],
        [cell(t("proposal.approvedBy"), { bold: true }), blank(), blank(), blank()],
      ],
      [2700, 2500, 2300, 1500],
      900,
    ),
  ];
}

/**
 * A project's proposal as a Word document, in the order of a project proposal document: a cover
 * with the facts a reader looks for first (code, title, countries, fund line, duration, budget),
 * then summary, objective, results matrix, workplan, budget breakdowns, target beneficiaries,
 * strategic alignment and a signatures block. Every figure is the API's value (ProjectDetail),
 * written in the language's format, so that the document and the project page agree.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { monthsBetween, type ProjectDetail } from "../../../domain/project";
import type { LocalizedName, ReferenceData } from "../../../domain/reference";
import type { Indicator } from "../../../domain/resultsMatrix";
import { cell, headedTable, heading, labelledTable, note, paragraphs } from "./docxParts";
import type { ProposalWords } from "./proposalWords";
import { resultsMatrixTable } from "./resultsMatrixTable";

export interface ProposalContent {
  project: ProjectDetail;
  matrix: {
    objectiveAssumptions: string;
    objectiveIndicators: Indicator[];
    outcomes: {
      statement: string;
      assumptions: string;
      indicators: Indicator[];
      outputs: { statement: string; assumptions: string; indicators: Indicator[] }[];
    }[];
  };
  milestones: { title: string; plannedDate: string; actualDate: string | null }[];
  reference: ReferenceData;
  /** The day the document is made, as an ISO date. */
  today: string;
}

type Block = Paragraph | Table;

/** Names of reference codes in the document's language; an unknown code stands for itself. */
function namer<T extends { name: LocalizedName }>(
  list: readonly T[],
  key: (item: T) => string,
  words: ProposalWords,
): (code: string) => string {
  const byKey = new Map(list.map((item) => [key(item), item.name]));
  return (code) => words.name(byKey.get(code), code);
}

function coverFacts(content: ProposalContent, words: ProposalWords): [string, string][] {
  const { project, reference } = content;
  const { t } = words;
  const country = namer(reference.countries, (c) => c.iso3, words);
  const fundLine = namer(reference.fundLines, (l) => l.code, words);
  const region = namer(reference.regions, (r) => r.code, words);
  const months = Math.round(monthsBetween(project.plannedStart, project.plannedEnd));
  const facts: [string, string][] = [
    [t("project.code"), project.code],
    [t("project.title"), project.title],
    [t("project.type"), t(`type.${project.type}`)],
    [t("project.region"), project.region ? region(project.region) : t("common.missing")],
    [t("project.countries"), project.countries.map((c) => country(c)).join(", ") || t("common.missing")],
    [
      t("project.fundLine"),
      t("proposal.fundLineValue", { line: fundLine(project.fundLine), year: project.fundingYear }),
    ],
    [
      t("project.duration"),
      t("proposal.durationValue", {
        duration: t("project.months", { count: months }),
        start: words.date(project.plannedStart),
        end: words.date(project.plannedEnd),
      }),
    ],
    [t("project.requestedBudget"), words.money(project.requestedBudget)],
  ];
  if (project.approvedBudget) facts.push([t("project.approvedBudget"), words.money(project.approvedBudget)]);
  facts.push([t("project.pm"), project.pm?.name ?? t("common.missing")]);
  if (project.altPm) facts.push([t("project.altPm"), project.altPm.name]);
  if (project.followUpOf)
    facts.push([
      t("project.followUpOf"),
      t("project.codeTitle", { code: project.followUpOf.code, title: project.followUpOf.title }),
    ]);
  return facts;
}

function cover(content: ProposalContent, words: ProposalWords): Block[] {
  const { t } = words;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 1800, after: 240 },
      children: [new TextRun({ text: t("proposal.documentTitle").toUpperCase(), bold: true, size: 36 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: content.project.code, bold: true, size: 28, color: "1F3864" })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 720 },
      children: [new TextRun({ text: content.project.title, size: 32 })],
    }),
    labelledTable(coverFacts(content, words)),
    note(t("proposal.coverNote", { date: words.date(content.today) })),
  ];
}

function textSection(title: string, text: string, words: ProposalWords): Block[] {
  return [heading(title), ...(text ? paragraphs(text) : [note(words.t("common.notProvided"))])];
}

function workplan(content: ProposalContent, words: ProposalWords): Block[] {
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

function budget(content: ProposalContent, words: ProposalWords): Block[] {
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

function beneficiaries(content: ProposalContent, words: ProposalWords): Block[] {
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

function alignment(content: ProposalContent, words: ProposalWords): Block[] {
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

function signatures(content: ProposalContent, words: ProposalWords): Block[] {
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

function footer(content: ProposalContent, words: ProposalWords): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            text: `${content.project.code} · ${words.t("proposal.documentTitle")} · ${words.t("proposal.page")} `,
            size: 16,
            color: "595959",
          }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: "595959" }),
        ],
      }),
    ],
  });
}

export function proposalDocument(content: ProposalContent, words: ProposalWords): Document {
  const { t } = words;
  const footers = { default: footer(content, words) };
  let number = 0;
  const numbered = (key: string) => `${++number}. ${t(key)}`;
  return new Document({
    title: `${content.project.code} ${content.project.title}`,
    subject: t("proposal.documentTitle"),
    creator: "PRIMA",
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 21, language: { value: words.locale } } },
      },
    },
    sections: [
      { children: cover(content, words), footers },
      {
        footers,
        children: [
          ...textSection(numbered("project.summary"), content.project.summary, words),
          ...textSection(numbered("project.objective"), content.project.objective, words),
        ],
      },
      {
        // Seven columns of indicators read better across the page.
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers,
        children: [heading(numbered("results.matrix.title")), resultsMatrixTable(content, words)],
      },
      {
        footers,
        children: [
          heading(numbered("results.workplan.title")),
          ...workplan(content, words),
          heading(numbered("project.budgetShares")),
          ...budget(content, words),
          heading(numbered("project.beneficiaries")),
          ...beneficiaries(content, words),
          heading(numbered("project.alignment")),
          ...alignment(content, words),
          heading(numbered("proposal.signatures")),
          ...signatures(content, words),
        ],
      },
    ],
  });
}

export function proposalBuffer(content: ProposalContent, words: ProposalWords): Promise<Buffer> {
  return Packer.toBuffer(proposalDocument(content, words));
}

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
import { monthsBetween } from "../../../domain/project";
import { heading, labelledTable, note, paragraphs } from "./docxParts";
import type { ProposalContent } from "./proposalContent";
import { alignment, beneficiaries, budget, signatures, workplan } from "./proposalSections";
import { namer, type ProposalWords } from "./proposalWords";
import { resultsMatrixTable } from "./resultsMatrixTable";

type Block = Paragraph | Table;

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

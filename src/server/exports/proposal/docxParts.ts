/**
 * The few building blocks a proposal document is made of, in the docx library's terms: headed
 * tables whose heading row repeats on every page, label/value tables, and text split into
 * paragraphs. Kept apart so that the document reads as its outline (proposalDocument.ts).
 */
import {
  AlignmentType,
  HeadingLevel,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

const HEADING_SHADE = "D9E2F3";

export interface CellOptions {
  bold?: boolean;
  /** Figures are right-aligned, as in any budget table. */
  figure?: boolean;
  rowSpan?: number;
  heading?: boolean;
  /** A bold first line above the text, such as "Outcome 1" above its statement. */
  lead?: string;
}

/** Text with line breaks becomes one paragraph per line, as the user typed it. */
export function paragraphs(text: string, options: { bold?: boolean; figure?: boolean } = {}): Paragraph[] {
  return text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        alignment: options.figure ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: line, bold: options.bold })],
      }),
  );
}

export function cell(text: string, options: CellOptions = {}): TableCell {
  return new TableCell({
    children: [
      ...(options.lead === undefined ? [] : paragraphs(options.lead, { bold: true })),
      ...paragraphs(text, { bold: options.bold || options.heading, figure: options.figure }),
    ],
    rowSpan: options.rowSpan,
    shading: options.heading ? { type: ShadingType.CLEAR, fill: HEADING_SHADE, color: "auto" } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** A table with a heading row that Word and LibreOffice repeat at the top of each page. */
export function headedTable(
  headings: { text: string; figure?: boolean }[],
  rows: TableCell[][],
  widths?: number[],
  /** Room to write in by hand, in twentieths of a point. */
  minRowHeight?: number,
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headings.map((h) => cell(h.text, { heading: true, figure: h.figure })),
      }),
      ...rows.map(
        (children) =>
          new TableRow({
            cantSplit: true,
            children,
            height: minRowHeight ? { value: minRowHeight, rule: HeightRule.ATLEAST } : undefined,
          }),
      ),
    ],
  });
}

/** The cover's facts: a label column and a value column. */
export function labelledTable(entries: [label: string, value: string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [3400, 5600],
    rows: entries.map(
      ([label, value]) =>
        new TableRow({ cantSplit: true, children: [cell(label, { heading: true }), cell(value)] }),
    ),
  });
}

export function heading(text: string, level: "one" | "two" = "one"): Paragraph {
  return new Paragraph({
    text,
    heading: level === "one" ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    spacing: { before: level === "one" ? 360 : 240, after: 120 },
  });
}

/** A short line in a muted tone under a heading or a table. */
export function note(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: 120 },
    children: [new TextRun({ text, italics: true, color: "595959" })],
  });
}

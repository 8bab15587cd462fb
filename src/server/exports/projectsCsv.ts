/** The Projects sheet as CSV (RFC 4180, UTF-8 with a byte-order mark for Excel), streamed. */
import type { Writable } from "node:stream";
import { PROJECT_SHEET_COLUMNS } from "../../domain/projectExport";
import { projectExportHeading } from "../../web/i18n/figureTexts";
import { CSV_BOM, csvLine, csvValue } from "./cells";
import { projectCells } from "./projectCells";
import { loadExportReference, projectBatches } from "./projectRows";
import type { ProjectExportInput } from "./projectsWorkbook";
import { writeChunk } from "./streams";

export async function writeProjectsCsv(
  input: ProjectExportInput,
  out: Writable,
): Promise<{ projects: number }> {
  const { db, where, language } = input;
  const columns = PROJECT_SHEET_COLUMNS.projects;
  const reference = await loadExportReference(db);
  await writeChunk(
    out,
    CSV_BOM + csvLine(columns.map((column) => projectExportHeading(column.key, language))),
  );
  let count = 0;
  for await (const batch of projectBatches(db, where)) {
    let chunk = "";
    for (const project of batch) {
      const cells = projectCells(project, reference, language);
      chunk += csvLine(columns.map((column) => csvValue(column.type, cells[column.key])));
    }
    count += batch.length;
    await writeChunk(out, chunk);
  }
  out.end();
  return { projects: count };
}

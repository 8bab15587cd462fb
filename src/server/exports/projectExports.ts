/** One entry point for the three project-list formats, for the route and the CLI alike. */
import type { Writable } from "node:stream";
import type { ProjectExportFormat } from "../../domain/projectExport";
import type { Config } from "../config";
import { writeProjectsIati } from "./iati";
import { writeProjectsCsv } from "./projectsCsv";
import { type ProjectExportInput, writeProjectsWorkbook } from "./projectsWorkbook";

export const EXPORT_EXTENSIONS: Record<ProjectExportFormat, string> = {
  xlsx: "xlsx",
  csv: "csv",
  iati: "xml",
};

/** Writes the export to `out` and ends it; resolves with the number of projects written. */
export function exportProjects(
  format: ProjectExportFormat,
  input: ProjectExportInput,
  iati: Config["iati"],
  out: Writable,
): Promise<{ projects: number }> {
  switch (format) {
    case "xlsx":
      return writeProjectsWorkbook(input, out);
    case "csv":
      return writeProjectsCsv(input, out);
    case "iati":
      return writeProjectsIati(input, { iati }, out);
  }
}

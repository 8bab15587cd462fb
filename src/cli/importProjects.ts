/**
 * `prima import projects FILE.xlsx [--dry-run]`: checks a portfolio workbook (the Excel export's
 * sheets) and imports every project in it, or, with --dry-run, only checks it. Problems are
 * printed one a line, "Sheet, row N, column C: message"; any problem and nothing is written (exit
 * code 2). Run as the system: each project's history says PRIMA imported it.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { Invalid } from "../domain/errors";
import type { ImportProblem } from "../domain/projectImport";
import { loadConfig } from "../server/config";
import { readImportWorkbook } from "../server/imports/readImportWorkbook";
import { importProjects } from "../server/services/projects/importProjects";
import { openConfiguredDatabase, prepareDatabase } from "../server/start";
import { UsageError } from "./usageError";

export function problemLine(problem: ImportProblem): string {
  const row = problem.row === null ? "" : `, row ${problem.row}`;
  const column = problem.column === null ? "" : `, column ${problem.column}`;
  return `${problem.sheet}${row}${column}: ${problem.message}`;
}

export const IMPORT_PROJECTS_USAGE = `Usage: prima import projects FILE.xlsx [--dry-run]

Checks a portfolio workbook (the Excel export's sheets; the template is at
/api/projects/import/template) and imports every project in it, all or nothing.
  --dry-run   only check: list every problem by sheet, row and column, write nothing
  --help      show this help
Exit codes: 0 imported (or ready, with --dry-run), 2 problems found (nothing written).`;

export async function importProjectsCommand(args: string[]) {
  let file: string;
  let dryRun: boolean;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
    if (values.help) {
      console.log(IMPORT_PROJECTS_USAGE);
      return;
    }
    const [first, ...extra] = positionals;
    if (!first || extra.length > 0) throw new Error("give one .xlsx file to import");
    file = first;
    dryRun = values["dry-run"] ?? false;
  } catch (error) {
    throw new UsageError(`prima import projects: ${(error as Error).message}`);
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`prima import projects: cannot read ${file} (${error.code ?? error.message})`);
  });
  const sheets = await readImportWorkbook(bytes).catch((error: unknown) => {
    const said = error instanceof Invalid && error.fields[0]?.code === "unzipsTooLarge";
    throw new UsageError(
      `prima import projects: ${file} ${said ? `refused: ${error.fields[0]?.message}` : "is not an Excel workbook (.xlsx)"}`,
    );
  });
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { demo: false });
    const result = await importProjects(database.db, null, {
      sheets,
      file: path.basename(file),
      dryRun,
      now: new Date(),
    });
    if (result.problems.length > 0) {
      throw new UsageError(
        [`prima import projects: ${file} has ${result.problems.length} problem(s); nothing was imported.`]
          .concat(result.problems.map(problemLine))
          .join("\n"),
      );
    }
    console.log(
      dryRun
        ? `${file}: ${result.projects} project(s) ready to import (dry run: nothing written).`
        : `${result.projects} project(s) imported from ${file}.`,
    );
  } finally {
    await database.close();
  }
}

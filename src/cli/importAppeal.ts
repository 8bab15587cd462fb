/**
 * `prima import appeal <file> [--code 2016] [--title …] [--year 2016]`: reads an appeal's funding
 * requirements (the tables of seed 001, as in src/server/db/seed/reference/appeal-2016.txt) and
 * stores them, replacing the requirements of an appeal with the same code. Unreadable lines are
 * listed and nothing is written (exit code 2); totals that do not add up are printed as warnings.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type AppealIssue, formatUsd } from "../domain/appeal";
import { loadConfig } from "../server/config";
import { importAppeal } from "../server/services/appeal/importAppeal";
import { openConfiguredDatabase, prepareDatabase } from "../server/start";
import { importProjectsCommand } from "./importProjects";
import { UsageError } from "./usageError";

const IMPORTS: Record<string, (args: string[]) => Promise<void>> = {
  appeal: importAppealCommand,
  projects: importProjectsCommand,
};

export async function importCommand(args: string[]) {
  const [what, ...rest] = args;
  const run = what ? IMPORTS[what] : undefined;
  if (!run) throw new UsageError(`prima import: what to import? (${Object.keys(IMPORTS).join(", ")})`);
  await run(rest);
}

const issueLine = (issue: AppealIssue) =>
  `  ${issue.line === null ? "" : `line ${issue.line}: `}${issue.message}`;

async function importAppealCommand(args: string[]) {
  let parsed: ReturnType<typeof parseAppealArgs>;
  try {
    parsed = parseAppealArgs(args);
  } catch (error) {
    throw new UsageError(`prima import appeal: ${(error as Error).message}`);
  }
  const { file, year, code, title } = parsed;
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`prima import appeal: cannot read ${file} (${error.code ?? error.message})`);
  });
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { demo: false });
    const result = await importAppeal(database.db, {
      text,
      code,
      title,
      year,
      actorId: null,
      now: new Date(),
    });
    if (!result.ok) {
      throw new UsageError(
        [`prima import appeal: ${file} has ${result.errors.length} unreadable line(s); nothing was imported.`]
          .concat(result.errors.map(issueLine))
          .join("\n"),
      );
    }
    console.log(
      `Appeal ${result.code} imported: ${result.rows} requirements (${result.replacedRows} replaced), total ${formatUsd(result.totalCents)}` +
        (result.overviewTotalCents === null ? "." : ` (overview: ${formatUsd(result.overviewTotalCents)}).`),
    );
    console.log(
      `Country tables: ${result.tables.join(", ")}` +
        (result.overviewOnly.length > 0
          ? `; from the overview only: ${result.overviewOnly.join(", ")}.`
          : "."),
    );
    if (result.warnings.length > 0) {
      console.log(`${result.warnings.length} warning(s): the source's figures do not all add up.`);
      for (const warning of result.warnings) console.log(issueLine(warning));
    }
  } finally {
    await database.close();
  }
}

function parseAppealArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { code: { type: "string" }, title: { type: "string" }, year: { type: "string" } },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new Error("give one file to import");
  const year = Number(values.year ?? (/^\d{4}$/.test(values.code ?? "") ? values.code : "2016"));
  if (!Number.isInteger(year) || year < 1900 || year > 2100)
    throw new Error("--year must be a year such as 2016");
  const code = values.code ?? String(year);
  if (!/^[\w.-]{1,40}$/.test(code)) throw new Error("--code: letters, digits, '.', '-' or '_' (at most 40)");
  const title = values.title ?? `Migration Initiatives ${year}: funding requirements`;
  return { file, year, code, title };
}

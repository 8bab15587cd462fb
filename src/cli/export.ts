/**
 * `prima export --format xlsx|csv|iati [--out FILE] [filters]`: the project list as a file, run as
 * the system on the whole portfolio (no user, no read scope: whoever can run the command can read
 * the database). The filters are the project list's.
 */
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { dayOf } from "../domain/calendar";
import { projectExportQuery } from "../domain/projectExport";
import { loadConfig } from "../server/config";
import { EXPORT_EXTENSIONS, exportProjects } from "../server/exports/projectExports";
import type { Actor } from "../server/policies/actor";
import { projectFilters } from "../server/services/projects/listProjects";
import { createContext, openConfiguredDatabase, prepareDatabase } from "../server/start";
import { UsageError } from "./usageError";

/** Reads everything, as the fund does; never signs in and has no id anyone could match. */
const SYSTEM: Actor = { id: "00000000-0000-0000-0000-000000000000", role: "fund_manager", region: null };

/** Command-line options → the export query's names. */
const FILTERS = {
  region: "region",
  country: "country",
  "funding-year": "fundingYear",
  status: "status",
  "fund-line": "fundLine",
  "area-of-work": "areaOfWork",
  q: "q",
  lang: "lang",
} as const;

export async function exportCommand(args: string[]) {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: "string" },
        out: { type: "string" },
        ...Object.fromEntries(Object.keys(FILTERS).map((name) => [name, { type: "string" as const }])),
      },
    }) as { values: Record<string, string | undefined> });
  } catch (error) {
    throw new UsageError(`prima export: ${(error as Error).message}`);
  }
  const raw: Record<string, string> = {};
  if (values.format !== undefined) raw.format = values.format;
  for (const [option, key] of Object.entries(FILTERS)) {
    const value = values[option];
    if (value !== undefined) raw[key] = value;
  }
  const parsed = projectExportQuery.safeParse(raw);
  if (!parsed.success) {
    const optionOf = (key: string) => Object.entries(FILTERS).find(([, k]) => k === key)?.[0] ?? key;
    throw new UsageError(
      `prima export: ${parsed.error.issues
        .map((issue) => `--${optionOf(String(issue.path[0]))}: ${issue.message}`)
        .join(
          "; ",
        )}\nUsage: prima export --format xlsx|csv|iati [--out FILE] [--region R] [--funding-year Y] …`,
    );
  }
  const { format, lang, ...filters } = parsed.data;

  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { demo: false });
    const ctx = await createContext(config, database);
    const today = dayOf(ctx.now());
    const file = values.out ?? `prima-projects-${today}.${EXPORT_EXTENSIONS[format]}`;
    const where = projectFilters(SYSTEM, { ...filters, page: 1, pageSize: 1, sort: "code", order: "asc" });
    const started = performance.now();
    const out = createWriteStream(file);
    const { projects } = await exportProjects(
      format,
      { db: ctx.db, where, language: lang ?? "en", today },
      config.iati,
      out,
    );
    await finished(out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const size = (await stat(file)).size;
    console.log(
      `${projects} project${projects === 1 ? "" : "s"} exported to ${file} (${(size / 1e6).toFixed(1)} MB) in ${seconds} s.`,
    );
  } finally {
    await database.close();
  }
}

/** `prima <command>`: serve, migrate, seed, create-user, remind, import, export. */
import { ConfigError } from "../server/config";
import { DatabaseUnavailable } from "../server/db/client";
import { createUserCommand } from "./createUser";
import { exportCommand } from "./export";
import { importCommand } from "./importAppeal";
import { migrateCommand } from "./migrate";
import { RemindLater, remindCommand } from "./remind";
import { seedCommand } from "./seed";
import { serveCommand } from "./serve";
import { UsageError } from "./usageError";

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  serve: serveCommand,
  migrate: migrateCommand,
  seed: seedCommand,
  "create-user": createUserCommand,
  remind: remindCommand,
  import: importCommand,
  export: exportCommand,
};

const USAGE = `Usage: prima <command> [options]

Commands:
  serve                                  start the server (migrates, seeds demo data on an empty embedded database)
  migrate                                apply database migrations and reference data
  seed [--demo]                          load reference data; with --demo, the demo portfolio and accounts
  create-user --email E --role R [--region CODE] [--name N] [--password P]
                                         roles: pm, reviewer, fund_manager, viewer, admin; the password
                                         may come from PRIMA_PASSWORD, else one is generated and printed
  remind [--now 2026-06-01T09:00:00Z]    one reminder run (as of --now, else PRIMA_CLOCK, else now), then
                                         deliver the e-mail outbox and exit; safe beside running servers
  export --format xlsx|csv|iati [--out FILE] [--region R] [--funding-year Y] [--country ISO3] [--status S]
         [--fund-line L] [--area-of-work A] [--q TEXT] [--lang en|fr|es]
                                         the whole portfolio (or its filtered part) as Excel, CSV or
                                         IATI 2.03 XML, run as the system (no read scope)
  import appeal FILE [--code C] [--title T] [--year Y]
                                         import an appeal's funding requirements (seed 001's tables, e.g.
                                         src/server/db/seed/reference/appeal-2016.txt); replaces code C's
                                         requirements; unreadable lines: nothing written, exit code 2
  import projects FILE.xlsx [--dry-run]  import a portfolio from a workbook with the Excel export's sheets
                                         (Projects, Areas of work, Activity types, Beneficiaries, Budget
                                         by year), all or nothing; problems one a line "Sheet, row N,
                                         column C: message", nothing written, exit code 2; --dry-run
                                         only checks

Configuration comes from the environment: PORT, DATA_DIR, DATABASE_URL, SMTP_URL, PUBLIC_URL, SESSION_SECRET,
REMINDER_INTERVAL_MINUTES, PRIMA_CLOCK (see README).`;

const [name, ...args] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  const asked = !name || name === "help" || name === "--help";
  (asked ? console.log : console.error)(USAGE);
  process.exit(asked ? 0 : 2);
}
try {
  await command(args);
} catch (error) {
  if (error instanceof ConfigError || error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof DatabaseUnavailable) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof RemindLater) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}

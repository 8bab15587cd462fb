/** A project's reports, for its reports tab (the caller has checked the project is readable). */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { reports } from "../../db/schema";
import type { ReportRow } from "./loadReport";

export async function listProjectReports(db: DbOrTx, projectId: string): Promise<ReportRow[]> {
  return db.select().from(reports).where(eq(reports.projectId, projectId));
}

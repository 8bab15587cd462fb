/** The demo portfolio: seeded on an empty database in demo mode, or with `prima seed --demo`. */
import { count } from "drizzle-orm";
import { hashPassword } from "./auth/passwords";
import type { Db } from "./db/client";
import { projects } from "./db/schema";
import { seedDemoData } from "./db/seed/demo";

export const DEMO_PASSWORD = "prima-demo";

export async function hasProjects(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(projects);
  return (row?.n ?? 0) > 0;
}

/** Seeds the demo portfolio and accounts unless the database already holds projects. */
export async function seedDemoIfEmpty(db: Db): Promise<{ seeded: boolean; projects: number }> {
  if (await hasProjects(db)) return { seeded: false, projects: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result = await db.transaction((tx) => seedDemoData(tx, { passwordHash }));
  return { seeded: true, projects: result.projects };
}

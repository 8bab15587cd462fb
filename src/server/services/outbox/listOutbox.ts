/** The administrator's outbox: what was sent to whom and when, searchable, with counts per status. */
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { OutboxQuery, OutboxStatus } from "../../../domain/outbox";
import type { Db } from "../../db/client";
import { containsPattern } from "../../db/likePattern";
import { mailOutbox } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";

function searchCondition(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  return or(ilike(mailOutbox.toAddress, pattern), ilike(mailOutbox.subject, pattern));
}

/** Newest first; the counts per status follow the search, so the tabs say what each holds. */
export async function listOutbox(db: Db, actor: Actor, query: OutboxQuery) {
  authorize(actor, "seeOutbox");
  const search = searchCondition(query.q);
  const where = and(search, query.status ? eq(mailOutbox.status, query.status) : undefined);
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(query.limit)
    .offset(query.offset);
  const byStatus = await db
    .select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .where(search)
    .groupBy(mailOutbox.status);
  const counts = { pending: 0, sent: 0, failed: 0 };
  for (const { status, n } of byStatus) counts[status as OutboxStatus] = n;
  const total = query.status ? counts[query.status] : counts.pending + counts.sent + counts.failed;
  return { rows, total, counts };
}

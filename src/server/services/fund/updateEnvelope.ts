/** The fund manager sets a funding year's envelope for one line; every change is audited. */
import { and, eq, sql } from "drizzle-orm";
import type { EnvelopeInput } from "../../../domain/envelopes";
import { Conflict, NotFound } from "../../../domain/errors";
import { formatMoney, parseMoney } from "../../../domain/money";
import type { Db, DbOrTx } from "../../db/client";
import { fundEnvelopes, fundingYears, fundLines } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentEnvelope } from "../../presenters/envelope";
import { recordAudit } from "../audit/recordAudit";
import { type EnvelopeRecord, listEnvelopes } from "./listEnvelopes";

const STALE_MESSAGE =
  "Someone else changed this envelope after you opened it. Nothing was saved; reload to see their change.";

async function findEnvelope(tx: DbOrTx, year: number, line: string) {
  return (await listEnvelopes(tx)).find((e) => e.fundingYear === year && e.fundLine === line);
}

export async function updateEnvelope(
  db: Db,
  actor: Actor,
  year: number,
  line: string,
  input: EnvelopeInput,
  now: Date,
): Promise<EnvelopeRecord> {
  authorize(actor, "editFundRules");
  return db.transaction(async (tx) => {
    const [knownYear] = await tx.select().from(fundingYears).where(eq(fundingYears.year, year));
    if (!knownYear) throw new NotFound("This funding year");
    const [knownLine] = await tx.select().from(fundLines).where(eq(fundLines.code, line));
    if (!knownLine) throw new NotFound("This fund line");
    const before = (await findEnvelope(tx, year, line)) as EnvelopeRecord;
    const stale = async () => {
      const latest = await findEnvelope(tx, year, line);
      return new Conflict(STALE_MESSAGE, { current: latest && presentEnvelope(latest) });
    };
    if (before.version !== input.version) throw await stale();
    const allocatedCents = parseMoney(input.allocated) as number;
    // Version 0 = none set yet: the primary key makes a second "first" envelope a conflict.
    const written =
      input.version === 0
        ? await tx
            .insert(fundEnvelopes)
            .values({
              fundingYear: year,
              fundLine: line,
              allocatedCents,
              updatedAt: now,
              updatedById: actor.id,
            })
            .onConflictDoNothing()
            .returning({ year: fundEnvelopes.fundingYear })
        : await tx
            .update(fundEnvelopes)
            .set({
              allocatedCents,
              version: sql`${fundEnvelopes.version} + 1`,
              updatedAt: now,
              updatedById: actor.id,
            })
            .where(
              and(
                eq(fundEnvelopes.fundingYear, year),
                eq(fundEnvelopes.fundLine, line),
                eq(fundEnvelopes.version, input.version),
              ),
            )
            .returning({ year: fundEnvelopes.fundingYear });
    if (written.length === 0) throw await stale();
    const after = (await findEnvelope(tx, year, line)) as EnvelopeRecord;
    const shape = (e: EnvelopeRecord) => ({
      allocated: e.allocatedCents === null ? null : formatMoney(e.allocatedCents),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "fundEnvelope",
      entityId: `${year}/${line}`,
      action: input.version === 0 ? "create" : "update",
      before: shape(before),
      after: shape(after),
      at: now,
    });
    return after;
  });
}

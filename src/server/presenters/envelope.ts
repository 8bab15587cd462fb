/** The only place where envelope figures are shaped for clients: money as decimal text. */
import { availableCents, type EnvelopeFigures } from "../../domain/envelopes";
import { formatMoney } from "../../domain/money";
import type { EnvelopeRecord } from "../services/fund/listEnvelopes";

export function presentEnvelope(record: EnvelopeRecord): EnvelopeFigures {
  const allocated = record.allocatedCents;
  return {
    fundingYear: record.fundingYear,
    fundLine: record.fundLine,
    allocated: allocated === null ? null : formatMoney(allocated),
    committed: formatMoney(record.committedCents),
    pipeline: formatMoney(record.pipelineCents),
    spent: formatMoney(record.spentCents),
    available:
      allocated === null
        ? null
        : formatMoney(availableCents({ allocatedCents: allocated, committedCents: record.committedCents })),
    version: record.version,
    updatedAt: record.updatedAt ? record.updatedAt.toISOString() : null,
    updatedBy: record.updatedBy,
  };
}

/**
 * Envelopes (issue 15): the fund's allocation per funding year and fund line, and what is left
 * of it. Money is integer cents; `available` is allocated − committed, so an approval is measured
 * against money already promised, not against money already spent.
 */
import { z } from "zod";
import { MAX_BUDGET_CENTS, parseMoney } from "./money";

/** Statuses whose approved budget is promised out of the envelope. */
export const COMMITTED_STATUSES = ["approved", "active", "closed"] as const;
/** Statuses whose requested budget may still be promised. */
export const PIPELINE_STATUSES = ["submitted", "endorsed"] as const;

/** What the approval rule reads; null when no envelope was set for that year and line (no limit). */
export interface EnvelopeState {
  allocatedCents: number;
  committedCents: number;
}

export function availableCents(envelope: EnvelopeState): number {
  return envelope.allocatedCents - envelope.committedCents;
}

export const envelopeFigures = z.object({
  fundingYear: z.number().int(),
  fundLine: z.string(),
  /** Null: no envelope set for this year and line, so approvals have no limit. */
  allocated: z.string().nullable(),
  committed: z.string(),
  pipeline: z.string(),
  spent: z.string(),
  available: z.string().nullable(),
  /** 0 while no envelope was ever set: send 0 to set the first one. */
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type EnvelopeFigures = z.infer<typeof envelopeFigures>;
export const envelopeList = z.object({ items: z.array(envelopeFigures) });

/** Zero is a real envelope (the line gets nothing that year), unlike a budget. */
export const envelopeAmount = z
  .union([z.string().max(20), z.number()])
  .describe('Amount in USD, a decimal with at most two decimals, zero or more, e.g. "2500000.00"')
  .superRefine((value, ctx) => {
    const cents = parseMoney(value);
    if (cents === null) {
      ctx.addIssue({
        code: "custom",
        message: "Enter an amount in USD with at most two decimals, zero or more",
        params: { code: "money" },
      });
    } else if (cents > MAX_BUDGET_CENTS) {
      ctx.addIssue({
        code: "custom",
        message: "The amount is above USD 1,000,000,000",
        params: { code: "moneyTooLarge" },
      });
    }
  });

export const envelopeInput = z.object({
  version: z.number().int().min(0).describe("The version you loaded; 0 when no envelope was set yet"),
  allocated: envelopeAmount,
});
export type EnvelopeInput = z.infer<typeof envelopeInput>;

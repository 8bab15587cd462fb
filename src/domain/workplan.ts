/**
 * A project's workplan: milestones with a planned and, once reached, an actual date. The whole
 * list is saved at once; array order is the order.
 */
import { z } from "zod";
import { dateOutOfRange, isIsoDate, isYearInRange } from "./calendar";
import { duplicateIds, newOrExistingId, requiredText } from "./resultsMatrix";

export const MAX_MILESTONES = 100;
export const MILESTONE_TITLE_MAX = 300;

const isoDate = z
  .string()
  .refine(isIsoDate, {
    message: "Enter a date as YYYY-MM-DD",
    params: { code: "invalid_format", format: "date" },
  })
  .refine((value) => !isIsoDate(value) || isYearInRange(value), dateOutOfRange());

export const milestoneInput = z.object({
  id: newOrExistingId,
  title: requiredText(MILESTONE_TITLE_MAX),
  plannedDate: isoDate,
  actualDate: isoDate.nullable().default(null),
});
export type MilestoneInput = z.input<typeof milestoneInput>;

export const workplanInput = z
  .object({
    version: z.number().int().min(1).describe("The version the edit started from"),
    milestones: z.array(milestoneInput).max(MAX_MILESTONES),
  })
  .superRefine((plan, ctx) => {
    for (const issue of duplicateIds(
      plan.milestones.map((m, i) => ({ id: m.id, path: ["milestones", i] })),
    )) {
      ctx.addIssue({
        code: "custom",
        path: issue.path,
        message: "Listed twice",
        params: { code: "duplicate" },
      });
    }
  });
export type WorkplanInput = z.input<typeof workplanInput>;
export type WorkplanData = z.output<typeof workplanInput>;

export const milestone = z.object({
  id: z.uuid(),
  title: z.string(),
  plannedDate: z.string(),
  actualDate: z.string().nullable(),
});
export type Milestone = z.infer<typeof milestone>;

export const workplan = z.object({
  milestones: z.array(milestone),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  can: z.object({ edit: z.boolean() }),
});
export type Workplan = z.infer<typeof workplan>;

export const MILESTONE_STATUSES = ["done", "late", "planned"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Done once it has an actual date; late when its planned date has passed without one. */
export function milestoneStatus(
  m: { plannedDate: string; actualDate: string | null },
  today: string,
): MilestoneStatus {
  if (m.actualDate) return "done";
  return m.plannedDate < today ? "late" : "planned";
}

/** The API's shapes for moving a proposal through its life cycle and for reviewing it. */
import { z } from "zod";
import { DECISION_STAGES, PROJECT_STATUSES, TRANSITION_NAMES } from "./lifecycle";
import { parseMoney } from "./money";

export const COMMENT_MAX = 5000;

/**
 * Firing a transition. `version` is the project version the user saw: a decision taken on a
 * stale page is refused with 409, like an edit. Whether a comment or an approval is required
 * depends on the transition (lifecycle.ts `needs`) and is checked by the server.
 */
export const transitionInput = z.object({
  transition: z.enum(TRANSITION_NAMES),
  version: z.number().int().min(1),
  comment: z.string().trim().max(COMMENT_MAX).default(""),
  approvedBudget: z
    .union([z.string().max(20), z.number()])
    .optional()
    .describe('Approval only: amount in USD, e.g. "180000.00"')
    .refine((v) => v === undefined || parseMoney(v) !== null, {
      message: "Enter an amount in USD with at most two decimals",
      params: { code: "money" },
    }),
  fundLine: z.string().trim().min(1).max(40).optional().describe("Approval only: L1 or L2"),
});
export type TransitionInput = z.infer<typeof transitionInput>;

/** Parts of a proposal a review comment can point at; mirrors the sections of the project page. */
export const REVIEW_SECTIONS = [
  "general",
  "identification",
  "objective",
  "planning",
  "budget",
  "beneficiaries",
  "alignment",
  "documents",
] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

export const commentInput = z.object({
  section: z.enum(REVIEW_SECTIONS).default("general"),
  body: z.string().trim().min(1).max(COMMENT_MAX),
  parentId: z.number().int().positive().nullable().optional().describe("The comment this one answers"),
});
export type CommentInput = z.infer<typeof commentInput>;

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const reviewComment = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  section: z.enum(REVIEW_SECTIONS),
  body: z.string(),
  author: personRef.extend({ role: z.string() }),
  createdAt: z.iso.datetime({ offset: true }),
  /** The project's status when the comment was written (e.g. "submitted" during the review). */
  status: z.enum(PROJECT_STATUSES),
});
export type ReviewComment = z.infer<typeof reviewComment>;
export const reviewCommentList = z.object({ items: z.array(reviewComment) });

/** One field that differs between two submissions, values as the project snapshot holds them. */
export const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChange>;

/** What changed between the submission a reviewer last decided on and the current one. */
export const resubmissionChanges = z.object({
  /** null when the proposal was never submitted twice: nothing to compare. */
  previousSubmittedAt: z.iso.datetime({ offset: true }).nullable(),
  currentSubmittedAt: z.iso.datetime({ offset: true }).nullable(),
  changes: z.array(fieldChange),
});
export type ResubmissionChanges = z.infer<typeof resubmissionChanges>;

/** One entry of a project's audit trail: transitions, edits, comments, documents. */
export const historyEntry = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  actor: personRef.nullable(),
  action: z
    .string()
    .describe(
      "create, import, update, transition, comment, documentUploaded, documentVersioned, extensionRequested, extensionApproved, extensionRefused, revisionRequested, revisionApproved, revisionRefused, resultsMatrix, workplan, reportSubmitted, reportReturned, reportAccepted",
    ),
  transition: z.enum(TRANSITION_NAMES).nullable(),
  fromStatus: z.enum(PROJECT_STATUSES).nullable(),
  toStatus: z.enum(PROJECT_STATUSES).nullable(),
  comment: z.string().nullable(),
  changes: z.array(fieldChange),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;
export const historyPage = z.object({ items: z.array(historyEntry) });

/** Days a project spent in each status, from its transitions; the current status counts up to now. */
export const statusDurations = z.object({
  items: z.array(
    z.object({
      status: z.enum(PROJECT_STATUSES),
      days: z.number(),
      visits: z.number().int(),
      current: z.boolean(),
    }),
  ),
});
export type StatusDurations = z.infer<typeof statusDurations>;

export const turnaroundQuery = z
  .object({
    fundingYear: z.coerce.number().int().min(2000).max(2100).optional(),
    region: z.string().trim().min(1).max(40).optional(),
  })
  .strict();

/** Review time (submission → the reviewer's decision) and approval time (endorsement → decision). */
export const turnaroundStats = z.object({
  items: z.array(
    z.object({
      region: z.string().nullable(),
      fundingYear: z.number().int(),
      stage: z.enum(DECISION_STAGES),
      count: z.number().int(),
      medianDays: z.number(),
      p90Days: z.number(),
    }),
  ),
});
export type TurnaroundStats = z.infer<typeof turnaroundStats>;

/**
 * The knowledge base: lessons learned and good practices from accepted final narrative reports,
 * searchable across the projects a user may read. The query's schema is the API's and the web
 * page's.
 */
import { z } from "zod";

export const KNOWLEDGE_KINDS = ["lesson", "goodPractice"] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** Longest search text: a sentence or two of words, not a document. */
export const KNOWLEDGE_QUERY_MAX = 200;
export const KNOWLEDGE_PAGE_MAX = 100;

const code = z.string().trim().min(1).max(40);

/** Strict: a misspelt filter (?regoin=WCA) is an error, not a silently unfiltered list. */
export const knowledgeQuery = z.strictObject({
  q: z.string().trim().max(KNOWLEDGE_QUERY_MAX).optional(),
  area: code.optional(),
  region: code.optional(),
  kind: z.enum(KNOWLEDGE_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(KNOWLEDGE_PAGE_MAX).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type KnowledgeQuery = z.output<typeof knowledgeQuery>;

/** A piece of a snippet: the web app wraps matches in <mark>, so no HTML crosses the API. */
export const highlightPart = z.object({ text: z.string(), match: z.boolean() });
export type HighlightPart = z.infer<typeof highlightPart>;

export const knowledgeItem = z.object({
  reportId: z.string(),
  project: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    region: z.string().nullable(),
    /** Areas of work of the project's budget, largest share first. */
    areas: z.array(z.string()),
  }),
  kind: z.enum(KNOWLEDGE_KINDS),
  /** The whole lesson or practice, as the PM wrote it. */
  text: z.string(),
  /** The part of it that matches the search, split where the matched words start and end. */
  highlights: z.array(highlightPart),
  acceptedAt: z.string(),
});
export type KnowledgeItem = z.infer<typeof knowledgeItem>;

export const knowledgePage = z.object({ items: z.array(knowledgeItem), total: z.number().int() });
export type KnowledgePage = z.infer<typeof knowledgePage>;

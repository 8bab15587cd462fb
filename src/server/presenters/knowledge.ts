/** The only place where knowledge-base items are shaped for clients, snippets cut into marked parts. */
import type { HighlightPart, KnowledgeItem } from "../../domain/knowledge";
import { type KnowledgeRecord, splitHighlights } from "../services/knowledge/searchKnowledge";

/** Without a search, a long text is cut after this many words. */
const EXCERPT_WORDS = 40;

/** The marked passage, with "…" where it cuts the text short. */
function snippet(body: string, headline: string): HighlightPart[] {
  const parts = splitHighlights(headline);
  const plain = parts.map((part) => part.text).join("");
  const at = body.indexOf(plain);
  if (at > 0) parts.unshift({ text: "… ", match: false });
  if (at >= 0 && at + plain.length < body.length) parts.push({ text: " …", match: false });
  return parts;
}

function excerpt(text: string): HighlightPart[] {
  const words = text.split(/\s+/);
  const cut = words.length > EXCERPT_WORDS + 5 ? `${words.slice(0, EXCERPT_WORDS).join(" ")} …` : text;
  return [{ text: cut, match: false }];
}

export function presentKnowledgeItem(record: KnowledgeRecord): KnowledgeItem {
  return {
    reportId: record.reportId,
    project: record.project,
    kind: record.kind,
    text: record.text,
    highlights: record.headline === null ? excerpt(record.text) : snippet(record.text, record.headline),
    acceptedAt: record.acceptedAt.toISOString(),
  };
}

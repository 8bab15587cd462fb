/** Placeholder until its feature lands. */
export default function KnowledgeBasePage() {
  return null;
}

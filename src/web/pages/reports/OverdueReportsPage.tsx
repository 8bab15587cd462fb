/** Placeholder until its feature lands. */
export default function OverdueReportsPage() {
  return null;
}

/** Placeholder until its feature lands. */
export default function ReportPage() {
  return null;
}

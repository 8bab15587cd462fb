// TODO(issue 5): being written.
export default function AnalysisPage() {
  return null;
}

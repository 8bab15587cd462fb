// TODO(issue 5): being written.
export default function FundingRequirementsPage() {
  return null;
}

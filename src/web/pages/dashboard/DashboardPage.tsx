// TODO(issue 5): being written.
export default function DashboardPage() {
  return null;
}

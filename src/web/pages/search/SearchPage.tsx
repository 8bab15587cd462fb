// TODO(issue 5): being written.
export default function SearchPage() {
  return null;
}

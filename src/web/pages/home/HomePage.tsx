// TODO(issue 5): being written.
export default function HomePage() {
  return null;
}

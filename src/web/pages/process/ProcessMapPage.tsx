/** Placeholder: built in issue 3. */
export default function ProcessMapPage() {
  return null;
}

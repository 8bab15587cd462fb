/** Placeholder: built in issue 3. */
export default function InboxPage() {
  return null;
}

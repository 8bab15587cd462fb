/** Placeholder: built in issue 3. */
export default function NotificationsPage() {
  return null;
}

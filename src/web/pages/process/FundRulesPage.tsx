/** Placeholder: built in issue 3. */
export default function FundRulesPage() {
  return null;
}

/** Escaping for the XML the exports write by hand (IATI activities, worksheet rows). */

// Characters XML 1.0 does not allow at all (a stray control character in a title would make the
// whole file unreadable), then the five that must be escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what must go
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same characters, to test for
const SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The text without the characters XML 1.0 cannot hold, for writers that escape the rest themselves. */
export function xmlText(text: string): string {
  return SPECIAL.test(text) ? text.replace(NOT_XML, "") : text;
}

export function escapeXml(text: string): string {
  // Most texts need nothing: checking first is several times faster than replacing.
  if (!SPECIAL.test(text)) return text;
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Text the database can store. PostgreSQL's text cannot hold U+0000, and a UTF-16 surrogate without
 * its pair has no UTF-8 form (one driver turns it into U+FFFD, another fails): the API refuses both,
 * in every string it receives, rather than store something other than what was sent.
 */
import type { FieldError } from "./errors";

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

export const UNSTORABLE_TEXT_MESSAGE =
  "Contains a character that cannot be stored (U+0000 or an unpaired surrogate); remove it";

/** A field name as the client can read it back: an unstorable key is shown escaped, as JSON writes it. */
function readableKey(key: string): string {
  return isStorableText(key) ? key : JSON.stringify(key).slice(1, -1);
}

/** A node of the walk: its value and how it was reached, so that paths are spelled only for failures. */
interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at; at = at.parent) if (at.key !== null) keys.push(at.key);
  return keys.reverse().join(".");
}

/** Enough to show the client what to correct, without echoing a body full of them. */
const MAX_REPORTED = 20;

/**
 * The fields of a parsed request part (a JSON body, the path or query parameters) whose text, or
 * whose own name, cannot be stored (breadth first); `prefix` names the part ("params", "query").
 * Walks without recursion, so a deeply nested body cannot exhaust the stack.
 */
export function unstorableTextFields(value: unknown, prefix?: string): FieldError[] {
  const failures: FieldError[] = [];
  const fail = (visit: Visit) =>
    failures.push({ field: pathOf(visit), code: "unsupportedCharacter", message: UNSTORABLE_TEXT_MESSAGE });
  const queue: Visit[] = [{ value, key: prefix ?? null, parent: null }];
  for (let index = 0; index < queue.length && failures.length < MAX_REPORTED; index++) {
    const visit = queue[index] as Visit;
    if (typeof visit.value === "string") {
      if (!isStorableText(visit.value)) fail(visit);
    } else if (visit.value !== null && typeof visit.value === "object") {
      for (const [key, child] of Object.entries(visit.value)) {
        const childVisit = { value: child, key: readableKey(key), parent: visit };
        if (!isStorableText(key)) fail(childVisit);
        queue.push(childVisit);
      }
    }
  }
  return failures.slice(0, MAX_REPORTED);
}

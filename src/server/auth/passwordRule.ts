/**
 * The rule for a password a person chooses, as NIST SP 800-63B and OWASP ASVS V2 put it: long
 * enough (PASSWORD_MIN), not guessable, and no composition rules ("one digit, one symbol" makes
 * passwords weaker in practice). Guessable is what the zxcvbn-ts estimator rates below "safely
 * unguessable" (score 3 of 4: dictionary words, keyboard walks, repeats, dates, l33t spellings),
 * or a password containing the person's own e-mail (its local part) or name.
 *
 * Server-side only: the estimator's dictionaries weigh about a megabyte, too much for the web app's
 * first page; the form shows the server's field error instead.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import type { FieldError } from "../../domain/errors";
import { PASSWORD_MIN } from "../../domain/user";

/** zxcvbn's scale: 0–2 are guessable within 10^8 attempts, 3 is "safely unguessable" online. */
const WEAKEST_ACCEPTED = 3;
/** Parts of a name or e-mail shorter than this are too common to forbid ("li", "ana"). */
const SHORTEST_IDENTITY_PART = 4;

/** Built at the first password checked: loading the dictionaries takes a moment. */
let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of the person's e-mail (its local part) and name that a password must not contain. */
export function identityParts(person: { email?: string | null; name?: string | null }): string[] {
  const local = (person.email ?? "").split("@")[0] ?? "";
  const parts = [local, ...local.split(/[^\p{L}\p{N}]+/u), ...(person.name ?? "").split(/[^\p{L}\p{N}]+/u)];
  return [...new Set(parts.map(fold).filter((part) => part.length >= SHORTEST_IDENTITY_PART))];
}

/** What is wrong with a chosen password, as field errors on `field` (none when it is fine). */
export async function passwordProblems(
  password: string,
  person: { email?: string | null; name?: string | null },
  field = "password",
): Promise<FieldError[]> {
  if (password.length < PASSWORD_MIN) {
    return [
      {
        field,
        code: "passwordTooShort",
        message: `Use at least ${PASSWORD_MIN} characters; a few words make a good password`,
      },
    ];
  }
  const folded = fold(password);
  const parts = identityParts(person);
  if (parts.some((part) => folded.includes(part))) {
    return [
      {
        field,
        code: "passwordContainsIdentity",
        message: "The password must not contain your e-mail or name",
      },
    ];
  }
  const estimate = await estimator().checkAsync(password, parts);
  if (estimate.score < WEAKEST_ACCEPTED) {
    const warning = estimate.feedback.warning?.replace(/\.$/, "");
    const hint = warning ? ` (${warning.charAt(0).toLowerCase()}${warning.slice(1)})` : "";
    return [
      {
        field,
        code: "passwordWeak",
        message: `This password is easy to guess${hint}; a few unrelated words make a strong one`,
      },
    ];
  }
  return [];
}

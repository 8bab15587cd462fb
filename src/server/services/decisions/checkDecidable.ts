/**
 * What every fund manager's decision on a project's request checks first, whatever the request
 * (an extension, a budget revision): it is the version the fund manager read (else 409 with the
 * current one), it is still open (a request decided by someone else first is a 409 too), and a
 * refusal says why (400 on the comment: the project manager reads it).
 */
import { Conflict, Invalid } from "../../../domain/errors";

const STALE =
  "This request changed after you opened it (someone else decided on it). Nothing was done; reload to see where it stands.";

export async function checkDecidable(
  row: { version: number; status: string },
  input: { version: number; decision: "approve" | "refuse" },
  comment: string,
  presentCurrent: () => Promise<unknown>,
): Promise<void> {
  if (row.version !== input.version) throw new Conflict(STALE, { current: await presentCurrent() });
  if (row.status !== "requested") {
    throw new Conflict(`This request was already ${row.status}`, { current: await presentCurrent() });
  }
  if (input.decision === "refuse" && comment === "") {
    throw new Invalid([
      {
        field: "comment",
        code: "commentRequired",
        message: "Explain the refusal: the project manager will read this comment",
      },
    ]);
  }
}

import { useRef, useState } from "react";
import type { FieldError } from "../../domain/errors";
import { firstInDocument, moveFocusTo } from "./focus";
import { formProblemOf, type SaveProblem, saveProblemOf } from "./formProblem";

interface Options<Latest> {
  /** Marks the server's field errors at the form's inputs (all of them, in the form's words). */
  showAtInputs: (errors: FieldError[]) => void;
  /** Whether an input of the form shows errors on this field; the alert lists the others. */
  isDrawn: (field: string) => boolean;
  /** Where the latest version is read when the conflict's answer did not carry it. */
  fetchLatest: () => Promise<Latest | undefined>;
  /** Starts the form over from that version ("load the latest version", as the conflict alert offers). */
  startOver: (latest: Latest) => void;
  /** Where the alert lands when it takes the focus. */
  block?: ScrollLogicalPosition;
}

/**
 * The save problem of an editor and the alert that shows it, the same for every form: the server's
 * field errors at their inputs, the rest in the alert, which takes the focus so that a keyboard or
 * screen reader user hears it; an invalid form before sending takes the user to its first error.
 */
export function useSaveProblem<Latest>({
  showAtInputs,
  isDrawn,
  fetchLatest,
  startOver,
  block = "start",
}: Options<Latest>) {
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // Someone else's version, as the refused save's answer carried it.
  const latest = useRef<Latest | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const show = (next: SaveProblem) => {
    setProblem(next);
    requestAnimationFrame(() => moveFocusTo(alertRef.current, block));
  };

  /** A refused save (a mutation's onError). */
  const onError = (error: unknown) => {
    const next = formProblemOf<Latest>(error);
    if (!next) return;
    if (next.kind === "conflict") latest.current = next.latest;
    if (next.kind === "invalid" || next.kind === "rules") showAtInputs(next.errors);
    show(saveProblemOf(next, isDrawn));
  };

  /** The form's own checks failed before sending (Mantine's onSubmit error handler). */
  const onInvalidInput = (
    form: { getInputNode: (path: string) => HTMLElement | null },
    errors: Record<string, unknown>,
  ) => {
    setProblem({ kind: "invalid", errors: [] });
    requestAnimationFrame(() =>
      moveFocusTo(firstInDocument(Object.keys(errors).map((path) => form.getInputNode(path)))),
    );
  };

  /** Starts over from the latest version: the one the conflict carried, or read afresh. */
  const reload = async () => {
    try {
      const next = latest.current ?? (await fetchLatest());
      if (!next) return;
      startOver(next);
      latest.current = null;
      setProblem(null);
    } catch {
      show({ kind: "failed" });
    }
  };

  return { problem, setProblem, alertRef, show, onError, onInvalidInput, reload };
}

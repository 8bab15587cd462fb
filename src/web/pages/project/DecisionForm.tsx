/**
 * What the fund manager's decision dialogs share (on an extension request, on a budget revision):
 * a comment, required to refuse; and the problem the server answered, shown in the dialog as
 * lines (each failed fund rule one), with a way to read the project again when someone else
 * decided first (409). The texts come from the dialog's own namespace (`extensions.…`,
 * `revisions.…`): `errors.commentRequired`, `stale`, `forbidden`, `reload`.
 */
import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type RefObject, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../domain/errors";
import { moveFocusTo } from "../../lib/focus";
import { formProblemOf } from "../../lib/formProblem";

export interface DecisionProblemState {
  lines: string[];
  stale: boolean;
}

export function useDecisionForm({
  texts,
  projectId,
  errorText,
  onClose,
}: {
  texts: "extensions" | "revisions";
  projectId: string;
  errorText: (error: FieldError) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<DecisionProblemState | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  /** Clears the last problem; false, with the comment's error shown, for a refusal without a comment. */
  const ready = (decision: "approve" | "refuse"): boolean => {
    setProblem(null);
    setError(undefined);
    if (decision === "refuse" && comment.trim() === "") {
      setError(t(`${texts}.errors.commentRequired`));
      requestAnimationFrame(() => moveFocusTo(commentRef.current));
      return false;
    }
    return true;
  };

  /** Shows why the decision was not taken: on the comment, or above it. */
  const failed = (failure: unknown) => {
    const refused = formProblemOf(failure);
    if (refused === null) return;
    const commentError =
      refused.kind === "invalid" ? refused.errors.find((f) => f.field === "comment") : undefined;
    if (commentError) {
      setError(errorText(commentError));
      requestAnimationFrame(() => moveFocusTo(commentRef.current));
      return;
    }
    setProblem({
      stale: refused.kind === "conflict",
      lines:
        refused.kind === "rules"
          ? refused.errors.map(errorText)
          : [
              refused.kind === "conflict"
                ? t(`${texts}.stale`)
                : refused.kind === "forbidden"
                  ? t(`${texts}.forbidden`)
                  : t("errors.unexpected"),
            ],
    });
    requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
  };

  const reload = () => {
    void client.invalidateQueries({ queryKey: ["project", projectId] });
    onClose();
  };

  return {
    comment: { value: comment, set: setComment, error, ref: commentRef },
    problem,
    problemRef,
    ready,
    failed,
    reload,
    texts,
  };
}

export function DecisionProblem({
  problem,
  problemRef,
  reloadLabel,
  onReload,
}: {
  problem: DecisionProblemState | null;
  problemRef: RefObject<HTMLDivElement | null>;
  reloadLabel: string;
  onReload: () => void;
}) {
  if (!problem) return null;
  return (
    <Alert ref={problemRef} tabIndex={-1} role="alert" color="red" variant="light">
      <Stack gap="xs" align="flex-start">
        {problem.lines.length === 1 ? (
          <Text size="sm">{problem.lines[0]}</Text>
        ) : (
          <List size="sm">
            {problem.lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        {problem.stale && (
          <Button size="xs" variant="white" onClick={onReload}>
            {reloadLabel}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

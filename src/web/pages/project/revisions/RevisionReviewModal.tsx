/**
 * The fund manager's review of a budget revision: the current and revised budgets side by side,
 * the PM's justification, and approve, or refuse with a comment. Failed fund rules (the envelope
 * may have shrunk since the request) are listed in the dialog.
 */
import { Alert, Button, Group, List, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectRevision } from "../../../../domain/revisions";
import { COMMENT_MAX } from "../../../../domain/workflow";
import { useDecideRevision } from "../../../api/revisions";
import { Modal } from "../../../components/Dialog";
import { moveFocusTo } from "../../../lib/focus";
import { useFormat } from "../../../lib/format";
import { formProblemOf } from "../../../lib/formProblem";
import { RevisionComparison } from "./RevisionComparison";
import { useRevisionErrorText } from "./useRevisionErrorText";

export function RevisionReviewModal({
  projectId,
  revision,
  onClose,
}: {
  projectId: string;
  revision: ProjectRevision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const errorText = useRevisionErrorText();
  const decide = useDecideRevision();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<{ lines: string[]; stale: boolean } | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const send = (decision: "approve" | "refuse") => {
    setProblem(null);
    setError(undefined);
    if (decision === "refuse" && comment.trim() === "") {
      setError(t("revisions.errors.commentRequired"));
      requestAnimationFrame(() => moveFocusTo(commentRef.current));
      return;
    }
    decide.mutate(
      { revisionId: revision.id, decision, version: revision.version, comment: comment.trim() },
      {
        onSuccess: (decided) => {
          onClose();
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("revisions.dismiss") },
            title: t(decided.status === "approved" ? "revisions.approvedTitle" : "revisions.refusedTitle"),
            message: t(
              decided.status === "approved" ? "revisions.approvedMessage" : "revisions.refusedMessage",
              {
                amount: format.money(decided.newTotal),
              },
            ),
          });
        },
        onError: (failure) => {
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
                      ? t("revisions.stale")
                      : refused.kind === "forbidden"
                        ? t("revisions.forbidden")
                        : t("errors.unexpected"),
                  ],
          });
          requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
        },
      },
    );
  };

  const reload = () => {
    void client.invalidateQueries({ queryKey: ["project", projectId] });
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("revisions.reviewTitle")}
      size="xl"
      closeButtonProps={{ "aria-label": t("revisions.closeDialog") }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send("approve");
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">
            {t("revisions.reviewIntro", {
              name: revision.requestedBy.name,
              date: format.date(revision.requestedAt.slice(0, 10)),
            })}
          </Text>
          {problem && (
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
                  <Button size="xs" variant="white" onClick={reload}>
                    {t("revisions.reload")}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          <RevisionComparison before={revision.before} after={revision.after} />
          <div>
            <Text size="sm" fw={600}>
              {t("revisions.justification")}
            </Text>
            <Text size="sm">{revision.justification}</Text>
          </div>
          <Textarea
            ref={commentRef}
            label={t("revisions.comment")}
            description={t("revisions.commentHelp")}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={COMMENT_MAX}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button color="red.8" variant="light" onClick={() => send("refuse")} loading={decide.isPending}>
              {t("revisions.refuse")}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t("revisions.approve")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

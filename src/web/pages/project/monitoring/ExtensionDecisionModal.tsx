/** The fund manager's decision on an extension request: approve, or refuse with a comment. */
import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExtensionDecision, ProjectExtension } from "../../../../domain/extensions";
import { COMMENT_MAX } from "../../../../domain/workflow";
import { useDecideExtension } from "../../../api/extensions";
import { Modal } from "../../../components/Dialog";
import { moveFocusTo } from "../../../lib/focus";
import { useFormat } from "../../../lib/format";
import { formProblemOf } from "../../../lib/formProblem";
import { useExtensionErrorText } from "./ExtensionErrors";

export function ExtensionDecisionModal({
  projectId,
  extension,
  decision,
  onClose,
}: {
  projectId: string;
  extension: ProjectExtension;
  decision: ExtensionDecision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const errorText = useExtensionErrorText();
  const decide = useDecideExtension();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<{ message: string; stale: boolean } | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const refuse = decision === "refuse";
  const label = t(refuse ? "extensions.refuse" : "extensions.approve");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (refuse && comment.trim() === "") {
      setError(t("extensions.errors.commentRequired"));
      requestAnimationFrame(() => moveFocusTo(commentRef.current));
      return;
    }
    decide.mutate(
      { extensionId: extension.id, decision, version: extension.version, comment: comment.trim() },
      {
        onSuccess: (decided) => {
          onClose();
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("extensions.dismiss") },
            title: t(decided.status === "approved" ? "extensions.approvedTitle" : "extensions.refusedTitle"),
            message: t(
              decided.status === "approved" ? "extensions.approvedMessage" : "extensions.refusedMessage",
              {
                date: format.date(decided.requestedEnd),
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
            message:
              refused.kind === "conflict"
                ? t("extensions.stale")
                : refused.kind === "forbidden"
                  ? t("extensions.forbidden")
                  : t("errors.unexpected"),
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
      title={label}
      size="lg"
      closeButtonProps={{ "aria-label": t("extensions.closeDialog") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t(refuse ? "extensions.refuseIntro" : "extensions.approveIntro", {
              from: format.date(extension.previousEnd),
              to: format.date(extension.requestedEnd),
            })}
          </Text>
          {problem && (
            <Alert ref={problemRef} tabIndex={-1} role="alert" color="red" variant="light">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{problem.message}</Text>
                {problem.stale && (
                  <Button size="xs" variant="white" onClick={reload}>
                    {t("extensions.reload")}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          <Textarea
            ref={commentRef}
            label={t("extensions.comment")}
            description={t(refuse ? "extensions.commentNeeded" : "extensions.commentOptional")}
            required={refuse}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={COMMENT_MAX}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color={refuse ? "red.8" : undefined} loading={decide.isPending}>
              {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

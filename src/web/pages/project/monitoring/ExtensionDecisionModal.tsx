/** The fund manager's decision on an extension request: approve, or refuse with a comment. */
import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ExtensionDecision, ProjectExtension } from "../../../../domain/extensions";
import { COMMENT_MAX } from "../../../../domain/workflow";
import { useDecideExtension } from "../../../api/extensions";
import { Modal } from "../../../components/Dialog";
import { useFormat } from "../../../lib/format";
import { DecisionProblem, useDecisionForm } from "../DecisionForm";
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
  const errorText = useExtensionErrorText();
  const decide = useDecideExtension();
  const form = useDecisionForm({ texts: "extensions", projectId, errorText, onClose });
  const refuse = decision === "refuse";
  const label = t(refuse ? "extensions.refuse" : "extensions.approve");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.ready(decision)) return;
    decide.mutate(
      { extensionId: extension.id, decision, version: extension.version, comment: form.comment.value.trim() },
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
        onError: form.failed,
      },
    );
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
          <DecisionProblem
            problem={form.problem}
            problemRef={form.problemRef}
            reloadLabel={t("extensions.reload")}
            onReload={form.reload}
          />
          <Textarea
            ref={form.comment.ref}
            label={t("extensions.comment")}
            description={t(refuse ? "extensions.commentNeeded" : "extensions.commentOptional")}
            required={refuse}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={COMMENT_MAX}
            value={form.comment.value}
            onChange={(event) => form.comment.set(event.currentTarget.value)}
            error={form.comment.error}
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

/**
 * The fund manager's review of a budget revision: the current and revised budgets side by side,
 * the PM's justification, and approve, or refuse with a comment. Failed fund rules (the envelope
 * may have shrunk since the request) are listed in the dialog.
 */
import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { ProjectRevision } from "../../../../domain/revisions";
import { COMMENT_MAX } from "../../../../domain/workflow";
import { useDecideRevision } from "../../../api/revisions";
import { Modal } from "../../../components/Dialog";
import { useFormat } from "../../../lib/format";
import { DecisionProblem, useDecisionForm } from "../DecisionForm";
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
  const errorText = useRevisionErrorText();
  const decide = useDecideRevision();
  const form = useDecisionForm({ texts: "revisions", projectId, errorText, onClose });

  const send = (decision: "approve" | "refuse") => {
    if (!form.ready(decision)) return;
    decide.mutate(
      { revisionId: revision.id, decision, version: revision.version, comment: form.comment.value.trim() },
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
        onError: form.failed,
      },
    );
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
          <DecisionProblem
            problem={form.problem}
            problemRef={form.problemRef}
            reloadLabel={t("revisions.reload")}
            onReload={form.reload}
          />
          <RevisionComparison before={revision.before} after={revision.after} />
          <div>
            <Text size="sm" fw={600}>
              {t("revisions.justification")}
            </Text>
            <Text size="sm">{revision.justification}</Text>
          </div>
          <Textarea
            ref={form.comment.ref}
            label={t("revisions.comment")}
            description={t("revisions.commentHelp")}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={COMMENT_MAX}
            value={form.comment.value}
            onChange={(event) => form.comment.set(event.currentTarget.value)}
            error={form.comment.error}
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

/**
 * The fund manager's decision on a submitted report: accept it, or return it for revision with a
 * comment saying what to change (required; the managers receive it by e-mail).
 */
import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowBackUp, IconCircleCheck } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_COMMENT_MAX, type ReportDetail } from "../../../domain/reports";
import { reportKeys, useDecideReport } from "../../api/reports";
import { Modal } from "../../components/Dialog";
import { Section } from "../../components/Section";
import { formProblemOf } from "../../lib/formProblem";
import { useReportErrorText } from "./reportErrors";

type Decision = "accept" | "return";

export function ReportDecision({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Decision | null>(null);
  return (
    <Section title={t("reports.decision.title")}>
      <Stack gap="sm">
        <Text size="sm">{t("reports.decision.help")}</Text>
        <Group gap="sm">
          {report.can.accept && (
            <Button leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => setOpen("accept")}>
              {t("reports.decision.accept")}
            </Button>
          )}
          {report.can.return && (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={18} aria-hidden />}
              onClick={() => setOpen("return")}
            >
              {t("reports.decision.return")}
            </Button>
          )}
        </Group>
      </Stack>
      {open && <DecisionModal report={report} decision={open} onClose={() => setOpen(null)} />}
    </Section>
  );
}

function DecisionModal({
  report,
  decision,
  onClose,
}: {
  report: ReportDetail;
  decision: Decision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useReportErrorText();
  const decide = useDecideReport(report.id);
  const client = useQueryClient();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const required = decision === "return";

  const confirm = () => {
    setFailure(null);
    if (required && comment.trim() === "") {
      setError(t("reports.rules.commentRequired"));
      return;
    }
    setError(undefined);
    decide.mutate(
      { action: decision, version: report.version, comment: comment.trim() },
      {
        onSuccess: () => {
          notifications.show({
            closeButtonProps: { "aria-label": t("reports.dismiss") },
            color: "green",
            title: t(
              decision === "accept" ? "reports.decision.acceptedTitle" : "reports.decision.returnedTitle",
            ),
            message: t(decision === "accept" ? "reports.decision.accepted" : "reports.decision.returned"),
          });
          onClose();
        },
        onError: (error) => {
          const refused = formProblemOf(error);
          if (refused === null) return;
          if (refused.kind === "conflict") {
            setFailure(t("reports.decision.conflict"));
            void client.invalidateQueries({ queryKey: reportKeys.detail(report.id) });
          } else if (refused.kind === "invalid" || refused.kind === "rules") {
            const comments = refused.errors.filter((f) => f.field === "comment");
            if (comments[0]) setError(errorText(comments[0]));
            const others = refused.errors.filter((f) => f.field !== "comment");
            if (others.length > 0) setFailure(others.map(errorText).join(" "));
          } else {
            setFailure(refused.kind === "forbidden" ? t("errors.forbidden") : t("reports.decision.failed"));
          }
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(decision === "accept" ? "reports.decision.acceptTitle" : "reports.decision.returnTitle")}
      closeButtonProps={{ "aria-label": t("reports.closeDialog") }}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">
            {t(decision === "accept" ? "reports.decision.acceptHelp" : "reports.decision.returnHelp")}
          </Text>
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Textarea
            label={t(required ? "reports.decision.comment" : "reports.decision.commentOptional")}
            required={required}
            autosize
            minRows={4}
            maxRows={12}
            maxLength={REPORT_COMMENT_MAX}
            value={comment}
            error={error}
            data-autofocus
            onChange={(event) => setComment(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={decide.isPending}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t(decision === "accept" ? "reports.decision.confirmAccept" : "reports.decision.confirmReturn")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

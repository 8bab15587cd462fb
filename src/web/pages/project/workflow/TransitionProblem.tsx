/** What the server answered when a step of the life cycle was refused, drawn inside the modal. */
import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconGitMerge, IconScale } from "@tabler/icons-react";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FieldError } from "../../../../domain/errors";
import type { ProjectDetail } from "../../../../domain/project";
import { translateFieldError } from "../../../lib/fieldErrors";
import type { WorkflowFormat } from "../../../lib/workflowFormat";

/** What went wrong, drawn in the modal; field errors go under their inputs instead. */
export type Problem =
  | { kind: "rules"; failures: FieldError[] }
  | { kind: "conflict"; current: ProjectDetail | undefined }
  | { kind: "forbidden"; message: string }
  | { kind: "invalid"; other: FieldError[] }
  | { kind: "failed" };

export function ProblemAlert({
  ref,
  problem,
  project,
  onReload,
  format,
}: {
  ref: Ref<HTMLDivElement>;
  problem: Problem;
  project: ProjectDetail;
  onReload: () => void;
  format: WorkflowFormat;
}) {
  const { t } = useTranslation();
  // The margin keeps the alert's title clear of the modal's sticky header when it scrolls into view.
  const common = {
    ref,
    tabIndex: -1,
    variant: "light",
    role: "alert",
    style: { scrollMarginTop: 72 },
  } as const;
  switch (problem.kind) {
    case "rules":
      return (
        <Alert {...common} color="red" icon={<IconScale aria-hidden />} title={t("workflow.rulesTitle")}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("workflow.rulesIntro", { count: problem.failures.length })}</Text>
            <List size="sm" spacing={4}>
              {problem.failures.map((failure) => (
                <List.Item key={`${failure.code}-${failure.field}`}>{format.fundRule(failure)}</List.Item>
              ))}
            </List>
            {project.can.update && (
              <Button component={Link} to={`/projects/${project.id}/edit`} variant="white" size="xs">
                {t("workflow.editProposal")}
              </Button>
            )}
          </Stack>
        </Alert>
      );
    case "conflict":
      return (
        <Alert
          {...common}
          color="orange"
          icon={<IconGitMerge aria-hidden />}
          title={t("workflow.conflictTitle")}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {problem.current
                ? t("workflow.conflictNow", { status: t(`status.${problem.current.status}`) })
                : t("workflow.conflict")}
            </Text>
            <Button variant="white" color="orange.9" size="xs" onClick={onReload}>
              {t("workflow.reload")}
            </Button>
          </Stack>
        </Alert>
      );
    case "forbidden":
      return (
        <Alert
          {...common}
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t("errors.forbiddenTitle")}
        >
          {problem.message}
        </Alert>
      );
    case "invalid":
      return (
        <Alert
          {...common}
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t("workflow.invalidTitle")}
        >
          {problem.other.length === 0 ? (
            t("form.fixErrors")
          ) : (
            <List size="sm">
              {problem.other.map((e) => (
                <List.Item key={`${e.field}-${e.code}`}>{translateFieldError(t, e)}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      );
    default:
      return (
        <Alert
          {...common}
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t("errors.unexpectedTitle")}
        >
          {t("workflow.failed")}
        </Alert>
      );
  }
}

import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconGitMerge } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../domain/project";
import { useFormat } from "../../lib/format";

/** A stale save is never retried silently: the user sees that someone else won and chooses what to do. */
export function ConflictAlert({
  current,
  onLoadLatest,
}: {
  current: ProjectDetail;
  onLoadLatest: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconGitMerge aria-hidden />}
      title={t("form.conflictTitle")}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("form.conflict")}</Text>
        <Text size="sm">{t("form.conflictHint", { date: format.date(current.updatedAt) })}</Text>
        <Button onClick={onLoadLatest}>{t("form.loadLatest")}</Button>
      </Stack>
    </Alert>
  );
}

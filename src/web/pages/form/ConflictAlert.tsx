import { Alert, Badge, Button, Group, List, Stack, Text } from "@mantine/core";
import { IconGitMerge } from "@tabler/icons-react";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../domain/project";
import { useFormat } from "../../lib/format";
import { PROJECT_FIELD_LABELS } from "../../lib/projectFieldLabels";
import type { FieldDifference } from "./conflict";

const CHANGE_COLORS = { mine: "prima", theirs: "gray", both: "orange" } as const;

function changedBy({ mine, theirs }: FieldDifference): "mine" | "theirs" | "both" {
  if (mine && theirs) return "both";
  return mine ? "mine" : "theirs";
}

interface Props {
  ref: Ref<HTMLDivElement>;
  latest: ProjectDetail;
  differences: readonly FieldDifference[];
  onLoadLatest: () => void;
  onKeepMine: () => void;
}

/**
 * A stale save is never retried silently: the user sees that someone else won and what differs,
 * and chooses knowingly between their version and the latest one.
 */
export function ConflictAlert({ ref, latest, differences, onLoadLatest, onKeepMine }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      variant="light"
      icon={<IconGitMerge aria-hidden />}
      title={t("form.conflictTitle")}
      role="alert"
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("form.conflict")}</Text>
        <Text size="sm">{t("form.conflictHint", { date: format.date(latest.updatedAt) })}</Text>
        {differences.length > 0 ? (
          <div>
            <Text size="sm" fw={600}>
              {t("form.conflictDiffers")}
            </Text>
            <List size="sm" mt={4}>
              {differences.map((difference) => (
                <List.Item key={difference.field}>
                  <Group gap="xs" component="span">
                    <Text span size="sm" fw={600}>
                      {t(PROJECT_FIELD_LABELS[difference.field])}
                    </Text>
                    <Badge
                      component="span"
                      variant="light"
                      size="sm"
                      tt="none"
                      color={CHANGE_COLORS[changedBy(difference)]}
                    >
                      {t(`form.changedBy.${changedBy(difference)}`)}
                    </Badge>
                  </Group>
                </List.Item>
              ))}
            </List>
          </div>
        ) : (
          <Text size="sm">{t("form.conflictSame")}</Text>
        )}
        <Text size="sm">{t("form.conflictChoice")}</Text>
        <Group gap="sm">
          <Button variant="default" onClick={onLoadLatest}>
            {t("form.loadLatest")}
          </Button>
          <Button onClick={onKeepMine}>{t("form.keepMine")}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}

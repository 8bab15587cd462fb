/** One extension request: the dates, how much longer, why, and what the fund decided. */
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowRight, IconCheck, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ExtensionDecision, ExtensionStatus, ProjectExtension } from "../../../../domain/extensions";
import { useFormat } from "../../../lib/format";
import classes from "./Extensions.module.css";

const STATUS_COLORS: Record<ExtensionStatus, string> = {
  requested: "orange",
  approved: "green",
  refused: "red",
};

export function ExtensionStatusBadge({ status }: { status: ExtensionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content">
      {t(`extensions.status.${status}`)}
    </Badge>
  );
}

export function ExtensionRequestCard({
  extension,
  canDecide,
  onDecide,
}: {
  extension: ProjectExtension;
  canDecide: boolean;
  onDecide: (decision: ExtensionDecision) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const moment = (iso: string) => format.date(iso.slice(0, 10));
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={t("extensions.itemLabel", {
        from: format.date(extension.previousEnd),
        to: format.date(extension.requestedEnd),
      })}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <ExtensionStatusBadge status={extension.status} />
            <Text fw={600} size="sm">
              {format.date(extension.previousEnd)}
              <IconArrowRight
                size={14}
                role="img"
                aria-label={t("extensions.to")}
                className={classes.arrow}
              />
              {format.date(extension.requestedEnd)}
            </Text>
            <Text size="sm" c="dimmed">
              {t("extensions.months", { count: extension.monthsAdded })}
            </Text>
          </Group>
          {canDecide && extension.status === "requested" && (
            <Group gap="xs">
              <Button
                size="xs"
                leftSection={<IconCheck size={14} aria-hidden />}
                onClick={() => onDecide("approve")}
              >
                {t("extensions.approve")}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={() => onDecide("refuse")}
              >
                {t("extensions.refuse")}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t("extensions.requestedBy", {
            name: extension.requestedBy.name,
            date: moment(extension.requestedAt),
          })}
        </Text>
        <Text size="sm" className={classes.prose}>
          {extension.justification}
        </Text>
        {extension.decidedAt && (
          <div className={classes.decision}>
            <Text size="xs" c="dimmed">
              {t(extension.status === "approved" ? "extensions.approvedBy" : "extensions.refusedBy", {
                name: extension.decidedBy?.name ?? t("extensions.someone"),
                date: moment(extension.decidedAt),
              })}
            </Text>
            {extension.decisionComment && (
              <Text size="sm" fs="italic" className={classes.prose}>
                “{extension.decisionComment}”
              </Text>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}

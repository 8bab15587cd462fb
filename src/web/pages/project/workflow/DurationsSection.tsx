/** How long the project stayed in each status: the review turnaround, project by project. */
import { Badge, Skeleton, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PROJECT_STATUSES } from "../../../../domain/lifecycle";
import type { ProjectDetail } from "../../../../domain/project";
import { useStatusDurations } from "../../../api/workflow";
import { QueryError } from "../../../components/QueryError";
import { Section } from "../../../components/Section";
import { StatusBadge } from "../../../components/StatusBadge";
import { useWorkflowFormat } from "../../../lib/workflowFormat";
import classes from "./workflow.module.css";

export function DurationsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const { data, isLoading, error, refetch } = useStatusDurations(project.id);
  // The life cycle's order reads better than the order of first visit.
  const items = [...(data?.items ?? [])].sort(
    (a, b) => PROJECT_STATUSES.indexOf(a.status) - PROJECT_STATUSES.indexOf(b.status),
  );
  return (
    <Section title={t("durations.title")}>
      {isLoading ? (
        <Skeleton height={80} />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("durations.empty")}
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm">
          <Table.Caption>{t("durations.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("durations.status")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("durations.days")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("durations.visits")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.status} className={item.current ? classes.current : undefined}>
                <Table.Th scope="row" fw={400}>
                  <StatusBadge status={item.status} size="sm" />
                  {item.current && (
                    <Badge variant="outline" color="gray.8" size="sm" ml={6} tt="none">
                      {t("durations.current")}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.decimal(item.days)}
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.number(item.visits)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

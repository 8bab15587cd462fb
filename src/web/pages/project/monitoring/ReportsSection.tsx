/**
 * The reports a project owes, once it has a schedule (approved, active or closed): what is due
 * when and where each report stands, with the overdue ones counted at the top.
 */
import { Anchor, Badge, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectStatus } from "../../../../domain/lifecycle";
import type { ProjectDetail } from "../../../../domain/project";
import { REPORT_STATES, type ReportState } from "../../../../domain/reportSchedule";
import { useProjectReports } from "../../../api/reports";
import { QueryError } from "../../../components/QueryError";
import {
  daysOverdue,
  localToday,
  ReportStateBadge,
  reportStateColor,
  useReportName,
} from "../../../components/ReportStateBadge";
import { ScrollRegion } from "../../../components/ScrollRegion";
import { Section } from "../../../components/Section";
import { useFormat } from "../../../lib/format";

const WITH_REPORTS: readonly ProjectStatus[] = ["approved", "active", "closed"];

/** The states worth a headline, most urgent first. */
const HEADLINE: readonly ReportState[] = ["overdue", "due", "returned", "submitted", "upcoming"];

export function ReportsSection({ project }: { project: ProjectDetail }) {
  const hasReports = WITH_REPORTS.includes(project.status);
  return hasReports ? <ProjectReports project={project} /> : null;
}

function ProjectReports({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reportName = useReportName();
  const { data, isLoading, error, refetch } = useProjectReports(project.id);
  const items = data?.items ?? [];
  const today = localToday();
  const counts = Object.fromEntries(
    REPORT_STATES.map((state) => [state, items.filter((r) => r.state === state).length]),
  ) as Record<ReportState, number>;
  const headline = HEADLINE.filter((state) => counts[state] > 0);

  return (
    <Section title={t("reports.section.title")}>
      {isLoading ? (
        <Skeleton height={120} />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("reports.section.empty")}
        </Text>
      ) : (
        <Stack gap="sm">
          {headline.length > 0 ? (
            <Group gap="xs" component="ul" aria-label={t("reports.section.countsLabel")} m={0} p={0}>
              {headline.map((state) => (
                <Badge
                  key={state}
                  component="li"
                  variant="light"
                  color={reportStateColor(state)}
                  size="lg"
                  tt="none"
                  style={{ listStyle: "none" }}
                >
                  {t(`reports.count.${state}`, { count: counts[state] })}
                </Badge>
              ))}
            </Group>
          ) : (
            counts.accepted === items.length && <Text size="sm">{t("reports.section.allAccepted")}</Text>
          )}
          <ScrollRegion label={t("reports.section.caption")} minWidth={720}>
            <Table verticalSpacing="xs" fz="sm" highlightOnHover>
              <Table.Caption>{t("reports.section.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("reports.column.report")}</Table.Th>
                  <Table.Th scope="col">{t("reports.column.period")}</Table.Th>
                  <Table.Th scope="col">{t("reports.column.dueDate")}</Table.Th>
                  <Table.Th scope="col">{t("reports.column.state")}</Table.Th>
                  <Table.Th scope="col">{t("reports.column.action")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((report) => {
                  const name = reportName(report);
                  return (
                    <Table.Tr key={report.id}>
                      <Table.Th scope="row" fw={600}>
                        {name}
                      </Table.Th>
                      <Table.Td>
                        {t("reports.period", {
                          start: format.date(report.periodStart),
                          end: format.date(report.periodEnd),
                        })}
                      </Table.Td>
                      <Table.Td>{format.date(report.dueDate)}</Table.Td>
                      <Table.Td>
                        <ReportStateBadge
                          state={report.state}
                          size="sm"
                          overdueDays={report.state === "overdue" ? daysOverdue(report.dueDate, today) : null}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/projects/${project.id}/reports/${report.id}`}
                          size="sm"
                          aria-label={t("reports.openLabel", { name })}
                        >
                          {t("reports.open")}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Stack>
      )}
    </Section>
  );
}

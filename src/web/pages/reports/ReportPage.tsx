/**
 * One report: its place in the schedule, its content (a form for the project's managers while it
 * is theirs, read-only otherwise), the fund manager's decision, its history and attachments.
 */
import { Alert, Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ReportDetail } from "../../../domain/reports";
import { useReport } from "../../api/reports";
import { PageLoader } from "../../components/AppLayout";
import { NotFound } from "../../components/NotFound";
import { loadFailure, QueryError, RefreshFailed } from "../../components/QueryError";
import { daysOverdue, ReportStateBadge, useReportName } from "../../components/ReportStateBadge";
import { useFormat } from "../../lib/format";
import { isProjectId } from "../../lib/ids";
import { useTitle } from "../../lib/useTitle";
import { useWorkflowFormat } from "../../lib/workflowFormat";
import { ReportAttachments } from "./ReportAttachments";
import { ReportDecision } from "./ReportDecision";
import { ReportEvents } from "./ReportEvents";
import { ReportForm } from "./ReportForm";
import classes from "./Reports.module.css";
import { ReportView } from "./ReportView";

export default function ReportPage() {
  const { id, reportId } = useParams();
  // Both segments are ids; anything else names no report.
  return isProjectId(id) && isProjectId(reportId) ? (
    <LoadedReport projectId={id} reportId={reportId} />
  ) : (
    <NotFound />
  );
}

function LoadedReport({ projectId, reportId }: { projectId: string; reportId: string }) {
  const { t } = useTranslation();
  const reportName = useReportName();
  const query = useReport(reportId);
  const { data: report, isLoading, refetch } = query;
  const error = loadFailure(query);
  useTitle(report ? `${reportName(report)} · ${report.project.code}` : t("reports.page.title"));

  if (isLoading) return <PageLoader />;
  if (error || !report) return <QueryError error={error} onRetry={() => void refetch()} />;
  // The report exists, but not under this project: the address is wrong.
  if (report.projectId !== projectId) return <NotFound />;

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <RefreshFailed query={query} />
      <ReportHeader report={report} />
      <StateNote report={report} />
      {report.can.edit ? <ReportForm report={report} /> : <ReportView report={report} />}
      {(report.can.accept || report.can.return) && <ReportDecision report={report} />}
      <ReportEvents events={report.events} />
      <ReportAttachments report={report} />
    </Stack>
  );
}

function ReportHeader({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const moments = useWorkflowFormat();
  const reportName = useReportName();
  const facts: [string, string][] = [
    [
      t("reports.page.period"),
      t("reports.period", { start: format.date(report.periodStart), end: format.date(report.periodEnd) }),
    ],
    [t("reports.page.dueDate"), format.date(report.dueDate)],
  ];
  if (report.submittedAt) facts.push([t("reports.page.submittedAt"), moments.moment(report.submittedAt)]);
  if (report.decidedAt) facts.push([t("reports.page.decidedAt"), moments.moment(report.decidedAt)]);
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`/projects/${report.project.id}`} size="sm" w="fit-content">
        <Group gap={4} component="span" wrap="nowrap">
          <IconArrowLeft size={16} aria-hidden />
          <span>
            <span className={classes.code}>{report.project.code}</span> {report.project.title}
          </span>
        </Group>
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {reportName(report)}
        </Title>
        <ReportStateBadge
          state={report.state}
          overdueDays={report.state === "overdue" ? daysOverdue(report.dueDate) : null}
        />
      </Group>
      <dl className={classes.facts}>
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Stack>
  );
}

/** Where the report stands and what happens next, in a sentence. */
function StateNote({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const moments = useWorkflowFormat();
  let note: string | null = null;
  // A returned report shows the fund manager's latest return comment itself: that is what to revise.
  let comment: string | null = null;
  if (report.can.edit && !report.can.submit && report.status === "pending") {
    note = t("reports.page.notYetSubmittable", { date: format.date(report.periodEnd) });
  } else if (report.status === "returned" && report.can.edit) {
    const returned = report.events.findLast((event) => event.action === "return");
    note = returned
      ? t("reports.page.returnedBy", { name: returned.actor.name, date: moments.moment(returned.at) })
      : t("reports.page.returned");
    comment = returned?.comment.trim() || null;
  } else if (report.status === "submitted" && !report.can.accept) {
    note = t("reports.page.awaiting");
  } else if (report.status === "accepted") {
    note = t("reports.page.accepted");
  }
  if (!note) return null;
  return (
    <Alert
      variant="light"
      color={report.status === "returned" ? "orange" : "prima"}
      icon={<IconInfoCircle aria-hidden />}
    >
      <Text size="sm">{note}</Text>
      {comment && (
        <blockquote className={classes.returnComment}>
          <Text size="sm" className={classes.prose}>
            {comment}
          </Text>
        </blockquote>
      )}
    </Alert>
  );
}

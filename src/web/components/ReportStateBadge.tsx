import { Badge } from "@mantine/core";
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCalendarDue,
  IconCircleCheck,
  IconClockHour4,
  IconSend,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { daysBetween } from "../../domain/calendar";
import type { ReportKind, ReportStage, ReportState } from "../../domain/reportSchedule";

const STATE_COLORS: Record<ReportState, string> = {
  upcoming: "gray",
  due: "blue",
  overdue: "red",
  submitted: "indigo",
  accepted: "green",
  returned: "orange",
};

const STATE_ICONS: Record<ReportState, ReactNode> = {
  upcoming: <IconClockHour4 size={14} aria-hidden />,
  due: <IconCalendarDue size={14} aria-hidden />,
  overdue: <IconAlertTriangle size={14} aria-hidden />,
  submitted: <IconSend size={14} aria-hidden />,
  accepted: <IconCircleCheck size={14} aria-hidden />,
  returned: <IconArrowBackUp size={14} aria-hidden />,
};

export function reportStateColor(state: ReportState): string {
  return STATE_COLORS[state];
}

/** Today's calendar date where the user is: what "days overdue" counts to. */
export function localToday(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Days since the due date of an overdue report (at least 1: overdue starts the day after). */
export function daysOverdue(dueDate: string, today = localToday()): number {
  return Math.max(1, daysBetween(dueDate, today));
}

/**
 * A report's state in words, colour and icon (never colour alone); an overdue report says by how
 * many days when the caller knows.
 */
export function ReportStateBadge({
  state,
  overdueDays,
  size = "md",
}: {
  state: ReportState;
  overdueDays?: number | null;
  size?: "sm" | "md" | "lg";
}) {
  const { t } = useTranslation();
  const label =
    state === "overdue" && overdueDays
      ? t("reports.daysOverdue", { count: overdueDays })
      : t(`reports.state.${state}`);
  return (
    <Badge
      variant="light"
      color={STATE_COLORS[state]}
      size={size}
      leftSection={STATE_ICONS[state]}
      miw="max-content"
      tt="none"
    >
      {label}
    </Badge>
  );
}

/** "Interim report 1 — narrative", "Final report — financial", in the user's language. */
export function useReportName() {
  const { t } = useTranslation();
  return (report: { stage: ReportStage; kind: ReportKind; sequence: number }) =>
    t(`reports.name.${report.stage}`, { sequence: report.sequence, kind: t(`reports.kind.${report.kind}`) });
}

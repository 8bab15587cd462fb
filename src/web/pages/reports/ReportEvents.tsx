/** What happened to a report, newest first: who submitted, returned or accepted it, when, and why. */
import { Text, Timeline } from "@mantine/core";
import { IconArrowBackUp, IconCircleCheck, IconSend } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReportAction, ReportDetail } from "../../../domain/reports";
import { Section } from "../../components/Section";
import { useWorkflowFormat } from "../../lib/workflowFormat";
import classes from "./Reports.module.css";

const ICONS: Record<ReportAction, ReactNode> = {
  submit: <IconSend size={14} aria-hidden />,
  return: <IconArrowBackUp size={14} aria-hidden />,
  accept: <IconCircleCheck size={14} aria-hidden />,
};

export function ReportEvents({ events }: { events: ReportDetail["events"] }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const newestFirst = [...events].reverse();
  return (
    <Section title={t("reports.events.title")}>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("reports.events.empty")}
        </Text>
      ) : (
        <Timeline bulletSize={24} lineWidth={2} active={newestFirst.length - 1}>
          {newestFirst.map((event) => (
            <Timeline.Item
              key={event.id}
              bullet={ICONS[event.action]}
              title={
                <Text size="sm" fw={600} component="span">
                  {t(`reports.events.action.${event.action}`, { name: event.actor.name })}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                <time dateTime={event.at}>{format.moment(event.at)}</time>
              </Text>
              {event.comment && (
                <Text size="sm" mt={4} className={classes.prose}>
                  {event.comment}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}

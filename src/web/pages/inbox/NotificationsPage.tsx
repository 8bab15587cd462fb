import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconAlertCircle, IconChecks } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { MONITORING_EVENTS, NOTICE_KINDS, type NoticeKind, type Notification } from "../../../domain/inbox";
import { isProjectStatus } from "../../../domain/lifecycle";
import { REPORT_STATES, type ReportState } from "../../../domain/reportSchedule";
import { useMarkNotificationsRead, useNotifications } from "../../api/inbox";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { ReportStateBadge, useReportName } from "../../components/ReportStateBadge";
import { StatusBadge } from "../../components/StatusBadge";
import { useFormat } from "../../lib/format";
import { useTitle } from "../../lib/useTitle";
import classes from "./Inbox.module.css";

function isMonitoringEvent(event: string): boolean {
  return (MONITORING_EVENTS as readonly string[]).includes(event);
}

function isReportState(value: string): value is ReportState {
  return (REPORT_STATES as readonly string[]).includes(value);
}

/** A reminder step ("before:7", "overdue:2") in words, with a badge that does not rely on colour. */
function ReminderHeadline({ step, strong }: { step: string; strong: boolean }) {
  const { t } = useTranslation();
  const [phase, n] = step.split(":");
  const number = Number(n);
  const overdue = phase === "overdue";
  return (
    <Group gap="xs">
      <ReportStateBadge state={overdue ? "overdue" : "due"} size="sm" />
      <Text size="sm" fw={strong ? 700 : 500}>
        {overdue
          ? number > 1
            ? t("notifications.reminder.overdueAgain", { count: number })
            : t("notifications.reminder.overdue")
          : t("notifications.reminder.dueWithin", { count: number })}
      </Text>
    </Group>
  );
}

function Headline({ notification, strong }: { notification: Notification; strong: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const actor = notification.actor?.name ?? t("notifications.someone");
  const event = notification.transition;
  if (event === "reportReminder") return <ReminderHeadline step={notification.toStatus} strong={strong} />;
  const text =
    event === "projectCommented"
      ? t("notifications.event.projectCommented", { actor })
      : isMonitoringEvent(event)
        ? t(`notifications.event.${event}`, {
            actor,
            // Budget revisions carry the revised total, extensions the requested end date.
            ...(event.startsWith("revision")
              ? { amount: format.money(notification.toStatus) }
              : { date: format.date(notification.toStatus) }),
          })
        : t("notifications.did", { actor, action: t(`transitionDone.${event}`) });
  return (
    <Text size="sm" fw={strong ? 700 : 500}>
      {text}
    </Text>
  );
}

function NotificationItem({
  notification,
  when,
  onOpen,
}: {
  notification: Notification;
  when: string;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const reportName = useReportName();
  const unread = notification.readAt === null;
  const { project, reportId, toStatus } = notification;
  const report = notification.report;
  return (
    <li className={classes.notification} data-unread={unread || undefined}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="xs">
            {unread && (
              <Badge size="sm" variant="filled">
                {t("notifications.unread")}
              </Badge>
            )}
            <Headline notification={notification} strong={unread} />
          </Group>
          <Text size="xs" c="dimmed" component="time" dateTime={notification.createdAt}>
            {when}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap" align="baseline">
          <Anchor component={Link} to={`/projects/${project.id}`} size="sm" fw={600} onClick={onOpen}>
            {t("project.codeTitle", { code: project.code, title: project.title })}
          </Anchor>
          {!isMonitoringEvent(notification.transition) && isProjectStatus(toStatus) && (
            <StatusBadge status={toStatus} size="sm" />
          )}
          {reportId && notification.transition !== "reportReminder" && isReportState(toStatus) && (
            <ReportStateBadge state={toStatus} size="sm" />
          )}
        </Group>
        {reportId && (
          <Anchor
            component={Link}
            to={`/projects/${project.id}/reports/${reportId}`}
            size="sm"
            onClick={onOpen}
          >
            {report ? reportName(report) : t("notifications.openReport")}
          </Anchor>
        )}
        {notification.comment && (
          <Text component="blockquote" size="sm" className={classes.quote}>
            {notification.comment}
          </Text>
        )}
      </Stack>
    </li>
  );
}

/** What others did on the user's proposals; opening one marks it read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get("kind");
  const kind = (NOTICE_KINDS as readonly string[]).includes(kindParam ?? "")
    ? (kindParam as NoticeKind)
    : null;
  const projectId = params.get("project");
  const filtered = kind !== null || projectId !== null;
  const list = useNotifications({ kind: kind ?? undefined, projectId: projectId ?? undefined });
  const markRead = useMarkNotificationsRead();
  const setFilter = (key: "kind" | "project", value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  useTitle(t("notifications.title"));
  const moment = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { dateStyle: "medium", timeStyle: "short" }),
    [format.locale],
  );
  const items = list.data?.items ?? [];
  const unreadItems = items.filter((n) => n.readAt === null);
  const unread = unreadItems.length;

  return (
    <Stack gap="md" maw={960} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("notifications.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("notifications.intro")}
          </Text>
        </div>
        {items.length > 0 && (
          <Group gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {unread > 0 ? t("notifications.unreadCount", { count: unread }) : t("notifications.allRead")}
            </Text>
            <Button
              variant="light"
              leftSection={<IconChecks size={18} aria-hidden />}
              disabled={unread === 0}
              loading={markRead.isPending}
              // Filtered, "all" means all of those shown.
              onClick={() => markRead.mutate(filtered ? unreadItems.map((n) => n.id) : undefined)}
            >
              {t("notifications.markAllRead")}
            </Button>
          </Group>
        )}
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t("notifications.kindLabel")}
          placeholder={t("notifications.anyKind")}
          clearable
          data={NOTICE_KINDS.map((k) => ({ value: k, label: t(`notifications.kind.${k}`) }))}
          value={kind}
          onChange={(value) => setFilter("kind", value)}
          w={{ base: "100%", sm: 240 }}
        />
        <Select
          label={t("notifications.projectLabel")}
          placeholder={t("notifications.anyProject")}
          clearable
          searchable
          data={(list.data?.projects ?? []).map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` }))}
          value={projectId}
          onChange={(value) => setFilter("project", value)}
          w={{ base: "100%", sm: 420 }}
        />
      </Group>
      {markRead.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t("notifications.markFailed")}
        </Alert>
      )}
      {list.isLoading ? (
        <PageLoader />
      ) : list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper p="xl">
          <Text ta="center">{t(filtered ? "notifications.noMatch" : "notifications.empty")}</Text>
        </Paper>
      ) : (
        <Paper style={{ overflow: "hidden" }}>
          <ul className={classes.cards} aria-label={t("notifications.list")}>
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                when={moment.format(new Date(notification.createdAt))}
                onOpen={() => {
                  if (notification.readAt === null) markRead.mutate([notification.id]);
                }}
              />
            ))}
          </ul>
        </Paper>
      )}
    </Stack>
  );
}

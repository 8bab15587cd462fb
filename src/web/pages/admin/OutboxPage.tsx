/**
 * The mail outbox for administrators: what PRIMA sent to whom and when, what is waiting, what
 * failed and why, with a retry for failed messages. Status, search and page live in the URL.
 */

import {
  Alert,
  Badge,
  Center,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconClock, IconMailOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { OUTBOX_STATUSES, type OutboxMessage, type OutboxStatus } from "../../../domain/outbox";
import { useOutbox, useRetryMessage } from "../../api/outbox";
import { PageLoader } from "../../components/AppLayout";
import { DebouncedSearchField } from "../../components/DebouncedSearchField";
import { ListPagination } from "../../components/ListPagination";
import { QueryError } from "../../components/QueryError";
import { LastError, Moment, RetryButton } from "../../components/QueueCells";
import { Refreshing } from "../../components/Refreshing";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useFormat } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { useTitle } from "../../lib/useTitle";
import { useWorkflowFormat } from "../../lib/workflowFormat";

const PAGE_SIZE = 50;
type Tab = OutboxStatus | "all";
/** Failures first: they are what an administrator comes here for. */
const TABS: readonly Tab[] = ["all", "failed", "pending", "sent"];

const STATUS_LOOK: Record<OutboxStatus, { color: string; icon: typeof IconCheck }> = {
  pending: { color: "blue", icon: IconClock },
  sent: { color: "green", icon: IconCheck },
  failed: { color: "red", icon: IconAlertTriangle },
};

function isStatus(value: string | null): value is OutboxStatus {
  return (OUTBOX_STATUSES as readonly string[]).includes(value ?? "");
}

function useOutboxParams() {
  const { params, update } = useListParams(["all"]);
  const status = params.get("status");
  const query = {
    tab: (isStatus(status) ? status : "all") as Tab,
    q: params.get("q") ?? "",
    page: Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1),
  };
  return { query, update };
}

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = STATUS_LOOK[status];
  return (
    <Badge variant="light" color={color} leftSection={<Icon size={12} aria-hidden />} miw="max-content">
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}

export default function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useTitle(t("outbox.title"));
  const { query, update } = useOutboxParams();
  const outbox = useOutbox({
    status: query.tab === "all" ? undefined : query.tab,
    q: query.q || undefined,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const data = outbox.data;
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));
  const count = (tab: Tab) =>
    data
      ? tab === "all"
        ? data.counts.pending + data.counts.sent + data.counts.failed
        : data.counts[tab]
      : null;

  return (
    <Stack gap="md" maw={1300} mx="auto">
      <div>
        <Title order={1}>{t("outbox.title")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("outbox.intro")}
        </Text>
      </div>

      {data && !data.mailEnabled && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconMailOff aria-hidden />}
          title={t("outbox.mailOffTitle")}
        >
          {t("outbox.mailOff")}
        </Alert>
      )}

      <Group align="flex-end" justify="space-between" gap="md">
        <ScrollArea type="auto" offsetScrollbars>
          <SegmentedControl
            aria-label={t("outbox.statusLabel")}
            value={query.tab}
            onChange={(status) => update({ status })}
            data={TABS.map((tab) => {
              const n = count(tab);
              const name = t(`outbox.tab.${tab}`);
              return {
                value: tab,
                label:
                  n === null ? name : t("outbox.tabCount", { name, count: n, formatted: format.number(n) }),
              };
            })}
          />
        </ScrollArea>
        <SearchField value={query.q} onSearch={(q) => update({ q })} />
      </Group>

      {outbox.isLoading ? (
        <PageLoader />
      ) : outbox.error ? (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : data && data.items.length > 0 ? (
        <Refreshing busy={outbox.isPlaceholderData}>
          <Paper>
            <MessageTable items={data.items} caption={t(`outbox.caption.${query.tab}`)} />
            <Group justify="space-between" p="md" gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t("outbox.total", { count: data.total, formatted: format.number(data.total) })}
              </Text>
              <ListPagination pages={pages} page={query.page} onChange={(page) => update({ page })} />
            </Group>
          </Paper>
        </Refreshing>
      ) : (
        <Paper p="xl">
          <Center>
            <Text fw={600}>{t(query.q ? "outbox.noMatch" : `outbox.empty.${query.tab}`)}</Text>
          </Center>
        </Paper>
      )}
    </Stack>
  );
}

/** The list's search box, its words kept in the address. */
function SearchField({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  return (
    <DebouncedSearchField
      value={value}
      onSearch={onSearch}
      label={t("outbox.search")}
      placeholder={t("outbox.searchPlaceholder")}
      w={{ base: "100%", sm: 320 }}
    />
  );
}

function MessageTable({ items, caption }: { items: OutboxMessage[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const retry = useRetryMessage();
  const moments = useWorkflowFormat();
  return (
    <>
      {retry.isError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" m="md">
          {t("outbox.retryFailed")}
        </Alert>
      )}
      <ScrollRegion label={caption} minWidth={1000}>
        <Table highlightOnHover verticalSpacing="sm" fz="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={200}>
                {t("outbox.column.to")}
              </Table.Th>
              <Table.Th scope="col">{t("outbox.column.subject")}</Table.Th>
              <Table.Th scope="col">{t("outbox.column.status")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("outbox.column.attempts")}
              </Table.Th>
              <Table.Th scope="col">{t("outbox.column.lastError")}</Table.Th>
              <Table.Th scope="col">{t("outbox.column.created")}</Table.Th>
              <Table.Th scope="col">{t("outbox.column.sent")}</Table.Th>
              <Table.Th scope="col">{t("outbox.column.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((message) => (
              <Table.Tr key={message.id}>
                <Table.Td miw={200}>
                  {/* One line per address: a long one is cut with an ellipsis, the full one is its title. */}
                  <Text inherit truncate="end" maw={280} title={message.to}>
                    {message.to}
                  </Text>
                </Table.Td>
                <Table.Td>{message.subject}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <OutboxStatusBadge status={message.status} />
                    {message.status === "pending" && (
                      <Text size="xs" c="dimmed">
                        {t("outbox.nextAttempt", { when: moments.moment(message.nextAttemptAt) })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">{format.number(message.attempts)}</Table.Td>
                <Table.Td maw={280}>
                  <LastError error={message.lastError} />
                </Table.Td>
                <Table.Td>
                  <Moment iso={message.createdAt} />
                </Table.Td>
                <Table.Td>
                  <Moment iso={message.sentAt} />
                </Table.Td>
                <Table.Td>
                  <RetryButton
                    failed={message.status === "failed"}
                    label={t("outbox.retryMessage", { address: message.to })}
                    loading={retry.isPending && retry.variables === message.id}
                    onRetry={() => retry.mutate(message.id)}
                  >
                    {t("outbox.retry")}
                  </RetryButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}

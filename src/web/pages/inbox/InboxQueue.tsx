import { Anchor, Box, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InboxItem } from "../../../domain/inbox";
import { useReportName } from "../../components/ReportStateBadge";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./Inbox.module.css";

const DAY_MS = 86_400_000;

/** Whole days since the proposal arrived where it is: "0" reads as "less than a day". */
function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY_MS));
}

function Waiting({ item, now }: { item: InboxItem; now: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <time dateTime={item.since} title={t("inbox.since", { date: format.date(item.since) })}>
      {t("inbox.days", { count: daysSince(item.since, now) })}
    </time>
  );
}

/** Where an item leads: the report waiting for a decision, else the project. */
function linkOf(item: InboxItem): string {
  return item.report ? `/projects/${item.id}/reports/${item.report.id}` : `/projects/${item.id}`;
}

/** What waits, when it is not the proposal itself: a report, an extension or a budget revision. */
function Subject({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reportName = useReportName();
  if (item.report) return <Text size="xs">{reportName(item.report)}</Text>;
  if (item.extension)
    return (
      <Text size="xs">{t("inbox.extensionTo", { date: format.date(item.extension.requestedEnd) })}</Text>
    );
  if (item.revision)
    return (
      <Text size="xs">
        {t("inbox.revisionTo", {
          from: format.money(item.revision.previous),
          to: format.money(item.revision.requested),
        })}
      </Text>
    );
  return null;
}

function Comment({ text }: { text: string | null }) {
  const format = useFormat();
  if (!text) return <Text size="sm">{format.missing}</Text>;
  return (
    <Text size="sm" className={classes.comment} title={text}>
      {text}
    </Text>
  );
}

/** One queue of "Waiting for me": a table on wide screens, one card per proposal on phones. */
export function InboxQueue({ title, items, now }: { title: string; items: InboxItem[]; now: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  return (
    <>
      <Box visibleFrom="sm">
        <ScrollRegion label={t("common.tableOf", { name: title })} minWidth={900}>
          <Table verticalSpacing="sm" highlightOnHover fz="sm">
            <Table.Caption className={classes.caption}>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("project.code")}</Table.Th>
                <Table.Th>{t("project.title")}</Table.Th>
                <Table.Th>{t("project.region")}</Table.Th>
                <Table.Th>{t("project.fundingYear")}</Table.Th>
                <Table.Th>{t("project.fundLine")}</Table.Th>
                <Table.Th ta="right">{t("list.budget")}</Table.Th>
                <Table.Th>{t("inbox.waiting")}</Table.Th>
                <Table.Th>{t("inbox.lastComment")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr
                  key={`${item.id}:${item.report?.id ?? item.extension?.id ?? item.revision?.id ?? ""}`}
                >
                  <Table.Td className={classes.code}>{item.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={linkOf(item)} fw={600} size="sm">
                      {item.title}
                    </Anchor>
                    <Subject item={item} />
                  </Table.Td>
                  <Table.Td>{refs.name("regions", item.region)}</Table.Td>
                  <Table.Td>{item.fundingYear}</Table.Td>
                  <Table.Td className={classes.nowrap}>{refs.name("fundLines", item.fundLine)}</Table.Td>
                  <Table.Td ta="right" className={classes.money}>
                    {format.money(item.requestedBudget)}
                  </Table.Td>
                  <Table.Td className={classes.nowrap}>
                    <Waiting item={item} now={now} />
                  </Table.Td>
                  <Table.Td>
                    <Comment text={item.lastComment} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Box>
      <Box hiddenFrom="sm">
        <ul className={classes.cards} aria-label={title}>
          {items.map((item) => (
            <li
              key={`${item.id}:${item.report?.id ?? item.extension?.id ?? item.revision?.id ?? ""}`}
              className={classes.card}
            >
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text className={classes.code}>{item.code}</Text>
                  <Text size="xs" fw={600}>
                    <Waiting item={item} now={now} />
                  </Text>
                </Group>
                <Anchor component={Link} to={linkOf(item)} fw={600} size="sm">
                  {item.title}
                </Anchor>
                <Subject item={item} />
                <Group justify="space-between" gap="xs">
                  <Text size="xs" c="dimmed">
                    {[
                      item.region && refs.name("regions", item.region),
                      item.fundingYear,
                      refs.name("fundLines", item.fundLine),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                  <Text size="sm" fw={600} className={classes.money}>
                    {format.money(item.requestedBudget)}
                  </Text>
                </Group>
                {item.lastComment && <Comment text={item.lastComment} />}
              </Stack>
            </li>
          ))}
        </ul>
      </Box>
    </>
  );
}

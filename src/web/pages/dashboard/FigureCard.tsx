import { Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useId } from "@mantine/hooks";
import { IconDownload, IconTable, IconTableOff } from "@tabler/icons-react";
import { type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FigureTable } from "../../../domain/figures";
import { QueryError } from "../../components/QueryError";
import { Refreshing } from "../../components/Refreshing";
import { figureSheetName } from "../../i18n/figureTexts";
import { FigureTableView } from "./FigureTableView";
import { useFigureText } from "./useFigureText";

/**
 * A chart with its numbers: the chart, a "Show table" view of the very tables it draws, and a
 * download of exactly those numbers (same filters, same SQL).
 */
export function FigureCard({
  title,
  description,
  tables,
  error,
  onRetry,
  fetching,
  chart,
  extra,
  controls,
  downloads,
  tableOpen = false,
}: {
  title: string;
  description: string;
  tables: FigureTable[] | undefined;
  error: unknown;
  onRetry: () => void;
  fetching: boolean;
  chart: ReactNode;
  extra?: ReactNode;
  controls?: ReactNode;
  downloads: { href: string; label: string; accessibleLabel: string }[];
  tableOpen?: boolean;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  const titleId = useId();
  const tablesId = useId();
  const [showTable, setShowTable] = useState(tableOpen);
  const empty = tables?.every((table) => table.rows.length === 0) ?? false;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <div style={{ flex: "1 1 240px" }}>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {controls}
      </Group>
      {error ? (
        <QueryError error={error} onRetry={onRetry} />
      ) : tables === undefined ? (
        <Skeleton h={260} />
      ) : empty ? (
        <Text c="dimmed" py="xl" ta="center">
          {t("dashboard.empty")}
        </Text>
      ) : (
        <Refreshing busy={fetching}>
          <Stack gap="sm">
            <Suspense fallback={<Skeleton h={260} />}>{chart}</Suspense>
            {extra}
          </Stack>
        </Refreshing>
      )}
      <Group gap="xs" mt="sm">
        <Button
          variant="light"
          size="compact-sm"
          leftSection={
            showTable ? <IconTableOff size={16} aria-hidden /> : <IconTable size={16} aria-hidden />
          }
          aria-expanded={showTable}
          aria-controls={tablesId}
          onClick={() => setShowTable((open) => !open)}
          disabled={tables === undefined}
        >
          {t(showTable ? "dashboard.hideTable" : "dashboard.showTable")}
        </Button>
        {downloads.map((download) => (
          <Button
            key={download.href}
            component="a"
            href={download.href}
            download
            variant="subtle"
            size="compact-sm"
            leftSection={<IconDownload size={16} aria-hidden />}
            aria-label={download.accessibleLabel}
          >
            {download.label}
          </Button>
        ))}
      </Group>
      <div id={tablesId} hidden={!showTable}>
        {showTable && tables && (
          <Stack gap="md" mt="sm">
            {tables.map((table) => (
              <FigureTableView
                key={table.id}
                table={table}
                caption={t("dashboard.tableCaption", { name: figureSheetName(table.id, text.language) })}
              />
            ))}
          </Stack>
        )}
      </div>
    </Paper>
  );
}

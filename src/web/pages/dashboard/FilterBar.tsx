import { Button, Group, MultiSelect, Paper, Select, Text } from "@mantine/core";
import { IconDownload, IconFilterOff } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PROJECT_STATUSES, type ProjectStatus } from "../../../domain/lifecycle";
import { useReferenceData } from "../../lib/reference";
import type { useDashboardFilters } from "./useDashboardFilters";

/** The one filter bar every chart and report of the section shares; its state is the URL. */
export function FilterBar({
  state,
  download,
}: {
  state: ReturnType<typeof useDashboardFilters>;
  download?: { href: string; label: string };
}) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const { filters, update, clear, hasFilters, yearsReversed } = state;
  const years = [...(refs.reference?.fundingYears ?? [])]
    .map((y) => y.year)
    .sort((a, b) => b - a)
    .map((year) => ({ value: String(year), label: String(year) }));
  const year = (value: string | null) => (value ? Number(value) : undefined);
  const field = (children: ReactNode) => <div style={{ flex: "1 1 170px", maxWidth: 240 }}>{children}</div>;
  return (
    <Paper role="search" aria-label={t("dashboard.filters.label")} withBorder p="md" radius="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {field(
          <Select
            label={t("dashboard.filters.region")}
            placeholder={t("dashboard.filters.allRegions")}
            data={refs.options("regions")}
            value={filters.region ?? null}
            onChange={(value) => update({ region: value ?? undefined })}
            clearable
            searchable
          />,
        )}
        {field(
          <Select
            label={t("dashboard.filters.yearFrom")}
            placeholder={t("dashboard.filters.anyYear")}
            data={years}
            value={filters.yearFrom !== undefined ? String(filters.yearFrom) : null}
            onChange={(value) => update({ yearFrom: year(value) })}
            clearable
          />,
        )}
        {field(
          <Select
            label={t("dashboard.filters.yearTo")}
            placeholder={t("dashboard.filters.anyYear")}
            data={years}
            value={filters.yearTo !== undefined ? String(filters.yearTo) : null}
            onChange={(value) => update({ yearTo: year(value) })}
            error={yearsReversed ? t("dashboard.filters.yearsOrder") : undefined}
            clearable
          />,
        )}
        {field(
          <Select
            label={t("dashboard.filters.fundLine")}
            placeholder={t("dashboard.filters.allLines")}
            data={refs.options("fundLines")}
            value={filters.fundLine ?? null}
            onChange={(value) => update({ fundLine: value ?? undefined })}
            clearable
          />,
        )}
        {field(
          <MultiSelect
            label={t("dashboard.filters.status")}
            placeholder={filters.status?.length ? undefined : t("dashboard.filters.allStatuses")}
            data={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            value={filters.status ?? []}
            onChange={(value) => update({ status: value as ProjectStatus[] })}
            clearable
          />,
        )}
        {field(
          <Select
            label={t("dashboard.filters.area")}
            placeholder={t("dashboard.filters.allAreas")}
            data={refs.options("areasOfWork")}
            value={filters.area ?? null}
            onChange={(value) => update({ area: value ?? undefined })}
            clearable
            searchable
          />,
        )}
      </Group>
      <Group justify="space-between" mt="sm" gap="xs">
        {hasFilters ? (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={clear}
          >
            {t("dashboard.filters.clear")}
          </Button>
        ) : (
          <Text size="sm" c="dimmed" component="span" />
        )}
        {download && (
          <Button
            component="a"
            href={download.href}
            download
            variant="light"
            size="compact-sm"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {download.label}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

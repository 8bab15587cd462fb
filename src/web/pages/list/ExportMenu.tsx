/**
 * "Export" on the project list: the list as it is filtered now, as Excel, CSV or IATI XML. Plain
 * links (the session cookie goes along), so the browser downloads the file itself as it streams.
 */
import { Button, Menu } from "@mantine/core";
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileText,
  IconWorld,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ProjectListParams } from "../../api/client";
import { currentLanguage } from "../../i18n";
import { FILTER_KEYS } from "./useListParams";

const FORMATS = [
  { format: "xlsx", icon: IconFileSpreadsheet },
  { format: "csv", icon: IconFileText },
  { format: "iati", icon: IconWorld },
] as const;

/** The export's address: the list's filters (not its page or sort), the format and the language. */
export function exportHref(query: ProjectListParams, format: string, language: string): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value !== undefined && value !== null && value !== "" && value !== false)
      params.set(key, String(value));
  }
  params.set("format", format);
  params.set("lang", language);
  return `/api/projects/export?${params.toString()}`;
}

export function ExportMenu({ query }: { query: ProjectListParams }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Menu position="bottom-end" withinPortal width={260} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          {t("exports.menu")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("exports.label")}</Menu.Label>
        {FORMATS.map(({ format, icon: Icon }) => (
          <Menu.Item
            key={format}
            component="a"
            href={exportHref(query, format, language)}
            download
            leftSection={<Icon size={18} aria-hidden />}
            data-testid={`export-${format}`}
          >
            {t(`exports.formats.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

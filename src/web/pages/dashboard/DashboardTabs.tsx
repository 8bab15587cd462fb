import { Button, Group } from "@mantine/core";
import { IconChartBar, IconReportMoney, IconTable } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";

const SECTIONS = [
  { to: "/dashboard", key: "dashboards", icon: IconChartBar },
  { to: "/dashboard/analysis", key: "analysis", icon: IconTable },
  { to: "/dashboard/funding-requirements", key: "funding", icon: IconReportMoney },
] as const;

/**
 * The dashboard section's pages as tabs: links (the address changes, the back button works),
 * the current one marked with aria-current. The filters in the address go along, so a region
 * chosen on the dashboards stays chosen in the analysis reports.
 */
export function DashboardTabs() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <Group component="nav" aria-label={t("dashboard.sections.label")} gap={4} wrap="wrap">
      {SECTIONS.map(({ to, key, icon: Icon }) => {
        const current = pathname === to;
        return (
          <Button
            key={to}
            component={NavLink}
            to={key === "funding" ? to : `${to}${search}`}
            end
            variant={current ? "filled" : "subtle"}
            leftSection={<Icon size={16} aria-hidden />}
          >
            {t(`dashboard.sections.${key}`)}
          </Button>
        );
      })}
    </Group>
  );
}

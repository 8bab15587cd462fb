import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProjectStatus } from "../../domain/lifecycle";

const STATUS_COLORS: Record<ProjectStatus, string> = {
  draft: "gray",
  submitted: "indigo",
  endorsed: "cyan",
  approved: "teal",
  active: "green",
  closed: "dark",
  rejected: "red",
  withdrawn: "orange",
};

/** Never truncated (min-width: max-content): in a narrow table the column grows instead. */
export function StatusBadge({ status, size = "md" }: { status: ProjectStatus; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[status];
  return (
    <Badge variant="light" color={color} size={size} miw="max-content">
      {t(`status.${status}`)}
    </Badge>
  );
}

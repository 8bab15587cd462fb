import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconWorld } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

import space from "./HeaderSpace.module.css";

export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size="lg" radius="md" aria-hidden>
        <IconWorld size={22} stroke={1.6} />
      </ThemeIcon>
      <div>
        <Text fw={750} size="lg" lh={1.1} c="prima.8">
          PRIMA
        </Text>
        <Text size="xs" c="dimmed" lh={1.1} visibleFrom="xs" className={space.secondary}>
          {t("app.tagline")}
        </Text>
      </div>
    </Group>
  );
}

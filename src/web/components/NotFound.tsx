import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../lib/useTitle";

export function NotFound() {
  const { t } = useTranslation();
  useTitle(t("notFound.title"));
  return (
    <Stack align="center" gap="md" py={80} ta="center">
      <Text fz={64} fw={800} c="prima.7" lh={1} aria-hidden>
        404
      </Text>
      <Title order={1}>{t("notFound.title")}</Title>
      <Text c="dimmed" maw={480}>
        {t("notFound.text")}
      </Text>
      <Button component={Link} to="/">
        {t("home.nav.backHome")}
      </Button>
    </Stack>
  );
}

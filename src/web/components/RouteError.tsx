import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";

/** Last line of defence for a rendering bug: say so plainly and offer a fresh start. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Container component="main" size="sm" py={80}>
      <Stack align="center" ta="center">
        <Title order={1}>{t("errors.unexpectedTitle")}</Title>
        <Text c="dimmed">{t("errors.unexpected")}</Text>
        <Button component="a" href="/">
          {t("home.nav.backHome")}
        </Button>
      </Stack>
    </Container>
  );
}

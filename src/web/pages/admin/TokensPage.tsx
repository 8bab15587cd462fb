/** Every API token in use, with its owner, for administrators: revoke one left in a departed person's script. */
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAllTokens } from "../../api/apiTokens";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { TokenTable } from "../../components/TokenTable";
import { useTitle } from "../../lib/useTitle";

export default function TokensPage() {
  const { t } = useTranslation();
  useTitle(t("tokens.allTitle"));
  const tokens = useAllTokens();
  return (
    <Stack gap="md" maw={1300} mx="auto">
      <div>
        <Title order={1}>{t("tokens.allTitle")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("tokens.allIntro")}
        </Text>
      </div>
      <Paper p="md">
        {tokens.error ? (
          <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data ? (
          <TokenTable tokens={tokens.data} caption={t("tokens.allCaption")} withOwner />
        ) : (
          <PageLoader />
        )}
      </Paper>
    </Stack>
  );
}

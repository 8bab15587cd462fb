/**
 * Your API tokens, on your profile: make one for another system (its name, read-only or read-write,
 * how long), see it once to copy it, and revoke it when that system no longer needs it.
 */
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TOKEN_DAYS, TOKEN_SCOPES, type TokenScope } from "../../../domain/apiTokens";
import { useCreateToken, useMyTokens } from "../../api/apiTokens";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { TokenTable } from "../../components/TokenTable";
import { fieldErrorMap } from "../../lib/fieldErrors";
import { formProblemOf } from "../../lib/formProblem";

export function TokensSection() {
  const { t } = useTranslation();
  const tokens = useMyTokens();
  const create = useCreateToken();
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);
  const form = useForm({ initialValues: { name: "", scope: "read" as TokenScope, days: "90" } });
  const submit = form.onSubmit((values) => {
    setShown(null);
    create.mutate(
      { name: values.name, scope: values.scope, days: values.days === "never" ? null : Number(values.days) },
      {
        onSuccess: (made) => {
          setShown({ name: made.name, token: made.token });
          form.reset();
        },
        onError: (error) => {
          const refused = formProblemOf(error);
          if (refused?.kind === "invalid") form.setErrors(fieldErrorMap(t, refused.errors));
        },
      },
    );
  });
  return (
    <Paper component="section" aria-labelledby="profile-tokens" p="lg">
      <Title order={2} size="h3" id="profile-tokens" mb="md">
        {t("tokens.title")}
      </Title>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("tokens.intro")}
        </Text>
        {shown && (
          <Alert
            color="green"
            variant="light"
            role="status"
            title={t("tokens.madeTitle", { name: shown.name })}
          >
            <Stack gap="xs">
              <Text size="sm">{t("tokens.madeText")}</Text>
              <Code block data-testid="new-token">
                {shown.token}
              </Code>
              <Group>
                <CopyButton value={shown.token}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t("tokens.copied") : t("tokens.copy")}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" gap="md" wrap="wrap">
            <TextInput
              label={t("tokens.name")}
              placeholder={t("tokens.namePlaceholder")}
              required
              w={{ base: "100%", sm: 240 }}
              {...form.getInputProps("name")}
            />
            <Select
              label={t("tokens.column.scope")}
              allowDeselect={false}
              data={TOKEN_SCOPES.map((scope) => ({ value: scope, label: t(`tokens.scope.${scope}`) }))}
              w={{ base: "100%", sm: 200 }}
              {...form.getInputProps("scope")}
            />
            <Select
              label={t("tokens.lifetime")}
              allowDeselect={false}
              data={[
                ...TOKEN_DAYS.map((days) => ({
                  value: String(days),
                  label: t("tokens.days", { count: days }),
                })),
                { value: "never", label: t("tokens.untilRevoked") },
              ]}
              w={{ base: "100%", sm: 180 }}
              {...form.getInputProps("days")}
            />
            <Button type="submit" loading={create.isPending}>
              {t("tokens.make")}
            </Button>
          </Group>
        </form>
        {tokens.error ? (
          <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data ? (
          <TokenTable tokens={tokens.data} caption={t("tokens.caption")} withOwner={false} />
        ) : (
          <PageLoader />
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Your notices, on your profile: for each kind, whether PRIMA e-mails you at once (as it always
 * did), only shows it in the app, or gathers it into one e-mail a day. In the app every notice
 * is shown whatever the choice.
 */
import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NOTICE_KINDS } from "../../../domain/inbox";
import {
  NOTICE_DELIVERIES,
  type NoticeChoices,
  type NoticeDelivery,
  type NoticePreferences,
} from "../../../domain/noticePreferences";
import { useChangeNoticePreferences, useNoticePreferences } from "../../api/notices";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { formProblemOf } from "../../lib/formProblem";

export function NoticesSection() {
  const { t } = useTranslation();
  const preferences = useNoticePreferences();
  return (
    <Paper component="section" aria-labelledby="profile-notices" p="lg">
      <Title order={2} size="h3" id="profile-notices" mb="md">
        {t("notices.title")}
      </Title>
      {preferences.error ? (
        <QueryError error={preferences.error} />
      ) : preferences.data ? (
        <NoticesForm
          initial={preferences.data}
          key={preferences.data.version}
          digestHour={preferences.data.digestHour}
        />
      ) : (
        <PageLoader />
      )}
    </Paper>
  );
}

function NoticesForm({ initial, digestHour }: { initial: NoticePreferences; digestHour: number }) {
  const { t } = useTranslation();
  const save = useChangeNoticePreferences();
  const [version, setVersion] = useState(initial.version);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<NoticeChoices>({ initialValues: initial.choices });
  const submit = form.onSubmit((choices) => {
    setProblem(null);
    save.mutate(
      { version, choices },
      {
        onSuccess: () =>
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("profile.dismiss") },
            message: t("notices.saved"),
          }),
        onError: (error) => {
          const refused = formProblemOf<NoticePreferences>(error);
          if (refused === null) return;
          if (refused.kind === "conflict" && refused.latest) {
            // Another tab saved first: show what it saved, to be chosen again on top of it.
            form.setValues(refused.latest.choices);
            setVersion(refused.latest.version);
            setProblem(t("notices.stale"));
          } else setProblem(t("errors.unexpected"));
        },
      },
    );
  });
  const hour = `${String(digestHour).padStart(2, "0")}:00`;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("notices.intro", { hour })}
        </Text>
        {problem && (
          <Alert role="alert" color="red" variant="light">
            {problem}
          </Alert>
        )}
        {NOTICE_KINDS.map((kind) => (
          <Radio.Group
            key={kind}
            name={`notices-${kind}`}
            label={t(`notifications.kind.${kind}`)}
            {...form.getInputProps(kind)}
            onChange={(value) => form.setFieldValue(kind, value as NoticeDelivery)}
          >
            <Group gap="lg" mt={6}>
              {NOTICE_DELIVERIES.map((delivery) => (
                <Radio key={delivery} value={delivery} label={t(`notices.delivery.${delivery}`)} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("notices.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

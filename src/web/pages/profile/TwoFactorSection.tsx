/**
 * Two-factor sign-in on the profile page: set it up, get new recovery codes, or turn it off (the
 * password and a code, in a dialog). Turning off is not offered when an administrator requires it.
 */
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client";
import { useNewRecoveryCodes, useTurnOffTwoFactor, useTwoFactorStatus } from "../../api/twoFactor";
import { PageLoader } from "../../components/AppLayout";
import { Modal } from "../../components/Dialog";
import { QueryError } from "../../components/QueryError";
import { RecoveryCodes, TwoFactorSetup, useCodeForm } from "../../components/TwoFactorSetup";
import { fieldErrorMap, translateFieldError } from "../../lib/fieldErrors";
import { formProblemOf } from "../../lib/formProblem";

export function TwoFactorSection() {
  const { t } = useTranslation();
  const status = useTwoFactorStatus();
  const [turningOff, setTurningOff] = useState(false);
  return (
    <Paper component="section" aria-labelledby="profile-two-factor" p="lg">
      <Title order={2} size="h3" id="profile-two-factor" mb="md">
        {t("twoFactor.title")}
      </Title>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("twoFactor.intro")}
        </Text>
        {status.error ? (
          <QueryError error={status.error} onRetry={() => void status.refetch()} />
        ) : !status.data ? (
          <PageLoader />
        ) : (
          <>
            <Text size="sm" fw={600}>
              {status.data.enabled ? t("twoFactor.statusOn") : t("twoFactor.statusOff")}
            </Text>
            {status.data.required && <Text size="sm">{t("twoFactor.required")}</Text>}
            {status.data.enabled ? (
              <>
                <Text size="sm">{t("twoFactor.codesLeft", { count: status.data.recoveryCodesLeft })}</Text>
                <NewRecoveryCodes />
                {!status.data.required && (
                  <Group>
                    <Button variant="default" onClick={() => setTurningOff(true)}>
                      {t("twoFactor.turnOff")}
                    </Button>
                  </Group>
                )}
              </>
            ) : (
              <TwoFactorSetup onDone={() => void status.refetch()} />
            )}
          </>
        )}
      </Stack>
      {turningOff && <TurnOffDialog onClose={() => setTurningOff(false)} />}
    </Paper>
  );
}

function NewRecoveryCodes() {
  const { t } = useTranslation();
  const renew = useNewRecoveryCodes();
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useCodeForm();
  if (codes) return <RecoveryCodes codes={codes} onKept={() => setCodes(null)} />;
  const submit = form.onSubmit((values) =>
    renew.mutate(values.code, {
      onSuccess: (answer) => {
        form.reset();
        setCodes(answer.recoveryCodes);
      },
      onError: (error) => {
        const refused = formProblemOf(error);
        form.setErrors(
          refused?.kind === "invalid" ? fieldErrorMap(t, refused.errors) : { code: t("twoFactor.failed") },
        );
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="two-factor-new-codes">
      <Stack gap="xs">
        <Text size="sm" fw={600} id="two-factor-new-codes">
          {t("twoFactor.newCodes")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("twoFactor.newCodesText")}
        </Text>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t("twoFactor.code")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={8}
            required
            w={200}
            {...form.getInputProps("code")}
          />
          <Button type="submit" variant="light" loading={renew.isPending} mt={25}>
            {t("twoFactor.newCodes")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TurnOffDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const turnOff = useTurnOffTwoFactor();
  const [failed, setFailed] = useState<string | null>(null);
  const form = useForm({ initialValues: { password: "", code: "" } });
  const submit = form.onSubmit((values) => {
    setFailed(null);
    turnOff.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: "green", message: t("twoFactor.turnedOff") });
        onClose();
      },
      onError: (error) => {
        const refused = formProblemOf(error);
        if (refused?.kind === "invalid") {
          form.setErrors(fieldErrorMap(t, refused.errors));
          return;
        }
        // A refusal for the whole form: required by an administrator, or the sign-in limit reached.
        const reason = isApiError(error) ? error.fields[0] : undefined;
        setFailed(reason ? translateFieldError(t, reason) : t("twoFactor.failed"));
      },
    });
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("twoFactor.turnOff")}
      closeButtonProps={{ "aria-label": t("twoFactor.closeDialog") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t("twoFactor.turnOffText")}</Text>
          {failed && (
            <Alert role="alert" color="red" variant="light">
              {failed}
            </Alert>
          )}
          <PasswordInput
            label={t("twoFactor.password")}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps("password")}
          />
          <TextInput
            label={t("twoFactor.code")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={8}
            required
            {...form.getInputProps("code")}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("twoFactor.cancel")}
            </Button>
            <Button type="submit" color="red.9" loading={turnOff.isPending}>
              {t("twoFactor.turnOff")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Setting up two-factor sign-in, on the profile page and on the page that holds a person until
 * they do: the server's QR code and the key as text, a code to confirm, then the recovery codes,
 * shown this once.
 */
import { Alert, Button, Code, CopyButton, Group, Image, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useConfirmTwoFactor, useStartTwoFactorSetup } from "../api/twoFactor";
import { fieldErrorMap } from "../lib/fieldErrors";
import { formProblemOf } from "../lib/formProblem";

/** The recovery codes, once; the person says when they have kept them. */
export function RecoveryCodes({ codes, onKept }: { codes: string[]; onKept: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" role="status" title={t("twoFactor.recoveryTitle")}>
      <Stack gap="xs">
        <Text size="sm">{t("twoFactor.recoveryText")}</Text>
        <Code block data-testid="recovery-codes">
          {codes.join("\n")}
        </Code>
        <Group>
          <CopyButton value={codes.join("\n")}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t("twoFactor.copied") : t("twoFactor.copyCodes")}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" onClick={onKept}>
            {t("twoFactor.kept")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** A form with one code from the app; the server's refusal shows under the field. */
export function useCodeForm() {
  return useForm({ initialValues: { code: "" } });
}

export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const start = useStartTwoFactorSetup();
  const confirm = useConfirmTwoFactor();
  const form = useCodeForm();
  if (confirm.data) return <RecoveryCodes codes={confirm.data.recoveryCodes} onKept={onDone} />;
  if (!start.data) {
    return (
      <Stack gap="xs" align="flex-start">
        {start.error && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {t("twoFactor.failed")}
          </Alert>
        )}
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t("twoFactor.start")}
        </Button>
      </Stack>
    );
  }
  const submit = form.onSubmit((values) =>
    confirm.mutate(values.code, {
      onError: (error) => {
        const refused = formProblemOf(error);
        form.setErrors(
          refused?.kind === "invalid" ? fieldErrorMap(t, refused.errors) : { code: t("twoFactor.failed") },
        );
      },
    }),
  );
  return (
    <Stack gap="sm">
      <Text size="sm">{t("twoFactor.scan")}</Text>
      <Image src={start.data.qrCode} alt={t("twoFactor.qrAlt")} w={200} h={200} fit="contain" bg="white" />
      <Text size="sm">{t("twoFactor.manual")}</Text>
      <Code data-testid="two-factor-secret" style={{ wordBreak: "break-all" }}>
        {start.data.secret}
      </Code>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t("twoFactor.enterCode")}</Text>
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
            <Button type="submit" loading={confirm.isPending} mt={25}>
              {t("twoFactor.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

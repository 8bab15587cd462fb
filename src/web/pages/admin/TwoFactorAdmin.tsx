/**
 * Two-factor sign-in on the People page: whether administrators and fund managers must use it, and
 * a reset for someone who lost their phone. Both are audited on the server.
 */
import { Alert, Button, Group, Paper, Stack, Switch, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { UserRow } from "../../../domain/user";
import { useResetTwoFactor, useSetTwoFactorRequirement, useTwoFactorRequirement } from "../../api/twoFactor";
import { Modal } from "../../components/Dialog";

export function TwoFactorRequirementSwitch() {
  const { t } = useTranslation();
  const requirement = useTwoFactorRequirement();
  const save = useSetTwoFactorRequirement();
  return (
    <Paper p="md" component="section" aria-label={t("twoFactor.adminTitle")}>
      <Stack gap={4}>
        <Switch
          label={t("twoFactor.requireLabel")}
          description={t("twoFactor.requireDescription")}
          checked={requirement.data?.required ?? false}
          disabled={!requirement.data || save.isPending}
          onChange={(event) => save.mutate(event.currentTarget.checked)}
        />
        {(save.error || requirement.error) && (
          <Text size="sm" c="red.9" role="alert">
            {t("twoFactor.failed")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function ResetTwoFactorDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetTwoFactor();
  const confirm = () =>
    reset.mutate(user.id, {
      onSuccess: () => {
        notifications.show({ color: "green", message: t("twoFactor.resetDone", { name: user.name }) });
        onClose();
      },
    });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("twoFactor.resetTitle", { name: user.name })}
      closeButtonProps={{ "aria-label": t("twoFactor.closeDialog") }}
    >
      <Stack gap="md">
        <Text size="sm">{t("twoFactor.resetText")}</Text>
        {reset.error && (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t("errors.unexpected")}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button color="red.9" loading={reset.isPending} onClick={confirm} data-autofocus>
            {t("twoFactor.reset")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

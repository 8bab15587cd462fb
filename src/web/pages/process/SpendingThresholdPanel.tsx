import { Button, Group, NumberInput, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type SpendingThreshold, spendingThresholdInput } from "../../../domain/spending";
import { isApiError } from "../../api/client";
import {
  useRememberSpendingThreshold,
  useSaveSpendingThreshold,
  useSpendingThreshold,
} from "../../api/spending";
import { loadFailure, QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { translateFieldError } from "../../lib/fieldErrors";
import { useFormat } from "../../lib/format";
import { useVersionedField } from "../../lib/versionedField";

/** The fund manager's field for the threshold; a stale version shows the latest one. */
function ThresholdEditor({ threshold }: { threshold: SpendingThreshold }) {
  const { t } = useTranslation();
  const save = useSaveSpendingThreshold();
  const remember = useRememberSpendingThreshold();
  const { value, setValue, version, rebase } = useVersionedField<SpendingThreshold, number | string>(
    threshold,
    (current) => current.thresholdPercent,
  );
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = spendingThresholdInput.safeParse({ version, thresholdPercent: value });
    if (!parsed.success) {
      setProblem(t("spending.threshold.invalid"));
      return;
    }
    setProblem(null);
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        rebase(saved, true);
        notifications.show({
          color: "green",
          title: t("fundSettings.savedTitle"),
          message: t("spending.threshold.saved"),
        });
      },
      onError: (error) => {
        if (isApiError(error, 409)) {
          const current = (error.body as { current?: SpendingThreshold } | null)?.current;
          if (current) {
            remember(current);
            rebase(current, true);
          }
          setProblem(t("spending.threshold.stale"));
        } else if (isApiError(error, 400) && error.fields.length > 0) {
          setProblem(error.fields.map((f) => translateFieldError(t, f)).join(" "));
        } else {
          setProblem(t("envelopes.failed"));
        }
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NumberInput
          label={t("spending.threshold.label")}
          value={value}
          onChange={setValue}
          error={problem}
          // Typed as it is and refused with a message: "12.5" must not become 125, nor "-5" 0.
          clampBehavior="none"
          w={200}
        />
        <Button type="submit" loading={save.isPending}>
          {t("spending.threshold.save")}
        </Button>
      </Group>
    </form>
  );
}

/** The fund's spending threshold: read by everyone, set by the fund manager. */
export function SpendingThresholdPanel({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const threshold = useSpendingThreshold();
  const data = threshold.data;
  return (
    <Section title={t("spending.threshold.title")}>
      <Stack gap="sm" data-testid="spending-threshold">
        <Text size="sm" c="dimmed">
          {t("spending.threshold.text")}
        </Text>
        {loadFailure(threshold) ? (
          <QueryError error={threshold.error} onRetry={() => void threshold.refetch()} />
        ) : (
          data && (
            <>
              <Text fw={600}>{t("spending.threshold.current", { threshold: data.thresholdPercent })}</Text>
              {data.updatedBy && data.updatedAt && (
                <Text size="xs" c="dimmed">
                  {t("spending.threshold.changedBy", {
                    name: data.updatedBy.name,
                    date: format.date(data.updatedAt),
                  })}
                </Text>
              )}
              {editable && <ThresholdEditor threshold={data} />}
            </>
          )
        )}
      </Stack>
    </Section>
  );
}

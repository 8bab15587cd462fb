import { Alert, Button, Group, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type EnvelopeFigures, envelopeInput } from "../../../domain/envelopes";
import { isApiError } from "../../api/client";
import { useEnvelopes, useRememberEnvelope, useSaveEnvelope } from "../../api/envelopes";
import { MoneyInput } from "../../components/MoneyInput";
import { loadFailure, QueryError } from "../../components/QueryError";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { translateFieldError } from "../../lib/fieldErrors";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { useVersionedField } from "../../lib/versionedField";

/** The fund manager's field for one line's allocation; a stale version shows the latest one. */
function EnvelopeEditor({ envelope, lineName }: { envelope: EnvelopeFigures; lineName: string }) {
  const { t } = useTranslation();
  const save = useSaveEnvelope(envelope.fundingYear, envelope.fundLine);
  const remember = useRememberEnvelope();
  const { value, setValue, version, rebase } = useVersionedField(envelope, (e) => e.allocated ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const label = t("envelopes.input", { line: lineName, year: envelope.fundingYear });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = envelopeInput.safeParse({ version, allocated: value });
    if (!parsed.success) {
      setProblem(t("envelopes.invalid"));
      return;
    }
    setProblem(null);
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        rebase(saved, true);
        notifications.show({
          closeButtonProps: { "aria-label": t("envelopes.dismiss") },
          color: "green",
          title: t("fundSettings.savedTitle"),
          message: t("envelopes.saved", { line: lineName, year: saved.fundingYear }),
        });
      },
      onError: (error) => {
        if (isApiError(error, 409)) {
          const current = (error.body as { current?: EnvelopeFigures } | null)?.current;
          if (current) {
            remember(current);
            rebase(current, true);
          }
          setProblem(t("envelopes.conflict"));
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
        <MoneyInput label={label} value={value} onChange={setValue} error={problem} w={260} />
        <Button type="submit" loading={save.isPending} aria-label={t("envelopes.save", { line: lineName })}>
          {t("form.save")}
        </Button>
      </Group>
    </form>
  );
}

/** A funding year's envelopes per line: read by everyone, set by the fund manager. */
export function EnvelopesPanel({ year, editable }: { year: number; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const envelopes = useEnvelopes();
  const rows = (envelopes.data ?? []).filter((e) => e.fundingYear === year);
  const money = (amount: string | null) => (amount === null ? t("envelopes.notSet") : format.money(amount));

  return (
    <Section title={t("envelopes.title", { year })}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("envelopes.explain")}
        </Text>
        {loadFailure(envelopes) ? (
          <QueryError error={envelopes.error} onRetry={() => void envelopes.refetch()} />
        ) : (
          <ScrollRegion label={t("envelopes.caption", { year })} minWidth={640}>
            <Table striped>
              <Table.Caption>{t("envelopes.caption", { year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("envelopes.line")}</Table.Th>
                  {(["allocated", "committed", "pipeline", "spent", "available"] as const).map((column) => (
                    <Table.Th key={column} scope="col" ta="right">
                      {t(`envelopes.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((e) => (
                  <Table.Tr key={e.fundLine}>
                    <Table.Th scope="row">{refs.name("fundLines", e.fundLine)}</Table.Th>
                    <Table.Td ta="right">{money(e.allocated)}</Table.Td>
                    <Table.Td ta="right">{money(e.committed)}</Table.Td>
                    <Table.Td ta="right">{money(e.pipeline)}</Table.Td>
                    <Table.Td ta="right">{money(e.spent)}</Table.Td>
                    <Table.Td ta="right">{money(e.available)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        {editable && rows.length > 0 && (
          <Alert variant="light" color="prima" title={t("envelopes.editTitle")}>
            <Stack gap="sm">
              {rows.map((e) => (
                <EnvelopeEditor
                  key={`${e.fundingYear}-${e.fundLine}`}
                  envelope={e}
                  lineName={refs.name("fundLines", e.fundLine)}
                />
              ))}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Section>
  );
}

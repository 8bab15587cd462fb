import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CURRENCY_CODES } from "../../../domain/currencies";
import { FUNDING_STATUSES, fundingSourceInput, ORGANISATION_TYPES } from "../../../domain/fundingSources";
import { plainAmount } from "../../../domain/money";
import { isApiError } from "../../api/client";
import {
  useAddFundingSource,
  useFundingSources,
  useRemoveFundingSource,
  useUpdateFundingSource,
} from "../../api/cofunding";
import { loadFailure, QueryError } from "../../components/QueryError";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { translateFieldError } from "../../lib/fieldErrors";
import { useFormat } from "../../lib/format";

const EMPTY = {
  organisationName: "",
  organisationType: "10",
  organisationRef: "",
  amount: "",
  currency: "EUR",
  status: "pledged",
  date: "",
};

type FormValues = typeof EMPTY;

/** A source as the form edits it: the amount as the API wrote it, no identifier as "". */
interface EditedSource {
  id: string;
  version: number;
  organisationName: string;
  organisationType: string;
  organisationRef: string | null;
  amount: string;
  currency: string;
  status: string;
  date: string;
}

const valuesOf = (source: EditedSource): FormValues => ({
  organisationName: source.organisationName,
  organisationType: source.organisationType,
  organisationRef: source.organisationRef ?? "",
  amount: source.amount,
  currency: source.currency,
  status: source.status,
  date: source.date,
});

/**
 * The form a project's managers and the fund manager use to add another funder, or to change one
 * (`editing`): saved with the version it was read at, so a change made meanwhile by someone else
 * is shown rather than overwritten (409).
 */
function FundingSourceForm({
  projectId,
  editing,
  onDone,
}: {
  projectId: string;
  editing?: EditedSource;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useAddFundingSource(projectId);
  const update = useUpdateFundingSource(projectId);
  const saving = editing ? update : add;
  const [form, setForm] = useState(editing ? valuesOf(editing) : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof FormValues) => (value: string | null) =>
    setForm({ ...form, [field]: value ?? "" });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const amount = plainAmount(form.amount, format.separators);
    const parsed = fundingSourceInput.safeParse({ ...form, amount });
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [
            String(issue.path[0]),
            translateFieldError(t, {
              field: String(issue.path[0]),
              code: String((issue as { params?: { code?: string } }).params?.code ?? issue.code),
              message: issue.message,
              params: { currency: form.currency },
            }),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    const onError = (error: unknown) => {
      if (isApiError(error, 400)) {
        setErrors(Object.fromEntries(error.fields.map((f) => [f.field, translateFieldError(t, f)])));
      } else if (isApiError(error, 409)) setErrors({ "": t("cofunding.stale") });
      else setErrors({ "": t("cofunding.failed") });
    };
    if (editing) {
      update.mutate(
        { sourceId: editing.id, input: { ...parsed.data, version: editing.version } },
        { onSuccess: () => onDone?.(), onError },
      );
    } else add.mutate(parsed.data, { onSuccess: () => setForm(EMPTY), onError });
  };
  const title = editing
    ? t("cofunding.editTitle", { name: editing.organisationName })
    : t("cofunding.addTitle");

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t("cofunding.organisation")}
            value={form.organisationName}
            onChange={(e) => set("organisationName")(e.currentTarget.value)}
            error={errors.organisationName}
            w={260}
          />
          <Select
            label={t("cofunding.type")}
            data={ORGANISATION_TYPES.map((code) => ({ value: code, label: t(`cofunding.types.${code}`) }))}
            value={form.organisationType}
            onChange={set("organisationType")}
            error={errors.organisationType}
            allowDeselect={false}
            w={240}
          />
          <TextInput
            label={t("cofunding.ref")}
            description={t("cofunding.refHint")}
            value={form.organisationRef}
            onChange={(e) => set("organisationRef")(e.currentTarget.value)}
            error={errors.organisationRef}
            w={220}
          />
        </Group>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t("cofunding.amount")}
            value={form.amount}
            onChange={(e) => set("amount")(e.currentTarget.value)}
            error={errors.amount}
            inputMode="decimal"
            w={180}
          />
          <Select
            label={t("cofunding.currency")}
            data={[...CURRENCY_CODES]}
            searchable
            value={form.currency}
            onChange={set("currency")}
            error={errors.currency}
            allowDeselect={false}
            w={120}
          />
          <Select
            label={t("cofunding.status")}
            data={FUNDING_STATUSES.map((s) => ({ value: s, label: t(`cofunding.statuses.${s}`) }))}
            value={form.status}
            onChange={set("status")}
            allowDeselect={false}
            w={160}
          />
          <TextInput
            label={t("cofunding.date")}
            type="date"
            value={form.date}
            onChange={(e) => set("date")(e.currentTarget.value)}
            error={errors.date}
            w={180}
          />
        </Group>
        {errors[""] && (
          <Text c="red.8" role="alert">
            {errors[""]}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={saving.isPending}>
            {editing ? t("cofunding.save") : t("cofunding.add")}
          </Button>
          {editing && (
            <Button variant="default" onClick={onDone}>
              {t("cofunding.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Other funders of the project beside the fund, each in its currency and in USD with its rate. */
export function FundingSourcesSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useFundingSources(projectId);
  const remove = useRemoveFundingSource(projectId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const data = query.data;
  const editing = data?.items.find((s) => s.id === editingId);

  return (
    <Section title={t("cofunding.title")}>
      {loadFailure(query) ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !data ? null : (
        <Stack gap="md">
          {data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("cofunding.none")}
            </Text>
          ) : (
            <ScrollRegion label={t("cofunding.caption")} minWidth={760}>
              <Table striped>
                <Table.Caption>{t("cofunding.caption")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("cofunding.organisation")}</Table.Th>
                    <Table.Th scope="col">{t("cofunding.status")}</Table.Th>
                    <Table.Th scope="col">{t("cofunding.date")}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("cofunding.amount")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("cofunding.usd")}
                    </Table.Th>
                    {data.can.edit && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t("cofunding.actions")}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Th scope="row">
                        {s.organisationName}
                        <Text size="xs" c="dimmed">
                          {t(`cofunding.types.${s.organisationType}`)}
                          {s.organisationRef ? ` · ${s.organisationRef}` : ""}
                        </Text>
                      </Table.Th>
                      <Table.Td>{t(`cofunding.statuses.${s.status}`)}</Table.Td>
                      <Table.Td>{format.date(s.date)}</Table.Td>
                      <Table.Td ta="right">{format.amount(s.amount, s.currency)}</Table.Td>
                      <Table.Td ta="right">
                        {s.converted ? (
                          <>
                            {format.money(s.converted.usd)}
                            <Text size="xs" c="dimmed">
                              {t("cofunding.rateNote", {
                                rate: s.converted.rate,
                                month: format.month(s.converted.rateMonth),
                              })}
                            </Text>
                          </>
                        ) : (
                          <Text size="sm">{t("cofunding.noRate", { currency: s.currency })}</Text>
                        )}
                      </Table.Td>
                      {data.can.edit && (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t("cofunding.edit", { name: s.organisationName })}
                              onClick={() => setEditingId(s.id)}
                            >
                              {t("cofunding.editShort")}
                            </Button>
                            <Button
                              size="xs"
                              // As the API tokens' Revoke: subtle red text fails contrast on striped rows.
                              variant="light"
                              color="red"
                              loading={remove.isPending && remove.variables?.sourceId === s.id}
                              aria-label={t("cofunding.remove", { name: s.organisationName })}
                              onClick={() => remove.mutate({ sourceId: s.id, version: s.version })}
                            >
                              {t("cofunding.removeShort")}
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
          <Alert variant="light" color="prima" title={t("cofunding.totalsTitle")}>
            <Text size="sm">
              {t("cofunding.totals", {
                others: format.money(data.totals.otherSourcesUsd),
                requested: format.money(data.totals.fundRequestedUsd),
                approved: data.totals.fundApprovedUsd
                  ? format.money(data.totals.fundApprovedUsd)
                  : t("cofunding.notApproved"),
              })}
            </Text>
            {data.totals.withoutRate > 0 && (
              <Text size="sm">{t("cofunding.withoutRate", { count: data.totals.withoutRate })}</Text>
            )}
          </Alert>
          {data.can.edit &&
            (editing ? (
              // After a 409 the source is read again: the form keeps the user's values and saves
              // with the new version only when asked again.
              <FundingSourceForm
                key={editing.id}
                projectId={projectId}
                editing={editing}
                onDone={() => setEditingId(null)}
              />
            ) : (
              <FundingSourceForm projectId={projectId} />
            ))}
        </Stack>
      )}
    </Section>
  );
}

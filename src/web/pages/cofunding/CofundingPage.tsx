import {
  Alert,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RateImportResult } from "../../../domain/exchangeRates";
import { isApiError } from "../../api/client";
import { useCurrencyRates, useDonorTotals, useImportRates, useSetRate } from "../../api/cofunding";
import { useMe } from "../../api/hooks";
import { loadFailure, QueryError } from "../../components/QueryError";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { translateFieldError } from "../../lib/fieldErrors";
import { useFormat } from "../../lib/format";
import { RateHistoryDialog } from "./RateHistoryDialog";

/** The fund manager records one rate (a new month, or a change with the version shown). */
function SetRateForm() {
  const { t } = useTranslation();
  const rates = useCurrencyRates();
  const save = useSetRate();
  const [currency, setCurrency] = useState("EUR");
  const [month, setMonth] = useState("");
  const [rate, setRate] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const code = currency.trim().toUpperCase();
    const existing = rates.data?.find((r) => r.currency === code && r.month === month);
    save.mutate(
      { currency: code, month, input: { version: existing?.version ?? 0, rate } },
      {
        onSuccess: (saved) => {
          setProblem(null);
          setDone(
            t("cofunding.rateSaved", { currency: saved.currency, month: saved.month, rate: saved.rate }),
          );
        },
        onError: (error) => {
          setDone(null);
          if (isApiError(error, 409)) setProblem(t("cofunding.rateConflict"));
          else if (isApiError(error, 400) && error.fields.length > 0)
            setProblem(error.fields.map((f) => translateFieldError(t, f)).join(" "));
          else setProblem(t("cofunding.failed"));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("cofunding.setRateTitle")}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("cofunding.setRateTitle")}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t("cofunding.currency")}
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value)}
            w={110}
          />
          <TextInput
            label={t("cofunding.month")}
            placeholder="2026-03"
            value={month}
            onChange={(e) => setMonth(e.currentTarget.value)}
            w={130}
          />
          <TextInput
            label={t("cofunding.rate")}
            value={rate}
            onChange={(e) => setRate(e.currentTarget.value)}
            inputMode="decimal"
            w={180}
          />
          <Button type="submit" loading={save.isPending}>
            {t("cofunding.saveRate")}
          </Button>
        </Group>
        {problem && (
          <Text c="red.8" role="alert">
            {problem}
          </Text>
        )}
        {done && <Text role="status">{done}</Text>}
      </Stack>
    </form>
  );
}

/** A CSV of monthly rates: check it first (every problem by line), then import it all or nothing. */
function ImportRatesForm() {
  const { t } = useTranslation();
  const importRates = useImportRates();
  const [csv, setCsv] = useState("currency,month,rate\n");
  const [result, setResult] = useState<RateImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = (dryRun: boolean) =>
    importRates.mutate(
      { csv, dryRun },
      {
        onSuccess: (answer) => {
          setProblem(null);
          setResult(answer);
        },
        onError: (error) => {
          setResult(null);
          setProblem(
            isApiError(error, 400) && error.fields.length > 0
              ? error.fields.map((f) => f.message).join(" ")
              : t("cofunding.failed"),
          );
        },
      },
    );

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("cofunding.importTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("cofunding.importExplain")}
      </Text>
      <Textarea
        label={t("cofunding.csv")}
        value={csv}
        onChange={(e) => setCsv(e.currentTarget.value)}
        autosize
        minRows={4}
        styles={{ input: { fontFamily: "monospace" } }}
      />
      <Group>
        <Button variant="default" onClick={() => run(true)} loading={importRates.isPending}>
          {t("cofunding.check")}
        </Button>
        <Button onClick={() => run(false)} loading={importRates.isPending}>
          {t("cofunding.import")}
        </Button>
      </Group>
      {problem && (
        <Text c="red.8" role="alert">
          {problem}
        </Text>
      )}
      {result && (
        <Alert
          color={result.problems.length > 0 ? "orange" : "green"}
          title={t(result.applied ? "cofunding.imported" : "cofunding.checked")}
        >
          <Text size="sm">
            {t("cofunding.importCounts", {
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
          </Text>
          {result.problems.length > 0 && (
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.line}-${p.field}-${p.code}`}>
                  {t("cofunding.lineProblem", { line: p.line, message: translateFieldError(t, { ...p }) })}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </Stack>
  );
}

/** Exchange rates per currency and month, and co-funding per donor across the portfolio. */
export default function CofundingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const rates = useCurrencyRates();
  const donors = useDonorTotals();
  const editable = me.data?.role === "fund_manager";
  const [currency, setCurrency] = useState("");
  const [historyOf, setHistoryOf] = useState<{ currency: string; month: string } | null>(null);
  // The latest months first, of every currency (the API sorts by currency, then month).
  const shown = (rates.data ?? [])
    .filter((r) => !currency || r.currency === currency.trim().toUpperCase())
    .toSorted((a, b) => b.month.localeCompare(a.month) || a.currency.localeCompare(b.currency))
    .slice(0, 60);

  return (
    <Stack gap="lg">
      <Title order={1}>{t("cofunding.pageTitle")}</Title>
      <Text c="dimmed">{t("cofunding.pageExplain")}</Text>
      <Section title={t("cofunding.donorsTitle")}>
        <Group>
          <Button component="a" href="/api/cofunding/donors/export" download variant="default" size="xs">
            {t("cofunding.donorsExport")}
          </Button>
        </Group>
        {loadFailure(donors) ? (
          <QueryError error={donors.error} onRetry={() => void donors.refetch()} />
        ) : (
          <ScrollRegion label={t("common.tableOf", { name: t("cofunding.donorsTitle") })} minWidth={640}>
            <Table striped>
              <Table.Caption>{t("cofunding.donorsCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("cofunding.organisation")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("cofunding.projects")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("cofunding.usd")}
                  </Table.Th>
                  <Table.Th scope="col">{t("cofunding.byCurrency")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(donors.data ?? []).map((d) => (
                  <Table.Tr key={d.organisationName}>
                    <Table.Th scope="row">{d.organisationName}</Table.Th>
                    <Table.Td ta="right">{d.projects}</Table.Td>
                    <Table.Td ta="right">
                      {format.money(d.usd)}
                      {d.withoutRate > 0 && (
                        <Text size="xs">{t("cofunding.withoutRate", { count: d.withoutRate })}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {d.byCurrency.map((c) => format.amount(c.amount, c.currency)).join(", ")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Section>
      <Section title={t("cofunding.ratesTitle")}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t("cofunding.ratesExplain")}
          </Text>
          {editable && <SetRateForm />}
          {editable && <ImportRatesForm />}
          <TextInput
            label={t("cofunding.filterCurrency")}
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value)}
            w={200}
          />
          {loadFailure(rates) ? (
            <QueryError error={rates.error} onRetry={() => void rates.refetch()} />
          ) : (
            <ScrollRegion label={t("common.tableOf", { name: t("cofunding.ratesTitle") })} minWidth={520}>
              <Table striped>
                <Table.Caption>{t("cofunding.ratesCaption")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("cofunding.currency")}</Table.Th>
                    <Table.Th scope="col">{t("cofunding.month")}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("cofunding.rate")}
                    </Table.Th>
                    <Table.Th scope="col">{t("cofunding.setBy")}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t("cofunding.historyShort")}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((r) => (
                    <Table.Tr key={`${r.currency}-${r.month}`}>
                      <Table.Th scope="row">{r.currency}</Table.Th>
                      <Table.Td>{format.month(r.month)}</Table.Td>
                      <Table.Td ta="right">{r.rate}</Table.Td>
                      <Table.Td>
                        {r.updatedBy?.name ?? ""} · {format.date(r.updatedAt.slice(0, 10))} · v{r.version}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t("cofunding.history", { currency: r.currency, month: r.month })}
                          onClick={() => setHistoryOf({ currency: r.currency, month: r.month })}
                        >
                          {t("cofunding.historyShort")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          )}
        </Stack>
      </Section>
      {historyOf && <RateHistoryDialog rate={historyOf} onClose={() => setHistoryOf(null)} />}
    </Stack>
  );
}

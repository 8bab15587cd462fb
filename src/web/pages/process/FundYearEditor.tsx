import { Button, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import {
  COUNTRY_FUND_STATUSES,
  type CountryFundStatus,
  type FundYearSettings,
  fundYearInput,
} from "../../../domain/fundSettings";
import { FUND_RULES_KEY, fundRulesApi, useRememberFundYear, useSaveFundYear } from "../../api/fundRules";
import { MoneyInput } from "../../components/MoneyInput";
import { SaveProblemAlert } from "../../components/SaveProblemAlert";
import { Section } from "../../components/Section";
import { useEditBase } from "../../lib/editBase";
import { fieldErrorMap, formFieldErrors, translateFieldError } from "../../lib/fieldErrors";
import { useReferenceData } from "../../lib/reference";
import { useSaveProblem } from "../../lib/useSaveProblem";
import { AddCountry, CountryRow } from "./FundYearFields";
import classes from "./Process.module.css";

interface Values {
  line2NationalCeiling: string;
  line2RegionalCeiling: string;
  countries: { country: string; status: CountryFundStatus; note: string }[];
}

function valuesOf(settings: FundYearSettings): Values {
  return {
    line2NationalCeiling: settings.line2NationalCeiling,
    line2RegionalCeiling: settings.line2RegionalCeiling,
    countries: settings.countries.map((c) => ({ ...c })),
  };
}

/** Inputs the form draws; a server error on any other field is listed in the alert instead. */
const DRAWN = /^(line2NationalCeiling|line2RegionalCeiling|countries\.\d+\.(country|status|note))$/;

/** The fund manager's form for one funding year: ceilings and the countries with a restriction. */
export function FundYearEditor({ settings }: { settings: FundYearSettings }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const save = useSaveFundYear(settings.fundingYear);
  const remember = useRememberFundYear();
  const client = useQueryClient();
  const saveRef = useRef<HTMLButtonElement>(null);
  // The Save button is disabled while saving, which drops the focus; it goes back there after.
  const refocus = useRef(false);
  useEffect(() => {
    if (refocus.current && !save.isPending) {
      refocus.current = false;
      saveRef.current?.focus();
    }
  }, [save.isPending]);
  const server = useMemo(() => ({ version: settings.version, values: valuesOf(settings) }), [settings]);
  const form = useForm<Values>({
    initialValues: server.values,
    validate: (values) => {
      const result = fundYearInput.safeParse({ version: edit.version(), ...values }, { reportInput: true });
      return result.success ? {} : fieldErrorMap(t, formFieldErrors(result.error));
    },
  });
  // A refetch never wipes what is typed; a save or "load the latest version" moves the form on.
  const edit = useEditBase(form, server);
  const statusOptions = COUNTRY_FUND_STATUSES.map((value) => ({
    value,
    label: t(`fundSettings.countryStatus.${value}`),
  }));
  const listed = new Set(form.values.countries.map((c) => c.country));

  const { problem, setProblem, alertRef, onError, onInvalidInput, reload } = useSaveProblem<FundYearSettings>(
    {
      showAtInputs: (errors) => form.setErrors(fieldErrorMap(t, errors)),
      isDrawn: (field) => DRAWN.test(field),
      fetchLatest: async () =>
        (
          await client.fetchQuery({ queryKey: FUND_RULES_KEY, queryFn: fundRulesApi.list, staleTime: 0 })
        ).find((item) => item.fundingYear === settings.fundingYear),
      startOver: (next) => {
        remember(next);
        edit.reset({ version: next.version, values: valuesOf(next) });
      },
    },
  );

  const submit = form.onSubmit(
    (values) => {
      setProblem(null);
      save.mutate(fundYearInput.parse({ version: edit.version(), ...values }), {
        onError,
        onSuccess: (saved) => {
          edit.saved(values, { version: saved.version, values: valuesOf(saved) });
          setProblem(null);
          refocus.current = true;
          notifications.show({
            color: "green",
            title: t("fundSettings.savedTitle"),
            message: t("fundSettings.saved", { year: saved.fundingYear }),
          });
        },
      });
    },
    (errors) => onInvalidInput(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && (
          <SaveProblemAlert
            ref={alertRef}
            conflict={problem.kind === "conflict"}
            title={t(`fundSettings.problem.${problem.kind}Title`)}
            text={t(`fundSettings.problem.${problem.kind}`)}
            items={problem.kind === "invalid" ? problem.errors.map((e) => translateFieldError(t, e)) : []}
            reloadLabel={t("fundSettings.reload")}
            onReload={() => void reload()}
          />
        )}

        <Section title={t("fundSettings.ceilings")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {(["line2NationalCeiling", "line2RegionalCeiling"] as const).map((path) => (
              <MoneyInput
                key={path}
                label={t(
                  path === "line2NationalCeiling"
                    ? "fundSettings.nationalInput"
                    : "fundSettings.regionalInput",
                )}
                data-path={path}
                value={form.values[path]}
                error={form.errors[path]}
                onChange={(value) => form.setFieldValue(path, value)}
              />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t("fundSettings.regionalHelp")}
          </Text>
        </Section>

        <Section title={t("fundSettings.countries")}>
          <Stack gap="md">
            {form.values.countries.length === 0 ? (
              <Text size="sm">{t("fundSettings.noCountries", { year: settings.fundingYear })}</Text>
            ) : (
              <ul
                className={classes.cards}
                aria-label={t("fundSettings.countriesCaption", { year: settings.fundingYear })}
              >
                {form.values.countries.map((entry, index) => (
                  <CountryRow
                    key={entry.country}
                    name={refs.name("countries", entry.country)}
                    error={form.errors[`countries.${index}.country`]}
                    statusOptions={statusOptions}
                    statusProps={form.getInputProps(`countries.${index}.status`)}
                    noteProps={form.getInputProps(`countries.${index}.note`)}
                    onRemove={() => form.removeListItem("countries", index)}
                  />
                ))}
              </ul>
            )}

            <AddCountry
              options={refs.options("countries").filter((o) => !listed.has(o.value))}
              statusOptions={statusOptions}
              onAdd={(entry) => form.insertListItem("countries", entry)}
            />
          </Stack>
        </Section>

        <Group justify="flex-end" gap="sm">
          {form.isDirty() && (
            <Button variant="default" onClick={() => form.reset()} disabled={save.isPending}>
              {t("fundSettings.discard")}
            </Button>
          )}
          <Button ref={saveRef} type="submit" loading={save.isPending}>
            {t("form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

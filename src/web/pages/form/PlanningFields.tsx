import { NumberInput, Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useManagers } from "../../api/hooks";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import type { ProjectForm } from "./values";

/** Money, dates and people: what the fund commits and who answers for it. */
export function PlanningFields({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const managers = useManagers();
  const currency = (
    <Text span size="sm" c="dimmed" aria-hidden>
      {format.currency.symbol}
    </Text>
  );
  const people = (managers.data ?? [])
    .map((m) => ({ value: m.id, label: m.name }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  return (
    <Section title={t("form.planning")}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        {/*
          The input shows the amount in the language's format but hands over the plain decimal
          string ("180000.5") that it parsed, never a float; stepping is off for the same reason.
        */}
        <NumberInput
          label={t("form.requestedBudget")}
          required
          leftSection={format.currency.before ? currency : undefined}
          rightSection={format.currency.before ? undefined : currency}
          leftSectionWidth={44}
          rightSectionWidth={52}
          hideControls
          withKeyboardEvents={false}
          valueIsNumericString
          decimalScale={2}
          allowNegative={false}
          thousandSeparator={format.separators.group}
          decimalSeparator={format.separators.decimal}
          data-path="requestedBudget"
          value={form.values.requestedBudget}
          error={form.errors.requestedBudget}
          onValueChange={({ value }, { source }) => {
            if (source === "event") form.setFieldValue("requestedBudget", value);
          }}
        />
        <TextInput
          type="date"
          label={t("project.plannedStart")}
          required
          {...form.getInputProps("plannedStart")}
        />
        <TextInput
          type="date"
          label={t("project.plannedEnd")}
          required
          {...form.getInputProps("plannedEnd")}
        />
        <Select
          label={t("project.pm")}
          data={people}
          searchable
          disabled={managers.isLoading}
          {...form.getInputProps("pmId")}
        />
        <Select
          label={t("project.altPm")}
          data={people.filter((p) => p.value !== form.values.pmId)}
          searchable
          clearable
          disabled={managers.isLoading}
          {...form.getInputProps("altPmId")}
        />
      </SimpleGrid>
    </Section>
  );
}

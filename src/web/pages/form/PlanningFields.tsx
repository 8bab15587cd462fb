import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useManagers } from "../../api/hooks";
import { MoneyInput } from "../../components/MoneyInput";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { BudgetYearsFields } from "./BudgetYearsFields";
import type { ProjectForm } from "./values";

/** Money, dates and people: what the fund commits and who answers for it. */
export function PlanningFields({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const managers = useManagers();
  const people = (managers.data ?? [])
    .map((m) => ({ value: m.id, label: m.name }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  return (
    <Section title={t("form.planning")}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <MoneyInput
          label={t("form.requestedBudget")}
          required
          data-path="requestedBudget"
          value={form.values.requestedBudget}
          error={form.errors.requestedBudget}
          onChange={(value) => form.setFieldValue("requestedBudget", value)}
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
      <BudgetYearsFields form={form} />
    </Section>
  );
}

/**
 * The requested budget per year of the project in the form (issue 15 §2): one amount per period of
 * the planned dates, starting as the split by days, a button to go back to it, and a live line
 * with the sum and the difference to the requested budget.
 */
import { Button, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatMoney } from "../../../domain/money";
import { MoneyInput } from "../../components/MoneyInput";
import { useFormat } from "../../lib/format";
import { shownYears, sumOfYears, yearPlan } from "./budgetYearsValues";
import type { ProjectForm } from "./values";

export function BudgetYearsFields({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { requestedBudget, plannedStart, plannedEnd, budgetYears } = form.values;
  const plan = yearPlan(requestedBudget, plannedStart, plannedEnd);
  const listError = form.errors.budgetYears;
  return (
    <Stack gap="xs" mt="lg" data-path="budgetYears" aria-labelledby="budget-years-title" role="group">
      <Title order={3} size="h5" id="budget-years-title">
        {t("budgetYears.title")}
      </Title>
      {!plan ? (
        <Text size="sm" c="dimmed">
          {t("budgetYears.needDates")}
        </Text>
      ) : (
        <YearInputs
          amounts={shownYears(plan, budgetYears)}
          periods={plan.periods}
          totalCents={plan.totalCents}
          errorOf={(i) => form.errors[`budgetYears.${i}`]}
          listError={listError}
          onChange={(amounts) => form.setFieldValue("budgetYears", amounts)}
          onByDays={() => form.setFieldValue("budgetYears", null)}
          byDays={budgetYears === null}
          t={t}
          format={format}
        />
      )}
    </Stack>
  );
}

function YearInputs({
  amounts,
  periods,
  totalCents,
  errorOf,
  listError,
  onChange,
  onByDays,
  byDays,
  t,
  format,
}: {
  amounts: string[];
  periods: { start: string; end: string }[];
  totalCents: number;
  errorOf: (index: number) => unknown;
  listError: unknown;
  onChange: (amounts: string[]) => void;
  onByDays: () => void;
  byDays: boolean;
  t: ReturnType<typeof useTranslation>["t"];
  format: ReturnType<typeof useFormat>;
}) {
  const sum = sumOfYears(amounts);
  const difference = sum - totalCents;
  return (
    <>
      <Text size="sm" c="dimmed">
        {t("budgetYears.explain")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        {periods.map((period, i) => (
          <MoneyInput
            key={period.start}
            label={t("budgetYears.yearLabel", {
              n: i + 1,
              start: format.date(period.start),
              end: format.date(period.end),
            })}
            data-path={`budgetYears.${i}`}
            value={amounts[i] ?? ""}
            error={errorOf(i) as string | undefined}
            onChange={(value) => onChange(amounts.map((a, j) => (j === i ? value : a)))}
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" align="center">
        <Text size="sm" aria-live="polite" data-testid="budget-years-sum">
          {t("budgetYears.sum", { sum: format.money(formatMoney(sum)) })}
          {" · "}
          {difference === 0
            ? t("budgetYears.fits")
            : t("budgetYears.difference", { difference: format.money(formatMoney(difference)) })}
        </Text>
        <Button variant="default" size="xs" onClick={onByDays} disabled={byDays}>
          {t("budgetYears.byDays")}
        </Button>
      </Group>
      {listError ? (
        <Text size="sm" c="red" role="alert">
          {listError as string}
        </Text>
      ) : null}
    </>
  );
}

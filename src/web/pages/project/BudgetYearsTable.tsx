/** The project's budget by year (issue 15 §2): each period with its requested and approved amounts. */
import { Table, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../domain/project";
import { useFormat } from "../../lib/format";
import classes from "./ProjectPage.module.css";

export function BudgetYearsTable({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div>
      <Title order={3} size="h5" mt="lg" mb="xs" id="budget-by-year">
        {t("budgetYears.title")}
      </Title>
      <Table verticalSpacing={6} fz="sm" aria-labelledby="budget-by-year" data-testid="budget-years">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("budgetYears.period")}</Table.Th>
            <Table.Th ta="right">{t("budgetYears.requested")}</Table.Th>
            <Table.Th ta="right">{t("budgetYears.approved")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {project.budgetYears.map((year) => (
            <Table.Tr key={year.start}>
              <Table.Td>
                {t("budgetYears.periodDates", {
                  start: format.date(year.start),
                  end: format.date(year.end),
                })}
              </Table.Td>
              <Table.Td ta="right" className={classes.numeric}>
                {format.money(year.requested)}
              </Table.Td>
              <Table.Td ta="right" className={classes.numeric}>
                {format.money(year.approved)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t("budgetYears.total")}</Table.Th>
            <Table.Td ta="right" className={classes.numeric}>
              {format.money(project.requestedBudget)}
            </Table.Td>
            <Table.Td ta="right" className={classes.numeric}>
              {format.money(project.approvedBudget)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
}

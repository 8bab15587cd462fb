import { Progress, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatMoney, parseMoney } from "../../../domain/money";
import type { ProjectDetail } from "../../../domain/project";
import { FULL_SHARE, percentToHundredths } from "../../../domain/shares";
import { Section } from "../../components/Section";
import { allocateCents } from "../../lib/allocate";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./ProjectPage.module.css";

type Share = ProjectDetail["areaShares"][number];

/**
 * The amount each share represents, in the API's money format. The cents are shared out together,
 * not rounded one by one, so that a breakdown covering 100 % adds up to the budget to the cent.
 */
function shareAmounts(budget: string, shares: readonly Share[]): (string | null)[] {
  const cents = parseMoney(budget);
  const hundredths = shares.map((share) => percentToHundredths(share.percent));
  if (cents === null) return shares.map(() => null);
  const amounts = allocateCents(
    cents,
    hundredths.map((h) => h ?? 0),
    FULL_SHARE,
  );
  return amounts.map((amount, index) => (hundredths[index] === null ? null : formatMoney(amount)));
}

function ShareTable({
  title,
  shares,
  list,
  budget,
}: {
  title: string;
  shares: Share[];
  list: "areasOfWork" | "activityTypes";
  budget: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const sorted = [...shares].sort((a, b) => b.percent - a.percent);
  const amounts = shareAmounts(budget, sorted);
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {shares.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("project.noShares")}
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(list === "areasOfWork" ? "project.areaOfWork" : "project.activityType")}</Table.Th>
              <Table.Th ta="right">{t("project.share")}</Table.Th>
              <Table.Th ta="right">{t("project.amount")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((share, index) => (
              <Table.Tr key={share.code}>
                <Table.Td>
                  {refs.name(list, share.code)}
                  <Progress value={share.percent} size="sm" mt={4} aria-hidden />
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.percent(share.percent)}
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.money(amounts[index])}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}

export function BudgetSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const budget = project.approvedBudget ?? project.requestedBudget;
  return (
    <Section title={t("project.budgetShares")}>
      <Text size="sm" c="dimmed" mb="md">
        {t(project.approvedBudget ? "project.sharesOfApproved" : "project.sharesOfRequested")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <ShareTable
          title={t("project.byArea")}
          shares={project.areaShares}
          list="areasOfWork"
          budget={budget}
        />
        <ShareTable
          title={t("project.byActivity")}
          shares={project.activityShares}
          list="activityTypes"
          budget={budget}
        />
      </SimpleGrid>
    </Section>
  );
}

import { Progress, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../domain/project";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { BudgetYearsTable } from "./BudgetYearsTable";
import classes from "./ProjectPage.module.css";

type Share = ProjectDetail["areaShares"][number];

function ShareTable({
  title,
  shares,
  list,
}: {
  title: string;
  shares: Share[];
  list: "areasOfWork" | "activityTypes";
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const sorted = [...shares].sort((a, b) => b.percent - a.percent);
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
            {sorted.map((share) => (
              <Table.Tr key={share.code}>
                <Table.Td>
                  {refs.name(list, share.code)}
                  <Progress value={share.percent} size="sm" mt={4} aria-hidden />
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.percent(share.percent)}
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.money(share.amount)}
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
  return (
    <Section title={t("project.budgetShares")}>
      <Text size="sm" c="dimmed" mb="md">
        {t(project.approvedBudget ? "project.sharesOfApproved" : "project.sharesOfRequested")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <ShareTable title={t("project.byArea")} shares={project.areaShares} list="areasOfWork" />
        <ShareTable title={t("project.byActivity")} shares={project.activityShares} list="activityTypes" />
      </SimpleGrid>
      <BudgetYearsTable project={project} />
    </Section>
  );
}

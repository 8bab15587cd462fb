import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../domain/project";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./ProjectPage.module.css";

export function BeneficiariesSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const total = project.beneficiaries.reduce((sum, row) => sum + row.number, 0);
  return (
    <Section title={t("project.beneficiaries")}>
      {project.beneficiaries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("project.noBeneficiaries")}
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("beneficiary.type")}</Table.Th>
              <Table.Th>{t("beneficiary.sex")}</Table.Th>
              <Table.Th>{t("beneficiary.ageGroup")}</Table.Th>
              <Table.Th ta="right">{t("beneficiary.number")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {project.beneficiaries.map((row) => (
              <Table.Tr key={`${row.type}-${row.sex}-${row.ageGroup}`}>
                <Table.Td>{refs.name("beneficiaryTypes", row.type)}</Table.Td>
                <Table.Td>{t(`sex.${row.sex}`)}</Table.Td>
                <Table.Td>{t(`ageGroup.${row.ageGroup}`)}</Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.number(row.number)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={3}>
                {t("beneficiary.total")}
              </Table.Th>
              <Table.Td ta="right" fw={700} className={classes.numeric}>
                {format.number(total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Section>
  );
}

import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Indicator, ResultsMatrix } from "../../../../domain/resultsMatrix";
import { ScrollRegion } from "../../../components/ScrollRegion";
import { useFormat } from "../../../lib/format";
import pageClasses from "../ProjectPage.module.css";
import classes from "./ResultsMatrix.module.css";

/**
 * The matrix read top-down as a logframe: the objective, then each outcome with its outputs;
 * every level with its assumptions and indicators.
 */
export function ResultsMatrixView({ objective, matrix }: { objective: string; matrix: ResultsMatrix }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div className={classes.level} data-level="objective">
        <Title order={3} size="h5">
          {t("results.matrix.objective")}
        </Title>
        <Text size="sm" className={pageClasses.prose} c={objective ? undefined : "dimmed"}>
          {objective || t("results.matrix.objectiveMissing")}
        </Text>
        <Assumptions text={matrix.objectiveAssumptions} />
        <Indicators indicators={matrix.objectiveIndicators} of={t("results.matrix.objective")} />
      </div>
      {matrix.outcomes.map((outcome, o) => {
        const outcomeName = t("results.matrix.outcome", { number: o + 1 });
        return (
          <div key={outcome.id} className={classes.level} data-level="outcome">
            <Title order={3} size="h5">
              {outcomeName}
            </Title>
            <Text size="sm" className={pageClasses.prose}>
              {outcome.statement}
            </Text>
            <Assumptions text={outcome.assumptions} />
            <Indicators indicators={outcome.indicators} of={outcomeName} />
            {outcome.outputs.length > 0 && (
              <Stack gap="sm" mt="xs">
                {outcome.outputs.map((output, p) => {
                  const outputName = t("results.matrix.output", { number: `${o + 1}.${p + 1}` });
                  return (
                    <div key={output.id} className={classes.level} data-level="output">
                      <Title order={4} size="h6">
                        {outputName}
                      </Title>
                      <Text size="sm" className={pageClasses.prose}>
                        {output.statement}
                      </Text>
                      <Assumptions text={output.assumptions} />
                      <Indicators indicators={output.indicators} of={outputName} />
                    </div>
                  );
                })}
              </Stack>
            )}
          </div>
        );
      })}
    </Stack>
  );
}

function Assumptions({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <Text size="sm" className={pageClasses.prose}>
      <Text span fw={600} size="sm">
        {t("results.matrix.assumptionsLabel")}{" "}
      </Text>
      {text}
    </Text>
  );
}

function Indicators({ indicators, of }: { indicators: Indicator[]; of: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (indicators.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("results.matrix.noIndicators")}
      </Text>
    );
  }
  return (
    <ScrollRegion label={t("results.matrix.indicatorsOf", { item: of })} minWidth={640} mt={4}>
      <Table
        verticalSpacing={4}
        fz="sm"
        withTableBorder
        className={classes.indicators}
        aria-label={t("results.matrix.indicatorsOf", { item: of })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="36%">{t("results.matrix.indicator")}</Table.Th>
            <Table.Th w="12%">{t("results.matrix.unit")}</Table.Th>
            <Table.Th w="11%" ta="right">
              {t("results.matrix.baseline")}
            </Table.Th>
            <Table.Th w="11%" ta="right">
              {t("results.matrix.target")}
            </Table.Th>
            <Table.Th w="30%">{t("results.matrix.meansOfVerification")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Td>{indicator.name}</Table.Td>
              <Table.Td>{indicator.unit}</Table.Td>
              <Table.Td ta="right" className={pageClasses.numeric}>
                {format.number(indicator.baseline)}
              </Table.Td>
              <Table.Td ta="right" className={pageClasses.numeric}>
                {format.number(indicator.target)}
              </Table.Td>
              <Table.Td>{indicator.meansOfVerification || format.missing}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

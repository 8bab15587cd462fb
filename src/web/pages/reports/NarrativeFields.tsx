/**
 * The narrative report's inputs: each indicator's value to date beside its baseline, target and
 * previous accepted value; the beneficiaries reached beside the project's targets; the texts.
 */
import {
  Button,
  Fieldset,
  Grid,
  Group,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconListCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { INDICATOR_COMMENT_MAX, REPORT_TEXT_MAX, type ReportDetail } from "../../../domain/reports";
import { BeneficiaryRowsEditor } from "../../components/BeneficiaryRowsEditor";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { IndicatorFacts } from "./IndicatorFacts";
import { groupIndicators } from "./indicatorGroups";
import classes from "./Reports.module.css";
import { newReachedRow, type ReachedRow, type ReportForm } from "./reportValues";

const MAX_ROWS = 100;

type TargetGroup = ReportDetail["targetBeneficiaries"][number];
const groupKey = (g: { type: string | null; sex: string | null; ageGroup: string | null }) =>
  `${g.type}|${g.sex}|${g.ageGroup}`;

export function NarrativeFields({ form, report }: { form: ReportForm; report: ReportDetail }) {
  return (
    <>
      <IndicatorInputs form={form} report={report} />
      <ReachedInputs form={form} targets={report.targetBeneficiaries} />
      <TextInputs form={form} />
    </>
  );
}

function IndicatorInputs({ form, report }: { form: ReportForm; report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t("reports.narrative.indicators")}>
      {report.indicators.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("reports.narrative.noIndicators")}
        </Text>
      ) : (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t("reports.narrative.indicatorsHelp")}
          </Text>
          {groupIndicators(report.indicators).map((group) => (
            <Stack key={group.key} gap="sm">
              <Title order={3} size="h5">
                {group.result
                  ? t("reports.narrative.measures", {
                      level: t(`reports.narrative.level.${group.level}`),
                      result: group.result,
                    })
                  : t(`reports.narrative.level.${group.level}`)}
              </Title>
              {group.items.map(({ indicator, index }) => (
                <Fieldset key={indicator.id} legend={indicator.name} variant="filled" radius="md">
                  <Stack gap="sm">
                    <IndicatorFacts indicator={indicator} />
                    <Grid gutter="sm">
                      <Grid.Col span={{ base: 12, sm: 4 }}>
                        <NumberInput
                          label={t("reports.narrative.actual")}
                          description={indicator.unit || undefined}
                          thousandSeparator={format.separators.group}
                          decimalSeparator={format.separators.decimal}
                          decimalScale={4}
                          hideControls
                          {...form.getInputProps(`indicators.${index}.actual`)}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, sm: 8 }}>
                        <TextInput
                          label={t("reports.narrative.comment")}
                          maxLength={INDICATOR_COMMENT_MAX}
                          {...form.getInputProps(`indicators.${index}.comment`)}
                        />
                      </Grid.Col>
                    </Grid>
                  </Stack>
                </Fieldset>
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function ReachedInputs({ form, targets }: { form: ReportForm; targets: readonly TargetGroup[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const rows = form.values.beneficiaries;
  // Reports rarely split a type as its target does (women and men against "all sexes"), so each
  // row shows the target of its whole type, as the project's targets vs actuals compare them.
  const targetOfType = new Map<string, number>();
  for (const g of targets) targetOfType.set(g.type, (targetOfType.get(g.type) ?? 0) + g.number);
  const listed = new Set(rows.map(groupKey));
  const missingTargets = targets.filter((g) => !listed.has(groupKey(g)));
  const reached = rows.reduce((sum, row) => sum + (row.number === "" ? 0 : Number(row.number)), 0);
  const targeted = targets.reduce((sum, g) => sum + g.number, 0);

  return (
    <Section title={t("reports.narrative.beneficiaries")}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("reports.narrative.beneficiariesHelp")}
        </Text>
        <BeneficiaryRowsEditor<ReachedRow>
          form={form}
          rows={rows}
          error={form.errors.beneficiaries}
          maxRows={MAX_ROWS}
          minNumber={0}
          texts={{
            empty: t("reports.narrative.noBeneficiaries"),
            add: t("reports.narrative.addBeneficiary"),
            remove: (number) => t("reports.narrative.removeBeneficiary", { number }),
          }}
          onAdd={() => form.insertListItem("beneficiaries", newReachedRow())}
          onRemove={(index) => form.removeListItem("beneficiaries", index)}
          column={{
            label: t("reports.narrative.target"),
            render: (row) => {
              const target = row.type ? targetOfType.get(row.type) : undefined;
              const typeName = row.type ? refs.name("beneficiaryTypes", row.type) : "";
              return (
                <Text className={classes.target} c={target === undefined ? "dimmed" : undefined}>
                  {target === undefined
                    ? t("reports.narrative.noTarget")
                    : t("results.progress.typeTarget", {
                        type: typeName,
                        number: format.number(target),
                      })}
                </Text>
              );
            },
          }}
        />
        <Group justify="space-between" gap="sm">
          {missingTargets.length > 0 && rows.length < MAX_ROWS ? (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconListCheck size={16} aria-hidden />}
              onClick={() =>
                form.setFieldValue("beneficiaries", [
                  ...rows,
                  ...missingTargets.slice(0, MAX_ROWS - rows.length).map((g) => ({
                    ...newReachedRow(),
                    type: g.type,
                    sex: g.sex,
                    ageGroup: g.ageGroup,
                  })),
                ])
              }
            >
              {t("reports.narrative.addTargetGroups", { count: missingTargets.length })}
            </Button>
          ) : (
            <span />
          )}
          <Text size="sm" className={classes.numeric}>
            {t("reports.narrative.reachedOfTargeted", {
              reached: format.number(reached),
              targeted: format.number(targeted),
            })}
          </Text>
        </Group>
      </Stack>
    </Section>
  );
}

function TextInputs({ form }: { form: ReportForm }) {
  const { t } = useTranslation();
  return (
    <Section title={t("reports.narrative.texts")}>
      <Stack gap="md">
        {(["challenges", "lessonsLearned", "goodPractices"] as const).map((field) => (
          <Textarea
            key={field}
            label={t(`reports.narrative.${field}`)}
            autosize
            minRows={3}
            maxRows={14}
            maxLength={REPORT_TEXT_MAX}
            {...form.getInputProps(field)}
          />
        ))}
      </Stack>
    </Section>
  );
}

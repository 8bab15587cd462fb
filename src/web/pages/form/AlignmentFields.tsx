import { Checkbox, MultiSelect, Radio, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import type { ProjectForm } from "./values";

export function AlignmentFields({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { reference } = useReferenceData();
  const points = [...(reference?.strategyPoints ?? [])].sort((a, b) => a.number - b.number);
  const migof = (["principle", "objective"] as const).map((kind) => ({
    group: t(`migof.${kind}s`),
    items: (reference?.migof ?? [])
      .filter((m) => m.kind === kind)
      .map((m) => ({ value: m.code, label: format.name(m.name) })),
  }));

  return (
    <Section title={t("project.alignment")}>
      <Stack gap="lg">
        <Checkbox.Group
          label={t("project.strategyPoints")}
          description={t("form.strategyPointsHelp")}
          {...form.getInputProps("strategyPoints")}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" mt="xs">
            {points.map((point) => (
              <Checkbox
                key={point.number}
                value={String(point.number)}
                label={`${point.number}. ${format.name(point.name)}`}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <MultiSelect
          label={t("project.migof")}
          description={t("form.migofHelp")}
          data={migof}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t("form.nothingFound")}
          {...form.getInputProps("migof")}
        />
        <Radio.Group label={t("project.genderMarker")} {...form.getInputProps("genderMarker")}>
          <Stack gap="sm" mt="xs">
            <Radio value="" label={t("form.genderMarkerNone")} />
            {(reference?.genderMarkers ?? []).map((marker) => (
              <Radio
                key={marker.code}
                value={marker.code}
                label={format.name(marker.name)}
                description={format.name(marker.description)}
              />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </Section>
  );
}

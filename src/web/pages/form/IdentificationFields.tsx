import { Group, MultiSelect, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  OBJECTIVE_MAX,
  PROJECT_TYPES,
  type ProjectDetail,
  SUMMARY_MAX,
  TITLE_MAX,
} from "../../../domain/project";
import { Section } from "../../components/Section";
import { useReferenceData } from "../../lib/reference";
import { FollowUpSelect } from "./FollowUpSelect";
import type { ProjectForm } from "./values";

interface Props {
  form: ProjectForm;
  projectId: string | undefined;
  /** The follow-ups of the versions the form has loaded. */
  followUps: readonly (ProjectDetail["followUpOf"] | undefined)[];
}

export function IdentificationFields({ form, projectId, followUps }: Props) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const years = (refs.reference?.fundingYears ?? [])
    .filter((y) => y.open || String(y.year) === form.values.fundingYear)
    .map((y) => ({
      value: String(y.year),
      label: y.open ? String(y.year) : t("form.closedYear", { year: y.year }),
    }))
    .sort((a, b) => b.value.localeCompare(a.value));

  /** Most projects sit in one region; when the countries agree on it, the user need not pick it. */
  const onCountriesChange = (countries: string[]) => {
    form.setFieldValue("countries", countries);
    const regions = new Set(countries.map((c) => refs.countryRegion(c)));
    const [only] = regions;
    if (regions.size === 1 && only) {
      form.setFieldValue("region", only);
      form.clearFieldError("region");
    }
  };

  return (
    <>
      <Section title={t("form.identification")}>
        <Stack gap="md">
          <TextInput
            label={t("project.title")}
            required
            maxLength={TITLE_MAX}
            {...form.getInputProps("title")}
          />
          <Radio.Group label={t("project.type")} required {...form.getInputProps("type")}>
            <Group mt={6} gap="lg">
              {PROJECT_TYPES.map((type) => (
                <Radio key={type} value={type} label={t(`type.${type}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <MultiSelect
              label={t("project.countries")}
              description={t("form.countriesHelp")}
              data={refs.options("countries")}
              searchable
              clearable
              hidePickedOptions
              nothingFoundMessage={t("form.nothingFound")}
              {...form.getInputProps("countries")}
              onChange={onCountriesChange}
            />
            <Select
              label={t("project.region")}
              description={t("form.regionHelp")}
              data={refs.options("regions")}
              clearable
              {...form.getInputProps("region")}
            />
            <Select
              label={t("project.fundingYear")}
              required
              data={years}
              {...form.getInputProps("fundingYear")}
            />
            <Select
              label={t("project.fundLine")}
              required
              data={refs.options("fundLines")}
              {...form.getInputProps("fundLine")}
            />
          </SimpleGrid>
          <FollowUpSelect form={form} projectId={projectId} known={followUps} />
        </Stack>
      </Section>
      <Section title={t("form.description")}>
        <Stack gap="md">
          <Textarea
            label={t("project.summary")}
            autosize
            minRows={4}
            maxRows={14}
            maxLength={SUMMARY_MAX}
            description={t("form.characters", { count: form.values.summary.length, max: SUMMARY_MAX })}
            {...form.getInputProps("summary")}
          />
          <Textarea
            label={t("project.objective")}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={OBJECTIVE_MAX}
            description={t("form.characters", { count: form.values.objective.length, max: OBJECTIVE_MAX })}
            {...form.getInputProps("objective")}
          />
        </Stack>
      </Section>
    </>
  );
}

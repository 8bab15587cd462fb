import { List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../domain/project";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";

function None() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t("common.none")}
    </Text>
  );
}

export function AlignmentSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const points = [...project.strategyPoints].sort((a, b) => a - b);
  const pointName = (n: number) =>
    format.name(refs.reference?.strategyPoints.find((p) => p.number === n)?.name);
  const migofKind = (code: string) => refs.reference?.migof.find((m) => m.code === code)?.kind;
  const marker = refs.reference?.genderMarkers.find((g) => g.code === project.genderMarker);

  return (
    <Section title={t("project.alignment")}>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
        <div>
          <Title order={3} size="h5" mb="xs">
            {t("project.strategyPoints")}
          </Title>
          {points.length === 0 ? (
            <None />
          ) : (
            <List size="sm" spacing={4} type="ordered" listStyleType="none">
              {points.map((n) => (
                <List.Item key={n}>
                  <Text span fw={700} size="sm">
                    {n}.
                  </Text>{" "}
                  {pointName(n) || t("project.strategyPoint", { number: n })}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            {t("project.migof")}
          </Title>
          {project.migof.length === 0 ? (
            <None />
          ) : (
            <List size="sm" spacing={6}>
              {[...project.migof].sort().map((code) => (
                <List.Item key={code}>
                  {migofKind(code) && (
                    <Text span size="sm" fw={700}>
                      {t(`migof.${migofKind(code)}`)}:{" "}
                    </Text>
                  )}
                  {refs.name("migof", code)}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb="xs">
            {t("project.genderMarker")}
          </Title>
          {project.genderMarker ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {refs.name("genderMarkers", project.genderMarker)}
              </Text>
              {marker && (
                <Text size="sm" c="dimmed">
                  {format.name(marker.description)}
                </Text>
              )}
            </Stack>
          ) : (
            <None />
          )}
        </div>
      </SimpleGrid>
    </Section>
  );
}

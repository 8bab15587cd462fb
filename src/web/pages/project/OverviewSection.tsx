import { Anchor, SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { monthsBetween, type ProjectDetail } from "../../../domain/project";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./ProjectPage.module.css";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.item}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function OverviewSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const countries = project.countries.map((c) => refs.name("countries", c)).join(", ");
  return (
    <Section title={t("project.overview")}>
      <SimpleGrid
        component="dl"
        cols={{ base: 1, xs: 2, md: 3 }}
        spacing="lg"
        verticalSpacing="md"
        className={classes.list}
      >
        <Item label={t("project.type")}>{t(`type.${project.type}`)}</Item>
        <Item label={t("project.region")}>{refs.name("regions", project.region)}</Item>
        <Item label={t("project.countries")}>{countries || format.missing}</Item>
        <Item label={t("project.fundingYear")}>{project.fundingYear}</Item>
        <Item label={t("project.fundLine")}>{refs.name("fundLines", project.fundLine)}</Item>
        <Item label={t("project.followUpOf")}>
          {project.followUpOf ? (
            <Anchor component={Link} to={`/projects/${project.followUpOf.id}`}>
              {t("project.codeTitle", { code: project.followUpOf.code, title: project.followUpOf.title })}
            </Anchor>
          ) : (
            format.missing
          )}
        </Item>
        <Item label={t("project.requestedBudget")}>{format.money(project.requestedBudget)}</Item>
        <Item label={t("project.approvedBudget")}>{format.money(project.approvedBudget)}</Item>
        <Item label={t("project.duration")}>
          {t("project.months", {
            count: Math.round(monthsBetween(project.plannedStart, project.plannedEnd)),
          })}
        </Item>
        <Item label={t("project.plannedDates")}>
          {format.date(project.plannedStart)} – {format.date(project.plannedEnd)}
        </Item>
        <Item label={t("project.actualDates")}>
          {project.actualStart && project.actualEnd ? (
            `${format.date(project.actualStart)} – ${format.date(project.actualEnd)}`
          ) : project.actualStart ? (
            t("project.since", { date: format.date(project.actualStart) })
          ) : (
            <Text span c="dimmed" size="sm">
              {t("project.notStarted")}
            </Text>
          )}
        </Item>
        <Item label={t("project.pm")}>{project.pm?.name ?? format.missing}</Item>
        <Item label={t("project.altPm")}>{project.altPm?.name ?? format.missing}</Item>
      </SimpleGrid>
    </Section>
  );
}

import { Badge, Paper, SimpleGrid, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CountryFundStatus, FundYearSettings } from "../../../domain/fundSettings";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./Process.module.css";

export const COUNTRY_STATUS_COLOR: Record<CountryFundStatus, string> = {
  inArrears: "orange",
  notEligible: "red",
};

function Ceiling({ label, amount }: { label: string; amount: string }) {
  const format = useFormat();
  return (
    <Paper p="md" bg="gray.0">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} className={classes.money}>
        {format.money(amount)}
      </Text>
    </Paper>
  );
}

/** A funding year's rules as everyone reads them. */
export function FundYearView({ settings }: { settings: FundYearSettings }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const countries = [...settings.countries].sort((a, b) =>
    refs.name("countries", a.country).localeCompare(refs.name("countries", b.country)),
  );
  return (
    <>
      <Section title={t("fundSettings.ceilings")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Ceiling label={t("fundSettings.ceilingNational")} amount={settings.line2NationalCeiling} />
          <Ceiling label={t("fundSettings.ceilingRegional")} amount={settings.line2RegionalCeiling} />
        </SimpleGrid>
      </Section>
      <Section title={t("fundSettings.countries")}>
        {countries.length === 0 ? (
          <Text size="sm">{t("fundSettings.noCountries", { year: settings.fundingYear })}</Text>
        ) : (
          <ScrollRegion
            label={t("fundSettings.countriesCaption", { year: settings.fundingYear })}
            minWidth={480}
          >
            <Table verticalSpacing="xs" fz="sm">
              <Table.Caption className={classes.caption}>
                {t("fundSettings.countriesCaption", { year: settings.fundingYear })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("fundSettings.country")}</Table.Th>
                  <Table.Th>{t("fundSettings.status")}</Table.Th>
                  <Table.Th>{t("fundSettings.note")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {countries.map((entry) => (
                  <Table.Tr key={entry.country}>
                    <Table.Td fw={600}>{refs.name("countries", entry.country)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={COUNTRY_STATUS_COLOR[entry.status]} miw="max-content">
                        {t(`fundSettings.countryStatus.${entry.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{entry.note || t("common.missing")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Section>
    </>
  );
}

/** Who changed the rules last, and when. */
export function LastChange({ settings }: { settings: FundYearSettings }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!settings.updatedAt) return null;
  return (
    <Text size="xs" c="dimmed">
      {settings.updatedBy
        ? t("fundSettings.lastChangeBy", {
            date: format.date(settings.updatedAt),
            name: settings.updatedBy.name,
          })
        : t("fundSettings.lastChange", { date: format.date(settings.updatedAt) })}
    </Text>
  );
}

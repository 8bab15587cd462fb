import { Paper, SimpleGrid, Skeleton, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import { IconAlertTriangle, IconCoin, IconFolders, IconPlayerPlay, IconWorld } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PortfolioHeadline } from "../../../domain/portfolio";
import { useFormat } from "../../lib/format";
import classes from "./HomePage.module.css";

interface Figure {
  key: string;
  label: string;
  value: string;
  /** The exact value when the card shows a rounded one. */
  exact?: string;
  icon: typeof IconFolders;
  to: string;
  colour: string;
}

/** Cents as a decimal string of dollars, without going through a float. */
function centsToAmount(cents: string): string {
  const digits = cents.replace(/^-/, "").padStart(3, "0");
  return `${cents.startsWith("-") ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A few figures that say how big the portfolio is and what needs attention, each a way in. */
export function HeadlineFigures({
  headline,
  fundingYear,
}: {
  headline: PortfolioHeadline | undefined;
  fundingYear: number | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const year = fundingYear === undefined ? "" : `fundingYear=${fundingYear}`;
  const list = (extra: string) =>
    `/projects${[year, extra].filter(Boolean).length ? "?" : ""}${[year, extra].filter(Boolean).join("&")}`;
  const compact = new Intl.NumberFormat(format.locale, {
    style: "currency",
    currency: "USD",
    notation: "compact",
    maximumFractionDigits: 1,
  });
  const figures: Figure[] = headline
    ? [
        {
          key: "projects",
          label: t("home.figures.projects"),
          value: format.number(headline.projects),
          icon: IconFolders,
          to: list(""),
          colour: "prima",
        },
        {
          key: "active",
          label: t("home.figures.active"),
          value: format.number(headline.activeProjects),
          icon: IconPlayerPlay,
          to: list("status=active"),
          colour: "teal",
        },
        {
          key: "budget",
          label: t("home.figures.approvedBudget"),
          // Rounded for the card only; the exact amount is in its accessible name and tooltip.
          value: compact.format(Number(headline.approvedBudgetCents) / 100),
          exact: format.money(centsToAmount(headline.approvedBudgetCents)),
          icon: IconCoin,
          to: list("sort=requestedBudget"),
          colour: "grape",
        },
        {
          key: "countries",
          label: t("home.figures.countries"),
          value: format.number(headline.countriesReached),
          icon: IconWorld,
          to: list(""),
          colour: "cyan",
        },
        {
          key: "overdue",
          label: t("home.figures.overdue"),
          value: format.number(headline.overdueReports),
          icon: IconAlertTriangle,
          to: "/reports?state=overdue",
          colour: headline.overdueReports > 0 ? "orange" : "gray",
        },
      ]
    : [];

  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md" component="ul" className={classes.figures}>
      {headline
        ? figures.map((figure) => (
            <li key={figure.key}>
              <UnstyledButton
                component={Link}
                to={figure.to}
                className={classes.figure}
                title={figure.exact}
                data-testid={`figure-${figure.key}`}
              >
                <Paper p="md" h="100%">
                  <ThemeIcon variant="light" color={figure.colour} size="lg" radius="md" aria-hidden>
                    <figure.icon size={20} />
                  </ThemeIcon>
                  <Text className={classes.figureValue} aria-hidden={figure.exact ? true : undefined}>
                    {figure.value}
                  </Text>
                  {figure.exact && <span className={classes.visuallyHidden}>{figure.exact}</span>}
                  <Text size="sm" c="gray.7" fw={500}>
                    {figure.label}
                  </Text>
                </Paper>
              </UnstyledButton>
            </li>
          ))
        : [0, 1, 2, 3, 4].map((i) => (
            <li key={i}>
              <Skeleton h={118} radius="md" />
            </li>
          ))}
    </SimpleGrid>
  );
}

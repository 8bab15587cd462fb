import { Button, Grid, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { usePortfolioSummary } from "../../api/portfolio";
import { QueryError } from "../../components/QueryError";
import { useCurrentUser } from "../../components/SignedIn";
import { useReferenceData } from "../../lib/reference";
import { useTitle } from "../../lib/useTitle";
import { BookmarksSection } from "./BookmarksSection";
import { EnvelopesCard } from "./EnvelopesCard";
import { HeadlineFigures } from "./HeadlineFigures";
import classes from "./HomePage.module.css";
import { ProjectMap } from "./ProjectMap";

/** The search box: the search engine's page does the rest. */
function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = q.trim();
    navigate(text ? `/search?q=${encodeURIComponent(text)}` : "/search");
  };
  return (
    <search className={classes.search}>
      <form onSubmit={submit}>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            type="search"
            label={t("home.search.label")}
            placeholder={t("home.search.placeholder")}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            maxLength={200}
            size="md"
            style={{ flex: 1 }}
          />
          <Button type="submit" size="md">
            {t("home.search.submit")}
          </Button>
        </Group>
      </form>
    </search>
  );
}

/** The funding year the whole page looks at, kept in the URL so that the view can be shared. */
function useFundingYear(): [number | undefined, (year: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("fundingYear"));
  const value = Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
  const set = (next: string | null) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set("fundingYear", next);
    else updated.delete("fundingYear");
    setParams(updated, { replace: true });
  };
  return [value, set];
}

export default function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const refs = useReferenceData();
  const [fundingYear, setFundingYear] = useFundingYear();
  const summary = usePortfolioSummary({ fundingYear });
  useTitle(t("home.title"));
  const years = (refs.reference?.fundingYears ?? [])
    .map((y) => String(y.year))
    .sort((a, b) => b.localeCompare(a));

  const yearFilter = (
    <Select
      size="xs"
      w={130}
      aria-label={t("home.fundingYear")}
      placeholder={t("home.allYears")}
      data={years}
      value={fundingYear === undefined ? null : String(fundingYear)}
      onChange={setFundingYear}
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <Stack gap="lg" maw={1400} mx="auto">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={1}>{t("home.title")}</Title>
          <Text c="gray.7">
            {fundingYear === undefined
              ? t("home.welcome", { name: me.name })
              : t("home.welcomeYear", { name: me.name, year: fundingYear })}
          </Text>
        </div>
        <SearchBox />
      </Group>

      {summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <section aria-label={t("home.figures.title")}>
          <HeadlineFigures headline={summary.data?.headline} fundingYear={fundingYear} />
        </section>
      )}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ProjectMap countries={summary.data?.countries} fundingYear={fundingYear} filters={yearFilter} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            {me.role === "fund_manager" && <EnvelopesCard fundingYear={fundingYear} />}
            <BookmarksSection />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

import { Alert, Anchor, Group, Select, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { FundYearSettings } from "../../../domain/fundSettings";
import { useFundRules } from "../../api/fundRules";
import { useReference } from "../../api/hooks";
import { PageLoader } from "../../components/AppLayout";
import { loadFailure, QueryError, RefreshFailed } from "../../components/QueryError";
import { useCurrentUser } from "../../components/SignedIn";
import { useTitle } from "../../lib/useTitle";
import { EnvelopesPanel } from "./EnvelopesPanel";
import { FundYearEditor } from "./FundYearEditor";
import { FundYearView, LastChange } from "./FundYearView";
import { ReportingRulesPanel } from "./ReportingRulesPanel";
import { SpendingThresholdPanel } from "./SpendingThresholdPanel";

/**
 * The year most proposals are being prepared for: the latest open year that has begun (this
 * year, usually), else the first open one, else the latest of all.
 */
function defaultYear(items: readonly FundYearSettings[], thisYear: number): number | undefined {
  const open = items.filter((i) => i.open).map((i) => i.fundingYear);
  const begun = open.filter((year) => year <= thisYear);
  if (begun.length > 0) return Math.max(...begun);
  if (open.length > 0) return Math.min(...open);
  return items.length > 0 ? Math.max(...items.map((i) => i.fundingYear)) : undefined;
}

/** The fund's rules per funding year: everyone reads them, the fund manager keeps them. */
export default function FundRulesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const rules = useFundRules();
  // Country names come from the reference data; waiting for it avoids a flash of ISO codes.
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  useTitle(t("fundSettings.title"));
  const items = rules.data ?? [];
  const asked = Number(params.get("year"));
  const year = items.some((i) => i.fundingYear === asked)
    ? asked
    : defaultYear(items, new Date().getFullYear());
  const settings = items.find((i) => i.fundingYear === year);
  const editable = me.can.editFundRules;

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <div>
        <Title order={1}>{t("fundSettings.title")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("fundSettings.intro")}{" "}
          <Anchor component={Link} to="/process" size="sm" underline="always">
            {t("fundSettings.processLink")}
          </Anchor>
        </Text>
      </div>
      <Alert variant="light" color="prima" icon={<IconInfoCircle aria-hidden />}>
        <Text size="sm">{t("fundSettings.explain")}</Text>
        <Text size="sm" mt={4}>
          {t(editable ? "fundSettings.auditEditable" : "fundSettings.audit")}
        </Text>
      </Alert>
      {rules.isLoading || reference.isLoading ? (
        <PageLoader />
      ) : loadFailure(rules) ? (
        <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : !settings ? (
        <Text>{t("fundSettings.noYears")}</Text>
      ) : (
        <>
          <RefreshFailed query={rules} />
          <Group align="flex-end" justify="space-between" gap="sm">
            <Select
              label={t("project.fundingYear")}
              data={[...items]
                .sort((a, b) => b.fundingYear - a.fundingYear)
                .map((i) => ({
                  value: String(i.fundingYear),
                  label: i.open ? String(i.fundingYear) : t("form.closedYear", { year: i.fundingYear }),
                }))}
              value={String(settings.fundingYear)}
              onChange={(value) => value && setParams({ year: value }, { replace: true })}
              allowDeselect={false}
              w={200}
            />
            <LastChange settings={settings} />
          </Group>
          {editable ? (
            // Keyed by year: another year starts a fresh form.
            <FundYearEditor key={settings.fundingYear} settings={settings} />
          ) : (
            <FundYearView settings={settings} />
          )}
          <EnvelopesPanel year={settings.fundingYear} editable={editable} />
        </>
      )}
      <ReportingRulesPanel />
      <SpendingThresholdPanel editable={editable} />
    </Stack>
  );
}

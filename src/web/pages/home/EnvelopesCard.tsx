import { Anchor, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { EnvelopeFigures } from "../../../domain/envelopes";
import { parseMoney } from "../../../domain/money";
import { useEnvelopes } from "../../api/envelopes";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { PAGE_PATHS } from "../../paths";

/**
 * The year the card shows: the one the page looks at, else the calendar year, else the latest
 * year with an envelope set (so that a fund between years still sees its last allocation).
 */
export function envelopeYear(envelopes: readonly EnvelopeFigures[], chosen: number | undefined, today: Date) {
  if (chosen !== undefined) return chosen;
  const year = today.getUTCFullYear();
  if (envelopes.some((e) => e.fundingYear === year && e.allocated !== null)) return year;
  const set = envelopes.filter((e) => e.allocated !== null).map((e) => e.fundingYear);
  return set.length > 0 ? Math.max(...set) : year;
}

/** The fund manager's home: what is left of each line's envelope this funding year. */
export function EnvelopesCard({ fundingYear }: { fundingYear: number | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const envelopes = useEnvelopes();
  const all = envelopes.data ?? [];
  const year = envelopeYear(all, fundingYear, new Date());
  const rows = all.filter((e) => e.fundingYear === year);
  return (
    <Section
      title={t("envelopes.home.title", { year })}
      actions={
        <Anchor component={Link} to={PAGE_PATHS.fundRules} size="sm">
          {t("envelopes.home.link")}
        </Anchor>
      }
    >
      {envelopes.isPending ? (
        <PageLoader />
      ) : envelopes.isError ? (
        <QueryError error={envelopes.error} onRetry={() => void envelopes.refetch()} />
      ) : (
        <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {rows.map((e) => {
            const line = refs.name("fundLines", e.fundLine);
            const allocated = e.allocated === null ? null : (parseMoney(e.allocated) ?? 0);
            const available = e.available === null ? null : (parseMoney(e.available) ?? 0);
            const used =
              allocated && available !== null
                ? Math.min(100, Math.max(0, 100 - (available / allocated) * 100))
                : 0;
            return (
              <Stack component="li" key={e.fundLine} gap={4}>
                <Text fw={600} size="sm">
                  {line}
                </Text>
                {e.allocated === null ? (
                  <Text size="sm" c="gray.7">
                    {t("envelopes.home.notSet")}
                  </Text>
                ) : (
                  <>
                    <Text size="sm">
                      {t("envelopes.home.available", {
                        available: format.money(e.available),
                        allocated: format.money(e.allocated),
                      })}
                    </Text>
                    <Progress
                      value={used}
                      color={available !== null && available < 0 ? "red" : "blue"}
                      aria-label={t("envelopes.home.committedShare", { line, percent: Math.round(used) })}
                    />
                    <Text size="xs" c="gray.7">
                      {t("envelopes.home.detail", {
                        committed: format.money(e.committed),
                        pipeline: format.money(e.pipeline),
                        spent: format.money(e.spent),
                      })}
                    </Text>
                  </>
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatMoney, parseMoney } from "../../../../domain/money";
import { useEnvelopes } from "../../../api/envelopes";
import { useFormat } from "../../../lib/format";
import { useReferenceData } from "../../../lib/reference";

/** In the approval dialog: what is left of the line's envelope for the year before and after this approval. */
export function EnvelopeBeforeAfter({
  year,
  line,
  amount,
}: {
  year: number;
  line: string | null;
  amount: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const envelopes = useEnvelopes();
  const envelope = envelopes.data?.find((e) => e.fundingYear === year && e.fundLine === line);
  if (!line || !envelope) return null;
  const lineName = refs.name("fundLines", line);
  if (envelope.available === null) {
    return (
      <Text size="sm" data-testid="envelope-before-after">
        {t("envelopes.noLimit", { line: lineName, year })}
      </Text>
    );
  }
  const before = parseMoney(envelope.available) ?? 0;
  const cents = parseMoney(amount);
  return (
    <Text size="sm" data-testid="envelope-before-after">
      {t("envelopes.beforeAfter", {
        line: lineName,
        year,
        before: format.money(envelope.available),
        after: cents === null ? "–" : format.money(formatMoney(before - cents)),
      })}
    </Text>
  );
}

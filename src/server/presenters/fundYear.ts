/** The only place where a funding year's parameters are shaped for clients: money as decimal text. */
import type { FundYearSettings } from "../../domain/fundSettings";
import { formatMoney } from "../../domain/money";
import type { FundYearRecord } from "../services/fund/listFundYears";

export function presentFundYear(record: FundYearRecord): FundYearSettings {
  return {
    fundingYear: record.fundingYear,
    open: record.open,
    line2NationalCeiling: formatMoney(record.line2NationalCeilingCents),
    line2RegionalCeiling: formatMoney(record.line2RegionalCeilingCents),
    countries: record.countries,
    version: record.version,
    updatedAt: record.updatedAt ? record.updatedAt.toISOString() : null,
    updatedBy: record.updatedBy,
  };
}

import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { type DashboardFilters, dashboardFilterFields, filterParams } from "../../../domain/dashboard";

type FilterKey = keyof typeof dashboardFilterFields;
const KEYS = Object.keys(dashboardFilterFields) as FilterKey[];

/**
 * The filters every chart shares live in the URL, so a view can be bookmarked and shared, and
 * the analysis reports keep them. Each parameter is parsed with the API's own schema; one that
 * does not parse is left out, not fatal; a year range the wrong way round is flagged.
 */
export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  const { filters, yearsReversed } = useMemo(() => {
    const result: DashboardFilters = {};
    for (const key of KEYS) {
      const raw = params.get(key);
      if (raw === null || raw === "") continue;
      const parsed = dashboardFilterFields[key].safeParse(raw);
      if (parsed.success && parsed.data !== undefined) Object.assign(result, { [key]: parsed.data });
    }
    const reversed =
      result.yearFrom !== undefined && result.yearTo !== undefined && result.yearFrom > result.yearTo;
    // The API refuses a reversed range; the charts keep the first year and drop the last meanwhile.
    if (reversed) result.yearTo = undefined;
    return { filters: result, yearsReversed: reversed };
  }, [params]);

  const update = useCallback(
    (patch: Partial<DashboardFilters>) => {
      const next = filterParams({ ...filters, ...patch });
      for (const [key, value] of params) if (!KEYS.includes(key as FilterKey)) next.set(key, value);
      setParams(next, { replace: true });
    },
    [filters, params, setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const hasFilters = KEYS.some((key) => params.get(key));
  return { filters, update, clear, hasFilters, yearsReversed, search: filterParams(filters).toString() };
}

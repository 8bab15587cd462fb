import { useCallback, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { type PROJECT_SORTS, projectListQuery } from "../../../domain/project";
import type { ProjectListParams } from "../../api/client";
import { useAddressParams } from "../../lib/addressParams";

export type ProjectSort = (typeof PROJECT_SORTS)[number];
export type ListKey = keyof typeof projectListQuery.shape;

export const FILTER_KEYS = [
  "q",
  "region",
  "country",
  "fundingYear",
  "status",
  "fundLine",
  "areaOfWork",
  "mine",
  "cofundedBy",
] as const;

/**
 * The list's filters, sort and page live in the URL so that a search can be bookmarked and shared.
 * Each parameter is parsed with the API's own schema; one that does not parse is ignored, not fatal.
 */
export function useListParams() {
  const [params, change] = useAddressParams();

  const query = useMemo(() => {
    const result: ProjectListParams = {};
    const shape = projectListQuery.shape;
    for (const key of Object.keys(shape) as ListKey[]) {
      const raw = params.get(key);
      if (raw === null || raw === "") continue;
      const parsed = shape[key].safeParse(raw);
      if (parsed.success && parsed.data !== undefined) Object.assign(result, { [key]: parsed.data });
    }
    return result;
  }, [params]);

  // The router commits a new URL in a transition, so the old results stay on screen for a moment
  // after the address changed; "leaving" marks them as stale from the click on, until the URL moves.
  const [leaving, setLeaving] = useState<string | null>(null);
  const stale = leaving !== null && leaving === params.toString();

  /** Sets or clears parameters; any change other than the page itself starts again at page 1. */
  const update = useCallback(
    (patch: Partial<Record<ListKey, string | number | boolean | null | undefined>>) => {
      const shown = params.toString();
      const changed = change(
        (next) => {
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === undefined || value === "" || value === false) next.delete(key);
            else next.set(key, String(value));
          }
          if (!("page" in patch)) next.delete("page");
        },
        { replace: "q" in patch },
      );
      if (changed) flushSync(() => setLeaving(shown));
    },
    [params, change],
  );

  const hasFilters = FILTER_KEYS.some((key) => query[key] !== undefined);
  const clearFilters = useCallback(
    () => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, null]))),
    [update],
  );

  return { query, update, stale, hasFilters, clearFilters };
}

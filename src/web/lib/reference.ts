import { useMemo } from "react";
import { useReference } from "../api/hooks";
import type { LocalizedText } from "../api/types";
import { useFormat } from "./format";

export interface Option {
  value: string;
  label: string;
}

type CodeList =
  | "regions"
  | "areasOfWork"
  | "activityTypes"
  | "beneficiaryTypes"
  | "fundLines"
  | "genderMarkers"
  | "migof";
type NamedList = CodeList | "countries";

/**
 * Reference data in the current language: names by code and options for selects.
 * Unknown codes show as themselves, so a record never hides a value the reference lacks.
 */
export function useReferenceData() {
  const { data: reference, isLoading } = useReference();
  const format = useFormat();
  return useMemo(() => {
    const names = new Map<NamedList, Map<string, string>>();
    const namesOf = (list: NamedList): Map<string, string> => {
      let map = names.get(list);
      if (!map) {
        const entries: [string, LocalizedText][] =
          list === "countries"
            ? (reference?.countries ?? []).map((c) => [c.iso3, c.name])
            : (reference?.[list] ?? []).map((c) => [c.code, c.name]);
        map = new Map(entries.map(([code, name]) => [code, format.name(name)]));
        names.set(list, map);
      }
      return map;
    };
    const regionOf = new Map((reference?.countries ?? []).map((c) => [c.iso3, c.region]));
    return {
      reference,
      isLoading,
      name: (list: NamedList, code: string | null | undefined): string =>
        code ? (namesOf(list).get(code) ?? code) : format.missing,
      /** Countries read best alphabetically in the user's language; code lists keep the fund's order. */
      options: (list: NamedList): Option[] => {
        const options = [...namesOf(list)].map(([value, label]) => ({ value, label }));
        return list === "countries"
          ? options.sort((a, b) => a.label.localeCompare(b.label, format.locale))
          : options;
      },
      countryRegion: (iso3: string): string | null => regionOf.get(iso3) ?? null,
    };
  }, [reference, isLoading, format]);
}

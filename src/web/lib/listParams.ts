import { useAddressParams } from "./addressParams";

type Value = string | number | boolean | null | undefined;

/**
 * A list page's filters and page, kept in the address so a list can be shared and survives a
 * reload. Any change other than the page starts again at page 1; typing in a search box replaces
 * the history entry instead of adding one per keystroke. `unset` are values that mean "no filter"
 * (a tab "all"), left out of the address like an empty one.
 */
export function useListParams(unset: readonly string[] = []) {
  const [params, change] = useAddressParams();
  const update = (patch: Record<string, Value>) => {
    change(
      (next) => {
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === undefined || value === "" || unset.includes(String(value)))
            next.delete(key);
          else next.set(key, String(value));
        }
        if (!("page" in patch)) next.delete("page");
      },
      { replace: "q" in patch },
    );
  };
  return { params, update };
}

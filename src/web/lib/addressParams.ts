import { useCallback, useRef } from "react";
import { useSearchParams } from "react-router";

type Change = (edit: (next: URLSearchParams) => void, options?: { replace?: boolean }) => boolean;

/**
 * The address's query and a way to change it that never loses a change. The router commits a
 * new address in a transition, so on a busy machine a second change (another click, a search
 * box's delayed words) can come before the page has rendered the first; building it from the
 * address this render saw would silently undo the first. Each change therefore starts from the
 * last address asked for, until the router shows a new one (ours, or the back button's).
 * `change` answers false, and asks for nothing, when the edit leaves the address as it is.
 */
export function useAddressParams(): [URLSearchParams, Change] {
  const [params, setParams] = useSearchParams();
  const latest = useRef({ shown: params, asked: params });
  if (latest.current.shown !== params) latest.current = { shown: params, asked: params };
  const change = useCallback<Change>(
    (edit, options = {}) => {
      const from = latest.current.asked;
      const next = new URLSearchParams(from);
      edit(next);
      if (next.toString() === from.toString()) return false;
      latest.current.asked = next;
      setParams(next, { replace: options.replace ?? false });
      return true;
    },
    [setParams],
  );
  return [params, change];
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EnvelopeFigures, EnvelopeInput } from "../../domain/envelopes";
import { answer, http } from "./client";

export const ENVELOPES_KEY = ["fund-envelopes"] as const;

/** Every funding year's envelope per fund line, with what is committed, in the pipeline and spent. */
export function useEnvelopes() {
  return useQuery({
    queryKey: ENVELOPES_KEY,
    queryFn: async () => (await answer(http.GET("/api/fund-envelopes"))).items,
  });
}

/** Puts one envelope in the cached list (after a save, or the latest version after a conflict). */
export function useRememberEnvelope() {
  const client = useQueryClient();
  return (saved: EnvelopeFigures) =>
    client.setQueryData<EnvelopeFigures[]>(ENVELOPES_KEY, (items) =>
      items?.map((item) =>
        item.fundingYear === saved.fundingYear && item.fundLine === saved.fundLine ? saved : item,
      ),
    );
}

export function useSaveEnvelope(year: number, line: string) {
  const remember = useRememberEnvelope();
  return useMutation({
    mutationFn: (input: EnvelopeInput) =>
      answer(
        http.PUT("/api/fund-envelopes/{year}/{line}", { params: { path: { year, line } }, body: input }),
      ),
    onSuccess: remember,
  });
}

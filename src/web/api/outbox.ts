import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OutboxMessage, OutboxPage, OutboxQuery } from "../../domain/outbox";
import { queryString, request } from "./client";

export const OUTBOX_KEY = ["mailOutbox"] as const;

export type OutboxParams = Partial<OutboxQuery>;

/** One page of the outbox; refreshed every 15 seconds while open, as the sender works on. */
export function useOutbox(params: OutboxParams) {
  return useQuery({
    queryKey: [...OUTBOX_KEY, params],
    queryFn: () => request<OutboxPage>("GET", `/api/admin/outbox${queryString(params)}`),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}

/** Sends a failed message again; the list follows (pending at once, then sent or failed). */
export function useRetryMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => request<OutboxMessage>("POST", `/api/admin/outbox/${id}/retry`),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: OUTBOX_KEY });
      // Delivery runs in the background on the server: look again shortly.
      setTimeout(() => void client.invalidateQueries({ queryKey: OUTBOX_KEY }), 2_000);
    },
  });
}

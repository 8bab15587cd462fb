import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OutboxQuery } from "../../domain/outbox";
import { answer, http } from "./client";

export const OUTBOX_KEY = ["mailOutbox"] as const;

export type OutboxParams = Partial<OutboxQuery>;

/** One page of the outbox; refreshed every 15 seconds while open, as the sender works on. */
export function useOutbox(params: OutboxParams) {
  return useQuery({
    queryKey: [...OUTBOX_KEY, params],
    queryFn: () => answer(http.GET("/api/admin/outbox", { params: { query: params } })),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}

/** Sends a failed message again; the list follows (pending at once, then sent or failed). */
export function useRetryMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      answer(http.POST("/api/admin/outbox/{id}/retry", { params: { path: { id } } })),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: OUTBOX_KEY });
      // Delivery runs in the background on the server: look again shortly.
      setTimeout(() => void client.invalidateQueries({ queryKey: OUTBOX_KEY }), 2_000);
    },
  });
}

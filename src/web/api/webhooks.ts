/** Webhooks and their delivery log, for administrators. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DeliveryQuery, WebhookInput, WebhookUpdate } from "../../domain/webhooks";
import { answer, http } from "./client";

const WEBHOOKS_KEY = ["webhooks"] as const;

export function useWebhooks() {
  return useQuery({
    queryKey: [...WEBHOOKS_KEY, "list"],
    queryFn: () => answer(http.GET("/api/admin/webhooks")),
  });
}

/** One page of the delivery log; refreshed every 15 seconds while open, as the sender works on. */
export function useDeliveries(params: Partial<DeliveryQuery>) {
  return useQuery({
    queryKey: [...WEBHOOKS_KEY, "deliveries", params],
    queryFn: () => answer(http.GET("/api/admin/webhook-deliveries", { params: { query: params } })),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}

export function useCreateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookInput) => answer(http.POST("/api/admin/webhooks", { body })),
    onSettled: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useUpdateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WebhookUpdate }) =>
      answer(http.PUT("/api/admin/webhooks/{id}", { params: { path: { id } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

export function useDeleteWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => answer(http.DELETE("/api/admin/webhooks/{id}", { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
}

/** Sends a failed delivery again; the log follows (pending at once, then delivered or failed). */
export function useRetryDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      answer(http.POST("/api/admin/webhook-deliveries/{id}/retry", { params: { path: { id } } })),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: WEBHOOKS_KEY });
      // Delivery runs in the background on the server: look again shortly.
      setTimeout(() => void client.invalidateQueries({ queryKey: WEBHOOKS_KEY }), 2_000);
    },
  });
}

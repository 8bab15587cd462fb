import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { InboxCounts, NotificationQuery, notificationList } from "../../domain/inbox";

type NotificationList = z.infer<typeof notificationList>;

import { answer, http } from "./client";

/** Other features invalidate this key after a transition, so the navigation badges follow. */
export const INBOX_COUNTS_KEY = ["inbox", "counts"] as const;
export const INBOX_KEY = ["inbox", "queues"] as const;
export const NOTIFICATIONS_KEY = ["notifications"] as const;

/** The navigation badges: polled every minute, and again when the user comes back to the tab. */
export function useInboxCounts() {
  return useQuery({
    queryKey: INBOX_COUNTS_KEY,
    queryFn: () => answer(http.GET("/api/inbox/counts")),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

export function useInbox() {
  return useQuery({
    queryKey: INBOX_KEY,
    queryFn: () => answer(http.GET("/api/inbox")),
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(query: NotificationQuery = {}) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, query],
    queryFn: () => answer(http.GET("/api/notifications", { params: { query } })),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
  });
}

/** Marks the given notifications read (all of them without ids); the list shows it at once. */
export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) =>
      answer(http.POST("/api/notifications/read", { body: ids ? { ids } : {} })),
    onMutate: (ids) => {
      const now = new Date().toISOString();
      client.setQueriesData<NotificationList>({ queryKey: NOTIFICATIONS_KEY }, (list) =>
        list
          ? {
              ...list,
              items: list.items.map((n) =>
                n.readAt === null && (!ids || ids.includes(n.id)) ? { ...n, readAt: now } : n,
              ),
            }
          : list,
      );
      client.setQueryData<InboxCounts>(INBOX_COUNTS_KEY, (counts) => {
        if (!counts) return counts;
        const unread = ids ? Math.max(0, counts.unreadNotifications - ids.length) : 0;
        return { ...counts, unreadNotifications: unread };
      });
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      void client.invalidateQueries({ queryKey: INBOX_COUNTS_KEY });
    },
  });
}

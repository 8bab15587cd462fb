/** How the person hears of each kind of notice (their profile's "Notices" section). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NoticePreferencesChange } from "../../domain/noticePreferences";
import { answer, http } from "./client";

const NOTICES_KEY = ["noticePreferences"] as const;

export function useNoticePreferences() {
  return useQuery({ queryKey: NOTICES_KEY, queryFn: () => answer(http.GET("/api/me/notices")) });
}

export function useChangeNoticePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticePreferencesChange) => answer(http.PUT("/api/me/notices", { body })),
    onSuccess: (saved) => client.setQueryData(NOTICES_KEY, saved),
  });
}

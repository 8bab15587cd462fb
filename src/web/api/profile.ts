/** The person's own profile: name and language, password, sessions. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Language, PasswordChange, ProfileChange } from "../../domain/profile";
import { answer, http } from "./client";
import { ME_KEY } from "./queryClient";

const SESSIONS_KEY = ["mySessions"] as const;

export function useChangeProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileChange) => answer(http.PATCH("/api/me", { body })),
    onSuccess: (me) => client.setQueryData(ME_KEY, me),
  });
}

/** The header's language menu, signed in: the choice follows the person to other computers and into e-mails. */
export function useSaveLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => answer(http.PUT("/api/me/language", { body: { language } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChange) => answer(http.POST("/api/me/password", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: () => answer(http.GET("/api/me/sessions")),
  });
}

export function useEndOtherSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => answer(http.DELETE("/api/me/sessions/others")),
    onSettled: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
